package com.statutory.officers.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** What can be proved about infra/ without AWS: it is current, valid SAM, a sound OpenAPI, and covers exactly the catalogue. */
class InfraTest {

    static final Path TEMPLATE = Path.of("infra/template.yaml");
    static final Path OPENAPI = Path.of("infra/openapi.json");
    static final Path PUBLIC = Path.of("infra/openapi-public.json");
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** Regenerates with -Dinfra.write=true (make infra); otherwise fails when the committed files are stale. */
    @Test
    void infraIsGeneratedFromTheCatalogueAndCurrent() throws Exception {
        String yaml = SamTemplate.yaml();
        String openapi = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(OpenApiDocument.forGateway()) + "\n";
        String contract = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(PublicContract.document()) + "\n";
        if (Boolean.getBoolean("infra.write")) {
            Files.writeString(TEMPLATE, yaml);
            Files.writeString(OPENAPI, openapi);
            Files.writeString(PUBLIC, contract);
        }
        assertEquals(contract, Files.readString(PUBLIC), "infra/openapi-public.json is out of date: run make infra");
        assertEquals(yaml, Files.readString(TEMPLATE), "infra/template.yaml is out of date: run make infra");
        assertEquals(openapi, Files.readString(OPENAPI), "infra/openapi.json is out of date: run make infra");
    }

    @Test
    void templateValidatesAgainstTheSamSchema() throws Exception {
        JsonNode template = new YAMLMapper().readTree(Files.readString(TEMPLATE));
        ObjectNode sam;
        try (InputStream in = InfraTest.class.getResourceAsStream("/infra/sam.schema.json")) {
            sam = (ObjectNode) PLAIN.readTree(in);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        Set<ValidationMessage> whole = factory.getSchema(sam).validate(template);
        assertTrue(whole.isEmpty(), "template: " + whole);
        // each resource against the definition for its type, for readable failures
        for (Iterator<Map.Entry<String, JsonNode>> it = template.get("Resources").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> r = it.next();
            String type = r.getValue().get("Type").asText();
            String def = type.startsWith("AWS::Serverless::")
                    ? "samtranslator__internal__schema_source__aws_serverless_" + type.substring("AWS::Serverless::".length()).toLowerCase() + "__Resource"
                    : "samtranslator__internal__schema_source__any_cfn_resource__Resource";
            ObjectNode one = sam.deepCopy();
            one.remove("properties");
            one.remove("required");
            one.remove("type");
            one.put("$ref", "#/definitions/" + def);
            Set<ValidationMessage> errors = factory.getSchema(one).validate(r.getValue());
            assertTrue(errors.isEmpty(), r.getKey() + ": " + errors);
        }
    }

    @Test
    void openApiParsesCleanlyAndKeepsTheGatewayExtensions() throws Exception {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(OPENAPI));
        assertNotNull(result.getOpenAPI());
        assertEquals(List.of(), result.getMessages());
        var post = result.getOpenAPI().getPaths().get("/v1/vacancy-filling").getPost();
        assertNotNull(post.getExtensions().get("x-amazon-apigateway-integration"));
        assertNotNull(result.getOpenAPI().getExtensions().get("x-amazon-apigateway-request-validators"));
    }

    @Test
    void everyFunctionHasItsResourcesAndNothingElseDoes() throws Exception {
        JsonNode t = new YAMLMapper().readTree(Files.readString(TEMPLATE));
        Set<String> functions = new TreeSet<>();
        Set<String> permissions = new TreeSet<>();
        t.get("Resources").fields().forEachRemaining(e -> {
            String type = e.getValue().get("Type").asText();
            if (type.equals("AWS::Serverless::Function")) {
                functions.add(e.getValue().at("/Properties/Environment/Variables/QUARKUS_FUNQY_EXPORT").asText());
            } else if (type.equals("AWS::Lambda::Permission")) {
                permissions.add(e.getKey());
            }
        });
        Set<String> names = new TreeSet<>(Catalogue.all().stream().map(Question::name).toList());
        Set<String> withMcp = new TreeSet<>(names);
        withMcp.add(OpenApiDocument.MCP);
        assertEquals(withMcp, functions);
        assertEquals(withMcp.size(), permissions.size());
        JsonNode body = t.at("/Resources/Api/Properties/DefinitionBody");
        Set<String> routes = new TreeSet<>();
        body.get("paths").fieldNames().forEachRemaining(routes::add);
        Set<String> expected = new TreeSet<>(withMcp.stream().map(n -> "/v1/" + n).toList());
        assertEquals(expected, routes);
        assertEquals("aws_proxy", body.at("/paths/~1v1~1mcp/post/x-amazon-apigateway-integration/type").asText());
        assertEquals("api_key", body.at("/paths/~1v1~1mcp/post/security/0").fieldNames().next());
        for (Question<?, ?> q : Catalogue.all()) {
            JsonNode post = body.at("/paths/~1v1~1" + q.name() + "/post");
            assertEquals("aws", post.at("/x-amazon-apigateway-integration/type").asText(), q.name());
            assertTrue(post.at("/x-amazon-apigateway-integration/uri/Fn::Sub").asText().contains("${" + OpenApiDocument.functionResource(q) + ".Alias}"));
            assertTrue(body.at("/components/schemas/" + OpenApiDocument.modelName(q)).isObject(), q.name());
            assertEquals("api_key", post.at("/security/0").fieldNames().next());
            for (String plan : SamTemplate.PLANS) {
                assertTrue(t.at("/Resources/" + plan + "Plan/Properties/ApiStages/0/Throttle").has("/v1/" + q.name() + "/POST"), plan + " " + q.name());
            }
        }
        assertTrue(body.at("/paths/~1v1~1questions/get").isObject());
    }

    /** The gateway rejects a malformed call before it reaches (or bills) a Lambda, and lets every example through. */
    @Test
    void everyRequestModelAcceptsItsExampleAndRejectsMalformedInput() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (Question<?, ?> q : Catalogue.all()) {
            ObjectNode model = OpenApiDocument.model(q);
            assertNoKeywordsBeyondDraft4(model, q.name());
            JsonSchema schema = factory.getSchema(model);
            JsonNode example = Json.MAPPER.valueToTree(q.example());
            assertEquals(Set.of(), schema.validate(example), q.name() + " example");
            ObjectNode unknown = example.deepCopy();
            unknown.put("notAFact", 1);
            assertFalse(schema.validate(unknown).isEmpty(), q.name() + " unknown field");
            ObjectNode wrongType = example.deepCopy();
            String first = wrongType.fieldNames().next();
            wrongType.set(first, PLAIN.readTree("[[1]]"));
            assertFalse(schema.validate(wrongType).isEmpty(), q.name() + " wrong type");
        }
    }

    @Test
    void errorPatternsSelectTheRightStatus() {
        String invalid = "com.statutory.officers.answer.InvalidInputException: {\"error\":{\"code\":\"INVALID_INPUT\"}}";
        assertTrue(Pattern.matches(OpenApiDocument.INVALID_INPUT_PATTERN, invalid));
        assertTrue(Pattern.matches(OpenApiDocument.UNREADABLE_PATTERN, "Could not deserialize the provided message."));
        assertFalse(Pattern.matches(OpenApiDocument.INVALID_INPUT_PATTERN, "java.lang.NullPointerException: x"));
    }

    private static void assertNoKeywordsBeyondDraft4(JsonNode node, String where) {
        List<String> later = List.of("const", "contains", "propertyNames", "if", "then", "else", "$defs", "examples", "readOnly", "writeOnly");
        List<String> found = new ArrayList<>();
        walk(node, later, found);
        assertEquals(List.of(), found, where);
    }

    private static void walk(JsonNode node, List<String> keywords, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (keywords.contains(e.getKey())) {
                    found.add(e.getKey());
                }
                if (!e.getKey().equals("properties")) {
                    walk(e.getValue(), keywords, found);
                } else {
                    e.getValue().forEach(v -> walk(v, keywords, found));
                }
            });
        } else if (node.isArray()) {
            node.forEach(v -> walk(v, keywords, found));
        }
    }

}

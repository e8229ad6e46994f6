package com.statutory.officers.deploy;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.EngineVersion;
import com.statutory.officers.answer.ErrorBody;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.catalogue.Schemas;

/**
 * The REST API (v1) as an OpenAPI 3 document, generated from the catalogue. The same builder gives the
 * local server's {@code /openapi.json} and the API Gateway definition inside {@code infra/template.yaml}
 * ({@link #forGateway()}), which adds the non-proxy Lambda integrations, request validation, error mapping
 * and API keys. API Gateway models are JSON Schema draft-04; our schemas use no keyword draft-04 lacks, and
 * a test proves it.
 */
public final class OpenApiDocument {

    public static final String VERSION_PREFIX = "/v1/";
    /** The API Gateway stage the template deploys: its URL ends in /live. */
    public static final String STAGE = "live";
    /** Funqy on Lambda reports a thrown exception as "class: message"; ours carries the 400 body as its message. */
    public static final String INVALID_INPUT_PATTERN = "(?s)com\\.statutory\\.officers\\.answer\\.InvalidInputException: .*";
    /** Funqy's own message when the event cannot be read as the function's input. */
    public static final String UNREADABLE_PATTERN = "(?s)Could not deserialize the provided message\\..*";
    /**
     * Everything else, newlines included ("." alone stops at a line end, and an unmatched error would fall to the 200 default), and
     * nothing the two above match: the patterns are disjoint, so their order cannot matter (issue 14, finding 3).
     */
    public static final String ANY_OTHER_ERROR_PATTERN = "(?s)(?!com\\.statutory\\.officers\\.answer\\.InvalidInputException: "
            + "|Could not deserialize the provided message\\.).+";
    static final String VALIDATOR = "body-only";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private OpenApiDocument() {
    }

    /** The API Gateway DefinitionBody: paths under /v1, with x-amazon-apigateway-* extensions. */
    public static ObjectNode forGateway() {
        return build();
    }

    /** CloudFormation resource name of a question's Lambda function, e.g. VacancyFillingFunction. */
    public static String functionResource(Question<?, ?> q) {
        return pascal(q.name()) + "Function";
    }

    public static String modelName(Question<?, ?> q) {
        return pascal(q.name()) + "Input";
    }

    public static String pascal(String kebab) {
        StringBuilder b = new StringBuilder();
        for (String part : kebab.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    /** The function's input schema as an API Gateway model (draft-04). */
    public static ObjectNode model(Question<?, ?> q) {
        ObjectNode schema = validating(q);
        schema.put("$schema", "http://json-schema.org/draft-04/schema#");
        schema.put("title", modelName(q));
        return schema;
    }

    /**
     * The input schema the gateway validates with: enum display names are for forms, tools and code generators, not for
     * validation, and API Gateway's draft-04 models are kept to draft-04's own keywords.
     */
    private static ObjectNode validating(Question<?, ?> q) {
        ObjectNode schema = Schemas.input(q);
        schema.findParents(Schemas.ENUM_NAMES).forEach(n -> ((ObjectNode) n).remove(Schemas.ENUM_NAMES));
        return schema;
    }

    private static ObjectNode build() {
        ObjectNode doc = F.objectNode();
        doc.put("openapi", "3.0.1");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Illinois municipal officers (65 ILCS 5/Art. 3.1)");
        info.put("version", EngineVersion.VALUE);
        info.put("description", "Each function answers one statutory question with a cited, explained envelope. Bad input is 400 "
                + "{\"error\": {\"code\": \"INVALID_INPUT\", \"message\": ..., \"fields\": [...]}}.");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("Error", errorSchema());
        for (Question<?, ?> q : Catalogue.all()) {
            // API Gateway reads component schemas as draft-04 models; OpenAPI 3.0 itself forbids "$schema" there
            schemas.set(modelName(q), validating(q).without("$schema"));
            ObjectNode item = paths.putObject(VERSION_PREFIX + q.name());
            item.set("post", operation(q));
            item.set("options", Cors.preflight());
        }
        Question<?, ?> questions = Catalogue.find("questions").orElseThrow();
        ObjectNode get = operation(questions);
        get.remove("requestBody");
        get.remove("x-amazon-apigateway-request-validator");
        get.put("operationId", "listQuestions");
        // GET carries no body: the integration sends the function an empty object.
        ((ObjectNode) get.get("x-amazon-apigateway-integration")).putObject("requestTemplates").put("application/json", "{}");
        ((ObjectNode) paths.get(VERSION_PREFIX + "questions")).set("get", get);
        paths.putObject(VERSION_PREFIX + MCP).set("post", mcpOperation());
        ObjectNode validators = doc.putObject("x-amazon-apigateway-request-validators");
        validators.putObject(VALIDATOR).put("validateRequestBody", true).put("validateRequestParameters", false);
        apiKeyScheme(components);
        doc.put("x-amazon-apigateway-api-key-source", "HEADER");
        doc.set("x-amazon-apigateway-gateway-responses", Cors.gatewayResponses());
        return doc;
    }

    private static ObjectNode operation(Question<?, ?> q) {
        ObjectNode op = F.objectNode();
        op.put("operationId", q.name());
        op.put("summary", q.about().title());
        op.put("description", q.about().description());
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        body.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/" + modelName(q));
        ObjectNode responses = op.putObject("responses");
        // the gateway passes answers through unvalidated, so its copy leaves the (large) answer schemas out (PublicContract has them)
        responses.putObject("200").put("description", "The answer envelope (ANSWERED, NEEDS_FACTS or NOT_APPLICABLE).");
        errorResponses(responses);
        op.putArray("security").addObject().putArray("api_key");
        op.put("x-amazon-apigateway-request-validator", VALIDATOR);
        op.set("x-amazon-apigateway-integration", integration(q));
        return op;
    }

    /** The MCP server's function (function.lambda.McpFunction): not a catalogue question, a protocol endpoint over all of them. */
    public static final String MCP = "mcp";

    /**
     * POST /v1/mcp: a proxy integration, since the protocol needs the HTTP status (202 for a notification) that only
     * the function knows; the API key and usage plans apply as on every route. No request model: the body is JSON-RPC,
     * which the SDK parses and answers with a JSON-RPC error when it cannot.
     */
    private static ObjectNode mcpOperation() {
        ObjectNode op = F.objectNode();
        op.put("operationId", MCP);
        op.put("summary", "MCP server (Streamable HTTP, stateless, JSON responses): every function as a tool, the statute as resources");
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "The JSON-RPC response to a request.");
        responses.putObject("202").put("description", "A notification or response, accepted.");
        op.putArray("security").addObject().putArray("api_key");
        ObjectNode i = op.putObject("x-amazon-apigateway-integration");
        i.put("type", "aws_proxy");
        i.put("httpMethod", "POST");
        i.putObject("uri").put("Fn::Sub", "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${"
                + pascal(MCP) + "Function.Alias}/invocations");
        return op;
    }

    /** Non-proxy ("aws") integration: Funqy on Lambda takes the raw JSON body as the event. */
    private static ObjectNode integration(Question<?, ?> q) {
        ObjectNode i = F.objectNode();
        i.put("type", "aws");
        i.put("httpMethod", "POST");
        // the function's published alias, not $LATEST: only published versions are served from a SnapStart snapshot
        i.putObject("uri").put("Fn::Sub", "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${"
                + functionResource(q) + ".Alias}/invocations");
        // NEVER: a body whose Content-Type has no template (only application/json has one) is refused with 415 by the gateway,
        // so the model's validation cannot be bypassed by sending text/plain (issue 14, finding 1)
        i.put("passthroughBehavior", "NEVER");
        i.putObject("requestTemplates").put("application/json", "$input.json('$')");
        i.put("contentHandling", "CONVERT_TO_TEXT");
        ObjectNode responses = i.putObject("responses");
        responses.set("default", response("200", null));
        responses.set(INVALID_INPUT_PATTERN, response("400",
                // the message after "InvalidInputException: " is the catalogue's error body, already JSON
                "#set($m = $input.path('$.errorMessage'))$m.substring($m.indexOf(': ') + 2)"));
        responses.set(UNREADABLE_PATTERN, response("400", Json.write(ErrorBody.unreadable())));
        responses.set(ANY_OTHER_ERROR_PATTERN, response("500", Json.write(ErrorBody.internal())));
        return i;
    }

    private static ObjectNode response(String status, String template) {
        ObjectNode r = F.objectNode();
        r.put("statusCode", status);
        r.set("responseParameters", Cors.responseParameters());
        if (template != null) {
            r.putObject("responseTemplates").put("application/json", template);
        }
        return r;
    }

    /** The 4XX and 5XX every route may answer, each in the Error shape: the gateway's document and the public contract alike. */
    static void errorResponses(ObjectNode responses) {
        for (String status : List.of("400", "403", "429", "500")) {
            responses.putObject(status).put("description", switch (status) {
                case "400" -> "Invalid input: every bad field is named.";
                case "403" -> "Missing or unknown API key.";
                case "429" -> "Throttled or over the plan's quota.";
                default -> "Unexpected failure; no internals are returned.";
            }).putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
        }
    }

    /** The x-api-key header every route requires (the usage plans meter it). */
    static ObjectNode apiKeyScheme(ObjectNode components) {
        return components.putObject("securitySchemes").putObject("api_key").put("type", "apiKey").put("name", "x-api-key").put("in", "header");
    }

    static ObjectNode errorSchema() {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        ObjectNode error = s.putObject("properties").putObject("error");
        error.put("type", "object");
        ObjectNode props = error.putObject("properties");
        props.putObject("code").put("type", "string");
        props.putObject("message").put("type", "string");
        ObjectNode field = props.putObject("fields");
        field.put("type", "array");
        ObjectNode item = field.putObject("items");
        item.put("type", "object");
        item.putObject("properties").putObject("field").put("type", "string");
        ((ObjectNode) item.get("properties")).putObject("problem").put("type", "string");
        ArrayNode required = s.putArray("required");
        required.add("error");
        return s;
    }
}

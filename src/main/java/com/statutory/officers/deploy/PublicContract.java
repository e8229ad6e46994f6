package com.statutory.officers.deploy;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.statutory.officers.answer.EngineVersion;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Area;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;
import com.statutory.officers.catalogue.Schemas;
import com.statutory.officers.municipality.Words;

/**
 * The API contract for customers (issue 13, part 4), generated from the catalogue like everything else: OpenAPI 3.1
 * (whose schemas are JSON Schema, as ours are), the stack's URL as a server variable, POST /v1/{name} per function
 * with its input and answer schemas and its example, the x-api-key scheme, the 400 shape, a tag per area. The
 * gateway's own document (OpenApiDocument.forGateway) stays internal: it carries AWS extensions and no answers.
 */
public final class PublicContract {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PublicContract() {
    }

    public static ObjectNode document() {
        ObjectNode doc = F.objectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Illinois municipal officers API (65 ILCS 5/Art. 3.1)");
        info.put("version", EngineVersion.VALUE);
        info.put("summary", "Statutory questions about Illinois municipal officers, answered from the statute with citations.");
        info.put("description", "Each operation answers one question from 65 ILCS 5/Article 3.1 with an envelope: a status (ANSWERED, "
                + "NEEDS_FACTS with the facts to ask for, or NOT_APPLICABLE), the typed answer, a summary, the reasoning step by step, and "
                + "citations quoting the statute's words. Bad input is a 400 naming every field. Every call needs an API key in the "
                + "x-api-key header; the local development server (make run) needs none.");
        info.putObject("contact").put("name", "Illinois municipal officers API team");
        info.putObject("license").put("name", "Proprietary; the statute's text is the State of Illinois' public law").put("identifier", "LicenseRef-Proprietary");
        ArrayNode servers = doc.putArray("servers");
        ObjectNode aws = servers.addObject();
        aws.put("url", "https://{apiId}.execute-api.{region}.amazonaws.com/" + OpenApiDocument.STAGE);
        aws.put("description", "The deployed stack (its ApiUrl output, without /v1/)");
        ObjectNode vars = aws.putObject("variables");
        vars.putObject("apiId").put("default", "abcdef1234").put("description", "The REST API id of the stack");
        vars.putObject("region").put("default", "us-east-2").put("description", "The stack's AWS region");
        servers.addObject().put("url", "http://localhost:8080").put("description", "make run: the local server (no API key needed)");
        doc.putArray("security").addObject().putArray("api_key");
        ArrayNode tags = doc.putArray("tags");
        for (Area area : Area.values()) {
            tags.addObject().put("name", tag(area)).put("description", "Questions about " + Words.lower(area).replace(" and ", " and ") + ".");
        }
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("Error", OpenApiDocument.errorSchema().put("description", "Every 4XX and 5XX: a code, a message, and for a 400 each field with its problem."));
        OpenApiDocument.apiKeyScheme(components).put("description", "Your key, from your usage plan (Evaluation, Metered or Widget).");
        for (Question<?, ?> q : Catalogue.all()) {
            String input = OpenApiDocument.modelName(q);
            String answer = OpenApiDocument.pascal(q.name()) + "Answer";
            schemas.set(input, Schemas.input(q).without("$schema"));
            schemas.set(answer, Schemas.output(q).without("$schema"));
            paths.putObject(OpenApiDocument.VERSION_PREFIX + q.name()).set("post", operation(q, input, answer));
        }
        ObjectNode list = operation(Catalogue.find("questions").orElseThrow(), null, "QuestionsAnswer");
        list.put("operationId", "listQuestions");
        list.put("summary", "The catalogue (GET): every function with its schemas and example");
        list.remove("requestBody");
        ((ObjectNode) list.get("responses")).remove("400");
        ((ObjectNode) paths.get(OpenApiDocument.VERSION_PREFIX + "questions")).set("get", list);
        return doc;
    }

    private static String tag(Area area) {
        return area.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ObjectNode operation(Question<?, ?> q, String input, String answer) {
        ObjectNode op = F.objectNode();
        op.put("operationId", camel(q.name()));
        op.put("summary", q.about().title());
        op.put("description", q.about().description());
        op.putArray("tags").add(tag(q.about().area()));
        if (input != null) {
            ObjectNode json = op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json");
            json.putObject("schema").put("$ref", "#/components/schemas/" + input);
            json.set("example", Json.MAPPER.valueToTree(q.example()));
        }
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "The answer envelope (ANSWERED, NEEDS_FACTS or NOT_APPLICABLE).")
                .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/" + answer);
        OpenApiDocument.errorResponses(responses);
        return op;
    }

    /** vacancy-filling is vacancyFilling: what client generators name the method. */
    private static String camel(String kebab) {
        String p = OpenApiDocument.pascal(kebab);
        return Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }
}

package com.statutory.officers.deploy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CORS for the League's widget: browsers may call only from the origin given as the template's
 * AllowedOrigin parameter (a browser cannot keep an API key secret, so the origin and a low quota are the guard).
 */
final class Cors {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Cors() {
    }

    static ObjectNode responseParameters() {
        ObjectNode p = F.objectNode();
        p.putObject("method.response.header.Access-Control-Allow-Origin").put("Fn::Sub", "'${AllowedOrigin}'");
        return p;
    }

    /** OPTIONS answered by API Gateway itself (mock integration), never reaching a Lambda. */
    static ObjectNode preflight() {
        ObjectNode op = F.objectNode();
        op.put("summary", "CORS preflight");
        ObjectNode ok = op.putObject("responses").putObject("200");
        ok.put("description", "CORS preflight");
        ObjectNode headers = ok.putObject("headers");
        for (String h : new String[] { "Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers" }) {
            headers.putObject(h).putObject("schema").put("type", "string");
        }
        ObjectNode i = op.putObject("x-amazon-apigateway-integration");
        i.put("type", "mock");
        i.putObject("requestTemplates").put("application/json", "{\"statusCode\": 200}");
        ObjectNode params = i.putObject("responses").putObject("default").put("statusCode", "200").putObject("responseParameters");
        params.putObject("method.response.header.Access-Control-Allow-Origin").put("Fn::Sub", "'${AllowedOrigin}'");
        params.put("method.response.header.Access-Control-Allow-Methods", "'GET,POST,OPTIONS'");
        params.put("method.response.header.Access-Control-Allow-Headers", "'Content-Type,X-Api-Key'");
        return op;
    }

    /** Gateway-made errors (missing key, throttling, validation) in the catalogue's JSON error shape, with CORS. */
    static ObjectNode gatewayResponses() {
        ObjectNode r = F.objectNode();
        // the gateway's own messages contain quotes (and may contain newlines): escaped for a JSON string; escapeJavaScript also
        // writes ' as \', which JSON does not allow, so that is undone (the idiom AWS documents)
        r.set("BAD_REQUEST_BODY", gatewayResponse("400", "INVALID_INPUT", escaped("$context.error.validationErrorString")));
        r.set("INVALID_API_KEY", gatewayResponse("403", "FORBIDDEN", "A valid x-api-key header is required."));
        r.set("MISSING_AUTHENTICATION_TOKEN", gatewayResponse("404", "NOT_FOUND", "No such route; GET /v1/questions lists the functions."));
        r.set("THROTTLED", gatewayResponse("429", "THROTTLED", "Too many requests; slow down."));
        r.set("QUOTA_EXCEEDED", gatewayResponse("429", "QUOTA_EXCEEDED", "The monthly quota of this key's plan is used up."));
        r.set("DEFAULT_4XX", gatewayResponse(null, "BAD_REQUEST", escaped("$context.error.message")));
        r.set("DEFAULT_5XX", gatewayResponse(null, "INTERNAL", "Something went wrong on our side; the request was not answered."));
        return r;
    }

    static String escaped(String reference) {
        return "$util.escapeJavaScript(" + reference + ").replaceAll(\"\\\\'\",\"'\")";
    }

    private static ObjectNode gatewayResponse(String status, String code, String message) {
        ObjectNode g = F.objectNode();
        if (status != null) {
            g.put("statusCode", status);
        }
        g.putObject("responseParameters").putObject("gatewayresponse.header.Access-Control-Allow-Origin").put("Fn::Sub", "'${AllowedOrigin}'");
        String fields = "BAD_REQUEST_BODY".equals(code) || "INVALID_INPUT".equals(code)
                ? "[{\"field\":\"\",\"problem\":\"" + message + "\"}]" : "[]";
        g.putObject("responseTemplates").put("application/json",
                "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"fields\":" + fields + "}}");
        return g;
    }
}

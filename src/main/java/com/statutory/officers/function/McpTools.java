package com.statutory.officers.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statutory.officers.answer.EngineVersion;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.platform.Questions;
import com.statutory.officers.platform.ToolDefinitions;
import com.statutory.officers.statute.Corpus;
import com.statutory.officers.statute.Provision;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import reactor.core.publisher.Mono;

/**
 * The MCP server both bindings serve (the local server at POST /mcp, a Lambda behind the gateway at POST /v1/mcp):
 * the official Java SDK's stateless server, Streamable HTTP with JSON responses, no session. Every catalogue function
 * is a tool (its definition from {@link ToolDefinitions#mcp}); a call answers with the envelope as structuredContent
 * and, as text, the summary, reasoning and the citations by reference; bad facts are an error result naming each
 * field. Every section and subsection of the statute is a resource, {@code statute://65-ILCS-5/3.1-10-50(e)}.
 */
public final class McpTools {

    public static final String RESOURCE_PREFIX = "statute://65-ILCS-5/";
    static final McpJsonMapper MAPPER = new JacksonMcpJsonMapper(new ObjectMapper());

    /** One HTTP exchange of the stateless transport: the status and JSON body (empty for 202) answering a POSTed message. */
    public record Exchange(int status, String body) {
    }

    private McpTools() {
    }

    /** The server's handler, built once per process (first call), as the SDK's stateless server wires it to a transport. */
    public static McpStatelessServerHandler handler() {
        return Holder.HANDLER;
    }

    private static final class Holder {
        static final McpStatelessServerHandler HANDLER = build();

        private static McpStatelessServerHandler build() {
            McpStatelessServerHandler[] handler = new McpStatelessServerHandler[1];
            McpStatelessServerTransport transport = new McpStatelessServerTransport() {
                @Override
                public void setMcpHandler(McpStatelessServerHandler h) {
                    handler[0] = h;
                }

                @Override
                public Mono<Void> closeGracefully() {
                    return Mono.empty();
                }
            };
            McpServer.sync(transport)
                    .serverInfo("il-municipal-officers", EngineVersion.VALUE)
                    .jsonMapper(MAPPER)
                    // tool inputs are checked by each function, which names every bad field; the SDK's validator would say less
                    .jsonSchemaValidator(new FunctionsValidate())
                    .instructions("Answers questions about Illinois municipal officers from 65 ILCS 5/Article 3.1, citing the statute's words. "
                            + "Call questions with a query to find the right tool for a person's words; a NEEDS_FACTS answer names the facts to ask for.")
                    .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                    .tools(tools())
                    .resources(resources())
                    .build();
            return handler[0];
        }
    }

    /** A POSTed body: a request gets its response (200), a notification or response 202 with no body, anything else a JSON-RPC parse error (400). */
    public static Mono<Exchange> exchange(String body) {
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(MAPPER, body);
        } catch (Exception e) {
            // JSON-RPC 2.0: -32700 for a body that is not JSON, -32600 for JSON that is not a message
            boolean json;
            try {
                Json.MAPPER.readTree(body);
                json = true;
            } catch (Exception notJson) {
                json = false;
            }
            return Mono.just(json ? error(400, null, McpSchema.ErrorCodes.INVALID_REQUEST, "Not a JSON-RPC 2.0 message")
                    : error(400, null, McpSchema.ErrorCodes.PARSE_ERROR, "Not JSON"));
        }
        McpTransportContext context = McpTransportContext.EMPTY;
        if (message instanceof McpSchema.JSONRPCRequest request) {
            return handler().handleRequest(context, request).map(response -> new Exchange(200, write(response)))
                    .onErrorResume(e -> Mono.just(error(500, request.id(), McpSchema.ErrorCodes.INTERNAL_ERROR, "Something went wrong on our side")));
        }
        if (message instanceof McpSchema.JSONRPCNotification notification) {
            return handler().handleNotification(context, notification).then(Mono.just(new Exchange(202, ""))).onErrorReturn(new Exchange(202, ""));
        }
        return Mono.just(new Exchange(202, ""));
    }

    private static Exchange error(int status, Object id, int code, String message) {
        // JSON-RPC 2.0 answers an unreadable message with "id": null, which the SDK's response type refuses to hold
        com.fasterxml.jackson.databind.node.ObjectNode error = Json.MAPPER.createObjectNode().put("jsonrpc", McpSchema.JSONRPC_VERSION);
        error.set("id", Json.MAPPER.valueToTree(id));
        error.putObject("error").put("code", code).put("message", message);
        return new Exchange(status, Json.write(error));
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<McpStatelessServerFeatures.SyncToolSpecification> tools() {
        List<McpStatelessServerFeatures.SyncToolSpecification> tools = new ArrayList<>();
        for (Questions.Entry e : Questions.entries()) {
            McpSchema.Tool tool = MAPPER.convertValue(ToolDefinitions.mcp(e), McpSchema.Tool.class);
            tools.add(new McpStatelessServerFeatures.SyncToolSpecification(tool, (context, request) -> call(e.name(), request)));
        }
        return tools;
    }

    private static McpSchema.CallToolResult call(String name, McpSchema.CallToolRequest request) {
        JsonNode input = Json.MAPPER.valueToTree(request.arguments() == null ? Map.of() : request.arguments());
        try {
            Envelope<?> envelope = Calls.answer(name, input);
            // converted, not written and parsed again: the product's reader refuses documents over 64 KB (what callers
            // send), and the catalogue's own answer is larger
            @SuppressWarnings("unchecked")
            Map<String, Object> structured = Json.MAPPER.convertValue(envelope, Map.class);
            return McpSchema.CallToolResult.builder().structuredContent(structured).addTextContent(asText(envelope)).isError(false).build();
        } catch (InvalidInputException bad) {
            StringBuilder words = new StringBuilder("The facts could not be used. Fix these and call again:");
            for (FieldProblem p : bad.body().error().fields()) {
                words.append("\n- ").append(p.field().isEmpty() ? "the input" : p.field()).append(": ").append(p.problem());
            }
            return McpSchema.CallToolResult.builder().addTextContent(words.toString()).isError(true).build();
        }
    }

    /** For a model's context: what was decided and why, the citations by reference (the words are resources, not repeated). */
    static String asText(Envelope<?> e) {
        StringBuilder b = new StringBuilder(e.status().name()).append(": ").append(e.summary());
        e.reasoning().forEach(step -> b.append("\n- ").append(step.finding()));
        if (!e.citations().isEmpty()) {
            b.append("\nCited (read with resources/read): ");
            b.append(String.join(", ", e.citations().stream().map(c -> RESOURCE_PREFIX + c.cite().replace("65 ILCS 5/", "")).toList()));
        }
        return b.toString();
    }

    private static List<McpStatelessServerFeatures.SyncResourceSpecification> resources() {
        List<McpStatelessServerFeatures.SyncResourceSpecification> resources = new ArrayList<>();
        for (Provision p : Corpus.get().provisions()) {
            String uri = RESOURCE_PREFIX + p.cite().replace("65 ILCS 5/", "");
            McpSchema.Resource resource = McpSchema.Resource.builder().uri(uri).name(p.cite()).title(p.cite() + (p.heading() == null ? "" : " " + p.heading()))
                    .mimeType("text/plain").build();
            resources.add(new McpStatelessServerFeatures.SyncResourceSpecification(resource,
                    (context, request) -> new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, "text/plain", p.text())))));
        }
        return resources;
    }

    /** Tool inputs are validated by the function called, which names every bad field in its error result. */
    static final class FunctionsValidate implements JsonSchemaValidator {
        @Override
        public ValidationResponse validate(Map<String, Object> schema, Object content) {
            return ValidationResponse.asValid(null);
        }
    }
}

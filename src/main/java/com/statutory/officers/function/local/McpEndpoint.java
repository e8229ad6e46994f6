package com.statutory.officers.function.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statutory.officers.answer.EngineVersion;
import com.statutory.officers.answer.Envelope;
import com.statutory.officers.answer.FieldProblem;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.function.Calls;
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
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import reactor.core.publisher.Mono;

/**
 * The MCP server on the local server: POST /mcp, Streamable HTTP in its stateless form with JSON responses (no
 * session, no event stream), served by the official Java SDK's stateless server. Every catalogue function is a tool
 * (its MCP definition from {@link ToolDefinitions#mcp}); a call answers with the envelope as structuredContent and,
 * as text, the summary, reasoning and the citations by reference; bad facts are an error result naming each field.
 * Every section and subsection of the statute is a resource, {@code statute://65-ILCS-5/3.1-10-50(e)}.
 */
@ApplicationScoped
public class McpEndpoint {

    public static final String PATH = "/mcp";
    public static final String RESOURCE_PREFIX = "statute://65-ILCS-5/";

    private final McpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper());
    private final Transport transport = new Transport();
    private McpStatelessSyncServer server;

    void install(@Observes Router router) {
        server = McpServer.sync(transport)
                .serverInfo("il-municipal-officers", EngineVersion.VALUE)
                .jsonMapper(mapper)
                // tool inputs are checked by each function, which names every bad field; the SDK's validator would say less
                .jsonSchemaValidator(new FunctionsValidate())
                .instructions("Answers questions about Illinois municipal officers from 65 ILCS 5/Article 3.1, citing the statute's words. "
                        + "Call questions with a query to find the right tool for a person's words; a NEEDS_FACTS answer names the facts to ask for.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .tools(tools())
                .resources(resources())
                .build();
        router.post(PATH).handler(transport::handle);
    }

    private List<McpStatelessServerFeatures.SyncToolSpecification> tools() {
        List<McpStatelessServerFeatures.SyncToolSpecification> tools = new ArrayList<>();
        for (Questions.Entry e : Questions.entries()) {
            McpSchema.Tool tool = mapper.convertValue(Json.MAPPER.convertValue(ToolDefinitions.mcp(e), Map.class), McpSchema.Tool.class);
            tools.add(new McpStatelessServerFeatures.SyncToolSpecification(tool, (context, request) -> call(e.name(), request)));
        }
        return tools;
    }

    private McpSchema.CallToolResult call(String name, McpSchema.CallToolRequest request) {
        JsonNode input = Json.MAPPER.valueToTree(request.arguments() == null ? Map.of() : request.arguments());
        try {
            Envelope<?> envelope = Calls.answer(name, input);
            @SuppressWarnings("unchecked")
            Map<String, Object> structured = Json.MAPPER.readValue(Json.write(envelope), Map.class);
            return McpSchema.CallToolResult.builder().structuredContent(structured).addTextContent(asText(envelope)).isError(false).build();
        } catch (InvalidInputException bad) {
            StringBuilder words = new StringBuilder("The facts could not be used. Fix these and call again:");
            for (FieldProblem p : bad.body().error().fields()) {
                words.append("\n- ").append(p.field().isEmpty() ? "the input" : p.field()).append(": ").append(p.problem());
            }
            return McpSchema.CallToolResult.builder().addTextContent(words.toString()).isError(true).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
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

    private List<McpStatelessServerFeatures.SyncResourceSpecification> resources() {
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

    /** The SDK's stateless transport contract over a Vert.x route: one JSON-RPC message in, its response (if any) out. */
    final class Transport implements McpStatelessServerTransport {

        private McpStatelessServerHandler handler;

        @Override
        public void setMcpHandler(McpStatelessServerHandler handler) {
            this.handler = handler;
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }

        void handle(RoutingContext ctx) {
            McpSchema.JSONRPCMessage message;
            try {
                message = McpSchema.deserializeJsonRpcMessage(mapper, ctx.body().asString());
            } catch (Exception e) {
                reply(ctx, 400, new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, null, null,
                        new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.PARSE_ERROR, "Not a JSON-RPC message", null)));
                return;
            }
            McpTransportContext context = McpTransportContext.EMPTY;
            if (message instanceof McpSchema.JSONRPCRequest request) {
                handler.handleRequest(context, request).subscribe(response -> reply(ctx, 200, response),
                        error -> reply(ctx, 500, new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), null,
                                new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INTERNAL_ERROR, "Something went wrong on our side", null))));
            } else if (message instanceof McpSchema.JSONRPCNotification notification) {
                handler.handleNotification(context, notification).subscribe(null, error -> ctx.response().setStatusCode(202).end(),
                        () -> ctx.response().setStatusCode(202).end());
            } else {
                ctx.response().setStatusCode(202).end();
            }
        }

        private void reply(RoutingContext ctx, int status, Object body) {
            try {
                ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(mapper.writeValueAsString(body));
            } catch (java.io.IOException e) {
                ctx.fail(e);
            }
        }
    }

    /** Tool inputs are validated by the function called, which names every bad field in its error result. */
    static final class FunctionsValidate implements JsonSchemaValidator {
        @Override
        public ValidationResponse validate(Map<String, Object> schema, Object content) {
            return ValidationResponse.asValid(null);
        }
    }
}

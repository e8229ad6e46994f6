package com.statutory.officers.function.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.statutory.officers.function.McpTools;

import io.vertx.ext.web.Router;

/** The MCP server (function.McpTools) on the local server: POST /mcp, Streamable HTTP, stateless, JSON responses. */
@ApplicationScoped
public class McpEndpoint {

    public static final String PATH = "/mcp";

    void install(@Observes Router router) {
        router.post(PATH).handler(ctx -> McpTools.exchange(ctx.body().asString()).subscribe(exchange -> {
            if (exchange.body().isEmpty()) {
                ctx.response().setStatusCode(exchange.status()).end();
            } else {
                ctx.response().setStatusCode(exchange.status()).putHeader("Content-Type", "application/json").end(exchange.body());
            }
        }, ctx::fail));
    }
}

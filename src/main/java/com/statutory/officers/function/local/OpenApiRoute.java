package com.statutory.officers.function.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.statutory.officers.answer.Json;
import com.statutory.officers.deploy.OpenApiDocument;

import io.vertx.ext.web.Router;

/** GET /openapi.json on the local server: the same generated description the gateway is built from. */
@ApplicationScoped
public class OpenApiRoute {

    /** Built on first request, so start-up does not pay for schema generation. */
    private static final class Document {
        static final String JSON = Json.write(OpenApiDocument.local());
    }

    void install(@Observes Router router) {
        router.get("/openapi.json").order(-100).handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end(Document.JSON));
    }
}

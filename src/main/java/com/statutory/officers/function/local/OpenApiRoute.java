package com.statutory.officers.function.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.statutory.officers.answer.Json;
import com.statutory.officers.deploy.OpenApiDocument;
import com.statutory.officers.deploy.PublicContract;
import com.statutory.officers.function.Calls;
import com.statutory.officers.platform.Questions;

import io.vertx.ext.web.Router;

/**
 * The local server's side of the public contract (infra/openapi-public.json): GET /openapi.json serves it, every
 * function also answers at POST /v1/{name} as on AWS, and GET /questions (or /v1/questions) lists the catalogue as
 * the gateway's GET does. Locally no API key is asked for.
 */
@ApplicationScoped
public class OpenApiRoute {

    /** Built on first request, so start-up does not pay for schema generation. */
    private static final class Document {
        static final String JSON = Json.write(PublicContract.document());
    }

    void install(@Observes Router router) {
        router.get("/openapi.json").order(-100).handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end(Document.JSON));
        for (String path : new String[] { "/" + Questions.NAME, OpenApiDocument.VERSION_PREFIX + Questions.NAME }) {
            router.get(path).order(-100).handler(ctx -> ctx.response().putHeader("Content-Type", "application/json")
                    .end(Json.write(Calls.answer(Questions.NAME, Json.MAPPER.createObjectNode()))));
        }
        // the contract's paths carry the stage's /v1/ prefix; the functions themselves are served at /{name}
        router.post(OpenApiDocument.VERSION_PREFIX + "*").order(-100).handler(ctx -> ctx.reroute(
                "/" + ctx.request().path().substring(OpenApiDocument.VERSION_PREFIX.length())));
    }
}

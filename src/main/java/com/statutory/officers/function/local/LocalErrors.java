package com.statutory.officers.function.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.statutory.officers.answer.ErrorBody;
import com.statutory.officers.answer.InvalidInputException;
import com.statutory.officers.answer.Json;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The local server's error contract: Funqy HTTP fails a request with the bare status 400 for unreadable
 * JSON, and with the thrown exception otherwise. Here each becomes the catalogue's JSON error: 400 with
 * the fields for bad input, 404/405 for a wrong route, and 500 with no internals for anything else.
 */
@ApplicationScoped
public class LocalErrors {

    private static final Logger LOG = Logger.getLogger(LocalErrors.class);

    void install(@Observes Router router) {
        // Ahead of Quarkus's own error page, which would answer in HTML.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        // A path no function serves never reaches a route's failure handler.
        router.errorHandler(404, this::handle);
        // With the widget's static files served, a POST to an unknown path matches only their GET route: Vert.x says 405.
        router.errorHandler(405, this::handle);
        // The request's own edges, each answered in the error shape before anything reads it (issue 14, finding 9). An
        // address java.net.URI cannot parse (a bad %-escape) never gets here: Quarkus's front handler answers it with a bare
        // 400 unless the JVM runs with -Dvertx.disableURIValidation=true; the gateway refuses such addresses itself.
        router.route().order(-300).handler(ctx -> {
            if (!parsable(ctx.request().uri())) {
                // Quarkus's own check, moved here (LocalMain) so that the answer is in the error shape
                refuse(ctx, 400, "INVALID_URI", "The address is not a valid URI (a bad %-escape?); functions are at POST /<name>.");
            } else if (ctx.request().uri().length() > MAX_URI_CHARS) {
                refuse(ctx, 414, "URI_TOO_LONG", "The address is longer than " + MAX_URI_CHARS + " characters; functions are at POST /<name>.");
            } else if (headerBytes(ctx) > MAX_HEADER_BYTES) {
                refuse(ctx, 431, "HEADERS_TOO_LARGE", "The request's headers are larger than " + MAX_HEADER_BYTES / 1024 + " KB.");
            } else {
                ctx.next();
            }
        });
        // Functions read JSON only: any other body is a 415 before it is read (issue 14, finding 1), as at the gateway.
        router.post().order(-200).handler(ctx -> {
            if (Json.isJsonMediaType(ctx.request().getHeader("Content-Type"))) {
                ctx.next();
            } else {
                refuse(ctx, 415, "UNSUPPORTED_MEDIA_TYPE", "Send the facts as JSON with Content-Type: application/json.");
            }
        });
    }

    /**
     * API Gateway's own limits for a REST API's request line and headers are about 10 KB; ours are lower for the address
     * (no function needs more than its name). The HTTP codec's limits (application.properties) are set above these, so
     * a request between the two gets this JSON answer; only one beyond the codec's limits gets Vert.x's bare 414/431.
     */
    static final int MAX_URI_CHARS = 2048;
    static final int MAX_HEADER_BYTES = 10 * 1024;

    private static boolean parsable(String uri) {
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int headerBytes(RoutingContext ctx) {
        int bytes = 0;
        for (java.util.Map.Entry<String, String> header : ctx.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static void refuse(RoutingContext ctx, int status, String code, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Json.write(ErrorBody.of(code, message)));
    }

    private void handle(RoutingContext ctx) {
        if (ctx.failure() instanceof io.vertx.core.http.HttpClosedException || ctx.response().closed()) {
            // the caller went away (or the idle timeout closed a request cut off halfway): no one to answer, nothing of ours failed
            LOG.debugf("Connection closed before %s was answered", ctx.request().path());
            return;
        }
        InvalidInputException invalid = find(ctx.failure());
        int status;
        String body;
        if (invalid != null) {
            status = 400;
            body = invalid.getMessage();
        } else if (ctx.failure() == null && (ctx.statusCode() == 400 || ctx.statusCode() == 413)) {
            status = 400;
            // Vert.x's 413 (over max-body-size, before reading) and Funqy's 400 (unreadable JSON) say the same as the Lambda path
            body = Json.write(ErrorBody.unreadable());
        } else if (ctx.failure() == null && (ctx.statusCode() == 404 || ctx.statusCode() == 405)) {
            status = ctx.statusCode() == 405 && ctx.request().method() == io.vertx.core.http.HttpMethod.POST ? 404 : ctx.statusCode();
            body = Json.write(status == 404 ? ErrorBody.of("NOT_FOUND", "No function at " + ctx.request().path() + "; POST /questions lists them.")
                    : ErrorBody.of("METHOD_NOT_ALLOWED", "Call functions with POST and a JSON body."));
        } else {
            LOG.errorf(ctx.failure(), "Unexpected failure on %s", ctx.request().path());
            status = 500;
            body = Json.write(ErrorBody.internal());
        }
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
        }
    }

    private static InvalidInputException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidInputException e) {
                return e;
            }
        }
        return null;
    }
}

package com.statutory.officers.function.local;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The local server's entry point (make run, java -jar): Quarkus's own, after one setting. Quarkus's front handler
 * answers an address java.net.URI cannot parse (a bad %-escape) with a bare 400 before any route sees it, unless this
 * property is set when it is created; with it set, LocalErrors makes the same check and answers in the error shape
 * (issue 14, finding 9). The tests set it in the surefire configuration.
 */
@QuarkusMain
public class LocalMain {

    static final String DISABLE_FRONT_URI_CHECK = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(DISABLE_FRONT_URI_CHECK, "true");
        Quarkus.run(args);
    }
}

package com.statutory.officers.function;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

import io.quarkus.runtime.StartupEvent;

/**
 * Lambda SnapStart (Packaging=jvm): before the snapshot is taken, answer the exported question's own example a few
 * times, so that the snapshot already holds what a first call would otherwise load and initialise (Jackson's view of
 * the records, the validator's metadata, the rule's classes, the provisions it quotes). Quarkus preloads its own
 * classes; this primes ours. Registered only where AWS says the function runs with SnapStart.
 */
@Singleton
public class SnapStartPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);
    private static final int ROUNDS = 20;

    private final Validator validator;
    private final Optional<String> export;

    SnapStartPriming(Validator validator, @ConfigProperty(name = "quarkus.funqy.export") Optional<String> export) {
        this.validator = validator;
        this.export = export;
    }

    void register(@Observes StartupEvent event) {
        if ("snap-start".equals(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            Core.getGlobalContext().register(this);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        export.flatMap(Catalogue::find).ifPresent(this::prime);
    }

    private <F, A> void prime(Question<F, A> q) {
        for (int i = 0; i < ROUNDS; i++) {
            Json.write(Catalogue.answer(q.name(), Json.MAPPER.valueToTree(q.example()), validator));
        }
        LOG.infof("Primed %s for the SnapStart snapshot", q.name());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: the functions hold no connections, clocks or random state
    }
}

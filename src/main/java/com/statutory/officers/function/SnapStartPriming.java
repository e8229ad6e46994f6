package com.statutory.officers.function;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private final Optional<String> export;
    private final ObjectMapper mapper;

    /** @param mapper the one Funqy writes answers with (configured by JsonCustomizer), so its serializers are primed */
    SnapStartPriming(@ConfigProperty(name = "quarkus.funqy.export") Optional<String> export, ObjectMapper mapper) {
        this.export = export;
        this.mapper = mapper;
    }

    void register(@Observes StartupEvent event) {
        if ("snap-start".equals(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            Core.getGlobalContext().register(this);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws JsonProcessingException {
        LOG.infof("Primed %d answers for the SnapStart snapshot", prime());
    }

    /** Answers the exported question's example as a call would be answered; how many times (none without an export). */
    int prime() throws JsonProcessingException {
        Optional<Question<?, ?>> q = export.flatMap(Catalogue::find);
        if (q.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < ROUNDS; i++) {
            mapper.writeValueAsBytes(Catalogue.answer(q.get().name(), Json.MAPPER.valueToTree(q.get().example())));
        }
        return ROUNDS;
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: the functions hold no connections, clocks or random state
    }
}

package com.statutory.officers.function;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.statutory.officers.answer.Json;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Both Funqy bindings write envelopes with the product's one JSON configuration: same input, same bytes. */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        Json.configure(mapper);
    }
}

package bench;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.funqy.Funq;

public class Empty {

    public record Nothing(String status) {
    }

    @Funq("empty")
    public Nothing empty(JsonNode input) {
        return new Nothing("ANSWERED");
    }
}

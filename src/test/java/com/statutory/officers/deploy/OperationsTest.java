package com.statutory.officers.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.statutory.officers.answer.Json;
import com.statutory.officers.catalogue.Catalogue;
import com.statutory.officers.catalogue.Question;

/** Issue 14, findings 11 and 12, on the generated template: the widget's rate rule, alarms, tags, and the stages' settings. */
class OperationsTest {

    private static final JsonNode T = read();

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(Files.readString(InfraTest.TEMPLATE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFunctionAlarmsOnItsOwnFailuresAndThrottlesNotOnCallersMistakes() {
        for (Question<?, ?> q : Catalogue.all()) {
            String fn = OpenApiDocument.functionResource(q);
            JsonNode filter = T.at("/Resources/" + fn + "UnexpectedErrors/Properties");
            // function.Calls logs outcome ERROR only for an exception of ours; a 400 is INVALID_INPUT and counts nowhere
            assertEquals("{ $.mdc.outcome = \"ERROR\" }", filter.get("FilterPattern").asText(), q.name());
            assertEquals(fn + "Logs", filter.at("/LogGroupName/Ref").asText());
            for (String alarm : new String[] { "ErrorsAlarm", "ThrottlesAlarm" }) {
                JsonNode a = T.at("/Resources/" + fn + alarm);
                assertEquals("HasAlarms", a.get("Condition").asText(), q.name() + " " + alarm);
                assertEquals("AlarmTopicArn", a.at("/Properties/AlarmActions/0/Ref").asText());
                assertEquals("notBreaching", a.at("/Properties/TreatMissingData").asText());
            }
            assertEquals(q.name(), T.at("/Resources/" + fn + "ErrorsAlarm/Properties/Dimensions/0/Value").asText());
            assertEquals(fn, T.at("/Resources/" + fn + "ThrottlesAlarm/Properties/Dimensions/0/Value/Ref").asText());
        }
        JsonNode api5xx = T.at("/Resources/Api5xxAlarm/Properties");
        assertEquals("5XXError", api5xx.get("MetricName").asText());
        assertEquals(T.at("/Resources/Api/Properties/Name/Fn::Sub").asText(), api5xx.at("/Dimensions/0/Value/Fn::Sub").asText());
        assertEquals(SamTemplate.STAGE, api5xx.at("/Dimensions/1/Value").asText());
        // no topic, no alarms: the default deploy creates none
        assertEquals("", T.at("/Parameters/AlarmTopicArn/Default").asText());
    }

    @Test
    void theWidgetRateRuleLimitsEachAddressOnTheWidgetKeyOnlyAndIsOffByDefault() throws Exception {
        assertEquals(0, T.at("/Parameters/WidgetRateLimitPer5Min/Default").asInt());
        assertEquals("0", T.at("/Conditions/HasWidgetRateRule/Fn::And/0/Fn::Not/0/Fn::Equals/1").asText());
        JsonNode rule = T.at("/Resources/WidgetWebAcl/Properties/Rules/0");
        JsonNode rate = rule.at("/Statement/RateBasedStatement");
        assertEquals("IP", rate.get("AggregateKeyType").asText());
        assertEquals("WidgetRateLimitPer5Min", rate.at("/Limit/Ref").asText());
        JsonNode match = rate.at("/ScopeDownStatement/ByteMatchStatement");
        assertEquals("x-api-key", match.at("/FieldToMatch/SingleHeader/Name").asText());
        assertEquals("EXACTLY", match.get("PositionalConstraint").asText());
        assertEquals("WidgetKeyValue", match.at("/SearchString/Ref").asText());
        // the key the rule recognises is the widget plan's key
        assertEquals("WidgetKeyValue", T.at("/Resources/WidgetKey/Properties/Value/Fn::If/1/Ref").asText());
        assertEquals(429, rule.at("/Action/Block/CustomResponse/ResponseCode").asInt());
        String body = T.at("/Resources/WidgetWebAcl/Properties/CustomResponseBodies/rate-limited/Content").asText();
        assertEquals("TOO_MANY_REQUESTS", Json.MAPPER.readTree(body).at("/error/code").asText());
        assertTrue(T.at("/Resources/WidgetWebAclAssociation/Properties/ResourceArn/Fn::Sub").asText().endsWith("/stages/" + SamTemplate.STAGE));
        assertEquals("HasWidgetRateRule", T.at("/Resources/WidgetWebAclAssociation/Condition").asText());
    }

    @Test
    void functionsApiAndLogsAreTaggedWithTheEnvironment() {
        assertEquals("Environment", T.at("/Globals/Function/Tags/Environment/Ref").asText());
        assertEquals("Environment", T.at("/Resources/Api/Properties/Tags/Environment/Ref").asText());
        assertEquals("Environment", T.at("/Resources/ApiAccessLogs/Properties/Tags/1/Value/Ref").asText());
    }

    /** Each stage's overrides name parameters the template has, and its region is the one the README prices. */
    @Test
    void samconfigHasAStagingAndAProductionStageInTheReadmesRegion() throws Exception {
        Map<String, Map<String, String>> sections = toml(Files.readString(Path.of("infra/samconfig.toml")));
        assertEquals(java.util.Set.of("staging.deploy.parameters", "production.deploy.parameters"), sections.keySet());
        String readme = Files.readString(Path.of("README.md"));
        for (Map.Entry<String, Map<String, String>> section : sections.entrySet()) {
            String region = section.getValue().get("region");
            assertTrue(readme.contains("What a call costs at the published prices (" + region), section.getKey() + ": README prices another region");
            Matcher names = Pattern.compile("(\\w+)=\\\\\"").matcher(section.getValue().get("parameter_overrides"));
            while (names.find()) {
                assertTrue(T.at("/Parameters").has(names.group(1)), section.getKey() + ": no template parameter " + names.group(1));
            }
        }
        assertEquals("il-municipal-officers-staging", sections.get("staging.deploy.parameters").get("stack_name"));
    }

    /** samconfig.toml as SAM writes it: [section] headers and key = "value" lines (enough for our own file). */
    private static Map<String, Map<String, String>> toml(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : text.split("\n")) {
            line = line.strip();
            if (line.startsWith("[")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new LinkedHashMap<>());
            } else if (current != null && line.contains(" = ")) {
                String[] kv = line.split(" = ", 2);
                current.put(kv[0], kv[1].startsWith("\"") ? kv[1].substring(1, kv[1].length() - 1) : kv[1]);
            }
        }
        return sections;
    }
}

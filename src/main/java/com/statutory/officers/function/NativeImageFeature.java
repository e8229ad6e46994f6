package com.statutory.officers.function;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.Set;

import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeReflection;
import org.hibernate.validator.internal.metadata.core.ConstraintHelper;

import com.statutory.officers.answer.ConstraintsUsed;
import com.statutory.officers.catalogue.ReachableTypes;

/**
 * Build-time registrations of the native image, computed from the catalogue while the image is built (passed
 * with {@code --features} in application.properties), so that nothing is listed by hand.
 *
 * <p>Funqy registers only the declared types of a function (JsonNode in, Envelope out); the envelope's answer is
 * written by its runtime type and the facts are read by our own binder, so every record and enum they reach is
 * registered here, whole: Jackson reads records through their components, constructors and accessors.
 *
 * <p>Hibernate Validator (answer.Inputs) instantiates a constraint validator by reflection for each constraint it
 * meets and reads the constraint annotations' attributes by reflection: for every constraint on those types, the
 * annotation and each validator Hibernate Validator may choose for it are registered (before this, every function
 * with a constraint failed natively with HV000064).
 */
public final class NativeImageFeature implements Feature {

    /**
     * Quarkus 3.34 registers this class for reflection without its getters, so Jackson cannot write the error
     * document: nothing is posted to the Runtime API's /error and every failed invocation hangs until the Lambda
     * timeout (quarkusio/quarkus#47015). Registering its public methods here is the workaround, until a Quarkus
     * release with the fix is served by our Maven mirror. Absent from the local server's build, which has no Lambda.
     */
    static final String LAMBDA_FUNCTION_ERROR = "io.quarkus.amazon.lambda.runtime.FunctionError";

    @Override
    public String getDescription() {
        return "Registers the catalogue's facts, answers and envelope for Jackson, and the Lambda error document";
    }

    @Override
    public void beforeAnalysis(BeforeAnalysisAccess access) {
        Set<Class<? extends Annotation>> constraints = new LinkedHashSet<>();
        for (Class<?> type : ReachableTypes.ofCatalogue()) {
            registerWhole(type);
            constraints.addAll(ConstraintsUsed.on(type));
        }
        ConstraintHelper builtIn = ConstraintHelper.forAllBuiltinConstraints();
        for (Class<? extends Annotation> constraint : constraints) {
            registerWhole(constraint);
            for (Class<?> validator : ConstraintsUsed.validators(constraint, builtIn)) {
                RuntimeReflection.register(validator);
                RuntimeReflection.registerForReflectiveInstantiation(validator);
            }
        }
        // the MCP SDK's protocol types (records, enums, sealed interfaces nested in McpSchema) are read and written by Jackson
        Class<?> mcpSchema = access.findClassByName(MCP_SCHEMA);
        if (mcpSchema != null) {
            registerNested(mcpSchema);
        }
        Class<?> functionError = access.findClassByName(LAMBDA_FUNCTION_ERROR);
        if (functionError != null) {
            registerWhole(functionError);
            RuntimeReflection.register(functionError.getMethods());
        }
    }

    static final String MCP_SCHEMA = "io.modelcontextprotocol.spec.McpSchema";

    private static void registerNested(Class<?> type) {
        registerWhole(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
            registerNested(nested);
        }
    }

    private static void registerWhole(Class<?> type) {
        RuntimeReflection.register(type);
        RuntimeReflection.registerAllDeclaredConstructors(type);
        RuntimeReflection.registerAllDeclaredMethods(type);
        RuntimeReflection.registerAllDeclaredFields(type);
        RuntimeReflection.register(type.getDeclaredConstructors());
        RuntimeReflection.register(type.getDeclaredMethods());
        RuntimeReflection.register(type.getDeclaredFields());
        if (type.isRecord()) {
            RuntimeReflection.registerAllRecordComponents(type);
        }
    }
}

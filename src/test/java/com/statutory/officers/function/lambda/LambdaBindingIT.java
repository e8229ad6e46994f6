package com.statutory.officers.function.lambda;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same checks against the built artifact (the native bootstrap with -Pnative), for machines with a
 * native-image toolchain: `mvn -Plambda,native verify`. Not run by `make test` (no GraalVM/Mandrel here).
 */
@QuarkusIntegrationTest
class LambdaBindingIT extends LambdaBindingTest {
}

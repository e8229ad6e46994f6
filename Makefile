# Every target finds a JDK of at least 21 by itself (the machine's default java may be 17).
SHELL := /bin/bash
JDK := $(shell ./.ci/find-jdk)
MVN := JAVA_HOME=$(JDK) mvn -B -q
# make deploy STAGE=staging: the samconfig.toml section to deploy
STAGE ?= production

.PHONY: run test test-local test-lambda test-widget test-native package native deploy infra bench clean check-jdk

check-jdk:
	@if [ -z "$(JDK)" ]; then echo "No JDK 21 or newer found: install one (e.g. Temurin 21+) or set JAVA_HOME." >&2; exit 1; fi

## run: the local server on http://localhost:8080, every function at POST /<name>
run: check-jdk
	$(MVN) clean package -DskipTests
	$(JDK)/bin/java -jar target/quarkus-app/quarkus-run.jar

## test: the rules, the local server binding, the widget in headless Chromium, then the Lambda binding (one binding per build)
test: check-jdk test-local test-widget test-lambda

test-local: check-jdk
	$(MVN) clean test

## test-widget: the embeddable widget end to end in Debian's Chromium against the local server (installs what it lacks)
test-widget: check-jdk
	$(MVN) package -DskipTests
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -q chromium >/dev/null; } || { echo "test-widget needs Debian's chromium (apt-get install chromium)." >&2; exit 1; }
	cd widget-tests && npm ci --no-audit --no-fund --silent && JAVA_BIN=$(JDK)/bin/java npm test --silent

## test-lambda: the Lambda binding's tests, then the packaged function.zip under AWS's runtime interface client with hostile events
test-lambda: check-jdk
	$(MVN) -Plambda clean package
	./src/test/native/hostile-jvm

## test-native: the native Lambda built (a few minutes) and answering byte for byte as the JVM one, bad events included
test-native: check-jdk
	./src/test/native/run

## package: target/function.zip for the AWS Lambda java21 runtime (Lambda binding only, no HTTP server)
package: check-jdk
	$(MVN) -Plambda clean package -DskipTests
	@ls -l target/function.zip

## native: the native function.zip (bootstrap) for provided.al2023: with native-image (GraalVM/Mandrel) or GRAALVM_HOME,
## else a container build when Docker/Podman runs, else the reconstructed GraalVM of ../shared/tools/native-builder
native: check-jdk
	@if command -v native-image >/dev/null 2>&1 || [ -x "$${GRAALVM_HOME:-/nonexistent}/bin/native-image" ]; then \
	  $(MVN) -Plambda clean package -DskipTests -Dquarkus.native.enabled=true; \
	elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1 || command -v podman >/dev/null 2>&1; then \
	  $(MVN) -Plambda clean package -DskipTests -Dquarkus.native.enabled=true -Dquarkus.native.container-build=true; \
	else \
	  source src/test/native/toolchain.sh && find_native_image && \
	  $(MVN) -Plambda clean package -DskipTests -Dquarkus.native.enabled=true; \
	fi
	@ls -l target/function.zip

## infra: regenerate infra/template.yaml and infra/openapi.json from the catalogue
infra: check-jdk
	$(MVN) test -Dtest=InfraTest -Dinfra.write=true -Dsurefire.failIfNoSpecifiedTests=false

## deploy: sam deploy of infra/template.yaml (after make native, or make package with Packaging=jvm)
deploy:
	@command -v sam >/dev/null 2>&1 || { echo "make deploy needs the AWS SAM CLI (sam) and AWS credentials; sam was not found." >&2; exit 1; }
	@test -f target/function.zip || { echo "target/function.zip is missing: run make native (or make package for Packaging=jvm) first." >&2; exit 1; }
	cd infra && sam deploy --template-file template.yaml --config-file samconfig.toml --config-env $(STAGE)

## bench: JMH per function, start-up vs an empty Funqy function, wrk throughput, Lambda peak RSS (writes target-bench/results.md)
bench: check-jdk
	./bench/run

clean:
	$(MVN) clean

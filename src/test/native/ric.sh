# fetch_ric DIR: AWS's own runtime interface client (and what it needs) into DIR; prints the class path.
# The java21 runtime runs a JVM function.zip with it; so do make test-lambda and make test-native.
fetch_ric() {
  local dir=$1
  mkdir -p "$dir"
  for artifact in com.amazonaws:aws-lambda-java-runtime-interface-client:2.6.0 com.amazonaws:aws-lambda-java-serialization:1.1.2 \
                  com.amazonaws:aws-lambda-java-core:1.2.3; do
    JAVA_HOME=$JDK mvn -B -q dependency:copy -Dartifact=$artifact -DoutputDirectory="$dir" >&2
  done
  ls "$dir"/*.jar | paste -sd:
}

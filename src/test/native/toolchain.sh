# Sourced by src/test/native/run and bench/run: puts a GraalVM `native-image` on the PATH, or fails saying why.
# Order: native-image already on the PATH (GraalVM or Mandrel), GRAALVM_HOME, then the reconstructed GraalVM CE
# 25.0.2 of ../shared/tools/native-builder (set up once, cached under ~/.cache/native-builder).
find_native_image() {
  if command -v native-image >/dev/null 2>&1; then return 0; fi
  if [ -n "${GRAALVM_HOME:-}" ] && [ -x "$GRAALVM_HOME/bin/native-image" ]; then export PATH=$GRAALVM_HOME/bin:$PATH; return 0; fi
  local root home setup="" candidate
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
  home=${NATIVE_BUILDER_CACHE:-$HOME/.cache/native-builder}/graalvm-ce-25.0.2-home
  if [ ! -x "$home/bin/native-image" ]; then
    for candidate in "${NATIVE_BUILDER:-}" "$root/../shared/tools/native-builder" /work/shared/tools/native-builder; do
      if [ -n "$candidate" ] && [ -x "$candidate/setup" ]; then setup=$candidate/setup; break; fi
    done
    if [ -z "$setup" ]; then
      echo "No native-image (GraalVM/Mandrel) on the PATH, no GRAALVM_HOME, and no native-builder to set one up" \
           "(looked for ../shared/tools/native-builder/setup; set NATIVE_BUILDER to its folder)." >&2
      return 1
    fi
    echo "Setting up the GraalVM toolchain with $setup (once; cached in $(dirname "$home"))"
    "$setup" "$(dirname "$home")" || { echo "The native toolchain could not be set up (see above)." >&2; return 1; }
  fi
  export GRAALVM_HOME=$home PATH=$home/bin:$PATH
}

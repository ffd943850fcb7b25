#!/usr/bin/env bash
# The inner loop's fast path (src/site/markdown/environments.md, "A warm environment"): runs a
# feature, a folder or file:line with Cucumber's own command line on the built class path, without
# Maven's lifecycle, in a reused environment (the first run starts and keeps it). Maven runs first
# only when a source, a resource, cucumber.properties or the pom changed since the last build.
#   bash ci/run-feature.sh features/cdc/postgres_to_kafka.feature:9
#   bash ci/run-feature.sh -Dsluice.reuse=false features/masking/
# Settings (-Dkey=value) go before the features. The reused environment stays until you stop it:
#   mvn -q compile exec:java -Dexec.mainClass=dev.sluice.environment.ReusedEnvironments
set -euo pipefail
cd "$(dirname "$0")/.."

built=target/sluice-fast-path.built
classpath=target/sluice-classpath.txt
if [ ! -f "$built" ] || [ ! -f "$classpath" ] \
  || [ -n "$(find src pom.xml cucumber.properties -newer "$built" -type f -print -quit)" ]; then
  # The classpath file is written by the build (maven-dependency-plugin, generate-test-resources).
  mvn -B -ntp -q test-compile
  touch "$built"
fi

settings=()
features=()
for arg in "$@"; do
  case "$arg" in
    -D*) settings+=("$arg") ;;
    *) features+=("$arg") ;;
  esac
done
if [ ${#features[@]} -eq 0 ]; then
  echo "Which feature? e.g. bash ci/run-feature.sh features/cdc/postgres_to_kafka.feature:9" >&2
  exit 2
fi

# A later -D wins: -Dsluice.reuse=false given here starts and stops an environment of its own.
exec java -XX:TieredStopAtLevel=1 -Dsluice.reuse=true "${settings[@]}" \
  -cp "target/test-classes:target/classes:$(cat "$classpath")" \
  io.cucumber.core.cli.Main "${features[@]}"

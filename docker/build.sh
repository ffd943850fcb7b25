#!/usr/bin/env bash
# Builds every Sluice image: the base (pulled, or made with debootstrap where no registry answers),
# a Java runtime, kafka, connect (the core), one image per stage library, and one per service
# plug-in that runs in a container (docker/<service>/: PostgreSQL, MariaDB, S3, the schema registry, ...).
# Jars come from Maven Central through Maven; OS packages from Debian. Versions are the suite's
# settings and can be overridden like them:  docker/build.sh -Dsluice.kafka.version=4.0.2
# Tags are versioned; stage-library tags also name the core they were built for.
set -euo pipefail
cd "$(dirname "$0")/.."
bash docker/base/make-base-image.sh

out=target/docker
mkdir -p "$out"
mvn -q -B -ntp -DskipTests compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt"
java "$@" -cp "target/classes:$(cat "$out/classpath.txt")" dev.sluice.environment.docker.ImageContexts docker "$out" >/dev/null
# shellcheck disable=SC1091
source "$out/build-info.env"

build() { # tag, context, build args...
  local tag=$1 context=$2; shift 2
  echo "building $tag"
  if ! docker build -q -t "$tag" "$@" "$context" >"$out/build-$(basename "$context").log" 2>&1; then
    cat "$out/build-$(basename "$context").log" >&2
    echo "building $tag failed" >&2
    return 1
  fi
}

build sluice/jre:17 docker/jre
build "sluice/kafka:$KAFKA_VERSION" "$out/kafka" --build-arg VERSION="$KAFKA_VERSION" --build-arg BUILD_ID="$KAFKA_BUILD_ID"
build "sluice/connect:$CONNECT_VERSION" "$out/connect" --build-arg VERSION="$CONNECT_VERSION" --build-arg BUILD_ID="$CONNECT_BUILD_ID"
# The service plug-ins' images: tag=context words, each context prepared from docker/<service>/.
for image in $SERVICE_IMAGES; do
  tag="${image%%=*}"
  build "$tag" "${image#*=}" --build-arg VERSION="${tag##*:}"
done
for library in $STAGE_LIBRARIES; do
  var="$(echo "$library" | tr 'a-z-' 'A-Z_')_VERSION"
  version="${!var}"
  build "sluice/stage-$library:$version-core$CONNECT_VERSION" "$out/stage-$library" --build-arg LIBRARY="$library" \
    --build-arg VERSION="$version" --build-arg CORE_VERSION="$CONNECT_VERSION" --build-arg CORE_BUILD_ID="$CONNECT_BUILD_ID"
done
docker images --filter "reference=sluice/*" --format '{{.Repository}}:{{.Tag}}  {{.Size}}'

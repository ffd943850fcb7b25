#!/usr/bin/env bash
# Starts the distributed worker. Its configuration and JVM options come from the suite's one
# definition (WorkerConfig), baked into the image; only the container's own values are filled in.
set -euo pipefail
: "${CONNECT_BOOTSTRAP_SERVERS:=kafka:9092}" "${CONNECT_GROUP_ID:=sluice}" "${CONNECT_ADVERTISED_HOST:=connect}"
sed -e "s|@CONNECT_BOOTSTRAP_SERVERS@|${CONNECT_BOOTSTRAP_SERVERS}|g" \
    -e "s|@CONNECT_GROUP_ID@|${CONNECT_GROUP_ID}|g" \
    -e "s|@CONNECT_ADVERTISED_HOST@|${CONNECT_ADVERTISED_HOST}|g" \
    /opt/connect/worker.properties > /tmp/worker.properties
mapfile -t jvm < /opt/connect/jvm.options
mapfile -t main < /opt/connect/main-class
exec java "${jvm[@]}" -cp "/opt/connect/libs/*" "${main[0]}" /tmp/worker.properties

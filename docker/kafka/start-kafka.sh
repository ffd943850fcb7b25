#!/usr/bin/env bash
# Formats the storage (once) and starts a broker+controller.
# The configuration (with the controller quorum as the core's version has it) and JVM options are
# the suite's one definition (BrokerConfig), baked into the image; only the listeners are the
# container's own. INTERNAL is advertised to other containers as $KAFKA_INTERNAL_HOST:9092, EXTERNAL
# to the host as localhost:$KAFKA_EXTERNAL_PORT (the mapped port, known only after the container is
# created: the caller passes it in).
set -euo pipefail
: "${KAFKA_INTERNAL_HOST:=kafka}"
: "${KAFKA_EXTERNAL_PORT:=9093}"
{
  cat /opt/kafka/broker.properties
  cat <<PROPS
listeners=INTERNAL://0.0.0.0:9092,EXTERNAL://0.0.0.0:9093,CONTROLLER://127.0.0.1:9094
advertised.listeners=INTERNAL://${KAFKA_INTERNAL_HOST}:9092,EXTERNAL://localhost:${KAFKA_EXTERNAL_PORT}
listener.security.protocol.map=INTERNAL:PLAINTEXT,EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=INTERNAL
log.dirs=/tmp/kafka-data
PROPS
} > /tmp/server.properties
CP="/opt/kafka/libs/*"
# Formatted once: a container started again (after a kill) keeps its log directory and cluster id.
# Formatting it again with a new random id is refused by Kafka 4 ("Invalid cluster.id"), and the
# broker would never come back.
if [ ! -f /tmp/kafka-data/meta.properties ]; then
  # --standalone from Kafka 3.9 on, nothing before (BrokerConfig.formatOptions).
  mapfile -t format_options < <(grep -v '^$' /opt/kafka/format.options || true)
  java -cp "$CP" kafka.tools.StorageTool format -t "$(java -cp "$CP" kafka.tools.StorageTool random-uuid)" \
    -c /tmp/server.properties "${format_options[@]}"
fi
mapfile -t jvm < /opt/kafka/jvm.options
exec java "${jvm[@]}" -cp "$CP" kafka.Kafka /tmp/server.properties

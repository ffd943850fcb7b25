#!/usr/bin/env bash
# Formats the storage (once: a container started again keeps its data) and starts a broker+controller. Two listeners: INTERNAL is advertised to
# other containers as $KAFKA_INTERNAL_HOST:9092, EXTERNAL to the host as localhost:$KAFKA_EXTERNAL_PORT
# (the mapped port, known only after the container is created: the caller passes it in).
set -euo pipefail
: "${KAFKA_INTERNAL_HOST:=kafka}"
: "${KAFKA_EXTERNAL_PORT:=9093}"
cat > /tmp/server.properties <<PROPS
process.roles=broker,controller
node.id=1
listeners=INTERNAL://0.0.0.0:9092,EXTERNAL://0.0.0.0:9093,CONTROLLER://127.0.0.1:9094
advertised.listeners=INTERNAL://${KAFKA_INTERNAL_HOST}:9092,EXTERNAL://localhost:${KAFKA_EXTERNAL_PORT}
listener.security.protocol.map=INTERNAL:PLAINTEXT,EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=INTERNAL
controller.listener.names=CONTROLLER
controller.quorum.bootstrap.servers=127.0.0.1:9094
log.dirs=/tmp/kafka-data
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=5
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPS
CP="/opt/kafka/libs/*"
java -cp "$CP" kafka.tools.StorageTool format -t "$(java -cp "$CP" kafka.tools.StorageTool random-uuid)" \
  -c /tmp/server.properties --standalone --ignore-formatted
exec java -Xms256m -Xmx768m -XX:+UseSerialGC -Dlog4j2.configurationFile=/opt/kafka/log4j2.properties -cp "$CP" kafka.Kafka /tmp/server.properties

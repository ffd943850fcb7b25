#!/usr/bin/env bash
# Starts a distributed worker with the test-friendly settings of the local environment.
set -euo pipefail
: "${CONNECT_BOOTSTRAP_SERVERS:=kafka:9092}"
: "${CONNECT_GROUP_ID:=sluice}"
cat > /tmp/worker.properties <<PROPS
bootstrap.servers=${CONNECT_BOOTSTRAP_SERVERS}
group.id=${CONNECT_GROUP_ID}
config.storage.topic=${CONNECT_GROUP_ID}-configs
offset.storage.topic=${CONNECT_GROUP_ID}-offsets
status.storage.topic=${CONNECT_GROUP_ID}-status
config.storage.replication.factor=1
offset.storage.replication.factor=1
status.storage.replication.factor=1
offset.storage.partitions=1
status.storage.partitions=1
key.converter=org.apache.kafka.connect.json.JsonConverter
value.converter=org.apache.kafka.connect.json.JsonConverter
key.converter.schemas.enable=true
value.converter.schemas.enable=true
offset.flush.interval.ms=1000
scheduled.rebalance.max.delay.ms=0
listeners=http://0.0.0.0:8083
rest.advertised.host.name=${CONNECT_ADVERTISED_HOST:-connect}
plugin.path=/opt/connect/plugins
plugin.discovery=service_load
topic.creation.enable=true
PROPS
exec java -Xms256m -Xmx1g -XX:+UseSerialGC -Dlog4j2.configurationFile=/opt/connect/log4j2.properties \
  -Daws.requestChecksumCalculation=WHEN_REQUIRED -Daws.responseChecksumValidation=WHEN_REQUIRED \
  -cp "/opt/connect/libs/*" org.apache.kafka.connect.cli.ConnectDistributed /tmp/worker.properties

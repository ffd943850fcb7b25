package dev.sluice.kafka;

import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.OwnTransforms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Kafka → Kafka pipeline: Kafka's own MirrorSourceConnector (part of the core, as in Kafka's
 * distribution) copying one topic within the cluster, its bytes parsed by Sluice's {@code
 * ParseJson} so processors can act on fields, then routed into the destination topic. Keys and
 * headers pass byte for byte.
 */
final class MirrorSource {
    private static final String BYTES = "org.apache.kafka.connect.converters.ByteArrayConverter";

    private MirrorSource() {}

    static Map<String, String> config(String bootstrap, String from, String into, ConnectorContext context) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", "org.apache.kafka.connect.mirror.MirrorSourceConnector");
        c.put("tasks.max", "1");
        c.put("source.cluster.alias", "origin");
        c.put("target.cluster.alias", "destination");
        c.put("source.cluster.bootstrap.servers", bootstrap);
        c.put("target.cluster.bootstrap.servers", bootstrap);
        // The mirror's clients are its own: they get the cluster's client settings (security) explicitly.
        c.putAll(context.kafkaClientSettings("source.cluster."));
        c.putAll(context.kafkaClientSettings("target.cluster."));
        c.put("topics", from.replace(".", "\\."));
        // Same cluster: the mirror's own target is the origin topic itself; the route below moves records on.
        c.put("replication.policy.class", "org.apache.kafka.connect.mirror.IdentityReplicationPolicy");
        c.put("replication.factor", "1");
        c.put("refresh.topics.interval.seconds", "5");
        c.put("sync.topic.configs.enabled", "false");
        c.put("sync.topic.acls.enabled", "false");
        c.put("emit.offset-syncs.enabled", "false");
        c.put("key.converter", BYTES);
        c.put("header.converter", BYTES);
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
        c.put("topic.creation.default.replication.factor", "1");
        c.put("topic.creation.default.partitions", "1");
        // MirrorMaker copies every heartbeats topic whatever its topic filter says (Sluice's engine canary writes
        // one): its records are no data of the pipeline, and the route below would move them into the destination.
        c.put("transforms", "heartbeats,route,parse");
        c.put("transforms.heartbeats.type", "org.apache.kafka.connect.transforms.Filter");
        c.put("transforms.heartbeats.predicate", "isHeartbeats");
        c.put("predicates", "isHeartbeats");
        c.put("predicates.isHeartbeats.type", "org.apache.kafka.connect.transforms.predicates.TopicNameMatches");
        c.put("predicates.isHeartbeats.pattern", "(.+\\.)?heartbeats");
        c.put("transforms.route.type", "org.apache.kafka.connect.transforms.RegexRouter");
        c.put("transforms.route.regex", ".*");
        c.put("transforms.route.replacement", into);
        c.put("transforms.parse.type", OwnTransforms.PARSE_JSON);
        return c;
    }
}

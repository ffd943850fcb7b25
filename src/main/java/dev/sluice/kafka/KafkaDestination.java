package dev.sluice.kafka;

import dev.sluice.verify.Destination;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A destination topic, read with a consumer from the beginning. Its rows are the records' fields
 * (unwrapped from any Debezium envelope); tombstones are not rows. A topic is a log: an updated
 * row appears once per change.
 */
public record KafkaDestination(KafkaTopics topics, String logicalName, String topic) implements Destination {

    /** A topic is a log: a record delivered twice is there twice. */
    @Override
    public boolean keepsEveryRecord() {
        return true;
    }

    @Override
    public String describe() {
        return "Kafka topic \"" + logicalName + "\"";
    }

    @Override
    public Snapshot read() {
        List<KafkaTopics.KafkaRecord> records =
                topics.readAll(topic).stream().filter(r -> !r.isTombstone()).toList();
        List<Map<String, Object>> rows =
                records.stream().map(KafkaTopics.KafkaRecord::fields).toList();
        Set<String> fields = new LinkedHashSet<>();
        rows.forEach(r -> fields.addAll(r.keySet()));
        List<String> texts =
                records.stream().map(r -> r.key() + " " + r.value()).toList();
        return new Snapshot(rows, rows.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(fields)), texts);
    }
}

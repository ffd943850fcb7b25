package dev.sluice.s3;

import dev.sluice.verify.Destination;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A bucket holding a lake: its rows are the rows of every Iceberg table under {@code warehouse/}.
 * The lake appends: each change of a row is a row of its own.
 */
public record S3Destination(S3Lake lake, String logicalName, String bucket) implements Destination {

    /** The lake appends: a row delivered twice is there twice. */
    @Override
    public boolean keepsEveryRecord() {
        return true;
    }

    /** The lake appends every change and keeps no order between a key's rows, so which is current is unknown. */
    @Override
    public List<Map<String, Object>> current(List<String> keyColumns) {
        throw new UnsupportedOperationException("The " + describe() + " appends every change and does not say which "
                + "row of a key is the latest, so it cannot be compared with an origin's current rows. Check it with "
                + "'contains exactly' (every change is a row) instead.");
    }

    @Override
    public String describe() {
        return "S3 bucket \"" + logicalName + "\"";
    }

    @Override
    public Snapshot read() {
        List<S3Lake.LakeTable> tables = lake.tables(bucket, S3LakeSystem.LAKE_PREFIX + "/");
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        tables.forEach(t -> {
            rows.addAll(t.rows());
            columns.addAll(t.columns());
        });
        List<String> texts = new ArrayList<>(rows.stream().map(Object::toString).toList());
        // Every object's raw bytes too: metadata and manifests carry column statistics (lower and upper bounds).
        for (S3Object object : lake.list(bucket, "")) {
            texts.add(object.key() + ": " + new String(lake.read(bucket, object.key()), StandardCharsets.ISO_8859_1));
        }
        return new Snapshot(rows, tables.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(columns)), texts);
    }

    @Override
    public int count() {
        return (int) lake.recordCount(bucket, S3LakeSystem.LAKE_PREFIX + "/");
    }

    public List<String> dataFiles() {
        return lake.list(bucket, S3LakeSystem.LAKE_PREFIX + "/").stream()
                .map(S3Object::key)
                .filter(k -> k.contains("/data/") && k.endsWith(".parquet"))
                .toList();
    }

    public List<String> objectsUnder(String prefix) {
        return lake.list(bucket, prefix).stream().map(S3Object::key).toList();
    }
}

package dev.sluice.s3;

import dev.sluice.verify.Destination;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A bucket holding a lake: its rows are the rows of every Iceberg table under {@code warehouse/}.
 * The lake appends: each change of a row is a row of its own, and a delete a row of its key marked
 * {@code __deleted}, which is not counted as a row.
 */
public record S3Destination(S3Lake lake, String logicalName, String bucket) implements Destination {
    /** The column that marks a delete's row ({@code DeleteAsRow}, in the worker). */
    static final String DELETED = "__deleted";

    /** The lake appends: a row delivered twice is there twice. */
    @Override
    public boolean keepsEveryRecord() {
        return true;
    }

    /**
     * The latest row per key in commit order; a delete (a row marked {@code __deleted}) removes
     * its key. Rows of one key keep their order when the pipeline's topic has one partition, as
     * Sluice's have.
     */
    @Override
    public List<Map<String, Object>> current(List<String> keyColumns) {
        Map<List<Object>, Map<String, Object>> latest = new LinkedHashMap<>();
        for (Map<String, Object> row : allRows()) {
            List<Object> key = keyColumns.stream().map(row::get).toList();
            latest.remove(key);
            if (!isDelete(row)) {
                latest.put(key, withoutMarker(row));
            }
        }
        return new ArrayList<>(latest.values());
    }

    @Override
    public String describe() {
        return "S3 bucket \"" + logicalName + "\"";
    }

    /** Its rows, deletes left out (as a topic's tombstones are): each change of a row is a row. */
    @Override
    public Snapshot read() {
        List<S3Lake.LakeTable> tables = lake.tables(bucket, S3LakeSystem.LAKE_PREFIX + "/");
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        tables.forEach(t -> {
            t.rows().stream()
                    .filter(r -> !isDelete(r))
                    .map(S3Destination::withoutMarker)
                    .forEach(rows::add);
            t.columns().stream().filter(c -> !c.equals(DELETED)).forEach(columns::add);
        });
        List<String> texts = new ArrayList<>(rows.stream().map(Object::toString).toList());
        // Every object's raw bytes too: metadata and manifests carry column statistics (lower and upper bounds).
        for (S3Object object : lake.list(bucket, "")) {
            texts.add(object.key() + ": " + new String(lake.read(bucket, object.key()), StandardCharsets.ISO_8859_1));
        }
        return new Snapshot(rows, tables.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(columns)), texts);
    }

    /** From the tables' metadata alone, unless deletes were recorded (they are rows there, not here). */
    @Override
    public int count() {
        S3Lake.LakeSummary summary = lake.summary(bucket, S3LakeSystem.LAKE_PREFIX + "/");
        return summary.columns().contains(DELETED)
                ? (int) allRows().stream().filter(r -> !isDelete(r)).count()
                : (int) summary.records();
    }

    private List<Map<String, Object>> allRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        lake.tables(bucket, S3LakeSystem.LAKE_PREFIX + "/").forEach(t -> rows.addAll(t.rows()));
        return rows;
    }

    private static boolean isDelete(Map<String, Object> row) {
        return Boolean.TRUE.equals(row.get(DELETED));
    }

    private static Map<String, Object> withoutMarker(Map<String, Object> row) {
        if (!row.containsKey(DELETED)) {
            return row;
        }
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.remove(DELETED);
        return copy;
    }

    /** The Parquet files of the lake's tables: those their current snapshots refer to. */
    public List<String> dataFiles() {
        return lake.committedDataFiles(bucket, S3LakeSystem.LAKE_PREFIX + "/");
    }

    /** Parquet objects under the tables' data folders that no snapshot refers to (an uncommitted write's). */
    public List<String> uncommittedDataFiles() {
        List<String> committed = dataFiles();
        return lake.list(bucket, S3LakeSystem.LAKE_PREFIX + "/").stream()
                .map(S3Object::key)
                .filter(k -> k.contains("/data/") && k.endsWith(".parquet") && !committed.contains(k))
                .toList();
    }

    public List<String> objectsUnder(String prefix) {
        return lake.list(bucket, prefix).stream().map(S3Object::key).toList();
    }
}

package dev.sluice.s3;

import dev.sluice.sdk.system.ReportsColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.iceberg.BaseTable;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Schema;
import org.apache.iceberg.StaticTableOperations;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetReaders;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.parquet.Parquet;
import org.apache.iceberg.types.Types;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3 bucket holding a data lake, read directly with AWS SDK v2: objects are listed and fetched
 * with the SDK, and Iceberg's own readers decode the tables' metadata and Parquet files from the
 * fetched bytes. Nothing goes through the pipeline engine or a catalog.
 */
public final class S3Lake implements AutoCloseable {
    private final S3Endpoint endpoint;
    private final S3Client client;

    /** The server, as the tests reach it. */
    public S3Endpoint endpoint() {
        return endpoint;
    }

    public S3Lake(S3Endpoint endpoint) {
        this.endpoint = endpoint;
        this.client = endpoint.newClient();
    }

    /**
     * A table of the lake: its location in the bucket and its rows as of its latest metadata file, in commit order;
     * {@code positions.get(i)} names row i's data file and its row there.
     */
    public record LakeTable(
            String location, List<String> columns, List<Map<String, Object>> rows, List<String> positions) {}

    public void createBucket(String bucket, String describe) {
        try {
            client.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            throw new IllegalArgumentException(
                    "S3 at " + endpoint.url() + " refused to create the bucket '" + bucket
                            + "' for the " + describe + ": "
                            + e.awsErrorDetails().errorCode() + " "
                            + e.awsErrorDetails().errorMessage()
                            + ". Bucket names are 3 to 63 lower-case letters, digits and hyphens.",
                    e);
        }
    }

    public List<S3Object> list(String bucket, String prefix) {
        try {
            return client.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
                    .toList();
        } catch (NoSuchBucketException e) {
            return List.of();
        }
    }

    public byte[] read(String bucket, String key) {
        return client.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
    }

    /** Removes every object and the bucket; a bucket that does not exist is fine. */
    public void deleteBucket(String bucket) {
        try {
            for (S3Object object : list(bucket, "")) {
                client.deleteObject(r -> r.bucket(bucket).key(object.key()));
            }
            client.deleteBucket(r -> r.bucket(bucket));
        } catch (NoSuchBucketException ignored) {
            // nothing to remove
        }
    }

    /** Every Iceberg table under the prefix, with its rows, read from its newest metadata file. */
    public List<LakeTable> tables(String bucket, String prefix) {
        List<LakeTable> tables = new ArrayList<>();
        newestMetadata(bucket, prefix)
                .forEach((location, metadataKey) -> tables.add(readTable(bucket, location, metadataKey)));
        return tables;
    }

    /** What the tables' metadata alone says: their columns, and their rows by the latest snapshots' summaries. */
    public record LakeSummary(Set<String> columns, long records) {}

    /** The tables under the prefix as their newest metadata files describe them; no data file is read. */
    public LakeSummary summary(String bucket, String prefix) {
        Set<String> columns = new LinkedHashSet<>();
        long records = 0;
        for (Map.Entry<String, String> e : newestMetadata(bucket, prefix).entrySet()) {
            Table table = table(bucket, e.getKey(), e.getValue());
            table.schema().columns().forEach(c -> columns.add(c.name()));
            if (table.currentSnapshot() != null) {
                records += Long.parseLong(table.currentSnapshot().summary().getOrDefault("total-records", "0"));
            }
        }
        return new LakeSummary(columns, records);
    }

    /** The columns of the tables under the prefix and their Iceberg types ({@code long}, {@code string}), in order. */
    public List<ReportsColumns.Column> columnTypes(String bucket, String prefix) {
        List<ReportsColumns.Column> columns = new ArrayList<>();
        for (Map.Entry<String, String> e : newestMetadata(bucket, prefix).entrySet()) {
            table(bucket, e.getKey(), e.getValue())
                    .schema()
                    .columns()
                    .forEach(c -> columns.add(
                            new ReportsColumns.Column(c.name(), c.type().toString())));
        }
        return columns;
    }

    /**
     * The keys of the data files the tables' current snapshots refer to. A Parquet object no snapshot refers to is not
     * one of them: a sink task that loses its partition to another worker before its commit leaves its file behind.
     */
    public List<String> committedDataFiles(String bucket, String prefix) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, String> e : newestMetadata(bucket, prefix).entrySet()) {
            Table table = table(bucket, e.getKey(), e.getValue());
            if (table.currentSnapshot() == null) {
                continue;
            }
            try (CloseableIterable<FileScanTask> planned = table.newScan().planFiles()) {
                planned.forEach(task -> keys.add(keyOf(bucket, task.file().location())));
            } catch (IOException ex) {
                throw new UncheckedIOException(
                        "Could not plan the Iceberg table at s3://" + bucket + "/" + e.getKey(), ex);
            }
        }
        return keys;
    }

    private static String keyOf(String bucket, String location) {
        String inBucket = "s3://" + bucket + "/";
        return location.startsWith(inBucket) ? location.substring(inBucket.length()) : location;
    }

    /** Table location → key of its newest {@code *.metadata.json}. */
    private Map<String, String> newestMetadata(String bucket, String prefix) {
        Map<String, String> newest = new TreeMap<>();
        list(bucket, prefix).stream()
                .map(S3Object::key)
                .filter(k -> k.endsWith(".metadata.json"))
                .sorted(Comparator.comparingInt(S3Lake::metadataVersion))
                .forEach(k -> newest.put(k.substring(0, k.lastIndexOf("/metadata/")), k));
        return newest;
    }

    private Table table(String bucket, String location, String metadataKey) {
        return new BaseTable(
                new StaticTableOperations("s3://" + bucket + "/" + metadataKey, new S3BytesFileIO(this)), location);
    }

    /**
     * The table's rows in the order they were committed: data files by their sequence number (one
     * per commit of the sink), rows in the order each file holds them (a partition's order).
     */
    private LakeTable readTable(String bucket, String location, String metadataKey) {
        Table table = table(bucket, location, metadataKey);
        Schema schema = table.schema();
        List<String> columns =
                schema.columns().stream().map(Types.NestedField::name).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        if (table.currentSnapshot() != null) {
            try (CloseableIterable<FileScanTask> planned = table.newScan().planFiles()) {
                List<DataFile> files = new ArrayList<>();
                planned.forEach(task -> files.add(task.file()));
                files.sort(Comparator.comparing(
                                (DataFile f) -> f.dataSequenceNumber() == null ? 0L : f.dataSequenceNumber())
                        .thenComparing(DataFile::location));
                for (DataFile file : files) {
                    readFile(table, schema, file, columns, rows, positions);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Could not read the Iceberg table at s3://" + bucket + "/" + location, e);
            }
        }
        return new LakeTable(location, columns, rows, positions);
    }

    private static void readFile(
            Table table,
            Schema schema,
            DataFile file,
            List<String> columns,
            List<Map<String, Object>> rows,
            List<String> positions)
            throws IOException {
        if (file.format() != FileFormat.PARQUET) {
            throw new IllegalStateException("The lake's data file " + file.location() + " is " + file.format()
                    + "; Sluice reads Parquet, which Iceberg's sink writes by default");
        }
        try (CloseableIterable<Record> records = Parquet.read(table.io().newInputFile(file.location()))
                .project(schema)
                .createReaderFunc(fileSchema -> GenericParquetReaders.buildReader(schema, fileSchema))
                .build()) {
            int position = 0;
            for (Record record : records) {
                Map<String, Object> row = new LinkedHashMap<>();
                columns.forEach(c -> row.put(c, record.getField(c)));
                positions.add("data file " + file.location() + ", row " + position++);
                rows.add(row);
            }
        }
    }

    /** {@code 00003-<uuid>.metadata.json} is version 3. */
    static int metadataVersion(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        String digits = name.substring(0, Math.max(0, name.indexOf('-')));
        return digits.matches("\\d+") ? Integer.parseInt(digits) : -1;
    }

    public Optional<String> describeObjects(String bucket) {
        List<S3Object> objects = list(bucket, "");
        return objects.isEmpty()
                ? Optional.empty()
                : Optional.of(objects.size() + " objects: "
                        + objects.stream().limit(20).map(S3Object::key).collect(Collectors.joining(", ")));
    }

    @Override
    public void close() {
        client.close();
    }
}

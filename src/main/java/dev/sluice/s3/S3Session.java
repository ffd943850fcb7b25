package dev.sluice.s3;

import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.LocatesRows;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.ReportsColumns;
import java.util.LinkedHashSet;
import java.util.Set;

/** The lake's part of a workspace: the buckets created for its pipelines, removed with all their objects on close. */
public final class S3Session implements ReportsColumns, LocatesRows {
    private final S3Lake lake;
    private final Namespace namespace;
    private final Set<String> buckets = new LinkedHashSet<>();

    S3Session(S3Lake lake, Namespace namespace) {
        this.lake = lake;
        this.namespace = namespace;
    }

    @Override
    public DataSystem system() {
        return S3LakeSystem.INSTANCE;
    }

    public S3Lake lake() {
        return lake;
    }

    @Override
    public OriginSchema describe(Endpoint origin) {
        throw new IllegalArgumentException(
                "The " + origin.describe() + " cannot be an origin: the lake is a destination only");
    }

    @Override
    public S3Destination destination(Endpoint endpoint) {
        return new S3Destination(lake, endpoint.name(), namespace.bucket(endpoint.name()));
    }

    /** The lake table's schema, as its newest metadata file has it. */
    @Override
    public java.util.List<ReportsColumns.Column> columns(Endpoint endpoint) {
        return lake.columnTypes(namespace.bucket(endpoint.name()), S3LakeSystem.LAKE_PREFIX + "/");
    }

    /** Each row of each key with its data file and its row there, in commit order; the lake read once. */
    @Override
    public java.util.Map<dev.sluice.verify.RowKey, java.util.List<Located>> locate(
            Endpoint endpoint, java.util.List<dev.sluice.verify.RowKey> keys) {
        java.util.List<Located> rows = new java.util.ArrayList<>();
        for (S3Lake.LakeTable table : lake.tables(namespace.bucket(endpoint.name()), S3LakeSystem.LAKE_PREFIX + "/")) {
            for (int i = 0; i < table.rows().size(); i++) {
                rows.add(new Located(table.positions().get(i), table.rows().get(i)));
            }
        }
        return LocatesRows.byKey(keys, rows);
    }

    /** Buckets are created when a pipeline first writes to them. */
    @Override
    public synchronized void prepareDestination(Endpoint destination) {
        String bucket =
                namespace.bucket(((S3Bucket) destination).requireValidName().name());
        if (!buckets.contains(bucket)) {
            lake.createBucket(bucket, destination.describe());
            buckets.add(bucket);
        }
    }

    @Override
    public synchronized java.util.List<String> keep() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        S3Endpoint e = lake.endpoint();
        buckets.forEach(b -> lines.add("S3 bucket " + b + ": AWS_ACCESS_KEY_ID=" + e.accessKey()
                + " AWS_SECRET_ACCESS_KEY="
                + e.secretKey() + " aws --endpoint-url " + e.url() + " --region " + e.region() + " s3 ls s3://" + b
                + " --recursive"));
        buckets.clear();
        lake.close();
        return lines;
    }

    @Override
    public synchronized void close() {
        try {
            buckets.forEach(lake::deleteBucket);
            buckets.clear();
        } finally {
            lake.close();
        }
    }
}

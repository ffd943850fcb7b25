package dev.sluice.s3;

import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import java.util.regex.Pattern;

/**
 * A bucket of an S3-compatible server, holding a data lake: one Apache Iceberg table per pipeline
 * under {@code warehouse/}. The engine-side bucket name is per workspace.
 */
public record S3Bucket(String name) implements Endpoint {
    /** S3's rules for bucket names, applied to the name the feature gives (the workspace suffix keeps them valid). */
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}[a-z0-9]");

    /** Checked when a pipeline uses the bucket, so that a bad name is a refused pipeline, not a broken step. */
    public S3Bucket requireValidName() {
        if (!VALID.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not a valid S3 bucket name: " + S3LakeSystem.NAME_RULES);
        }
        return this;
    }

    @Override
    public DataSystem system() {
        return S3LakeSystem.INSTANCE;
    }
}

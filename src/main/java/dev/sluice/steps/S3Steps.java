package dev.sluice.steps;

import dev.sluice.report.Means;
import dev.sluice.s3.S3Bucket;
import dev.sluice.s3.S3Destination;
import dev.sluice.s3.S3Endpoint;
import dev.sluice.s3.S3LakeSystem;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.net.URI;
import java.util.List;

/** The physical layout of a lake in its bucket, and S3 faults. Rows are checked with the endpoint steps. */
public class S3Steps {
    private final ScenarioContext context;

    public S3Steps(ScenarioContext context) {
        this.context = context;
    }

    @Means("Parquet files the lake's tables' current snapshots refer to, now")
    @Then("the S3 bucket {string} has {int} data files")
    public void hasDataFiles(String bucket, int count) {
        S3Destination destination = destination(bucket);
        List<String> files = destination.dataFiles();
        if (files.size() != count) {
            List<String> uncommitted = destination.uncommittedDataFiles();
            throw new AssertionError("Expected the S3 bucket \"" + bucket + "\" to hold " + count
                    + " data files (Parquet files its tables' current snapshots refer to), but it holds "
                    + files.size() + ": " + files
                    + (uncommitted.isEmpty() ? "" : "; besides them, files no snapshot refers to: " + uncommitted));
        }
    }

    @Means("a key prefix in the bucket, now")
    @Then("the S3 bucket {string} contains objects under {string}")
    public void containsObjectsUnder(String bucket, String prefix) {
        S3Destination destination = destination(bucket);
        if (destination.objectsUnder(prefix).isEmpty()) {
            throw new AssertionError("Expected objects under \"" + prefix + "\" in the S3 bucket \"" + bucket
                    + "\", but there are none. "
                    + destination.lake().describeObjects(destination.bucket()).orElse("The bucket is empty."));
        }
    }

    /** Points the scenario's pipelines at a loopback port where nothing listens. */
    @Means("fault: the engine is given a loopback port where nothing listens (before the first start)")
    @Given("the pipelines of this scenario reach S3 at an address where no server answers")
    public void s3DoesNotAnswer() {
        S3Endpoint real = context.workspace()
                .environment()
                .services()
                .forTests(S3LakeSystem.ID, S3Endpoint.class)
                .orElseThrow(() -> new IllegalStateException("This environment has no S3 server"));
        int closedPort = ClosedPort.find();
        context.workspace()
                .pointEngineAt(
                        S3LakeSystem.ID,
                        new S3Endpoint(
                                URI.create("http://127.0.0.1:" + closedPort),
                                real.region(),
                                real.accessKey(),
                                real.secretKey()));
    }

    private S3Destination destination(String bucket) {
        return context.workspace().destination(new S3Bucket(bucket), S3Destination.class);
    }
}

package dev.sluice.s3;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** An S3-compatible server (path-style access). The secret key is never part of {@link #toString()}. */
public record S3Endpoint(URI url, String region, String accessKey, String secretKey) {

    /** An AWS SDK v2 client for this server (path-style, static keys); the caller closes it. */
    public S3Client newClient() {
        return S3Client.builder()
                .endpointOverride(url)
                .region(Region.of(region))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .build();
    }

    @Override
    public String toString() {
        return url + " (access key " + accessKey + ", region " + region + ")";
    }
}

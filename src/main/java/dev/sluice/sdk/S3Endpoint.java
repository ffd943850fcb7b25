package dev.sluice.sdk;

import java.net.URI;

/** An S3-compatible server (path-style access). The secret key is never part of {@link #toString()}. */
public record S3Endpoint(URI url, String region, String accessKey, String secretKey) {

    @Override
    public String toString() {
        return url + " (access key " + accessKey + ", region " + region + ")";
    }
}

package dev.sluice.s3;

import java.net.URI;
import org.apache.iceberg.inmemory.InMemoryInputFile;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.io.InputFile;
import org.apache.iceberg.io.OutputFile;

/**
 * Iceberg's view of the bucket for reading: each file Iceberg asks for is fetched whole with the
 * AWS SDK. Read-only by design: verification never writes to the destination.
 */
final class S3BytesFileIO implements FileIO {
    private final S3Lake lake;

    S3BytesFileIO(S3Lake lake) {
        this.lake = lake;
    }

    @Override
    public InputFile newInputFile(String location) {
        URI uri = URI.create(location);
        return new InMemoryInputFile(
                location, lake.read(uri.getHost(), uri.getPath().substring(1)));
    }

    @Override
    public OutputFile newOutputFile(String location) {
        throw new UnsupportedOperationException("verification reads the lake and never writes: " + location);
    }

    @Override
    public void deleteFile(String location) {
        throw new UnsupportedOperationException("verification reads the lake and never deletes: " + location);
    }
}

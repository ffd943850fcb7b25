package dev.sluice.environment.local;

import java.io.File;
import java.io.IOException;

/** A child that makes a temporary file the way libraries do, and says where it went. */
public final class TempFileMain {
    private TempFileMain() {}

    public static void main(String[] args) throws IOException {
        System.out.println("temp file: " + File.createTempFile("probe", ".tmp").getAbsolutePath());
    }
}

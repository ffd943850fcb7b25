package dev.sluice.environment.local;

import dev.sluice.environment.Secrets;
import dev.sluice.sdk.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A key pair for 127.0.0.1 and a trust store holding its certificate (PKCS12, one generated
 * password), made with the JDK's own keytool: no certificate library, nothing downloaded.
 */
record TlsFiles(Path keyStore, Path trustStore, Path certificate, String password) {

    static TlsFiles generate(Path dir) {
        String password = Secrets.generate();
        Redactor.register(password);
        TlsFiles files = new TlsFiles(
                dir.resolve("keystore.p12"), dir.resolve("truststore.p12"), dir.resolve("connect.pem"), password);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + dir, e);
        }
        keytool(
                "-genkeypair",
                "-alias",
                "connect",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "7",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype",
                "PKCS12",
                "-keystore",
                files.keyStore.toString(),
                "-storepass",
                password,
                "-keypass",
                password);
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "connect",
                "-keystore",
                files.keyStore.toString(),
                "-storepass",
                password,
                "-file",
                files.certificate.toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "connect",
                "-file",
                files.certificate.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                files.trustStore.toString(),
                "-storepass",
                password);
        return files;
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + args[0] + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "keytool " + args[0] + " exited with " + process.exitValue() + ": " + Redactor.redact(output));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run keytool from " + System.getProperty("java.home"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the engine's TLS key pair", e);
        }
    }

    @Override
    public String toString() {
        return "TLS files in " + keyStore.getParent();
    }
}

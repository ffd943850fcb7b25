package dev.sluice.environment.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A jar of some of Sluice's own classes, read from its class path as resources (never loaded: they
 * may be compiled against the Connect API, which only the worker has). Nested classes are named too.
 * A service interface, when given, lists the classes in {@code META-INF/services}: Connect's
 * {@code plugin.discovery=service_load} finds plugins only there.
 */
public final class OwnClassesJar {
    private OwnClassesJar() {}

    /**
     * A jar of nothing but service manifests, for a plugin directory whose jars list their plugins
     * in none (Kafka's own {@code connect-plugin-path sync-manifests} does the same).
     */
    public static void writeManifests(Map<String, List<String>> classesByInterface, Path jar) {
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream out = new JarOutputStream(file, manifest())) {
                for (Map.Entry<String, List<String>> e : classesByInterface.entrySet()) {
                    out.putNextEntry(new JarEntry("META-INF/services/" + e.getKey()));
                    out.write((String.join("\n", e.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the plugin manifests " + jar, e);
        }
    }

    private static Manifest manifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return manifest;
    }

    public static void write(List<String> classNames, String serviceInterface, Path jar) {
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream out = new JarOutputStream(file, manifest())) {
                for (String className : classNames) {
                    String resource = className.replace('.', '/') + ".class";
                    try (InputStream in = OwnClassesJar.class.getClassLoader().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException("Sluice's class " + className
                                    + " is not on the class path; the Sluice jar is incomplete");
                        }
                        out.putNextEntry(new JarEntry(resource));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
                if (serviceInterface != null) {
                    out.putNextEntry(new JarEntry("META-INF/services/" + serviceInterface));
                    out.write((String.join("\n", classNames) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the stage-library jar " + jar, e);
        }
    }
}

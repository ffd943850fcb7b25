package dev.sluice.environment.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How the local environment starts one instance of a service: a child JVM it watches and stops. */
public record LocalLaunch(
        List<Path> classpath,
        String mainClass,
        List<String> jvmOptions,
        List<String> arguments,
        Map<String, String> environment) {
    public LocalLaunch {
        classpath = List.copyOf(classpath);
        jvmOptions = List.copyOf(jvmOptions);
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }
}

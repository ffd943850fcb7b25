package dev.sluice.steps;

import dev.sluice.environment.service.ServicePlugin;
import dev.sluice.environment.service.ServicePlugins;
import java.util.List;

/** A service as a sentence names it: a service plug-in by its title ({@code PostgreSQL}, {@code the schema registry}). */
public record ServiceName(String id, String title) {

    static ServiceName of(String name) {
        return ServicePlugins.all().stream()
                .filter(p -> p.title().equalsIgnoreCase(name))
                .findFirst()
                .map(p -> new ServiceName(p.id(), p.title()))
                .orElseThrow(() ->
                        new IllegalArgumentException("Unknown service \"" + name + "\": expected one of " + known()));
    }

    static List<String> known() {
        return ServicePlugins.all().stream().map(ServicePlugin::title).toList();
    }
}

package dev.sluice.steps;

import dev.sluice.environment.service.ServicePlugin;
import dev.sluice.environment.service.ServicePlugins;
import java.util.ArrayList;
import java.util.List;

/** A service as a sentence names it: PostgreSQL (the environment's own), or a service plug-in by its title. */
public record ServiceName(String id, String title) {
    private static final String POSTGRES = "PostgreSQL";

    static ServiceName of(String name) {
        if (name.equals(POSTGRES)) {
            return new ServiceName("postgres", POSTGRES);
        }
        return ServicePlugins.all().stream()
                .filter(p -> p.title().equalsIgnoreCase(name))
                .findFirst()
                .map(p -> new ServiceName(p.id(), p.title()))
                .orElseThrow(() ->
                        new IllegalArgumentException("Unknown service \"" + name + "\": expected one of " + known()));
    }

    static List<String> known() {
        List<String> names = new ArrayList<>(List.of(POSTGRES));
        ServicePlugins.all().stream().map(ServicePlugin::title).forEach(names::add);
        return names;
    }

    boolean isPostgres() {
        return id.equals("postgres");
    }
}

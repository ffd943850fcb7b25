package dev.sluice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.sluice.environment.service.ServicePlugin;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Systems;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the design from eroding: the SDK and the systems never reach into Cucumber or the glue,
 * the environments never into the glue or the reports, systems never into each other, the SDK's
 * core never into a system, and no package cycles. Runs in {@code mvn test}, on main code only.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sluice");
    private static final String[] GLUE = {"io.cucumber..", "dev.sluice.steps..", "dev.sluice.report.."};

    /** The packages of the registered systems: the registry, not this test, says which they are. */
    private static List<String> systemPackages() {
        return Systems.all().stream().map(s -> s.getClass().getPackageName()).toList();
    }

    @Test
    void theSdkAndTheSystemsNeverImportCucumberOrTheGlue() {
        List<String> packages = new java.util.ArrayList<>(
                List.of("dev.sluice.sdk..", "dev.sluice.workspace..", "dev.sluice.verify..", "dev.sluice.docs.."));
        systemPackages().forEach(p -> packages.add(p + ".."));
        noClasses()
                .that()
                .resideInAnyPackage(packages.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(GLUE)
                .check(MAIN);
    }

    @Test
    void sluicesOwnTransformsNeedNothingButTheWorker() {
        // They run inside the worker, packed alone into a stage library (sluice-transforms).
        noClasses()
                .that()
                .resideInAPackage("dev.sluice.connect..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "dev.sluice.connect..", "java..", "org.apache.kafka..", "com.fasterxml.jackson..")
                .check(MAIN);
    }

    @Test
    void theEnvironmentsNeverImportTheGlueOrTheReports() {
        noClasses()
                .that()
                .resideInAPackage("dev.sluice.environment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(GLUE)
                .check(MAIN);
    }

    @Test
    void theEnvironmentsShareOnlyWhatIsShared() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.sluice.environment.docker..", "dev.sluice.environment.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.sluice.environment.local..")
                .because("what local and docker share lives in environment.shared")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAnyPackage("dev.sluice.environment.local..", "dev.sluice.environment.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.sluice.environment.docker..")
                .check(MAIN);
    }

    @Test
    void systemsDoNotImportEachOther() {
        List<String> systems = systemPackages();
        assertThat(systems).as("registered systems").hasSizeGreaterThanOrEqualTo(3);
        for (String system : systems) {
            String[] others = systems.stream()
                    .filter(o -> !o.equals(system))
                    .map(o -> o + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(system + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because(
                            "a system reaches another only through the SDK (e.g. a service by id), so adding one edits no other")
                    .check(MAIN);
        }
    }

    @Test
    void theSdkCoreKnowsNoSystemNorWhatRunsIt() {
        List<String> above = new java.util.ArrayList<>(List.of("dev.sluice.workspace..", "dev.sluice.environment.."));
        systemPackages().forEach(p -> above.add(p + ".."));
        noClasses()
                .that()
                .resideInAPackage("dev.sluice.sdk..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(above.toArray(String[]::new))
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("dev.sluice.verify..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.sluice.sdk..", "dev.sluice.workspace..", "dev.sluice.environment..")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.sluice.(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching("dev.sluice.sdk.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /** The packages of the registered service plug-ins (the schema registry's, …). */
    private static String[] servicePluginPackages() {
        return ServicePlugins.all().stream()
                .map(p -> p.getClass().getPackageName() + "..")
                .distinct()
                .toArray(String[]::new);
    }

    @Test
    void theEnvironmentsNameNoServicePlugin() {
        noClasses()
                .that()
                .resideInAPackage("dev.sluice.environment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(servicePluginPackages())
                .because("an environment iterates over the registered services (ServicePlugins), so adding one "
                        + "edits no environment")
                .check(MAIN);
    }

    /** Class dependencies miss a constant (its value is copied into the class): the sources must not spell an id either. */
    @Test
    void noEnvironmentSourceSpellsTheIdOfAServicePlugin() throws java.io.IOException {
        java.nio.file.Path environments = java.nio.file.Path.of("src/main/java/dev/sluice/environment");
        List<String> found = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(environments)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(file);
                ServicePlugins.all().stream()
                        .filter(p -> source.contains("\"" + p.id() + "\""))
                        .forEach(p -> found.add(file + " spells \"" + p.id() + "\""));
            }
        }
        assertThat(found).as("environment sources that name a service plug-in").isEmpty();
    }

    @Test
    void aServicePluginReachesTheEnvironmentsOnlyThroughTheirContract() {
        noClasses()
                .that()
                .resideInAnyPackage(servicePluginPackages())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.sluice.environment.local..", "dev.sluice.environment.docker..")
                .because("what a service says about how it runs is the contract of dev.sluice.environment.service")
                .check(MAIN);
    }

    /**
     * What only some environments, services or systems can do is a capability of its own (Capabilities,
     * SeedsRecords, KeyedRows), not a default that throws.
     */
    @Test
    void noDefaultMethodOfAnEnvironmentAServiceOrASystemThrows() {
        List<String> throwing = MAIN.stream()
                .filter(c -> c.isInterface()
                        && (c.isAssignableTo(dev.sluice.environment.Environment.class)
                                || c.isAssignableTo(ServicePlugin.class)
                                || c.isAssignableTo(DataSystem.class)
                                || c.isAssignableTo(dev.sluice.sdk.system.SystemSession.class)))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> !m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                        && !m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                .filter(m -> m.getConstructorCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isAssignableTo(Throwable.class)))
                .map(m -> m.getFullName())
                .toList();
        assertThat(throwing)
                .as("default methods of environments, services and systems that throw")
                .isEmpty();
    }

    @Test
    void everyServicePluginIsRegisteredThroughTheServiceFile() {
        assertThat(MAIN.stream()
                        .filter(c -> c.isAssignableTo(ServicePlugin.class) && !c.isInterface())
                        .map(c -> c.getName()))
                .containsExactlyInAnyOrderElementsOf(ServicePlugins.all().stream()
                        .map(p -> p.getClass().getName())
                        .toList());
    }

    @Test
    void everySystemIsRegisteredThroughTheServiceFile() {
        assertThat(MAIN.stream()
                        .filter(c -> c.isAssignableTo(DataSystem.class) && !c.isInterface())
                        .map(c -> c.getName()))
                .containsExactlyInAnyOrderElementsOf(
                        Systems.all().stream().map(s -> s.getClass().getName()).toList());
    }
}

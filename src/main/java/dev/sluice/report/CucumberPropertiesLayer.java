package dev.sluice.report;

import dev.sluice.environment.Settings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes {@code cucumber.properties} the suite's configuration. The JUnit Platform does not read it,
 * and a suite's configuration resource would outrank {@code -D} options; so its Cucumber entries
 * become system properties when a launcher session opens, unless the same key is already set. The
 * order is then Cucumber's own: {@code -D} over {@code cucumber.properties}. Sluice's own entries
 * are left to {@link Settings}, which reads the file as its last layer (after environment variables).
 */
public class CucumberPropertiesLayer implements LauncherSessionListener {
    /** Plugins added to those of {@code cucumber.plugin} (e.g. Allure's, by the {@code allure} profile). */
    static final String EXTRA_PLUGINS = "sluice.cucumber.extra-plugins";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Settings.suiteProperties().forEach((key, value) -> {
            if (key.startsWith("cucumber.") && System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        String extra = System.getProperty(EXTRA_PLUGINS, "").strip();
        String plugins = System.getProperty("cucumber.plugin", "");
        if (!extra.isEmpty() && !plugins.contains(extra)) {
            System.setProperty("cucumber.plugin", plugins.isBlank() ? extra : plugins + ", " + extra);
        }
    }
}

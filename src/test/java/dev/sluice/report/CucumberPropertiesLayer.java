package dev.sluice.report;

import dev.sluice.environment.Settings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes {@code cucumber.properties} the suite's configuration. The JUnit Platform does not read it,
 * and a suite's configuration resource would outrank {@code -D} options; so its entries become
 * system properties when a launcher session opens, unless the same key is already set. The order is
 * then Cucumber's own: {@code -D} over {@code cucumber.properties}.
 */
public class CucumberPropertiesLayer implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Settings.classpathProperties("cucumber.properties").forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }
}

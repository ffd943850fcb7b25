package dev.sluice.report;

import dev.sluice.environment.SecretSystemProperties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs, secret settings given as {@code -D} options leave the system properties
 * that Surefire and Failsafe copy into their XML reports (Sluice still reads them).
 */
public class SecretPropertiesGuard implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        SecretSystemProperties.hold();
    }
}

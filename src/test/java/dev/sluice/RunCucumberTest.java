package dev.sluice;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The acceptance suite: every feature under {@code features/}, configured by
 * {@code cucumber.properties} (see {@link dev.sluice.report.CucumberPropertiesLayer}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class RunCucumberTest {}

package com.example.pipelines;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/** Every feature under features/, with Sluice's phrasebook (cucumber.properties names the glue). */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class RunFeaturesTest {}

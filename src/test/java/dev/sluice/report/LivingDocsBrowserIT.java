package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.conformance.ConformanceMatrix;
import dev.sluice.docs.RunResults;
import dev.sluice.sdk.system.Systems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Runs after the acceptance suite (mvn verify): opens the living documentation it wrote in the
 * system's headless Chromium, as a product owner would from a CI artifact, and checks what they
 * would see. Needs Debian's {@code chromium} and {@code chromium-driver} (.ci/run installs them);
 * without them it is skipped, saying so. Nothing is downloaded: Selenium is given the system driver.
 */
class LivingDocsBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SITE = Path.of("target", "living-docs");
    private static final Path SCREENSHOTS = SITE.resolve("screenshots");

    private ChromeDriver browser;
    /** Chromium's profile and its singleton socket: in /tmp they outlived every run. */
    @TempDir
    Path browserTemp;

    @BeforeEach
    void openBrowser() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "No system Chromium: install Debian's chromium and chromium-driver (apt-get install chromium "
                        + "chromium-driver) to open the living documentation in a browser; .ci/run does.");
        assumeTrue(
                Files.exists(SITE.resolve("index.html")),
                "No living documentation in " + SITE + ": the acceptance suite writes it (mvn verify runs it first)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--window-size=1280,1600",
                        "--user-data-dir=" + browserTemp.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .withEnvironment(Map.of("TMPDIR", browserTemp.toString()))
                        .build(),
                options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aProductOwnerSeesEveryFeatureAPipelineDiagramTheDataAndWorkingFilters() throws IOException {
        RunResults run = RunResults.of(messages(), Path.of("").toAbsolutePath().toString());
        browser.get(SITE.resolve("index.html").toUri().toString());
        // Reported, not asserted: speed is measured, never a timed test.
        Object loaded = browser.executeScript("var t = performance.getEntriesByType('navigation')[0];"
                + " return t ? Math.round(t.loadEventEnd) : -1;");
        System.out.println("[sluice] living documentation: home page of "
                + run.features().size() + " features and "
                + run.features().stream().mapToInt(f -> f.scenarios().size()).sum() + " scenarios loaded in "
                + loaded + " ms");
        String home = browser.findElement(By.tagName("body")).getText();
        for (RunResults.Feature f : run.features()) {
            assertThat(home).as("the home page lists the feature").contains(f.name());
        }
        screenshot("home");

        List<WebElement> scenarios = browser.findElements(By.cssSelector("li.scenario"));
        // A tag that some scenarios have and others do not: choosing it must narrow the list.
        List<String> tagsOfEach = scenarios.stream()
                .map(li -> " " + li.getDomAttribute("data-tags") + " ")
                .toList();
        String chosen = browser.findElements(By.cssSelector("#tag option")).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith("@"))
                .filter(t -> tagsOfEach.stream().anyMatch(tags -> !tags.contains(" " + t + " ")))
                .findFirst()
                .orElse(null);
        assumeTrue(chosen != null, "Every scenario of this run has the same tags: no filter can narrow the list");
        browser.findElement(By.id("tag")).click();
        browser.findElement(By.xpath("//select[@id='tag']/option[text()='" + chosen + "']"))
                .click();
        List<WebElement> shown =
                scenarios.stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("scenarios tagged " + chosen).isNotEmpty().hasSizeLessThan(scenarios.size());
        assertThat(shown).allSatisfy(li -> assertThat(" " + li.getDomAttribute("data-tags") + " ")
                .contains(" " + chosen + " "));
        screenshot("home-filtered-" + chosen.substring(1));
        // Back to every tag: the filter may have hidden the feature whose page is checked next.
        browser.findElement(By.xpath("//select[@id='tag']/option[text()='every tag']"))
                .click();
        assertThat(scenarios.stream().filter(WebElement::isDisplayed)).hasSize(scenarios.size());

        RunResults.Feature masking = run.features().stream()
                .filter(f -> f.path().equals("features/masking/masking.feature"))
                .findFirst()
                .orElse(null);
        assumeTrue(
                masking != null,
                "The masking feature did not run in this suite (tag filter?): its page is the one checked");
        browser.findElement(By.linkText(masking.name())).click();
        WebElement svg = browser.findElement(By.cssSelector("svg.pipeline"));
        assertThat(svg.getDomAttribute("aria-label"))
                .contains("PostgreSQL table")
                .contains("masks the field")
                .contains("→");
        assertThat(browser.findElements(By.cssSelector("div.data td")).stream().map(WebElement::getText))
                .as("the data at both ends")
                .contains("****");
        assertThat(browser.findElements(By.cssSelector("div.data.origin"))).isNotEmpty();
        screenshot("feature-masking");

        RunResults.Feature traces = run.features().stream()
                .filter(f -> f.path().equals("features/errors/row_traces.feature"))
                .findFirst()
                .orElse(null);
        assumeTrue(traces != null, "The row-trace feature did not run in this suite (tag filter?)");
        browser.navigate().back();
        browser.findElement(By.linkText(traces.name())).click();
        List<WebElement> traced = browser.findElements(By.cssSelector("details.trace"));
        assertThat(traced).as("a trace per failed check, shown open").isNotEmpty();
        assertThat(traced).allSatisfy(d -> assertThat(d.getDomAttribute("open")).isNotNull());
        assertThat(traced.stream().map(WebElement::getText))
                .as("the whole trace: the topic, its partition and offset, the records' headers")
                .anySatisfy(t -> assertThat(t)
                        .contains("key id=2")
                        .contains("Kafka topic \"customers\"")
                        .containsPattern("partition \\d+, offset \\d+")
                        .contains("header:"));
        screenshot("feature-row-traces");

        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                        .map(LogEntry::getMessage))
                .as("JavaScript errors")
                .isEmpty();
    }

    @Test
    void theConformanceMatrixIsTheFirstLinkAndEachCellLeadsToItsScenario() throws IOException {
        RunResults run = RunResults.of(messages(), Path.of("").toAbsolutePath().toString());
        browser.get(SITE.resolve("index.html").toUri().toString());
        browser.findElement(By.linkText("The conformance matrix")).click();
        List<WebElement> cells = browser.findElements(By.cssSelector("table.matrix td.cell"));
        assertThat(cells).hasSize(ConformanceMatrix.cells(Systems.all()).size());
        screenshot("matrix");
        assumeTrue(
                run.features().stream().anyMatch(f -> f.path().equals(ConformanceMatrix.FEATURE)),
                "The conformance matrix did not run in this suite (tag filter?): its cells are all 'not run'");
        assertThat(cells.stream().map(WebElement::getText))
                .as("every cell ran: passed or refused where the suite is green")
                .allSatisfy(text -> assertThat(text).isIn("passed", "refused", "failed"));
        WebElement first = cells.get(0);
        String cell = first.getDomAttribute("title");
        first.findElement(By.tagName("a")).click();
        assertThat(browser.getCurrentUrl()).contains("#s-");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(cell);
    }

    @Test
    void noMachinePathAppearsAnywhereInTheSite() throws IOException {
        String root = Path.of("").toAbsolutePath().toString();
        try (var files = Files.walk(SITE)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(page))
                        .as(page.toString())
                        .doesNotContain(root)
                        .doesNotContain("file:/");
            }
        }
    }

    private static List<JsonNode> messages() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> envelopes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("target", "cucumber-reports", "cucumber.ndjson"))) {
            envelopes.add(json.readTree(line));
        }
        return envelopes;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

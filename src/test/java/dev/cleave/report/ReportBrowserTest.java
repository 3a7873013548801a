package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cleave.model.Analysis;
import dev.cleave.model.Service;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the report of the hostile project in headless Chromium from a {@code file://} URL and
 * uses it as a reader would: the map must draw every service, a click on a service must lead to
 * its page, and no payload from the project may run.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}, which the CI script installs.
 * Set {@code CLEAVE_SKIP_BROWSER=1} to skip it on a machine without them.
 */
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path folder;

  private static Analysis analysis;
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeFalse("1".equals(System.getenv("CLEAVE_SKIP_BROWSER")),
        "CLEAVE_SKIP_BROWSER=1 is set");
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(CHROMIUM + " or " + CHROMEDRIVER + " is missing: install them with"
          + " 'apt-get install -y chromium chromium-driver' (.ci/run does),"
          + " or set CLEAVE_SKIP_BROWSER=1 to skip this test");
    }
    analysis = HostileProject.analyze(HostileProject.write(folder.resolve("project")));
    Reports.write(analysis, folder.resolve("report"), "test");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + folder.resolve("profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void openReport() {
    File page = folder.resolve("report").resolve(Reports.HTML).toFile();
    driver.get(page.toURI().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> Boolean.TRUE.equals(script("return window.cleaveReport.ready === true")));
  }

  @Test
  void mapDrawsEveryService() {
    Object nodes = script("return window.cleaveReport.map.nodes('.service').length");
    Object canvases = script(
        "return document.querySelectorAll('#map-canvas canvas').length");
    Object width = script("return document.querySelector('#map-canvas canvas').width");

    assertThat(nodes).isEqualTo((long) analysis.proposal().services().size());
    assertThat((Long) canvases).isPositive();
    assertThat((Long) width).isPositive();
  }

  @Test
  void mapRunsWithoutScriptErrors() {
    script("document.getElementById('map-expand-all').click()");
    script("document.getElementById('map-collapse-all').click()");

    List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();

    assertThat(severe).isEmpty();
  }

  @Test
  void clickOnServiceOpensItsPage() {
    int billing = serviceNumber("billing");
    WebElement canvas = driver.findElement(By.id("map-canvas"));
    script("arguments[0].scrollIntoView({block: 'center'})", canvas);
    @SuppressWarnings("unchecked")
    Map<String, Number> position = (Map<String, Number>) script(
        "return window.cleaveReport.map.getElementById(arguments[0]).renderedPosition()",
        "s" + billing);

    new Actions(driver)
        .moveToElement(canvas,
            position.get("x").intValue() - canvas.getSize().getWidth() / 2,
            position.get("y").intValue() - canvas.getSize().getHeight() / 2)
        .click()
        .perform();
    WebElement info = driver.findElement(By.id("map-info"));
    assertThat(info.findElement(By.tagName("h3")).getText()).isEqualTo("billing");
    info.findElement(By.linkText("Open the service page")).click();

    WebElement page = driver.findElement(By.id("s" + billing));
    assertThat(page.isDisplayed()).isTrue();
    assertThat(page.getAttribute("class")).contains("active");
    assertThat(page.findElements(By.cssSelector("table.classes tbody tr td:first-child"))
        .stream().map(WebElement::getText))
        .containsExactly("BillingService", "Invoice", "InvoiceLine");
    assertThat(driver.findElements(By.cssSelector("article.service"))
        .stream().filter(WebElement::isDisplayed)).hasSize(1);
  }

  @Test
  void layoutIsSameOnReload() {
    String positions = "return JSON.stringify(window.cleaveReport.map.nodes()"
        + ".map(function (node) { return [node.id(), node.position()]; }))";
    Object first = script(positions);

    openReport();

    assertThat(script(positions)).isEqualTo(first);
  }

  @Test
  void servicesTableSortsAndFilters() {
    WebElement table = driver.findElement(By.id("overview-services"));
    WebElement lines = table.findElements(By.cssSelector("thead th")).get(2);

    lines.click();
    List<String> ascending = firstColumn(table);
    driver.findElement(By.cssSelector("input[data-table=overview-services]")).sendKeys("bill");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> firstColumn(table).size() == 1);

    List<String> byLines = analysis.proposal().services().stream()
        .sorted(java.util.Comparator.comparingInt(Service::lines))
        .map(Service::name)
        .toList();
    assertThat(ascending).isEqualTo(byLines);
    assertThat(lines.getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(firstColumn(table)).containsExactly("billing");
  }

  @Test
  void searchFindsClassByName() {
    WebElement search = driver.findElement(By.id("search"));

    search.sendKeys("Größe");
    WebElement first = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
        d.findElements(By.cssSelector("#search-results a")).stream().findFirst().orElse(null));

    assertThat(first.getText()).startsWith("com.shop.straße.Größe");
    assertThat(first.getAttribute("href")).endsWith("#s" + serviceNumber("straße"));
  }

  @Test
  void noPayloadRuns() {
    script("document.getElementById('map-expand-all').click()");
    driver.findElement(By.id("search")).sendKeys("legacy");
    Service hostile = analysis.proposal().serviceOf("com.shop.order.Order@" + HostileProject.ROOT);
    script("window.cleaveReport.showService('s' + arguments[0], true)",
        serviceNumber(hostile.name()));

    assertThat(script("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(driver.getTitle()).isEqualTo(HostileProject.NAME + " · Cleave");
  }

  private static List<String> firstColumn(WebElement table) {
    return table.findElements(By.cssSelector("tbody tr td:first-child")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }

  private int serviceNumber(String name) {
    List<Service> services = analysis.proposal().services();
    for (int i = 0; i < services.size(); i++) {
      if (services.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("the fixture has no service " + name + ": " + services);
  }

  private static Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(code, arguments);
  }
}

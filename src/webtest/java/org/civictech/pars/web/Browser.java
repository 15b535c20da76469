package org.civictech.pars.web;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the operating system's packages, driven by Selenium with the driver and
 * the browser binary given explicitly, so that Selenium Manager never reaches for the network.
 * Without Chromium the browser tests are skipped with a message, or fail under
 * {@code -Dweb.requireBrowser=true} (as CI runs them).
 */
final class Browser {

  static final String SKIPPED = "browser tests skipped: install chromium and chromium-driver "
      + "(apt-get install chromium chromium-driver)";

  /**
   * Selenium warns that it has no DevTools bindings for this Chromium version; the tests use none
   * (the performance log comes through the driver), so only severe messages are shown.
   */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private Browser() {}

  static Path webDir() {
    return Path.of(System.getProperty("web.dir", "target/web"));
  }

  static String pageUrl() {
    return webDir().resolve("index.html").toAbsolutePath().toUri().toString();
  }

  private static Path chromium() {
    return Path.of(System.getProperty("web.chromium", "/usr/bin/chromium"));
  }

  private static Path driver() {
    return Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
  }

  /** Whether Chromium and its driver are installed. */
  static boolean installed() {
    return Files.isExecutable(chromium()) && Files.isExecutable(driver());
  }

  /**
   * Skips the calling test with a message that says how to install Chromium, or fails it under
   * {@code -Dweb.requireBrowser=true}.
   */
  static void skipOrFail() {
    String missing = "; looked for " + chromium() + " and " + driver();
    if (Boolean.getBoolean("web.requireBrowser")) {
      fail("browser tests required (-Dweb.requireBrowser=true) but Chromium is missing: install "
          + "chromium and chromium-driver (apt-get install chromium chromium-driver)" + missing);
    }
    Assumptions.abort(SKIPPED + missing);
  }

  /** Starts Chromium, which must be {@link #installed()}. */
  static ChromeDriver start() {
    Path chromium = chromium();
    Path driver = driver();
    SELENIUM_LOG.setLevel(Level.SEVERE);
    System.setProperty("webdriver.chrome.driver", driver.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--lang=en-US", "--window-size=1280,1900",
        "--user-data-dir=" + tempDir());
    options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL", "browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return chrome;
  }

  private static String tempDir() {
    try {
      return Files.createTempDirectory("pars-chromium").toString();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create Chromium's user data directory", e);
    }
  }
}

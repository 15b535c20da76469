package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Where the browser tests are. They need the page that the {@code web} profile builds with TeaVM
 * and a Chromium to drive, so a plain {@code ./mvnw verify} reports them here as skipped, with
 * how to run them; under {@code -Pweb} this test checks that the page was built.
 */
class BrowserTestsTest {

  /** Set by the {@code web} profile to the folder it builds the page in. */
  private static final String WEB_DIR = System.getProperty("web.dir", "");

  @Test
  void the_browser_tests_run_with_the_web_profile_on_the_built_page() {
    boolean chromium = Files.isExecutable(Path.of("/usr/bin/chromium"))
        && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    String skipped = "browser tests skipped: they run with ./mvnw -Pweb verify"
        + (chromium ? "" : ", and need Chromium: apt-get install chromium chromium-driver");
    if (WEB_DIR.isEmpty()) {
      System.out.println(skipped); // shown in the build's output, not only in its reports
    }
    assumeTrue(!WEB_DIR.isEmpty(), skipped);

    assertThat(Path.of(WEB_DIR, "index.html")).isRegularFile();
    assertThat(Path.of(WEB_DIR, "pars-renewal.js")).isRegularFile();
  }
}

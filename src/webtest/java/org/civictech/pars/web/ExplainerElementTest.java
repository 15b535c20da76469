package org.civictech.pars.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.internal.Json;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.PageLabels.Key;
import org.civictech.pars.words.Wording;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code <pars-renewal-explainer>} in headless Chromium: in a plain page (the package's ES module
 * served from {@code target/npm/package} on a local address) against the JVM's answers in every
 * language; wrong attributes; the library in a module Web Worker; the explainer page at a phone's
 * and a desktop's width (the answer on the first screen, no label under 12 px, no sideways scroll,
 * dates in the reader's language, an empty date refused, no code names, no repeated headline);
 * axe-core on the page and on the element; and the time to the element's first answer.
 * Screenshots go to {@code target/web-screenshots}, and to {@code -Dweb.screenshots=docs} when set.
 */
class ExplainerElementTest {

  private static final String EXPIRES_ON = "2018-08-31";
  private static final List<String> CHOICES = List.of("IN_FAVOR", "AGAINST", "ABSTAIN", "");
  private static final List<String> LANGUAGES = Languages.codes();
  private static final Map<String, int[]> SCREENS =
      Map.of("phone", new int[] {390, 844}, "desktop", new int[] {1280, 800});

  private static ChromeDriver chrome;
  private static HttpServer server;
  private static final Map<String, String> PAGES = new HashMap<>();

  @BeforeAll
  static void start() throws IOException {
    if (!Browser.installed()) {
      System.out.println("[WARNING] " + Browser.SKIPPED);
      return;
    }
    chrome = Browser.start();
    Path packageDir = Path.of(System.getProperty("npm.dir", "target/npm")).resolve("package");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String name = exchange.getRequestURI().getPath().substring(1);
      byte[] body;
      if (PAGES.containsKey(name)) {
        body = PAGES.get(name).getBytes(StandardCharsets.UTF_8);
      } else if (name.matches("[\\w.-]+") && Files.isRegularFile(packageDir.resolve(name))) {
        body = Files.readAllBytes(packageDir.resolve(name));
      } else {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", (name.endsWith("html") ? "text/html"
          : "text/javascript") + "; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @BeforeEach
  void needsTheBrowser(TestInfo test) {
    if (chrome == null && !test.getTags().contains("no-browser")) {
      Browser.skipOrFail();
    }
  }

  @AfterAll
  static void stop() {
    if (chrome != null) {
      chrome.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  private static String url(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
  }

  /** A plain page that imports the element's ES module, with {@code body} as its body. */
  private static void openPlainPage(String name, String body) {
    PAGES.put(name, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>A page with the explainer</title>"
        + "<script>addEventListener('decision', function () { if (!window.firstAnswerMs) {"
        + " window.firstAnswerMs = performance.now(); } });</script>"
        + "<script type=\"module\" src=\"element.mjs\"></script></head>\n<body><main>" + body
        + "</main></body></html>");
    chrome.get(url(name));
    new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
        chrome.executeScript("return !!customElements.get('pars-renewal-explainer');")));
  }

  private static void openExplainerPage(String language) {
    chrome.get(Browser.pageUrl() + "?lang=" + language);
    new WebDriverWait(chrome, Duration.ofSeconds(20)).until(
        d -> "true".equals(chrome.findElement(By.tagName("html")).getAttribute("data-ready")));
  }

  private static void screen(String name) {
    int[] size = SCREENS.get(name);
    chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0],
        "height", size[1], "deviceScaleFactor", 1, "mobile", "phone".equals(name)));
  }

  private static void wholeWindow() {
    chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private static Locale locale(String language) {
    return Inputs.locale(language);
  }

  private static RenewalDecision decision(String da, String courts, String city, String asOf,
      int votesRequired) {
    return PageApi.decision(da, courts, city, "PARS", EXPIRES_ON, asOf, votesRequired);
  }

  /** The headline the element shows above a decision: the library's (E1, E6). */
  private static String headline(RenewalDecision decision, String language) {
    return Wording.of(locale(language)).headline(decision.reason(), !decision.isFinal());
  }

  /** The explanation as the element shows it under its headline: without it, capitalized. */
  private static String shownExplanation(RenewalDecision decision, String language) {
    String rest = decision.explanation(locale(language))
        .substring(headline(decision, language).length() + 1).trim();
    return rest.substring(0, 1).toUpperCase(locale(language)) + rest.substring(1);
  }

  /** What an explainer shows, part by part: null for a part that is hidden. */
  private static final String READ =
      "function read(e) { var r = e.shadowRoot; function t(p) {"
          + " var n = r.querySelector('[part~=\"' + p + '\"]');"
          + " return n && !n.hidden && n.getClientRects().length ? n.textContent : null; }"
          + " var o = r.querySelector('[part~=\"outcome\"]');"
          + " return [o.getAttribute('data-outcome') || '', t('headline'), t('explanation'),"
          + "  t('pivots'), t('message')]; }";

  // ------------------------------------------------------------------ the sentences (no browser)

  @Test
  @Tag("no-browser")
  void every_explanation_opens_with_its_headline_and_a_colon_in_every_language() {
    int checked = 0;
    for (String language : LANGUAGES) {
      for (int required = 1; required <= 3; required++) {
        for (String asOf : List.of("", "2018-08-31", "2018-09-01")) {
          for (String da : CHOICES) {
            for (String courts : CHOICES) {
              for (String city : CHOICES) {
                RenewalDecision d = decision(da, courts, city, asOf, required);
                String explanation = d.explanation(locale(language));
                assertThat(explanation).as("%s %s", language, d).startsWith(headline(d, language));
                // the language's colon: ":", or the full-width one in Chinese
                assertThat(explanation.charAt(headline(d, language).length())).as(explanation)
                    .isIn(':', '\uFF1A');
                checked++;
              }
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(LANGUAGES.size() * 3 * 3 * 64);
  }

  // ------------------------------------------------------------------ the element in a plain page

  @Test
  void the_element_shows_the_jvms_outcome_headline_explanation_and_pivots_in_every_language() {
    List<List<String>> sample = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    int i = 0;
    for (String language : LANGUAGES) {
      for (int required = 1; required <= 3; required++) {
        for (String asOf : List.of("", "2018-08-31", "2018-09-01")) {
          for (String da : CHOICES) {
            for (String courts : CHOICES) {
              for (String city : CHOICES) {
                if (i++ % 7 != 0) {
                  continue; // a sample: one ballot in seven, every rule, date and language
                }
                sample.add(List.of(language, da, courts, city, asOf, String.valueOf(required)));
                List<String> votes = new ArrayList<>();
                String[] names = {"DA", "COURTS", "CITY"};
                String[] choices = {da, courts, city};
                for (int s = 0; s < 3; s++) {
                  if (!choices[s].isEmpty()) {
                    votes.add(names[s] + "=" + choices[s]);
                  }
                }
                body.append("<pars-renewal-explainer lang=\"").append(language)
                    .append("\" votes=\"").append(String.join(",", votes)).append('"')
                    .append(asOf.isEmpty() ? "" : " as-of=\"" + asOf + "\"")
                    .append(required == 2 ? "" : " votes-required=\"" + required + "\"")
                    .append("></pars-renewal-explainer>\n");
              }
            }
          }
        }
      }
    }
    openPlainPage("sample.html", body.toString());
    @SuppressWarnings("unchecked")
    List<List<String>> shown = (List<List<String>>) chrome.executeScript(READ
        + "return Array.prototype.map.call(document.querySelectorAll('pars-renewal-explainer'),"
        + " read);");
    assertThat(shown).hasSize(sample.size());
    for (int n = 0; n < sample.size(); n++) {
      List<String> c = sample.get(n);
      String language = c.get(0);
      RenewalDecision expected =
          decision(c.get(1), c.get(2), c.get(3), c.get(4), Integer.parseInt(c.get(5)));
      assertThat(shown.get(n)).as("%s", c).containsExactly(expected.outcome().name(),
          headline(expected, language), shownExplanation(expected, language),
          expected.explainPivots(locale(language)), null);
    }
  }

  @Test
  void the_guides_copy_paste_snippet_shows_the_jvms_answer() throws IOException {
    String guide = Files.readString(Path.of("docs/javascript.md"), StandardCharsets.UTF_8);
    Matcher snippet = Pattern.compile("(?s)<!-- element-embed:begin -->\\s*```html\\n(.*?)```")
        .matcher(guide);
    assertThat(snippet.find()).as("the element's snippet in docs/javascript.md").isTrue();
    PAGES.put("snippet.html", "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Snippet</title></head><body>" + snippet.group(1) + "</body></html>");
    chrome.get(url("snippet.html"));
    @SuppressWarnings("unchecked")
    List<List<String>> shown = (List<List<String>>) chrome.executeScript(READ
        + "return Array.prototype.map.call(document.querySelectorAll('pars-renewal-explainer'),"
        + " read);");
    RenewalDecision closed = decision("AGAINST", "ABSTAIN", "AGAINST", "2018-09-01", 2);
    RenewalDecision open = decision("", "", "", "", 2);
    assertThat(shown).containsExactly(
        Arrays.asList(closed.outcome().name(), headline(closed, "es"),
            shownExplanation(closed, "es"), closed.explainPivots(locale("es")), null),
        Arrays.asList(open.outcome().name(), headline(open, "en"), shownExplanation(open, "en"),
            open.explainPivots(locale("en")), null));
  }

  @Test
  void wrong_attributes_show_a_message_and_no_answer_and_fire_an_error_event() {
    List<String> wrong = List.of("votes=\"DA=MAYBE\"", "votes=\"DA\"", "votes=\"MAYOR=AGAINST\"",
        "as-of=\"2018-02-30\"", "as-of=\"\"", "expires-on=\"2018-13-01\"", "votes-required=\"4\"",
        "votes-required=\"two\"");
    StringBuilder body = new StringBuilder(
        "<script>var errors = []; addEventListener('error', function (e) {"
            + " if (e.target.localName === 'pars-renewal-explainer') errors.push(e.message); },"
            + " true);</script>");
    for (String attribute : wrong) {
      body.append("<pars-renewal-explainer lang=\"es\" ").append(attribute)
          .append("></pars-renewal-explainer>\n");
    }
    openPlainPage("wrong.html", body.toString());
    @SuppressWarnings("unchecked")
    List<List<String>> shown = (List<List<String>>) chrome.executeScript(READ
        + "return Array.prototype.map.call(document.querySelectorAll('pars-renewal-explainer'),"
        + " read);");
    String settingsInvalid = Wording.of(locale("es")).pageLabels().label(Key.SETTINGS_INVALID);
    for (int n = 0; n < wrong.size(); n++) {
      assertThat(shown.get(n).subList(0, 4)).as(wrong.get(n)).containsExactly("", null, null, null);
      assertThat(shown.get(n).get(4)).as(wrong.get(n)).startsWith(settingsInvalid);
    }
    assertThat(shown.get(0).get(4)).contains("votes.DA", "MAYBE");
    assertThat(shown.get(6).get(4)).contains("votesRequired", "4");
    assertThat((List<?>) chrome.executeScript("return errors;")).hasSize(wrong.size());
    assertThat(chrome.executeScript("return document.querySelector('pars-renewal-explainer')"
        + ".decision;")).isNull();
  }

  // ------------------------------------------------------------------ the library in a Web Worker

  @Test
  void the_library_in_a_module_worker_gives_the_jvms_decisions_and_sentences() {
    PAGES.put("worker.mjs", "import { decide } from './index.mjs';\n"
        + "self.onmessage = function (event) {\n"
        + "  self.postMessage(event.data.map(function (c) {\n"
        + "    var d = decide(c.votes, c.options), o = JSON.parse(JSON.stringify(d));\n"
        + "    delete o.library; o.language = c.lang; o.explanation = d.explanation(c.lang);\n"
        + "    o.explainPivots = d.explainPivots(c.lang); o.library = d.library;\n"
        + "    return JSON.stringify(o);\n  }));\n};\n");
    openPlainPage("worker.html", "<p>worker</p>");
    List<Map<String, Object>> cases = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    int i = 0;
    for (String language : LANGUAGES) {
      for (String asOf : List.of("", "2018-09-01")) {
        for (String da : CHOICES) {
          for (String courts : CHOICES) {
            for (String city : CHOICES) {
              if (i++ % 3 != 0) {
                continue;
              }
              Map<String, Object> votes = new HashMap<>();
              String[] names = {"DA", "COURTS", "CITY"};
              String[] choices = {da, courts, city};
              for (int s = 0; s < 3; s++) {
                if (!choices[s].isEmpty()) {
                  votes.put(names[s], choices[s]);
                }
              }
              Map<String, Object> options = new HashMap<>();
              options.put("expiresOn", EXPIRES_ON);
              options.put("asOf", asOf.isEmpty() ? null : asOf);
              cases.add(Map.of("votes", votes, "options", options, "lang", language));
              expected.add(Json.write(JsForms.decision(decision(da, courts, city, asOf, 2),
                  locale(language))));
            }
          }
        }
      }
    }
    Object fromWorker = chrome.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "var worker = new Worker('worker.mjs', { type: 'module' });"
            + "worker.onmessage = function (e) { done(e.data); worker.terminate(); };"
            + "worker.onerror = function (e) { done('worker error: ' + e.message); };"
            + "worker.postMessage(arguments[0]);", cases);
    assertThat(fromWorker).asList().containsExactlyElementsOf(expected);
  }

  // ------------------------------------------------------------------ phone and desktop

  @Test
  void on_a_phone_and_a_desktop_the_answer_is_on_the_first_screen_and_every_label_readable()
      throws IOException {
    try {
      for (String size : List.of("phone", "desktop")) {
        screen(size);
        for (String language : LANGUAGES) {
          openExplainerPage(language);
          @SuppressWarnings("unchecked")
          Map<String, Object> layout = (Map<String, Object>) chrome.executeScript(
              "var r = document.getElementById('explainer').shadowRoot;"
                  + "function small(root) { var out = [];"
                  + " root.querySelectorAll('svg text').forEach(function (t) {"
                  + "  var svg = t.ownerSVGElement, box = svg.viewBox.baseVal;"
                  + "  var px = parseFloat(getComputedStyle(t).fontSize)"
                  + "   * svg.getBoundingClientRect().width / box.width;"
                  + "  if (px < 12) out.push(t.textContent + ': ' + px + ' px'); }); return out; }"
                  + "return { height: innerHeight,"
                  + " headline: r.querySelector('[part~=headline]').getBoundingClientRect().bottom,"
                  + " explanation: r.querySelector('[part~=explanation]').getBoundingClientRect().top,"
                  + " texts: document.querySelectorAll('#grid svg text').length"
                  + "  + r.querySelectorAll('svg text').length,"
                  + " small: small(document).concat(small(r)),"
                  + " overflow: document.documentElement.scrollWidth - innerWidth };");
          String where = size + " " + language;
          double height = ((Number) layout.get("height")).doubleValue();
          assertThat(((Number) layout.get("headline")).doubleValue()).as("%s headline", where)
              .isLessThan(height);
          assertThat(((Number) layout.get("explanation")).doubleValue())
              .as("%s explanation", where).isLessThan(height - 48);
          assertThat(((Number) layout.get("texts")).intValue()).as("%s labels", where)
              .isGreaterThan(60);
          assertThat((List<?>) layout.get("small")).as("%s labels under 12 px", where).isEmpty();
          assertThat(((Number) layout.get("overflow")).intValue()).as("%s sideways scroll", where)
              .isLessThanOrEqualTo(0);
          saveScreenshot("explainer-" + size + "-" + language + ".png");
        }
      }
    } finally {
      wholeWindow();
    }
  }

  private static void saveScreenshot(String name) throws IOException {
    byte[] png = chrome.getScreenshotAs(OutputType.BYTES);
    Path target = Path.of(System.getProperty("web.dir", "target/web")).getParent()
        .resolve("web-screenshots");
    Files.createDirectories(target);
    Files.write(target.resolve(name), png);
    String docs = System.getProperty("web.screenshots", "");
    if (!docs.isBlank()) {
      Files.createDirectories(Path.of(docs));
      Files.write(Path.of(docs).resolve(name), png);
    }
  }

  private static SearchContext shadow() {
    return chrome.findElement(By.id("explainer")).getShadowRoot();
  }

  private static List<String> shownParts() {
    @SuppressWarnings("unchecked")
    List<String> parts = (List<String>) chrome.executeScript(READ
        + "return read(document.getElementById('explainer'));");
    return parts;
  }

  @Test
  void the_date_is_entered_in_the_readers_language_and_an_empty_or_wrong_date_decides_nothing() {
    for (String size : List.of("phone", "desktop")) {
      screen(size);
      try {
        for (String language : LANGUAGES) {
          openExplainerPage(language);
          var labels = Wording.of(locale(language)).pageLabels();
          SearchContext root = shadow();
          // The fields say the date in the reader's words, whatever the browser's language.
          WebElement month = root.findElement(By.cssSelector("#as-of-month"));
          assertThat(new Select(month).getFirstSelectedOption().getText())
              .isEqualTo(Month.SEPTEMBER.getDisplayName(TextStyle.FULL_STANDALONE,
                  locale(language)));
          assertThat(root.findElement(By.cssSelector("label[for='as-of-year']")).getText())
              .isEqualTo(labels.label(Key.YEAR));
          assertThat(root.findElement(By.cssSelector("#expiry-hint")).getText())
              .contains(Wording.of(locale(language)).date(LocalDate.parse(EXPIRES_ON)));
          if ("es".equals(language)) {
            List<String> order = new ArrayList<>();
            root.findElements(By.cssSelector(".date select, .date input"))
                .forEach(e -> order.add(e.getAttribute("id")));
            assertThat(order).containsExactly("as-of-day", "as-of-month", "as-of-year");
          }
          // Cleared, or not a day of the calendar: a message, and no outcome.
          WebElement year = root.findElement(By.cssSelector("#as-of-year"));
          year.clear();
          assertThat(shownParts()).as("%s %s empty year", size, language)
              .containsExactly("", null, null, null, labels.label(Key.DATE_INVALID));
          assertThat(year.getAttribute("aria-invalid")).isEqualTo("true");
          year.sendKeys("20x8");
          assertThat(shownParts().get(4)).isEqualTo(labels.label(Key.DATE_INVALID));
          year.clear();
          year.sendKeys("2018");
          new Select(root.findElement(By.cssSelector("#as-of-month"))).selectByValue("2");
          new Select(root.findElement(By.cssSelector("#as-of-day"))).selectByValue("30");
          assertThat(shownParts().get(4)).as("February 30").isEqualTo(
              labels.label(Key.DATE_INVALID));
          assertThat(chrome.findElements(By.cssSelector("#grid .cell.mine"))).isEmpty();
          new Select(root.findElement(By.cssSelector("#as-of-day"))).selectByValue("28");
          RenewalDecision expected = decision("AGAINST", "ABSTAIN", "AGAINST", "2018-02-28", 2);
          assertThat(shownParts()).containsExactly(expected.outcome().name(),
              headline(expected, language), shownExplanation(expected, language),
              expected.explainPivots(locale(language)), null);
        }
      } finally {
        wholeWindow();
      }
    }
  }

  @Test
  void no_code_name_is_shown_and_the_headline_is_not_repeated_under_it() {
    for (String size : List.of("phone", "desktop")) {
      screen(size);
      try {
        for (String language : LANGUAGES) {
          openExplainerPage(language);
          String visible = String.valueOf(chrome.executeScript(
              "return document.body.innerText + '\\n' + document.getElementById('explainer')"
                  + ".shadowRoot.querySelector('.layout').innerText;"));
          for (Reason reason : Reason.values()) {
            assertThat(visible).as("%s %s", size, language).doesNotContain(reason.name());
          }
          assertThat(visible).doesNotContain("NOT_RENEWED", "IN_FAVOR", "Reason code",
              "Código de motivo");
          List<String> parts = shownParts();
          assertThat(parts.get(1)).isNotBlank();
          assertThat(parts.get(2)).as("the sentence under the headline")
              .doesNotStartWith(parts.get(1));
          assertThat(visible).contains(parts.get(1), parts.get(2));
        }
      } finally {
        wholeWindow();
      }
    }
  }

  // ------------------------------------------------------------------ accessibility: axe-core

  @Test
  void axe_core_finds_no_violation_on_the_page_or_the_element() throws IOException {
    String axe = Files.readString(axeCore(), StandardCharsets.UTF_8);
    List<String> report = new ArrayList<>();
    for (String size : List.of("phone", "desktop")) {
      screen(size);
      try {
        for (String language : LANGUAGES) {
          openExplainerPage(language);
          report.add(size + " page " + language + ": " + axe(axe));
        }
        openPlainPage("axe.html", "<h1>A newsroom's page</h1>"
            + "<pars-renewal-explainer lang=\"es\" votes=\"DA=AGAINST,COURTS=ABSTAIN,CITY=AGAINST\""
            + " as-of=\"2018-09-01\"></pars-renewal-explainer>"
            + "<pars-renewal-explainer lang=\"en\" interactive timeline></pars-renewal-explainer>");
        report.add(size + " element: " + axe(axe));
      } finally {
        wholeWindow();
      }
    }
    report.forEach(line -> System.out.println("axe-core: " + line));
    assertThat(report).allSatisfy(line -> assertThat(line).endsWith(": 0 violations"));
  }

  /** Runs axe-core on the page open in Chromium: "N violations", with each one's id and nodes. */
  private static String axe(String source) {
    chrome.executeScript(source);
    Object result = chrome.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
        + " done(r.violations.length + ' violations' + r.violations.map(function (v) {"
        + "  return ' [' + v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); })"
        + "   .join(', ') + ']'; }).join('')); }, function (e) { done('axe failed: ' + e); });");
    String line = String.valueOf(result);
    // A violation's details follow its count: keep the count at the end for the assertion.
    return line.startsWith("0 violations") ? "0 violations" : line;
  }

  /** axe-core, pinned in src/webtest/axe/package.json, installed with npm into target/axe. */
  private static Path axeCore() throws IOException {
    Path dir = Path.of(System.getProperty("web.dir", "target/web")).getParent().resolve("axe");
    Path installed = dir.resolve("node_modules/axe-core/axe.min.js");
    if (Files.isRegularFile(installed)) {
      return installed;
    }
    if (!runs(Path.of(""), "npm", "--version")) {
      String message = "axe-core check skipped: npm not found on the PATH (install Node.js 18 or"
          + " later with npm)";
      if (Boolean.getBoolean("web.requireNode") || Boolean.getBoolean("web.requireBrowser")) {
        fail(message.replace("skipped", "required"));
      }
      System.out.println("[WARNING] " + message);
      Assumptions.abort(message);
    }
    Files.createDirectories(dir);
    Files.copy(Path.of("src/webtest/axe/package.json"), dir.resolve("package.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(runs(dir, "npm", "install", "--no-audit", "--no-fund", "--prefer-offline"))
        .as("npm install of axe-core into %s", dir).isTrue();
    return installed;
  }

  private static boolean runs(Path dir, String... command) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile())
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      System.out.print(new String(process.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8));
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ measured

  @Test
  void measures_the_time_to_the_elements_first_answer() throws IOException {
    double[] runs = new double[7];
    for (int i = 0; i < runs.length; i++) {
      openPlainPage("first-answer.html", "<pars-renewal-explainer lang=\"es\""
          + " votes=\"DA=AGAINST,COURTS=ABSTAIN,CITY=AGAINST\" as-of=\"2018-09-01\">"
          + "</pars-renewal-explainer>");
      new WebDriverWait(chrome, Duration.ofSeconds(20))
          .until(d -> chrome.executeScript("return window.firstAnswerMs;") != null);
      runs[i] = ((Number) chrome.executeScript("return window.firstAnswerMs;")).doubleValue();
    }
    double[] sorted = runs.clone();
    Arrays.sort(sorted);
    String line = String.format(Locale.ROOT, "element (ES module, served locally) load to first"
        + " answer: %.0f ms (median of 7; all: %s)%n", sorted[3], Arrays.toString(runs));
    Path out = Path.of(System.getProperty("web.dir", "target/web")).getParent()
        .resolve("element-measurements.txt");
    Files.writeString(out, line, StandardCharsets.UTF_8);
    System.out.print(line);
    assertThat(sorted[3]).as("load to first answer, goal 500 ms").isLessThanOrEqualTo(500);
  }
}

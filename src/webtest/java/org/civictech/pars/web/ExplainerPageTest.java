package org.civictech.pars.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.DatedVote;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.PageLabels;
import org.civictech.pars.words.PageLabels.Key;
import org.civictech.pars.words.Wording;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explainer page in headless Chromium, opened from disk: its answers against the JVM's for
 * the same inputs, through its controls and through its JavaScript API; the 2018 timeline; no
 * request leaving the page; keyboard operation; and the measured figures of BENCHMARKS.md.
 */
class ExplainerPageTest {

  private static final String EXPIRES_ON = "2018-08-31";
  private static final List<String> CHOICES = List.of("IN_FAVOR", "AGAINST", "ABSTAIN", "");
  /** The languages the library speaks: the page must offer exactly these. */
  private static final List<String> LANGUAGES = Languages.codes();

  private static ChromeDriver chrome;

  @BeforeAll
  static void startBrowser() {
    if (Browser.installed()) {
      chrome = Browser.start();
    } else {
      System.out.println("[WARNING] " + Browser.SKIPPED);
    }
  }

  @BeforeEach
  void needsTheBrowser(TestInfo test) {
    if (chrome == null && !test.getTags().contains("no-browser")) {
      Browser.skipOrFail();
    }
  }

  @AfterAll
  static void stopBrowser() {
    if (chrome != null) {
      chrome.quit();
    }
  }

  private static void open(String language) {
    chrome.get(Browser.pageUrl() + "?lang=" + language);
    new WebDriverWait(chrome, Duration.ofSeconds(20)).until(
        d -> "true".equals(chrome.findElement(By.tagName("html")).getAttribute("data-ready")));
  }

  private static Locale locale(String language) {
    return Inputs.locale(language);
  }

  /** The JavaScript API's decision and its sentences as plain JSON-ready objects, in the page. */
  private static final String PLAIN =
      "function plain(d, lang) { var o = JSON.parse(JSON.stringify(d)); delete o.library;"
          + " o.language = lang; o.explanation = d.explanation(lang);"
          + " o.explainPivots = d.explainPivots(lang); o.library = d.library; return o; }";

  /** The JVM's decision for the page's plain inputs: "" no vote, "open" no date, the PARS contract. */
  private static RenewalDecision decision(String da, String courts, String city,
      String expiresOn, String asOf, int votesRequired) {
    return PageApi.decision(da, courts, city, "PARS", expiresOn, "open".equals(asOf) ? "" : asOf,
        votesRequired);
  }

  /** The three stakeholders' names in a language, as JSON: what the JavaScript API gives. */
  private static String stakeholdersJson(String language) {
    List<Object> names = new ArrayList<>(3);
    for (Stakeholder stakeholder : Stakeholder.values()) {
      Map<String, Object> name = new LinkedHashMap<>(4);
      name.put("stakeholder", stakeholder.name());
      name.put("displayName", stakeholder.displayName(locale(language)));
      name.put("shortName", stakeholder.shortName(locale(language)));
      names.add(name);
    }
    return Json.write(names);
  }

  private static PageLabels labels(String language) {
    return Wording.of(locale(language)).pageLabels();
  }

  // ------------------------------------------------------------------ the JavaScript API

  @Test
  void javascript_decide_equals_the_jvm_for_all_384_ballots_in_every_language() {
    open("en");
    @SuppressWarnings("unchecked")
    List<String> fromBrowser = (List<String>) chrome.executeScript(
        PLAIN + "var choices = arguments[0], languages = arguments[1], out = [];"
            + "languages.forEach(function (lang) {"
            + " [1, 2, 3].forEach(function (req) {"
            + "  ['open', '2018-09-01'].forEach(function (asOf) {"
            + "   choices.forEach(function (da) { choices.forEach(function (courts) {"
            + "    choices.forEach(function (city) {"
            + "     out.push(JSON.stringify(plain(ParsRenewal.decide({ DA: da || null,"
            + "      COURTS: courts || null, CITY: city || null }, { expiresOn: '2018-08-31',"
            + "      asOf: asOf === 'open' ? null : asOf, votesRequired: req }), lang)));"
            + "   }); }); }); }); }); });"
            + "return out;",
        CHOICES, LANGUAGES);
    List<String> fromJvm = new ArrayList<>();
    for (String language : LANGUAGES) {
      for (int required = 1; required <= 3; required++) {
        for (String asOf : List.of("open", "2018-09-01")) {
          for (String da : CHOICES) {
            for (String courts : CHOICES) {
              for (String city : CHOICES) {
                fromJvm.add(Json.write(JsForms.decision(
                    decision(da, courts, city, EXPIRES_ON, asOf, required), locale(language))));
              }
            }
          }
        }
      }
    }
    assertThat(fromBrowser).hasSize(384 * LANGUAGES.size()).containsExactlyElementsOf(fromJvm);
  }

  @Test
  void javascript_story_and_names_equal_the_jvm() {
    open("en");
    for (String language : LANGUAGES) {
      assertThat(chrome.executeScript(PLAIN + "var lang = arguments[0], b = ParsRenewal.story2018(lang);"
          + " return JSON.stringify({ contract: b.contract, decider: { votesRequired:"
          + " b.votesRequired }, history: b.history, timeline: b.timeline().map(function (e) {"
          + " return { asOf: e.asOf, decision: plain(e.decision, lang) }; }) });",
          language)).isEqualTo(Json.write(JsForms.ballot(Pars2018.ballot(locale(language)), locale(language))));
      assertThat(chrome.executeScript(
          "return JSON.stringify(ParsRenewal.stakeholders(arguments[0]));", language))
          .isEqualTo(stakeholdersJson(language));
      assertThat(chrome.executeScript("return JSON.stringify(ParsRenewal.labels(arguments[0]));",
          language)).isEqualTo(PageApi.labels(language));
      for (Reason reason : Reason.values()) {
        for (boolean open : List.of(true, false)) {
          Object headline = chrome.executeScript("try { return ParsRenewal.headline(arguments[0],"
              + " arguments[1], arguments[2]); } catch (e) { return e.name; }",
              reason.name(), open, language);
          // R7: a lapse only once voting has closed, pending only while it is open.
          boolean possible = reason == Reason.LAPSED ? !open : reason != Reason.PENDING || open;
          assertThat(headline).isEqualTo(possible
              ? Wording.of(locale(language)).headline(reason, open) : "RangeError");
        }
      }
    }
    assertThat(chrome.executeScript("return JSON.stringify(ParsRenewal.languages);"))
        .isEqualTo(Json.write(new ArrayList<Object>(LANGUAGES)));
  }

  @Test
  void the_javascript_guides_embedding_snippet_gives_the_jvms_answer() throws IOException {
    String guide = Files.readString(Path.of("docs/javascript.md"), StandardCharsets.UTF_8);
    Matcher snippet = Pattern.compile("(?s)<!-- js-embed:begin -->.*?<script src=\"pars-renewal.js\">"
        + "</script>\\s*<script>(.*?)</script>.*?<!-- js-embed:end -->").matcher(guide);
    assertThat(snippet.find()).as("the embedding snippet of docs/javascript.md").isTrue();
    open("en");
    chrome.executeScript(snippet.group(1));
    RenewalDecision expected =
        decision("AGAINST", "ABSTAIN", "AGAINST", EXPIRES_ON, "2018-09-01", 2);
    assertThat(chrome.getTitle())
        .isEqualTo(expected.outcome() + ": " + expected.explanation(locale("es")));
  }

  // ------------------------------------------------------------------ the page's controls

  private static final List<List<String>> SAMPLE = List.of(
      // DA, COURTS, CITY, asOf ("open", "" for the default 2018-09-01, or a date entered), rule
      List.of("AGAINST", "ABSTAIN", "AGAINST", "", "2"),
      List.of("AGAINST", "ABSTAIN", "AGAINST", "open", "2"),
      List.of("IN_FAVOR", "", "", "open", "2"),
      List.of("IN_FAVOR", "", "", "", "2"),
      List.of("IN_FAVOR", "IN_FAVOR", "ABSTAIN", "", "3"),
      List.of("", "ABSTAIN", "IN_FAVOR", "open", "1"),
      List.of("IN_FAVOR", "AGAINST", "", "2018-08-31", "2"),
      List.of("", "", "", "2018-07-12", "2"));

  @Test
  void page_controls_show_the_jvm_outcome_explanation_and_pivots_in_every_language() {
    for (String language : LANGUAGES) {
      open(language);
      assertThat(chrome.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
      for (List<String> ballot : SAMPLE) {
        String asOf = setBallot(ballot);
        RenewalDecision expected = decision(ballot.get(0), ballot.get(1), ballot.get(2),
            EXPIRES_ON, asOf, Integer.parseInt(ballot.get(4)));
        assertThat(outcome()).as("outcome of %s", ballot)
            .isEqualTo(expected.outcome().name());
        String headline = Wording.of(locale(language)).headline(expected.reason(),
            !expected.isFinal());
        assertThat(part("headline").getText()).isEqualTo(headline);
        // the explanation, without its headline and the language's colon (":" or "\uFF1A")
        String explanation = expected.explanation(locale(language));
        assertThat(explanation).startsWith(headline);
        assertThat(part("explanation").getText()).as("%s %s", language, ballot)
            .isEqualToIgnoringCase(explanation.substring(headline.length() + 1).trim());
        assertThat(part("pivots").getText())
            .isEqualTo(expected.explainPivots(locale(language)));
        assertThat(chrome.findElement(By.cssSelector("#grid-" + (expected.isFinal()
                ? "closed" : "open") + " .cell.mine")).getAttribute("data-reason"))
            .as("the highlighted ballot").isEqualTo(expected.reason().name());
      }
    }
  }

  private static String outcome() {
    return part("outcome").getAttribute("data-outcome");
  }

  /** The explainer element's shadow root, where its answer and controls are. */
  private static SearchContext shadow() {
    return chrome.findElement(By.id("explainer")).getShadowRoot();
  }

  /** A part of the explainer element: "outcome", "headline", "explanation", "pivots". */
  private static WebElement part(String name) {
    return shadow().findElement(By.cssSelector("[part~='" + name + "']"));
  }

  /** Sets a sample ballot through the page's own controls; returns its as-of for the JVM. */
  private static String setBallot(List<String> ballot) {
    String[] stakeholders = {"DA", "COURTS", "CITY"};
    for (int i = 0; i < 3; i++) {
      String choice = ballot.get(i).isEmpty() ? "NONE" : ballot.get(i);
      shadow().findElement(By.cssSelector("label[for='vote-" + stakeholders[i] + "-" + choice
          + "']")).click();
    }
    new Select(shadow().findElement(By.cssSelector("#votes-required")))
        .selectByValue(ballot.get(4));
    String when = ballot.get(3);
    if ("open".equals(when)) {
      shadow().findElement(By.cssSelector("label[for='when-open']")).click();
      return "open";
    }
    shadow().findElement(By.cssSelector("label[for='when-date']")).click();
    String iso = when.isEmpty() ? "2018-09-01" : when;
    String[] p = iso.split("-");
    WebElement year = shadow().findElement(By.cssSelector("#as-of-year"));
    year.clear();
    year.sendKeys(p[0]);
    new Select(shadow().findElement(By.cssSelector("#as-of-month")))
        .selectByValue(String.valueOf(Integer.parseInt(p[1])));
    new Select(shadow().findElement(By.cssSelector("#as-of-day")))
        .selectByValue(String.valueOf(Integer.parseInt(p[2])));
    return iso;
  }

  @Test
  void the_language_switch_offers_the_librarys_languages_and_the_page_follows_it() {
    open("en");
    Select languageSwitch = new Select(chrome.findElement(By.id("language")));
    List<WebElement> options = languageSwitch.getOptions();
    assertThat(options).extracting(o -> o.getAttribute("value"))
        .containsExactlyElementsOf(Languages.codes());
    for (WebElement option : options) {
      String language = option.getAttribute("value");
      assertThat(option.getAttribute("lang")).isEqualTo(language);
      assertThat(option.getText()).as("the name of %s in its own words", language)
          .isEqualTo(labels(language).label(Key.LANGUAGE_NAME));
    }
    for (String language : Languages.codes()) {
      languageSwitch.selectByValue(language);
      assertThat(chrome.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
      assertThat(shadow().findElement(By.cssSelector("#legend-DA")).getText())
          .endsWith(Stakeholder.DA.displayName(locale(language)));
      assertThat(chrome.findElement(By.id("explainer")).getAttribute("lang")).isEqualTo(language);
    }
    languageSwitch.selectByValue("en");
    assertThat(chrome.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(shadow().findElement(By.cssSelector("#legend-DA")).getText())
        .endsWith(Stakeholder.DA.displayName(locale("en")));
  }

  @Test
  void every_control_has_a_label() {
    open("en");
    for (SearchContext root : List.of(chrome, shadow())) {
      List<WebElement> controls = root.findElements(By.cssSelector("input, select"));
      assertThat(controls).hasSizeGreaterThanOrEqualTo(root == chrome ? 1 : 3 * 4 + 6);
      for (WebElement control : controls) {
        String id = control.getAttribute("id");
        assertThat(root.findElements(By.cssSelector("label[for='" + id + "']")))
            .as("label for #%s", id).hasSize(1);
        assertThat(root.findElement(By.cssSelector("label[for='" + id + "']")).getText())
            .as("label text for #%s", id).isNotBlank();
      }
    }
  }

  @Test
  void text_contrast_meets_wcag_aa() {
    for (String language : LANGUAGES) {
      open(language);
      @SuppressWarnings("unchecked")
      List<List<Object>> pairs = (List<List<Object>>) chrome.executeScript(
          "function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number);"
              + " return m.length > 3 && m[3] === 0 ? null : m.slice(0, 3); }"
              + "function background(e) { for (; e; e = e.parentElement) {"
              + "  var b = rgb(getComputedStyle(e).backgroundColor); if (b) return b; }"
              + " return [255, 255, 255]; }"
              + "function lum(c) { var l = c.map(function (v) { v /= 255;"
              + "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
              + " return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; }"
              + "var out = [];"
              + "var all = 'h1, h2, p, label, legend, li, a, code, strong, .badge, figcaption,"
              + " select, option', r = document.getElementById('explainer').shadowRoot;"
              + "Array.prototype.concat.apply([], [document.querySelectorAll(all),"
              + " r.querySelectorAll(all)].map(function (l) { return Array.from(l); })).forEach(function (e) {"
              + " if (!e.textContent.trim() || !e.getClientRects().length) return;"
              + " var a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));"
              + " out.push([e.tagName + '.' + e.className + ' ' + e.textContent.trim().slice(0, 30),"
              + "  (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]); });"
              + "return out;");
      assertThat(pairs).hasSizeGreaterThan(40);
      for (List<Object> pair : pairs) {
        assertThat(((Number) pair.get(1)).doubleValue()).as("contrast of %s", pair.get(0))
            .isGreaterThanOrEqualTo(4.5);
      }
    }
  }

  @Test
  void the_pages_own_words_around_the_librarys_follow_the_language() {
    for (String language : LANGUAGES) {
      open(language);
      Locale locale = locale(language);
      // The expiry hint writes the date as the library's sentences do.
      String expiry = Wording.of(locale).date(LocalDate.parse(EXPIRES_ON));
      assertThat(decision("AGAINST", "", "AGAINST", EXPIRES_ON, "open", 2)
          .explanation(locale)).contains(expiry);
      assertThat(shadow().findElement(By.cssSelector("#expiry-hint")).getText()).contains(expiry)
          .doesNotContain(EXPIRES_ON);
      // The legend: each reason's symbol and its name as the library's, without a code.
      Wording wording = Wording.of(locale);
      List<String> legend = new ArrayList<>();
      chrome.findElements(By.cssSelector("#legend li")).forEach(li -> legend.add(li.getText()));
      // E6: a settled outcome in each state the grids show it in, "voted down" only as final
      assertThat(legend).containsExactly(
          "\u2713 " + wording.headline(Reason.RENEWED, true) + " / "
              + Reason.RENEWED.displayName(locale),
          "\u2717 " + wording.headline(Reason.VOTED_DOWN, true) + " / "
              + Reason.VOTED_DOWN.displayName(locale),
          "\u2013 " + Reason.LAPSED.displayName(locale),
          "? " + wording.headline(Reason.PENDING, true));
      // The answer's outcome: the words the explanation opens with, not cut from it.
      RenewalDecision shown =
          decision("AGAINST", "ABSTAIN", "AGAINST", EXPIRES_ON, "2018-09-01", 2);
      assertThat(part("headline").getText()).isEqualTo(shown.reason().displayName(locale));
      assertThat(shown.explanation(locale))
          .matches(Pattern.quote(shown.reason().displayName(locale)) + "[:\uFF1A].*");
      // The highlighted ballot of the grid (2018, after the expiry) is named in words.
      Object title = chrome.executeScript(
          "return document.querySelector('#grid-closed .cell.mine title').textContent;");
      assertThat((String) title).endsWith("\u2192 " + shown.reason().displayName(locale) + " ("
          + labels(language).label(Key.YOUR_BALLOT) + ")");
      everyLabelIsTheLibrarys(language);
    }
    // Around the reports' own titles, the Spanish page's words are Spanish.
    open("es");
    String page = chrome.findElement(By.tagName("body")).getText();
    assertThat(page).contains("(publicado en el Monterey Herald)",
        "(publicado por WESA)", "(también publicado con el título", "(reproducido por el Pittsburgh",
        "; en español, \u201cFinalización");
    assertThat(page).doesNotContain("as run by", "also run as", "reprinted by", "in Spanish",
        "Reason", "VOTED_DOWN", "Código de motivo");
  }

  /** Every label the page shows in {@code language} is the library's, word for word. */
  private static void everyLabelIsTheLibrarys(String language) {
    PageLabels labels = labels(language);
    Map<String, String> byName = new HashMap<>();
    for (Key key : Key.values()) {
      byName.put(key.jsonName(), labels.label(key));
    }
    @SuppressWarnings("unchecked")
    List<List<String>> shown = (List<List<String>>) chrome.executeScript(
        "return Array.prototype.map.call(document.querySelectorAll('[data-ui]'),"
            + " function (e) { return [e.getAttribute('data-ui'), e.textContent]; });");
    assertThat(shown).hasSizeGreaterThanOrEqualTo(12);
    for (List<String> label : shown) {
      assertThat(label.get(1)).as("%s label %s", language, label.get(0))
          .isEqualTo(byName.get(label.get(0)));
    }
    assertThat(chrome.getTitle()).isEqualTo(labels.label(Key.TITLE));
    assertThat(shadowText("#story-intro")).isEqualTo(labels.label(Key.STORY_INTRO));
    assertThat(shadowText("#expiry-hint")).startsWith(labels.label(Key.EXPIRY)
        .substring(0, labels.label(Key.EXPIRY).indexOf("{date}")));
    for (Key key : List.of(Key.ANSWER_HEADING, Key.WHEN_OPEN, Key.WHEN_DATE, Key.AS_OF_LABEL,
        Key.DAY, Key.MONTH, Key.YEAR, Key.RULE_LEGEND, Key.RULE_LABEL, Key.STORY_HEADING)) {
      assertThat(shadowText(".layout").replace(labels.label(Key.STORY_INTRO), ""))
          .as("%s %s", language, key).contains(labels.label(key));
    }
    for (Stakeholder stakeholder : Stakeholder.values()) {
      assertThat(shadowText("#legend-" + stakeholder)).isEqualTo(labels.label(Key.VOTE_OF) + " "
          + stakeholder.displayName(locale(language)));
      for (Choice choice : Choice.values()) {
        assertThat(shadowText("label[for='vote-" + stakeholder + "-" + choice + "']"))
            .isEqualTo(labels.choice(choice));
      }
      assertThat(shadowText("label[for='vote-" + stakeholder + "-NONE']"))
          .isEqualTo(labels.choice(null));
    }
    assertThat(chrome.executeScript("return Array.prototype.map.call(document.querySelectorAll("
        + "'#grid figcaption'), function (e) { return e.textContent; });"))
        .isEqualTo(List.of(labels.label(Key.GRID_OPEN), labels.label(Key.GRID_CLOSED)));
    assertThat(shadowText("#timeline-svg .expiry text")).isEqualTo(labels.label(Key.EXPIRY_MARK)
        + " " + Wording.of(locale(language)).date(LocalDate.parse(EXPIRES_ON)));
  }

  /** The text content of the first element to match this selector in the explainer element. */
  private static String shadowText(String selector) {
    return String.valueOf(chrome.executeScript("return document.getElementById('explainer')"
        + ".shadowRoot.querySelector(arguments[0]).textContent;", selector));
  }

  /** The text content of the element with this id, or of the first to match this selector. */
  private static String text(String idOrSelector) {
    return String.valueOf(chrome.executeScript(
        "var e = document.getElementById(arguments[0]) || document.querySelector(arguments[0]);"
            + " return e.textContent;", idOrSelector));
  }

  @Test
  void the_page_opens_on_the_2018_ballot_after_the_expiry() {
    open("en");
    RenewalDecision expected =
        decision("AGAINST", "ABSTAIN", "AGAINST", EXPIRES_ON, "2018-09-01", 2);
    assertThat(part("headline").getText() + ": " + part("explanation").getText())
        .isEqualToIgnoringCase(expected.explanation());
    assertThat(part("outcome").getAttribute("data-reason")).isEqualTo("VOTED_DOWN");
  }

  @Test
  void controls_work_from_the_keyboard() {
    open("en");
    chrome.executeScript("document.getElementById('skip').focus();"); // the first tab stop
    assertThat(activeId()).isEqualTo("skip");
    Actions keys = new Actions(chrome);
    keys.sendKeys(Keys.TAB).perform();
    assertThat(activeId()).isEqualTo("language");
    keys.sendKeys(Keys.TAB).perform();
    // the page opens on the 2018 ballot: DA against, courts abstain, City against
    assertThat(activeId()).isEqualTo("vote-DA-AGAINST");
    keys.sendKeys(Keys.ARROW_UP).perform();
    assertThat(activeId()).isEqualTo("vote-DA-IN_FAVOR");
    keys.sendKeys(Keys.TAB).perform();
    assertThat(activeId()).isEqualTo("vote-COURTS-ABSTAIN");
    keys.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP).perform();
    assertThat(activeId()).isEqualTo("vote-COURTS-IN_FAVOR");
    assertThat(outcome()).isEqualTo("RENEWED");
    keys.sendKeys(Keys.TAB, Keys.TAB).perform(); // past the City's group, to "when"
    assertThat(activeId()).isEqualTo("when-date");
    keys.sendKeys(Keys.ARROW_UP).perform();
    assertThat(activeId()).isEqualTo("when-open");
    assertThat(part("headline").getText() + ": " + part("explanation").getText())
        .isEqualToIgnoringCase(
            decision("IN_FAVOR", "IN_FAVOR", "AGAINST", EXPIRES_ON, "open", 2).explanation());
    keys.sendKeys(Keys.TAB).perform(); // voting open: the date's fields are hidden
    assertThat(activeId()).isEqualTo("votes-required");
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    assertThat(part("outcome").getAttribute("data-reason")).isEqualTo(
        decision("IN_FAVOR", "IN_FAVOR", "AGAINST", EXPIRES_ON, "open", 3).reason().name());
  }

  /** The id of the focused control, inside the explainer element when the focus is there. */
  private static String activeId() {
    return String.valueOf(chrome.executeScript("var a = document.activeElement;"
        + " return a.shadowRoot && a.shadowRoot.activeElement ? a.shadowRoot.activeElement.id"
        + " : a.id;"));
  }

  // ------------------------------------------------------------------ the 2018 timeline

  @Test
  void the_2018_timeline_shows_each_vote_on_its_date_with_its_source_and_the_outcomes() {
    for (String language : LANGUAGES) {
      Ballot story = Pars2018.ballot(locale(language));
      open(language);
      List<WebElement> marks = shadow().findElements(By.cssSelector("#timeline-svg .vote-mark"));
      assertThat(marks).hasSize(story.history().size());
      for (int i = 0; i < marks.size(); i++) {
        DatedVote vote = story.history().get(i);
        WebElement mark = marks.get(i);
        assertThat(mark.getAttribute("data-date")).isEqualTo(vote.castOn().toString());
        assertThat(mark.getAttribute("data-stakeholder")).isEqualTo(vote.vote().stakeholder().name());
        assertThat(mark.getAttribute("data-choice")).isEqualTo(vote.vote().choice().name());
        for (String ref : mark.getAttribute("data-sources").split(",")) {
          assertThat(chrome.findElements(By.id("source-" + ref))).as("source %s", ref).hasSize(1);
          assertThat(chrome.findElement(By.id("source-" + ref)).findElement(By.tagName("a"))
              .getAttribute("href")).startsWith("https://");
        }
      }
      assertThat(shadow().findElement(By.cssSelector("#timeline-svg .expiry"))
          .getAttribute("data-date")).isEqualTo("2018-08-31");
      List<WebElement> entries = shadow().findElements(By.cssSelector(".story-entry"));
      List<DatedDecision> timeline = story.timeline();
      assertThat(entries).hasSize(timeline.size() + 1); // the first: before any vote
      assertThat(entries.get(0).getAttribute("data-as-of")).isEqualTo("2018-07-10");
      assertThat(entries.get(0).getAttribute("data-outcome")).isEqualTo("PENDING");
      for (int i = 0; i < timeline.size(); i++) {
        WebElement entry = entries.get(i + 1);
        assertThat(entry.getAttribute("data-as-of")).isEqualTo(timeline.get(i).asOf().toString());
        assertThat(entry.getAttribute("data-outcome"))
            .isEqualTo(timeline.get(i).outcome().name());
        assertThat(entry.findElement(By.className("story-explanation")).getText())
            .isEqualTo(timeline.get(i).decision().explanation(locale(language)));
      }
      List<WebElement> spans = shadow().findElements(By.cssSelector("#timeline-svg .span"));
      assertThat(spans).extracting(s -> s.getAttribute("data-outcome"))
          .containsExactly("PENDING", "PENDING", "NOT_RENEWED", "NOT_RENEWED");
      assertThat(spans).extracting(s -> s.getAttribute("data-from"))
          .containsExactly("2018-07-01", "2018-07-11", "2018-07-27", "2018-09-01");
    }
  }

  @Test
  void the_sources_are_the_reports_of_the_rule_document() throws IOException {
    open("en");
    List<String> rows = Files.readAllLines(Path.of("docs/RULE.md"), StandardCharsets.UTF_8);
    int checked = 0;
    boolean inSources = false;
    for (String row : rows) {
      inSources = row.startsWith("## ") ? row.equals("## Sources") : inSources;
      if (!inSources || !row.startsWith("| ") || row.startsWith("| key") || row.startsWith("|--")) {
        continue;
      }
      String[] cells = row.substring(2, row.length() - 2).split(" \\| ");
      WebElement source = chrome.findElement(By.id("source-" + cells[0]));
      String shown = source.getText();
      assertThat(shown).as("source %s", cells[0]).contains(cells[1], cells[3]);
      if (!"\u2014".equals(cells[4])) {
        assertThat(shown).contains(cells[4]);
      }
      List<String> links = new ArrayList<>();
      source.findElements(By.tagName("a")).forEach(a -> links.add(a.getDomAttribute("href")));
      Matcher address = Pattern.compile("https://\\S+").matcher(cells[5]);
      while (address.find()) {
        assertThat(links).contains(address.group());
      }
      for (String title : cells[2].replaceAll("\\(.*\\)", "").split("; in Spanish, ")) {
        assertThat(shown).contains(title.trim());
      }
      checked++;
    }
    assertThat(checked).as("sources in docs/RULE.md").isGreaterThanOrEqualTo(4);
  }

  @Test
  @Tag("no-browser")
  void the_noscript_story_is_the_libraries_2018_timeline() throws IOException {
    String html = Files.readString(Browser.webDir().resolve("index.html"), StandardCharsets.UTF_8);
    List<String> told = new ArrayList<>();
    Matcher section = Pattern.compile("<section class=\"story-text\" lang=\"([a-z]+)\">")
        .matcher(html);
    while (section.find()) {
      told.add(section.group(1));
    }
    assertThat(told).as("a noscript story for each language").containsExactlyElementsOf(LANGUAGES);
    for (String language : LANGUAGES) {
      PageLabels labels = labels(language);
      Matcher story = Pattern.compile("(?s)<section class=\"story-text\" lang=\"" + language
          + "\">\\s*<h2>(.*?)</h2>\\s*<p>(.*?)</p>\\s*<ul>(.*?)</ul>").matcher(html);
      assertThat(story.find()).as("noscript story in %s", language).isTrue();
      assertThat(unescaped(story.group(1))).isEqualTo(Languages.of(locale(language)).labels().noscriptHeading());
      assertThat(unescaped(story.group(2))).isEqualTo(Languages.of(locale(language)).labels().noscriptIntro());
      List<String> votes = new ArrayList<>();
      Matcher vote = Pattern.compile("<li>(.*?)</li>").matcher(story.group(3));
      while (vote.find()) {
        votes.add(unescaped(vote.group(1)));
      }
      assertThat(votes).as("noscript votes in %s", language).containsExactly(
          "<strong>2018-07-11</strong>: " + Languages.of(locale(language)).labels().noscriptVotesJuly11(),
          "<strong>2018-07-27</strong>: " + Languages.of(locale(language)).labels().noscriptVotesJuly27());
      String id = "noscript-timeline-" + language;
      Matcher noscript = Pattern.compile("(?s)<dl id=\"" + id + "\">(.*?)</dl>").matcher(html);
      assertThat(noscript.find()).as(id).isTrue();
      List<String> expected = new ArrayList<>();
      for (DatedDecision entry : Pars2018.ballot(locale(language)).timeline()) {
        // the day in the reader's words, and the library's sentence: no code name (VOTED_DOWN)
        expected.add(Languages.of(locale(language)).date(entry.asOf()));
        expected.add(entry.decision().explanation(locale(language)));
      }
      List<String> shown = new ArrayList<>();
      Matcher item = Pattern.compile("<d[td]>(.*?)</d[td]>").matcher(noscript.group(1));
      while (item.find()) {
        shown.add(unescaped(item.group(1)));
      }
      assertThat(shown).as(id).containsExactlyElementsOf(expected);
    }
  }

  @Test
  @Tag("no-browser")
  void the_text_before_javascript_runs_is_the_english_labels() throws IOException {
    String html = Files.readString(Browser.webDir().resolve("index.html"), StandardCharsets.UTF_8);
    PageLabels english = labels(LANGUAGES.get(0));
    Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(html);
    assertThat(title.find()).isTrue();
    assertThat(unescaped(title.group(1))).isEqualTo(english.label(Key.TITLE));
    assertThat(html).contains("<html lang=\"" + LANGUAGES.get(0) + "\">");
    Map<String, String> byName = new HashMap<>();
    for (Key key : Key.values()) {
      byName.put(key.jsonName(), english.label(key));
    }
    int checked = 0;
    Matcher label = Pattern.compile("(?s)data-ui=\"(\\w+)\">(.*?)</").matcher(html);
    while (label.find()) {
      assertThat(unescaped(label.group(2))).as("label %s", label.group(1))
          .isEqualTo(byName.get(label.group(1)));
      checked++;
    }
    assertThat(checked).as("labels in index.html").isGreaterThanOrEqualTo(12);
    assertThat(html).as("the language switch is filled from the list of languages")
        .contains("<select id=\"language\"></select>");
  }

  /** The text of an HTML fragment with its five predefined entities replaced. */
  private static String unescaped(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  // ------------------------------------------------------------------ no network

  @Test
  void no_request_leaves_the_page() {
    chrome.manage().logs().get("performance"); // drop what earlier tests logged
    open("es");
    open("en");
    setBallot(SAMPLE.get(2));
    List<String> urls = new ArrayList<>();
    Pattern url = Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"url\":\"([^\"]*)\"");
    for (LogEntry entry : chrome.manage().logs().get("performance")) {
      Matcher m = url.matcher(entry.getMessage());
      if (m.find()) {
        urls.add(m.group(1));
      }
    }
    // Chromium's own pages (chrome:, about:) never leave the machine either; nothing may be
    // fetched over a network scheme.
    assertThat(urls).as("requests recorded").contains(Browser.pageUrl() + "?lang=en")
        .allSatisfy(u -> assertThat(u).matches("(file|data|chrome|about):.*"));
  }

  // ------------------------------------------------------------------ measured, and pictured

  @Test
  void measures_decide_first_answer_and_size() throws IOException {
    Path out = Path.of(System.getProperty("web.dir", "target/web")).getParent();
    List<Double> firstAnswer = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      open("en");
      firstAnswer.add(Double.parseDouble(
          chrome.findElement(By.tagName("html")).getAttribute("data-first-answer-ms")));
    }
    double[] sorted = firstAnswer.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double medianFirstAnswer = sorted[sorted.length / 2];
    String bench = "var c = ['IN_FAVOR', 'AGAINST', 'ABSTAIN', ''], n = arguments[0], f = arguments[1];"
        + "var t = performance.now();"
        + "for (var i = 0; i < n; i++) {"
        + " var d = ParsRenewal.decide({ DA: c[i & 3] || null, COURTS: c[(i >> 2) & 3] || null,"
        + "  CITY: c[(i >> 4) & 3] || null }, { expiresOn: '2018-08-31',"
        + "  asOf: (i & 64) ? null : '2018-09-01', votesRequired: 1 + (i % 3) });"
        + " if (f === 'decide') { d.explanation((i & 128) ? 'es' : 'en');"
        + "  d.explainPivots((i & 128) ? 'es' : 'en'); } }"
        + "return (performance.now() - t) * 1000 / n;";
    chrome.executeScript(bench, 20000, "decide");
    chrome.executeScript(bench, 100000, "reason");
    double decideMicros = median(bench, 20000, "decide");
    double reasonMicros = median(bench, 200000, "reason");
    long raw = 0;
    long gzipped = 0;
    for (String file : List.of("index.html", "page.js", "style.css", "pars-renewal.js",
        "pars-renewal-element.js")) {
      byte[] bytes = Files.readAllBytes(Browser.webDir().resolve(file));
      raw += bytes.length;
      gzipped += gzip(bytes);
    }
    String report = String.format(Locale.ROOT,
        "decide with both sentences worded: %.2f us per call%n"
            + "decide without wording (the rule alone): %.3f us per call%n"
            + "page load to first answer: %.0f ms (median of 7; all: %s)%n"
            + "page size: %d bytes, %d bytes gzipped%n",
        decideMicros, reasonMicros, medianFirstAnswer, firstAnswer, raw, gzipped);
    Files.writeString(out.resolve("web-measurements.txt"), report, StandardCharsets.UTF_8);
    System.out.print(report);

    assertThat(gzipped).as("gzipped page, goal 200 KB").isLessThanOrEqualTo(200 * 1024);
    assertThat(medianFirstAnswer).as("load to first answer, goal 500 ms").isLessThanOrEqualTo(500);
  }

  private static double median(String bench, int calls, String function) {
    double[] runs = new double[5];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = ((Number) chrome.executeScript(bench, calls, function)).doubleValue();
    }
    Arrays.sort(runs);
    return runs[runs.length / 2];
  }

  private static long gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.size();
  }
}

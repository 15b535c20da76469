package org.civictech.pars.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Labels;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Wording;

/**
 * Writes the explainer page's {@code <noscript>} story, the 2018 timeline in every language the
 * library speaks, into the built page: run by the web build on the JVM (not compiled to
 * JavaScript), so that no language's words are copied into index.html by hand.
 */
public final class NoscriptStory {

  private static final String PLACEHOLDER = "<!-- noscript-story -->";

  private NoscriptStory() {}

  /**
   * Replaces the placeholder of the page at {@code args[0]} with the story in every language.
   *
   * @param args the path of the built index.html
   * @throws IOException if the page cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path page = Path.of(args[0]);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    if (!html.contains(PLACEHOLDER)) {
      throw new IllegalStateException(page + " has no " + PLACEHOLDER);
    }
    Files.writeString(page, html.replace(PLACEHOLDER, story()), StandardCharsets.UTF_8);
  }

  /** One section a language: its heading, introduction, the votes and the timeline. */
  static String story() {
    StringBuilder html = new StringBuilder(8192);
    for (Wording wording : Languages.all()) {
      Labels labels = wording.labels();
      String code = wording.language();
      html.append("  <section class=\"story-text\" lang=\"").append(code).append("\">\n")
          .append("    <h2>").append(escaped(labels.noscriptHeading())).append("</h2>\n")
          .append("    <p>").append(escaped(labels.noscriptIntro())).append("</p>\n")
          .append("    <ul>\n")
          .append("      <li><strong>2018-07-11</strong>: ")
          .append(escaped(labels.noscriptVotesJuly11())).append("</li>\n")
          .append("      <li><strong>2018-07-27</strong>: ")
          .append(escaped(labels.noscriptVotesJuly27())).append("</li>\n")
          .append("    </ul>\n")
          .append("    <dl id=\"noscript-timeline-").append(code).append("\">\n");
      for (DatedDecision entry : Pars2018.ballot(wording.locale()).timeline()) {
        html.append("      <dt>").append(escaped(wording.date(entry.asOf()))).append("</dt>\n")
            .append("      <dd>").append(escaped(entry.decision().explanation(wording.locale())))
            .append("</dd>\n");
      }
      html.append("    </dl>\n  </section>\n");
    }
    return html.toString();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

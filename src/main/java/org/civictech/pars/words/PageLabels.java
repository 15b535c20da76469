package org.civictech.pars.words;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civictech.pars.Choice;
import org.jspecify.annotations.Nullable;

/**
 * The words of the explainer page (src/web) in one language: its headings, controls, hints, the
 * words around its sources, and the story it shows when JavaScript is off. Each language has one
 * subclass, beside its {@link Wording}; the sentences about a decision are the {@link Wording}'s,
 * never these.
 *
 * <p>Every label has a {@link Key}, and each language answers {@link #label(Key)} with one
 * {@code switch} over the keys without a {@code default}, so the compiler holds every language
 * to every key. The page reads them through {@link #toJsonMap()}; its {@code index.html} carries
 * the English labels and the noscript story of every language as static text, for a browser
 * without JavaScript, and a browser test holds that text to these labels.
 */
public abstract class PageLabels {

  /**
   * The page's labels, in the order of the page. The JSON key of each is its constant name in
   * camel case, as the page's {@code data-ui} attributes name it: {@code BALLOT_HEADING} is
   * {@code "ballotHeading"}. A label with {@code {date}}, {@code {who}} or {@code {choice}} is a
   * template that the page fills.
   */
  public enum Key {
    /** The language's own name, in the language switch: "English", "Español". */
    LANGUAGE_NAME,
    SKIP,
    TITLE,
    INTRO,
    LANGUAGE_LABEL,
    BALLOT_HEADING,
    /** Before a stakeholder's name, above its vote: "Vote of". */
    VOTE_OF,
    WHEN_LEGEND,
    /** The expiry hint, a template over {@code {date}}. */
    EXPIRY,
    WHEN_OPEN,
    WHEN_DATE,
    AS_OF_LABEL,
    /** The day of the date entered, above its field. */
    DAY,
    /** The month of the date entered, above its field. */
    MONTH,
    /** The year of the date entered, above its field (four digits). */
    YEAR,
    /** Shown instead of an answer when the date entered is empty or not a day of the calendar. */
    DATE_INVALID,
    /** Shown, before the library's message, when an embedded explainer's attributes are wrong. */
    SETTINGS_INVALID,
    RULE_LEGEND,
    RULE_LABEL,
    ANSWER_HEADING,
    GRID_HEADING,
    GRID_INTRO,
    GRID_OPEN,
    GRID_CLOSED,
    /** A panel's title in the grid, a template over {@code {who}} and {@code {choice}}. */
    PANEL,
    YOUR_BALLOT,
    STORY_HEADING,
    STORY_INTRO,
    EXPIRY_MARK,
    SOURCES_HEADING,
    SOURCES_INTRO,
    SRC_RUN_BY_MONTEREY,
    SRC_RUN_BY_WESA,
    SRC_ALSO_RUN_AS,
    SRC_REPRINTED,
    SRC_IN_SPANISH,
    FOOTER;

    /** The label's name in JSON and in the page's {@code data-ui}: "ballotHeading". */
    public String jsonName() {
      String name = name();
      StringBuilder camel = new StringBuilder(name.length());
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == '_') {
          camel.append(name.charAt(++i));
        } else {
          camel.append((char) (c | 0x20)); // ASCII capitals and digits: no case tables in JS
        }
      }
      return camel.toString();
    }
  }

  /** The label for {@code key} in this language. */
  public abstract String label(Key key);

  /** A vote as the page's buttons say it, or the words for no vote yet when {@code null}. */
  public abstract String choice(@Nullable Choice choice);

  /**
   * The labels as plain Java values for {@code internal.Json}: every {@link Key}'s
   * {@link Key#jsonName() name} and label in key order, then {@code "choices"}, an object from
   * each {@link Choice}'s constant name, and {@code ""} for no vote yet, to its words.
   */
  public final Map<String, Object> toJsonMap() {
    Map<String, Object> labels = new LinkedHashMap<>(64);
    for (Key key : Key.values()) {
      labels.put(key.jsonName(), label(key));
    }
    Map<String, Object> choices = new LinkedHashMap<>(8);
    for (Choice choice : Choice.values()) {
      choices.put(choice.name(), choice(choice));
    }
    choices.put("", choice(null));
    labels.put("choices", choices);
    return labels;
  }
}

package org.civictech.pars;

import java.util.Locale;
import org.civictech.pars.words.Wording;

/**
 * One of the three city entities that vote on renewing the PARS contract (RULE.md R1).
 *
 * <p>The constants are declared in the order the rule names them, {@code DA}, {@code COURTS},
 * {@code CITY}; every set of stakeholders this library returns iterates in that order. Each has
 * a name for sentences and a short label for tables and buttons, in every language the library
 * speaks: English, and Spanish for {@code es} and its regional variants ({@code es-MX},
 * {@code es-US}); any other locale falls back to English.
 *
 * <pre>{@code
 * Vote no = Vote.against(Stakeholder.DA);
 * String who = Stakeholder.DA.displayName();                     // "the District Attorney's Office"
 * String quién = Stakeholder.DA.displayName(Locale.of("es"));    // "la Oficina del Fiscal de Distrito"
 * String button = Stakeholder.COURTS.shortName(Locale.of("es")); // "Tribunales"
 * }</pre>
 */
public enum Stakeholder {
  /** The District Attorney's Office. */
  DA,
  /** The court system of the city (formally, the First Judicial District of Pennsylvania). */
  COURTS,
  /** The City: the mayor, to whom the police department answers. */
  CITY;

  /**
   * Returns the English name to use in a sentence, with its article, for example
   * {@code "the courts"}.
   *
   * @return the display name, lower-case article first, not null
   */
  public String displayName() {
    return displayName(Locale.ENGLISH);
  }

  /**
   * Returns the name to use in a sentence in the locale's language, with its article, for example
   * {@code "the courts"} in English and {@code "los tribunales"} in Spanish.
   *
   * @param locale the language to name it in; unsupported languages fall back to English, not
   *     null
   * @return the display name, lower-case article first, not null
   * @throws NullPointerException if {@code locale} is null
   */
  public String displayName(Locale locale) {
    return Wording.of(locale).displayName(this);
  }

  /**
   * Returns the short English label for tables and buttons: {@code "DA"}, {@code "Courts"},
   * {@code "City"}.
   *
   * @return the short label, capitalized, without an article, not null
   */
  public String shortName() {
    return shortName(Locale.ENGLISH);
  }

  /**
   * Returns the short label for tables and buttons in the locale's language, for example
   * {@code "Courts"} in English and {@code "Tribunales"} in Spanish.
   *
   * @param locale the language of the label; unsupported languages fall back to English, not null
   * @return the short label, capitalized, without an article, not null
   * @throws NullPointerException if {@code locale} is null
   */
  public String shortName(Locale locale) {
    return Wording.of(locale).shortName(this);
  }
}

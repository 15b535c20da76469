package org.civictech.pars.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The languages the library speaks: the one list of them. The command line's {@code --lang}
 * values, the page's language switch, the schema's {@code language} values and the invariant
 * tests all come from, or are checked against, this list (CONTRIBUTING.md, "Adding a language").
 */
public final class Languages {

  /** Every language, the default (English) first. */
  private static final List<Wording> ALL = List.of(
      English.INSTANCE,
      Spanish.INSTANCE,
      Chinese.INSTANCE,
      Vietnamese.INSTANCE,
      Russian.INSTANCE);

  private Languages() {}

  /** The wordings of every language, the default first. */
  public static List<Wording> all() {
    return ALL;
  }

  /** The ISO 639 codes of every language, the default first: "en", "es". */
  public static List<String> codes() {
    List<String> codes = new ArrayList<>(ALL.size());
    for (Wording wording : ALL) {
      codes.add(wording.language());
    }
    return List.copyOf(codes);
  }

  /**
   * The wording for {@code locale}'s language, whatever its region or script ({@code es-MX} is
   * Spanish); English for a language the library does not speak.
   */
  public static Wording of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    for (Wording wording : ALL) {
      if (wording.language().equals(locale.getLanguage())) {
        return wording;
      }
    }
    return ALL.get(0);
  }
}

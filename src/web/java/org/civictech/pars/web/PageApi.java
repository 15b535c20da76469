package org.civictech.pars.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Wording;
import org.teavm.jso.JSExport;

/**
 * The library's JavaScript API: what the TeaVM build of the {@code web} profile exports to the
 * page. Every outcome, every sentence and every JSON document comes from the library
 * ({@link RenewalDecision#toJson(Locale)}, {@link org.civictech.pars.Ballot#toJson(Locale)}); this
 * class only turns plain strings and numbers into its types.
 *
 * <p>Votes are given as the constant names of {@link Choice} ({@code "IN_FAVOR"},
 * {@code "AGAINST"}, {@code "ABSTAIN"}) or {@code ""} for a stakeholder that has not voted; dates
 * as ISO-8601 ({@code "2018-08-31"}); {@code asOf} as a date or {@code "open"}; the language as a
 * BCP 47 tag ({@code "en"}, {@code "es"}).
 */
public final class PageApi {

  private PageApi() {}

  /**
   * Decides one ballot and returns the decision as JSON.
   *
   * @param da the District Attorney's Office's vote, or {@code ""}
   * @param courts the courts' vote, or {@code ""}
   * @param city the City's vote, or {@code ""}
   * @param expiresOn the contract's expiry date, the last day of voting
   * @param asOf the day the decision is taken on, or {@code "open"} for voting open
   * @param votesRequired 1, 2 or 3
   * @param language the language of the sentences
   * @return the decision as a JSON object
   */
  @JSExport
  public static String decide(String da, String courts, String city, String expiresOn,
      String asOf, int votesRequired, String language) {
    return json(da, courts, city, expiresOn, asOf, votesRequired, language);
  }

  /**
   * Decides one ballot and returns only its reason, without sentences: for drawing many ballots
   * at once.
   *
   * @param da the District Attorney's Office's vote, or {@code ""}
   * @param courts the courts' vote, or {@code ""}
   * @param city the City's vote, or {@code ""}
   * @param expiresOn the contract's expiry date, the last day of voting
   * @param asOf the day the decision is taken on, or {@code "open"} for voting open
   * @param votesRequired 1, 2 or 3
   * @return the constant name of the decision's reason: {@code "RENEWED"}, {@code "VOTED_DOWN"},
   *     {@code "LAPSED"} or {@code "PENDING"}
   */
  @JSExport
  public static String reason(String da, String courts, String city, String expiresOn,
      String asOf, int votesRequired) {
    return decision(da, courts, city, expiresOn, asOf, votesRequired).reason().name();
  }

  /**
   * Returns the 2018 PARS ballot, its dated and sourced votes and its timeline, as JSON.
   *
   * @param language the language of the sentences
   * @return the ballot as a JSON object
   */
  @JSExport
  public static String story2018(String language) {
    Locale locale = locale(language);
    return Pars2018.ballot(locale).toJson(locale);
  }

  /**
   * Returns the three stakeholders with their names in the given language, as JSON.
   *
   * @param language the language of the names
   * @return a JSON array of objects with {@code stakeholder}, {@code displayName} and
   *     {@code shortName}
   */
  @JSExport
  public static String stakeholders(String language) {
    Locale locale = locale(language);
    List<Object> names = new ArrayList<>(3);
    for (Stakeholder stakeholder : Stakeholder.values()) {
      Map<String, Object> name = new LinkedHashMap<>(4);
      name.put("stakeholder", stakeholder.name());
      name.put("displayName", stakeholder.displayName(locale));
      name.put("shortName", stakeholder.shortName(locale));
      names.add(name);
    }
    return Json.write(names);
  }

  /**
   * Returns the codes of the languages the library speaks, the default first, as JSON: the
   * page's language switch.
   *
   * @return a JSON array of ISO 639 codes, such as {@code ["en","es"]}
   */
  @JSExport
  public static String languages() {
    return Json.write(new ArrayList<Object>(Languages.codes()));
  }

  /**
   * Returns the explainer page's words in the given language, its own name among them, as JSON:
   * what {@link org.civictech.pars.words.PageLabels#toJsonMap()} holds.
   *
   * @param language the language of the words
   * @return a JSON object from each label's name to its text, with {@code choices} from each
   *     choice's constant name, and {@code ""} for no vote yet, to its words
   */
  @JSExport
  public static String labels(String language) {
    return Json.write(Wording.of(locale(language)).pageLabels().toJsonMap());
  }

  /**
   * Returns the words an explanation with the given reason opens with, open or closed (RULE.md
   * E1): the page's name for an outcome, without cutting an explanation. After the expiry it is
   * {@link Reason#displayName(Locale)}; while voting is open a decision that is out of reach
   * says only that it is not renewed (R5, R6).
   *
   * @param reason the constant name of a {@link Reason}, such as {@code "VOTED_DOWN"}
   * @param open whether voting is open, that is, the decision is not {@code final}
   * @param language the language of the words
   * @return the headline, such as {@code "Not renewed (voted down)"}
   */
  @JSExport
  public static String headline(String reason, boolean open, String language) {
    return Wording.of(locale(language)).headline(Reason.valueOf(reason), open);
  }

  /** The JSON {@link #decide} returns, computed on the JVM for the browser test. */
  static String json(String da, String courts, String city, String expiresOn, String asOf,
      int votesRequired, String language) {
    return decision(da, courts, city, expiresOn, asOf, votesRequired).toJson(locale(language));
  }

  private static List<Vote> votes(String da, String courts, String city) {
    List<Vote> votes = new ArrayList<>(3);
    addVote(votes, Stakeholder.DA, da);
    addVote(votes, Stakeholder.COURTS, courts);
    addVote(votes, Stakeholder.CITY, city);
    return votes;
  }

  /** The decision the JVM gives for the same plain inputs; the browser test compares with it. */
  static RenewalDecision decision(String da, String courts, String city, String expiresOn,
      String asOf, int votesRequired) {
    List<Vote> votes = votes(da, courts, city);
    Contract contract = Contract.of("PARS", date(expiresOn));
    RenewalDecider decider = RenewalDecider.requiring(votesRequired);
    return "open".equals(asOf)
        ? decider.decide(contract, votes)
        : decider.decide(contract, votes, date(asOf));
  }

  /**
   * An ISO-8601 date, {@code yyyy-mm-dd}. Read by hand: in the browser this is several times
   * faster than {@code LocalDate.parse}, and {@code LocalDate.of} still rejects a bad day.
   */
  static LocalDate date(String iso) {
    if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
      throw new IllegalArgumentException("date must be yyyy-mm-dd, but was \"" + iso + "\"");
    }
    return LocalDate.of(Integer.parseInt(iso.substring(0, 4)),
        Integer.parseInt(iso.substring(5, 7)), Integer.parseInt(iso.substring(8, 10)));
  }

  private static void addVote(List<Vote> votes, Stakeholder stakeholder, String choice) {
    if (!choice.isEmpty()) {
      votes.add(new Vote(stakeholder, Choice.valueOf(choice), ""));
    }
  }

  /** The language of a BCP 47 tag: {@code "es-MX"} is Spanish; an unknown one is English. */
  static Locale locale(String language) {
    int dash = language.indexOf('-');
    Wording wording = Languages.of(new Locale(dash < 0 ? language : language.substring(0, dash)));
    return wording.locale();
  }
}

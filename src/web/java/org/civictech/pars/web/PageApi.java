package org.civictech.pars.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.Library;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Facts;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Wording;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;

/**
 * The library's core for JavaScript: the functions the TeaVM build of the {@code web} profile
 * exports to the package's thin wrapper ({@code src/npm/api.js}), which checks the types of a
 * JavaScript caller's arguments, freezes and documents the results ({@code index.d.ts}). Every
 * outcome and every sentence comes from the library; this class only reads plain strings and
 * numbers into its types, with messages that name the parameter, and gives its values back as
 * frozen JavaScript objects ({@link JsTrees}).
 *
 * <p>A ballot's votes are three strings in stakeholder order (DA, COURTS, CITY), each a constant
 * name of {@link Choice}, the command line's spelling of one, or {@code ""} for no vote; dates are
 * ISO-8601 ({@link IsoDates}); {@code asOf} is {@code ""} for voting open; a language is a BCP 47
 * tag.
 */
public final class PageApi {

  private static final RenewalDecider[] DECIDERS = {
      RenewalDecider.requiring(1), RenewalDecider.requiring(2), RenewalDecider.requiring(3)};

  private PageApi() {}

  // ---------------------------------------------------------------- decisions

  /**
   * Decides one ballot.
   *
   * @return the decision's fields as a JavaScript object, without sentences
   * @throws IllegalArgumentException naming the parameter if a value is malformed
   */
  @JSExport
  public static JSObject decide(String da, String courts, String city, String contract,
      String expiresOn, String asOf, double votesRequired) {
    try {
      RenewalDecision decision =
          decision(da, courts, city, contract, expiresOn, asOf, votesRequired);
      return JsTrees.decision(decision, JsTrees.contract(decision.contract()));
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /** The explanation of the decision {@link #decide} gives for the same inputs (RULE.md E1-E6). */
  @JSExport
  public static String explanation(String da, String courts, String city, String contract,
      String expiresOn, String asOf, double votesRequired, String language) {
    try {
      Wording wording = Languages.of(Inputs.locale(language));
      return wording.explanation(
          Facts.of(decision(da, courts, city, contract, expiresOn, asOf, votesRequired)));
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /** What single vote would change the decision {@link #decide} gives, as one sentence. */
  @JSExport
  public static String explainPivots(String da, String courts, String city, String contract,
      String expiresOn, String asOf, double votesRequired, String language) {
    try {
      Wording wording = Languages.of(Inputs.locale(language));
      return wording.pivots(
          Facts.of(decision(da, courts, city, contract, expiresOn, asOf, votesRequired)));
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /**
   * Returns a date as the language's sentences say it ("August 31, 2018", "2018年8月31日"), so
   * that a page shows dates in the reader's language and in the library's words.
   *
   * @param date an ISO-8601 date
   * @param language the language
   * @return the date in words
   */
  @JSExport
  public static String formatDate(String date, String language) {
    try {
      return Languages.of(Inputs.locale(language)).date(IsoDates.parse(date, "date"));
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /**
   * Returns the words an explanation with the given reason opens with, open or closed (RULE.md
   * E1): the page's name for an outcome. A reason with a state it cannot have (LAPSED open,
   * PENDING closed: R7) is an error, so that no label reads as final while voting is open (E6).
   */
  @JSExport
  public static String headline(String reason, boolean open, String language) {
    try {
      Reason constant = null;
      for (Reason candidate : Reason.values()) {
        if (candidate.name().equals(reason)) {
          constant = candidate;
        }
      }
      if (constant == null) {
        StringBuilder names = new StringBuilder();
        for (Reason candidate : Reason.values()) {
          names.append(names.length() == 0 ? "" : ", ").append(candidate.name());
        }
        throw new IllegalArgumentException("reason must be one of " + names + ", but was "
            + Inputs.quoted(reason));
      }
      if (constant == Reason.LAPSED && open || constant == Reason.PENDING && !open) {
        throw new IllegalArgumentException("open must be " + !open + " for " + reason
            + " (RULE.md R7: a contract lapses only once voting has closed, and nothing is pending"
            + " after that), but was " + open);
      }
      return Wording.of(Inputs.locale(language)).headline(constant, open);
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  // ---------------------------------------------------------------- ballots

  /** An empty ballot on the given contract and rule. */
  @JSExport
  public static JsBallot ballot(String contract, String expiresOn, double votesRequired) {
    try {
      return JsBallot.open(contractOf(contract, expiresOn, "options.contract", "options.expiresOn"),
          DECIDERS[Inputs.votesRequired(votesRequired) - 1]);
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /** The 2018 PARS ballot, its sources described in the given language. */
  @JSExport
  public static JsBallot story2018(String language) {
    try {
      return JsBallot.of(Pars2018.ballot(Inputs.locale(language)));
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  // ---------------------------------------------------------------- names and words

  /** The three stakeholders with their names in the given language. */
  @JSExport
  public static JSObject stakeholders(String language) {
    try {
      Locale locale = Inputs.locale(language);
      JSArray<JSObject> names = JSArray.create();
      for (Stakeholder stakeholder : Stakeholder.values()) {
        names.push(JsTrees.names(stakeholder, stakeholder.displayName(locale),
            stakeholder.shortName(locale)));
      }
      return JsTrees.freeze(names);
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /** The codes of the languages the library speaks, the default first. */
  @JSExport
  public static JSObject languages() {
    return JsTrees.strings(Languages.codes());
  }

  /** The explainer page's words in the given language, as JSON text. */
  @JSExport
  public static String labels(String language) {
    try {
      return Json.write(Wording.of(Inputs.locale(language)).pageLabels().toJsonMap());
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /**
   * Checks that {@code text} names a choice that can be cast (not {@code ""}).
   *
   * @throws IllegalArgumentException naming the parameter and listing the choices otherwise
   */
  @JSExport
  public static void checkChoice(String text, String parameter) {
    try {
      Inputs.castChoice(text, parameter);
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /** Every spelling of a choice that {@link #decide} accepts: constant names, then the CLI's. */
  @JSExport
  public static JSObject choiceNames() {
    List<String> names = new ArrayList<>(6);
    for (Choice choice : Choice.values()) {
      names.add(choice.name());
    }
    for (Choice choice : Choice.values()) {
      names.add(Inputs.cliName(choice));
    }
    return JsTrees.strings(names);
  }

  /** The library's name, as on Maven Central and npm. */
  @JSExport
  public static String libraryName() {
    return Library.NAME;
  }

  /** The version of the rule document the library follows (docs/RULE.md). */
  @JSExport
  public static String ruleVersion() {
    return Library.RULE_VERSION;
  }

  // ---------------------------------------------------------------- reading inputs

  /** The decision the JVM gives for the same plain inputs; the tests compare with it. */
  static RenewalDecision decision(String da, String courts, String city, String contract,
      String expiresOn, String asOf, double votesRequired) {
    Contract read = contractOf(contract, expiresOn, "options.contract", "options.expiresOn");
    RenewalDecider decider = DECIDERS[Inputs.votesRequired(votesRequired) - 1];
    List<Vote> votes = new ArrayList<>(3);
    addVote(votes, Stakeholder.DA, Inputs.choice(da, "votes.DA"));
    addVote(votes, Stakeholder.COURTS, Inputs.choice(courts, "votes.COURTS"));
    addVote(votes, Stakeholder.CITY, Inputs.choice(city, "votes.CITY"));
    return asOf.isEmpty()
        ? decider.decide(read, votes)
        : decider.decide(read, votes, IsoDates.parse(asOf, "options.asOf"));
  }

  static Contract contractOf(String name, String expiresOn, String nameParameter,
      String expiresParameter) {
    LocalDate date = IsoDates.parse(expiresOn, expiresParameter);
    if (date.equals(LocalDate.MAX)) {
      throw new IllegalArgumentException(expiresParameter + " must be before " + LocalDate.MAX
          + " so that voting can close the day after it (R7), but was " + expiresOn);
    }
    return Contract.of(Inputs.contractName(name, nameParameter), date);
  }

  private static void addVote(List<Vote> votes, Stakeholder stakeholder, Choice choice) {
    if (choice != null) {
      votes.add(new Vote(stakeholder, choice, ""));
    }
  }
}

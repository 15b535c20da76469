package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.jspecify.annotations.Nullable;

/** The English words of the explainer page. */
final class EnglishPageLabels extends PageLabels {

  static final EnglishPageLabels INSTANCE = new EnglishPageLabels();

  private EnglishPageLabels() {}

  @Override
  public String label(Key key) {
    return switch (key) {
      case LANGUAGE_NAME -> "English";
      case SKIP -> "Skip to the answer";
      case TITLE -> "Would the PARS contract be renewed?";
      case INTRO ->
          "Philadelphia shared its arrest database, PARS, with federal immigration enforcement"
          + " under a contract that the District Attorney's Office, the courts and the City vote"
          + " on. Renewal needs at least two of the three in favor; an abstention does not count"
          + " in favor. In 2018 the District Attorney's Office and the City voted against, the"
          + " courts abstained, and the contract ended when it expired on August 31, 2018: the"
          + " page opens on that ballot. Pick other votes and see what the rule decides. Every"
          + " answer and every sentence below is computed in your browser by the same code that"
          + " the project tests, compiled from Java; nothing is sent anywhere.";
      case LANGUAGE_LABEL -> "Language";
      case BALLOT_HEADING -> "Your ballot";
      case VOTE_OF -> "Vote of";
      case WHEN_LEGEND -> "When";
      case EXPIRY -> "The contract expires on {date}; voting is open through that day.";
      case WHEN_OPEN -> "Voting is still open";
      case WHEN_DATE -> "As of a date";
      case AS_OF_LABEL -> "Date";
      case DAY -> "Day";
      case MONTH -> "Month";
      case YEAR -> "Year (4 digits)";
      case DATE_INVALID ->
          "Enter a whole date (day, month and a year of 4 digits) to see what the rule decides.";
      case SETTINGS_INVALID -> "This explainer cannot show an answer: its settings are wrong.";
      case RULE_LEGEND -> "Rule";
      case RULE_LABEL -> "Votes in favor needed to renew";
      case ANSWER_HEADING -> "What the rule decides";
      case GRID_HEADING -> "The whole rule at a glance";
      case GRID_INTRO ->
          "All 64 ballots under the chosen rule, while voting is open and after the expiry."
          + " Rows: the first stakeholder's vote; columns: the second's; one panel for each vote"
          + " of the third. Your ballot has a thick outline.";
      case GRID_OPEN -> "While voting is open";
      case GRID_CLOSED -> "After the expiry";
      case PANEL -> "{who}: {choice}";
      case YOUR_BALLOT -> "your ballot";
      case STORY_HEADING -> "What happened in 2018";
      case STORY_INTRO ->
          "The votes as they were cast, each with its source, and the outcome as it stood"
          + " between them.";
      case EXPIRY_MARK -> "Expiry";
      case SOURCES_HEADING -> "Sources";
      case SOURCES_INTRO ->
          "The reports the rule and the 2018 story are drawn from, as the project's rule"
          + " document (docs/RULE.md) cites them.";
      case SRC_RUN_BY_MONTEREY -> "(as run by the Monterey Herald)";
      case SRC_RUN_BY_WESA -> "(as run by WESA)";
      case SRC_ALSO_RUN_AS ->
          "(also run as \u201cPhiladelphia to stop giving ICE real-time arrest data\u201d)";
      case SRC_REPRINTED ->
          "(reprinted by the Pittsburgh Post-Gazette as \"Philadelphia mayor ends sharing of"
          + " arrest records with ICE\")";
      case SRC_IN_SPANISH -> "; in Spanish, ";
      case FOOTER ->
          "pars-renewal: the PARS renewal rule (two of three stakeholders in favor), compiled"
          + " from Java to JavaScript with TeaVM. The rule and its sources: docs/RULE.md.";
    };
  }

  @Override
  public String choice(@Nullable Choice choice) {
    if (choice == null) {
      return "Not voted"; // true before the expiry and after it (R7)
    }
    return switch (choice) {
      case IN_FAVOR -> "In favor";
      case AGAINST -> "Against";
      case ABSTAIN -> "Abstain";
    };
  }
}

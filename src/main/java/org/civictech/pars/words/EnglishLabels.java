package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Reason;

/** The English words around the sentences: the command line's labels and the 2018 story's. */
final class EnglishLabels extends Labels {

  static final EnglishLabels INSTANCE = new EnglishLabels();

  private EnglishLabels() {}

  @Override
  public Messages messages() {
    return EnglishMessages.INSTANCE;
  }

  @Override
  public String storyTitle() {
    return "The PARS renewal of 2018 (docs/RULE.md, the 2018 example)";
  }

  @Override
  public String contract(String name, String lastDay, int votesRequired) {
    return fill("Contract %s, last day of voting %s; renewal needs %s.", name, lastDay,
        votesInFavor(votesRequired));
  }

  @Override
  public String decidedOpen() {
    return "Decided with voting open.";
  }

  @Override
  public String decidedAsOf(String day, boolean afterTheExpiry) {
    return fill(afterTheExpiry
        ? "Decided as of %s, after the expiry." : "Decided as of %s, voting open.", day);
  }

  @Override
  public String outcomeLabel() {
    return "Outcome: ";
  }

  @Override
  public String votesCast() {
    return "Votes cast:";
  }

  @Override
  public String source() {
    return "source";
  }

  @Override
  public String timeline() {
    return "Timeline:";
  }

  @Override
  public String workedExample() {
    return "As of the dates of the 2018 example in docs/RULE.md:";
  }

  @Override
  public String truthTableHeading() {
    return "| DA | COURTS | CITY | while voting is open | after the expiry |";
  }

  @Override
  public String notVoted() {
    return "not voted";
  }

  @Override
  public String sources() {
    return "Sources (docs/RULE.md):";
  }

  @Override
  public String votesInFavor(int votes) {
    return votes + (votes == 1 ? " vote in favor" : " votes in favor");
  }

  @Override
  public String outcome(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "RENEWED as the votes stand" : "RENEWED"; // E6
      case VOTED_DOWN -> open ? "NOT_RENEWED as the votes stand" : "NOT_RENEWED (voted down)";
      case LAPSED -> "NOT_RENEWED (lapsed)"; // R7: only ever after the expiry
      case PENDING -> "PENDING";
    };
  }

  @Override
  public String choice(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "in-favor";
      case AGAINST -> "against";
      case ABSTAIN -> "abstain";
    };
  }

  @Override
  public String source2018(int index) {
    return switch (index) {
      case 0 -> "the District Attorney's letter of 2018-07-11";
      case 1 -> "reported on 2018-07-27";
      default -> "the mayor's announcement of 2018-07-27";
    };
  }

  @Override
  public String noscriptHeading() {
    return "The 2018 story";
  }

  @Override
  public String noscriptIntro() {
    return "This page computes its answers with JavaScript, which is turned off. Here is what"
        + " happened in 2018 (contract PARS, voting open through August 31, 2018; renewal"
        + " needs 2 of 3 votes in favor).";
  }

  @Override
  public String noscriptVotesJuly11() {
    return "the District Attorney's Office voted against [AP-07-11].";
  }

  @Override
  public String noscriptVotesJuly27() {
    return "the courts abstained and the City voted against [CBS, AP-07-27, Inquirer].";
  }
}

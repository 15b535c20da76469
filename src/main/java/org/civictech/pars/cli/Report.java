package org.civictech.pars.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.DatedVote;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.words.Wording;
import org.jspecify.annotations.Nullable;

/** Prints decisions and ballots for people to read, in the language of {@link Wording}. */
final class Report {

  private Report() {}

  /** The contract, its last day of voting and the votes in favor it needs. */
  static void contract(PrintStream out, Wording texts, Contract contract, int votesRequired) {
    out.println(texts.labels().contract(contract.name(), texts.date(contract.expiresOn()),
        votesRequired));
  }

  /** One decision: when, the votes, the outcome, and why. */
  static void decision(PrintStream out, Wording texts, RenewalDecision decision,
      @Nullable LocalDate asOf) {
    contract(out, texts, decision.contract(), decision.votesRequired());
    out.println(asOf == null
        ? texts.labels().decidedOpen()
        : texts.labels().decidedAsOf(texts.date(asOf), decision.isFinal()));
    for (Stakeholder stakeholder : Stakeholder.values()) {
      out.println("  " + pad(stakeholder.shortName(texts.locale()) + ":", 12)
          + vote(texts, decision, stakeholder));
    }
    out.println(texts.labels().outcomeLabel() + outcome(texts, decision));
    out.println(decision.explanation(texts.locale()));
    out.println(decision.explainPivots(texts.locale()));
  }

  /** The votes cast, with dates and sources, then the timeline of decisions. */
  static void ballot(PrintStream out, Wording texts, Ballot ballot) {
    contract(out, texts, ballot.contract(), ballot.decider().votesRequired());
    out.println();
    out.println(texts.labels().votesCast());
    for (DatedVote dated : ballot.history()) {
      out.println("  " + dated.castOn() + "  " + dated.vote().stakeholder().shortName(texts.locale())
          + ": " + texts.labels().choice(dated.vote().choice())
          + (dated.source().isEmpty()
              ? "" : " (" + texts.labels().source() + ": " + Terminal.printable(dated.source()) + ")"));
    }
    out.println();
    out.println(texts.labels().timeline());
    for (DatedDecision entry : ballot.timeline()) {
      out.println("  " + entry.asOf() + "  " + outcome(texts, entry.decision()));
      out.println("    " + entry.decision().explanation(texts.locale()));
      out.println("    " + entry.decision().explainPivots(texts.locale()));
    }
  }

  private static String vote(Wording texts, RenewalDecision decision, Stakeholder stakeholder) {
    if (decision.inFavor().contains(stakeholder)) {
      return texts.labels().choice(Choice.IN_FAVOR);
    }
    if (decision.against().contains(stakeholder)) {
      return texts.labels().choice(Choice.AGAINST);
    }
    if (decision.abstained().contains(stakeholder)) {
      return texts.labels().choice(Choice.ABSTAIN);
    }
    return texts.labels().notVoted();
  }

  /** The outcome as a short label in the reader's language (E6: open while voting is open). */
  static String outcome(Wording texts, RenewalDecision decision) {
    return texts.labels().outcome(decision.reason(), !decision.isFinal());
  }

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }
}

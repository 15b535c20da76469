package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Reason;

/**
 * The words a language shows around the library's sentences: the command line's headings and
 * labels, the 2018 story's descriptions of its sources, and the short outcome labels. Each
 * language has one subclass, beside its {@link Wording}; the sentences that explain a decision
 * are the {@link Wording}'s, never these. What the command line says to its user (usage and
 * errors) is the language's {@link #messages()}.
 */
public abstract class Labels {

  /** The command line's usage text and errors in this language. */
  public abstract Messages messages();

  /** "The PARS renewal of 2018 (docs/RULE.md, the 2018 example)". */
  public abstract String storyTitle();

  /** "Contract PARS, last day of voting 2018-08-31; renewal needs 2 votes in favor." */
  public abstract String contract(String name, String lastDay, int votesRequired);

  /** "Decided with voting open." */
  public abstract String decidedOpen();

  /** "Decided as of 2018-09-01, after the expiry." or "Decided as of 2018-07-12, voting open." */
  public abstract String decidedAsOf(String day, boolean afterTheExpiry);

  /** The label before an outcome: "Outcome: ". */
  public abstract String outcomeLabel();

  /** "Votes cast:". */
  public abstract String votesCast();

  /** The word before a vote's source: "source". */
  public abstract String source();

  /** "Timeline:". */
  public abstract String timeline();

  /** "As of the dates of the 2018 example in docs/RULE.md:". */
  public abstract String workedExample();

  /** The truth table's heading row. */
  public abstract String truthTableHeading();

  /** A stakeholder that has not voted, in tables and listings: "not voted". */
  public abstract String notVoted();

  /** "Sources (docs/RULE.md):". */
  public abstract String sources();

  /** "1 vote in favor", "2 votes in favor". */
  public abstract String votesInFavor(int votes);

  /** An outcome as a short label: "NOT_RENEWED (voted down)" in English. */
  public abstract String outcome(Reason reason, boolean open);

  /** A choice in tables and listings: "against". */
  public abstract String choice(Choice choice);

  /**
   * How the 2018 story describes the source of its {@code index}-th vote (0: the District
   * Attorney's letter, 1: the courts' abstention, 2: the mayor's announcement), without the
   * bracketed references that follow it.
   */
  public abstract String source2018(int index);

  /** The heading of the page's story for readers without JavaScript: "The 2018 story". */
  public abstract String noscriptHeading();

  /** The introduction of that story: why it is there, and the rule in one sentence. */
  public abstract String noscriptIntro();

  /** What was cast on July 11, 2018, with its source. */
  public abstract String noscriptVotesJuly11();

  /** What was cast on July 27, 2018, with its sources. */
  public abstract String noscriptVotesJuly27();

  /** Puts {@code values} in place of each {@code %s} in turn; no {@code String.format}. */
  static String fill(String pattern, String... values) {
    StringBuilder text = new StringBuilder(pattern.length() + 32);
    int from = 0;
    for (String value : values) {
      int at = pattern.indexOf("%s", from);
      text.append(pattern, from, at).append(value);
      from = at + 2;
    }
    return text.append(pattern, from, pattern.length()).toString();
  }
}

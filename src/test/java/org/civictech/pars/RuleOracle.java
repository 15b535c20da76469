package org.civictech.pars;

import java.util.Map;

/**
 * RULE.md written again, as plainly as possible and independently of the library, for tests to
 * compare against.
 */
final class RuleOracle {

  private RuleOracle() {}

  /** R3 to R8: the outcome of a ballot, with voting open or closed. */
  static Outcome outcome(Map<Stakeholder, Choice> ballot, int votesRequired, boolean votingClosed) {
    int yes = yes(ballot);
    int stillToVote = 3 - ballot.size();
    if (yes >= votesRequired) {
      return Outcome.RENEWED; // R3
    }
    if (votingClosed) {
      return Outcome.NOT_RENEWED; // R7: no PENDING after the expiry
    }
    if (yes + stillToVote < votesRequired) {
      return Outcome.NOT_RENEWED; // R6: renewal can no longer reach votesRequired
    }
    return Outcome.PENDING; // R6
  }

  /** R7: not renewed only because stakeholders who could still have renewed it never voted. */
  static boolean lapsed(Map<Stakeholder, Choice> ballot, int votesRequired, boolean votingClosed) {
    int yes = yes(ballot);
    int stillToVote = 3 - ballot.size();
    return votingClosed && yes < votesRequired && yes + stillToVote >= votesRequired;
  }

  /** R4: only IN_FAVOR counts; abstentions and missing votes do not. */
  static int yes(Map<Stakeholder, Choice> ballot) {
    int yes = 0;
    for (Choice choice : ballot.values()) {
      if (choice == Choice.IN_FAVOR) {
        yes++;
      }
    }
    return yes;
  }
}

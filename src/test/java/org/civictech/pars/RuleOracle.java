package org.civictech.pars;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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

  /**
   * E5: the single votes that would change the outcome (a stakeholder voting otherwise, or voting
   * at all), with what each would lead to, in stakeholder then choice order.
   */
  static List<Pivot> pivots(Map<Stakeholder, Choice> ballot, int votesRequired,
      boolean votingClosed) {
    Outcome now = outcome(ballot, votesRequired, votingClosed);
    List<Pivot> pivots = new ArrayList<>();
    for (Stakeholder stakeholder : Stakeholder.values()) {
      for (Choice choice : Choice.values()) {
        if (ballot.get(stakeholder) != choice) {
          Map<Stakeholder, Choice> changed = new EnumMap<>(Stakeholder.class);
          changed.putAll(ballot);
          changed.put(stakeholder, choice);
          Outcome instead = outcome(changed, votesRequired, votingClosed);
          if (instead != now) {
            pivots.add(new Pivot(stakeholder, choice, instead));
          }
        }
      }
    }
    return pivots;
  }
}

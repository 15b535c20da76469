package org.civictech.pars.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.DatedVote;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Vote;
import org.jspecify.annotations.Nullable;

/**
 * A ballot's timeline: the decision after each day on which votes were cast, in date order, then
 * the final one on the day after the expiry (RULE.md R5 to R7). Each stakeholder's votes are in
 * date order, so merging them visits every day of votes in date order, and each vote once.
 */
public final class Timeline {

  private Timeline() {}

  /**
   * The timeline of {@code contract} decided by {@code decider} over each stakeholder's votes,
   * each list in date order, in stakeholder order.
   */
  public static List<DatedDecision> of(Contract contract, RenewalDecider decider,
      List<List<DatedVote>> byStakeholder) {
    int[] next = new int[byStakeholder.size()];
    List<@Nullable Vote> standing = Arrays.asList(new Vote[byStakeholder.size()]);
    List<DatedDecision> timeline = new ArrayList<>();
    for (LocalDate day = nextDay(byStakeholder, next); day != null;
        day = nextDay(byStakeholder, next)) {
      for (int voter = 0; voter < next.length; voter++) {
        List<DatedVote> votes = byStakeholder.get(voter);
        while (next[voter] < votes.size() && votes.get(next[voter]).castOn().equals(day)) {
          standing.set(voter, votes.get(next[voter]).vote()); // R5: the latest vote stands
          next[voter]++;
        }
      }
      timeline.add(new DatedDecision(day, decide(contract, decider, standing, day)));
    }
    LocalDate closed = contract.expiresOn().plusDays(1); // R7: the final decision
    timeline.add(new DatedDecision(closed, decide(contract, decider, standing, closed)));
    return Collections.unmodifiableList(timeline);
  }

  /** The earliest day of a vote not yet merged, or null when every vote is merged. */
  private static @Nullable LocalDate nextDay(List<List<DatedVote>> byStakeholder, int[] next) {
    @Nullable LocalDate earliest = null;
    for (int voter = 0; voter < next.length; voter++) {
      List<DatedVote> votes = byStakeholder.get(voter);
      if (next[voter] < votes.size()) {
        LocalDate day = votes.get(next[voter]).castOn();
        if (earliest == null || day.isBefore(earliest)) {
          earliest = day;
        }
      }
    }
    return earliest;
  }

  private static RenewalDecision decide(Contract contract, RenewalDecider decider,
      List<@Nullable Vote> standing, LocalDate asOf) {
    List<Vote> votes = new ArrayList<>(standing.size());
    for (@Nullable Vote vote : standing) {
      if (vote != null) {
        votes.add(vote);
      }
    }
    return decider.decide(contract, votes, asOf);
  }
}

package org.civictech.pars.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Pivot;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;

/**
 * What a decision could still become: the outcomes the missing votes can produce, and the single
 * votes that would change it (RULE.md R5 to R7, E5). Asked of the rule itself, through
 * {@link RenewalDecider#decide}, never computed a second way.
 */
public final class WhatIf {

  private static final Stakeholder[] STAKEHOLDERS = Stakeholder.values();
  private static final Choice[] CHOICES = Choice.values();

  private WhatIf() {}

  /**
   * The outcomes that the stakeholders who have not voted can still produce: both while the
   * decision is pending (R6), otherwise its own outcome (R6: settled as the votes stand; R7:
   * final).
   */
  public static Set<Outcome> possibleOutcomes(RenewalDecision decision) {
    return Collections.unmodifiableSet(decision.reason() == Reason.PENDING
        ? EnumSet.of(Outcome.RENEWED, Outcome.NOT_RENEWED)
        : EnumSet.of(decision.outcome()));
  }

  /**
   * Each single vote, other than a stakeholder's current one, that would give {@code decision}
   * another outcome, decided by {@code decider} on the same day; in stakeholder then choice order.
   */
  public static List<Pivot> pivots(RenewalDecision decision, RenewalDecider decider) {
    List<Vote> votes = decision.votes();
    List<Pivot> pivots = new ArrayList<>(6);
    for (Stakeholder stakeholder : STAKEHOLDERS) {
      Optional<Choice> current = decision.choiceOf(stakeholder);
      for (Choice choice : CHOICES) {
        if (current.isEmpty() || current.get() != choice) {
          Outcome instead =
              decideWith(decision, decider, votes, new Vote(stakeholder, choice, "")).outcome();
          if (instead != decision.outcome()) {
            pivots.add(new Pivot(stakeholder, choice, instead));
          }
        }
      }
    }
    return List.copyOf(pivots);
  }

  /** The decision on the same day with {@code changed} in place of its stakeholder's vote. */
  private static RenewalDecision decideWith(RenewalDecision decision, RenewalDecider decider,
      List<Vote> votes, Vote changed) {
    List<Vote> changedVotes = new ArrayList<>(3);
    for (Vote vote : votes) {
      if (vote.stakeholder() != changed.stakeholder()) {
        changedVotes.add(vote);
      }
    }
    changedVotes.add(changed);
    Optional<LocalDate> asOf = decision.asOf();
    return asOf.isPresent()
        ? decider.decide(decision.contract(), changedVotes, asOf.get())
        : decider.decide(decision.contract(), changedVotes);
  }
}

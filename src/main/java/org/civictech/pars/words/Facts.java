package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Pivot;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a decision says, whatever the language: the facts that RULE.md E1 to E5 allow an
 * explanation to state, computed once from a {@link RenewalDecision}. A {@link Wording} turns
 * them into sentences.
 *
 * @param reason why the decision stands where it does (E1)
 * @param open whether voting was open when the decision was taken (E4)
 * @param expiresOn the last day of voting
 * @param inFavor how many stakeholders voted in favor (E2)
 * @param votesRequired how many votes in favor renewal needs (E2, R8)
 * @param stances who did what, in {@link Stance} order, only the stances someone took (E3)
 * @param pivots the single votes that would change the outcome, by outcome (E5)
 */
public record Facts(Reason reason, boolean open, LocalDate expiresOn, int inFavor, int votesRequired,
    List<Group> stances, List<PivotGroup> pivots) {

  /** What a stakeholder did: a choice, or nothing (R2). */
  enum Stance {
    IN_FAVOR, AGAINST, ABSTAINED, NOT_VOTED
  }

  /** The stakeholders, in {@link Stakeholder} order, that took one stance; never empty. */
  record Group(Stance stance, Set<Stakeholder> who) {}

  /** The single votes that would lead to one outcome, by stakeholder. */
  record PivotGroup(Outcome outcome, List<Condition> conditions) {}

  /**
   * Stakeholders who would each lead to the group's outcome by any one of the same choices:
   * while voting is open, either all of them have voted already ({@code changing}: they would
   * change their vote) or none has; after the expiry nothing is said of changing a vote (E4).
   */
  record Condition(Set<Stakeholder> who, List<Choice> choices, boolean changing) {}

  public static Facts of(RenewalDecision decision) {
    List<Group> stances = new ArrayList<>(4);
    addGroup(stances, Stance.IN_FAVOR, decision.inFavor());
    addGroup(stances, Stance.AGAINST, decision.against());
    addGroup(stances, Stance.ABSTAINED, decision.abstained());
    addGroup(stances, Stance.NOT_VOTED, decision.notVoted());
    return new Facts(decision.reason(), !decision.isFinal(), decision.contract().expiresOn(),
        decision.inFavor().size(), decision.votesRequired(), List.copyOf(stances),
        pivotGroups(decision.pivots(), decision.notVoted(), !decision.isFinal()));
  }

  /** Whether the outcome is settled while a changed vote can still change it (R5, R6). */
  boolean settledWhileOpen() {
    return open && reason != Reason.PENDING;
  }

  /** Whether renewal is out of reach of the votes still to come (R6), while voting is open. */
  boolean outOfReachOfVotesToCome() {
    return open && reason == Reason.VOTED_DOWN && stances.get(stances.size() - 1).stance()
        == Stance.NOT_VOTED;
  }

  private static void addGroup(List<Group> groups, Stance stance, Set<Stakeholder> who) {
    if (!who.isEmpty()) {
      groups.add(new Group(stance, who));
    }
  }

  private static List<PivotGroup> pivotGroups(List<Pivot> pivots, Set<Stakeholder> notVoted,
      boolean open) {
    List<PivotGroup> groups = new ArrayList<>(2);
    for (Outcome outcome : Outcome.values()) {
      List<Condition> conditions = new ArrayList<>(3);
      for (Stakeholder stakeholder : Stakeholder.values()) {
        List<Choice> choices = new ArrayList<>(3);
        for (Pivot pivot : pivots) {
          if (pivot.outcome() == outcome && pivot.stakeholder() == stakeholder) {
            choices.add(pivot.choice());
          }
        }
        if (!choices.isEmpty()) {
          addTo(conditions, stakeholder, List.copyOf(choices),
              open && !notVoted.contains(stakeholder));
        }
      }
      if (!conditions.isEmpty()) {
        groups.add(new PivotGroup(outcome, List.copyOf(conditions)));
      }
    }
    return List.copyOf(groups);
  }

  /** Adds {@code stakeholder} to the condition that says the same of others, or a new one. */
  private static void addTo(List<Condition> conditions, Stakeholder stakeholder,
      List<Choice> choices, boolean changing) {
    for (int i = 0; i < conditions.size(); i++) {
      Condition condition = conditions.get(i);
      if (condition.choices().equals(choices) && condition.changing() == changing) {
        EnumSet<Stakeholder> who = EnumSet.copyOf(condition.who());
        who.add(stakeholder);
        conditions.set(i, new Condition(Collections.unmodifiableSet(who), choices, changing));
        return;
      }
    }
    conditions.add(new Condition(Set.of(stakeholder), choices, changing));
  }
}

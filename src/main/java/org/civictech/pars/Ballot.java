package org.civictech.pars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
/**
 * The votes on one contract's renewal as they come in, each dated and sourced, and where the
 * renewal stood on any day (RULE.md R5 to R7).
 *
 * <p>A later vote by a stakeholder supersedes its earlier one (R5: consent may be given or
 * withdrawn until the expiry); the history keeps every vote in the order cast. A vote cannot be
 * cast after the expiry date, nor dated before the same stakeholder's previous vote.
 *
 * <pre>{@code
 * Ballot ballot = Ballot.open(Contract.of("PARS", LocalDate.of(2018, 8, 31)), RenewalDecider.twoOfThree())
 *     .cast(Vote.against(DA), LocalDate.of(2018, 7, 11), "Letter to the Mayor")
 *     .cast(Vote.against(CITY), LocalDate.of(2018, 7, 27), "The mayor's announcement");
 * ballot.decisionAsOf(LocalDate.of(2018, 7, 12)).outcome(); // PENDING
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: {@code cast} returns a new ballot. Equality is by
 * contract, decider and history.
 */
public final class Ballot {

  private final Contract contract;
  private final RenewalDecider decider;
  private final List<DatedVote> history;

  private Ballot(Contract contract, RenewalDecider decider, List<DatedVote> history) {
    this.contract = contract;
    this.decider = decider;
    this.history = history;
  }

  // ---------------------------------------------------------------- factories

  /**
   * Returns a ballot on which nobody has voted yet.
   *
   * @param contract the contract up for renewal, not null
   * @param decider the rule that decides it, not null
   * @return the empty ballot, not null
   * @throws NullPointerException if any argument is null
   */
  public static Ballot open(Contract contract, RenewalDecider decider) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(decider, "decider");
    return new Ballot(contract, decider, List.of());
  }

  // ---------------------------------------------------------------- with copies

  /**
   * Returns a ballot with one more vote, cast on the given day, without a source.
   *
   * @param vote the vote, not null
   * @param castOn the day it was cast, on or before the expiry date, not null
   * @return a new ballot, not null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code castOn} is after the expiry date or before the
   *     same stakeholder's previous vote
   */
  public Ballot cast(Vote vote, LocalDate castOn) {
    return cast(vote, castOn, "");
  }

  /**
   * Returns a ballot with one more vote, cast on the given day and documented by {@code source}.
   * The vote supersedes any earlier vote of the same stakeholder (R5), which stays in the history.
   *
   * @param vote the vote, not null
   * @param castOn the day it was cast, on or before the expiry date, not null
   * @param source where the vote is documented, {@code ""} for none, not null
   * @return a new ballot, not null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code castOn} is after the expiry date (R7) or before the
   *     same stakeholder's previous vote
   */
  public Ballot cast(Vote vote, LocalDate castOn, String source) {
    DatedVote dated = new DatedVote(vote, castOn, source);
    if (!contract.isVotingOpenOn(castOn)) {
      throw new IllegalArgumentException("castOn must be on or before the expiry date "
          + contract.expiresOn() + " (R7: voting is closed after it), but was " + castOn);
    }
    for (DatedVote earlier : history) {
      if (earlier.vote().stakeholder() == vote.stakeholder() && castOn.isBefore(earlier.castOn())) {
        throw new IllegalArgumentException("castOn must not go back in time: " + vote.stakeholder()
            + " last voted on " + earlier.castOn() + ", but castOn was " + castOn);
      }
    }
    List<DatedVote> longer = new ArrayList<>(history);
    longer.add(dated);
    return new Ballot(contract, decider, List.copyOf(longer));
  }

  // ---------------------------------------------------------------- accessors

  /**
   * Returns the contract voted on.
   *
   * @return the contract, not null
   */
  public Contract contract() {
    return contract;
  }

  /**
   * Returns the rule that decides this ballot.
   *
   * @return the decider, not null
   */
  public RenewalDecider decider() {
    return decider;
  }

  /**
   * Returns every vote cast, superseded ones included, in the order they were cast.
   *
   * @return an unmodifiable list, not null
   */
  public List<DatedVote> history() {
    return history;
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the votes standing on the given day: each stakeholder's latest vote cast on or before
   * it (R5).
   *
   * @param asOf the day, not null
   * @return an unmodifiable list in {@link Stakeholder} order, at most one vote per stakeholder,
   *     not null
   * @throws NullPointerException if {@code asOf} is null
   */
  public List<DatedVote> standingAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<Stakeholder, DatedVote> latest = new EnumMap<>(Stakeholder.class);
    for (DatedVote dated : history) {
      if (!dated.castOn().isAfter(asOf)) {
        latest.put(dated.vote().stakeholder(), dated); // R5: only the latest vote stands
      }
    }
    return List.copyOf(latest.values());
  }

  /**
   * Returns the decision as of the given day: the decider's decision over the votes standing on
   * that day, open on or before the expiry date (R6) and final after it (R7).
   *
   * @param asOf the day, not null
   * @return the decision, not null
   * @throws NullPointerException if {@code asOf} is null
   */
  public RenewalDecision decisionAsOf(LocalDate asOf) {
    List<Vote> votes = new ArrayList<>(3);
    for (DatedVote dated : standingAsOf(asOf)) {
      votes.add(dated.vote());
    }
    return decider.decide(contract, votes, asOf);
  }

  /**
   * Returns the decision after each day on which votes were cast, in date order, followed by the
   * final decision on the day after the expiry date.
   *
   * @return an unmodifiable list, never empty, whose last entry is {@code decisionAsOf(expiry + 1
   *     day)}, not null
   */
  public List<DatedDecision> timeline() {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (DatedVote dated : history) {
      days.add(dated.castOn());
    }
    days.add(contract.expiresOn().plusDays(1)); // R7: the final decision
    List<DatedDecision> timeline = new ArrayList<>(days.size());
    for (LocalDate day : days) {
      timeline.add(new DatedDecision(day, decisionAsOf(day)));
    }
    return List.copyOf(timeline);
  }

  // ---------------------------------------------------------------- object

  /**
   * Returns whether {@code obj} is a ballot on the same contract, under the same rule, with the
   * same history.
   *
   * @param obj the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Ballot other
        && other.contract.equals(contract)
        && other.decider.equals(decider)
        && other.history.equals(history);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(contract, decider, history);
  }

  /**
   * Returns a readable form naming the contract, the rule and the number of votes cast.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    int cast = history.size();
    return "Ballot[" + contract + ", " + decider + ", " + cast + (cast == 1 ? " vote" : " votes")
        + " cast]";
  }
}

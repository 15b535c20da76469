package org.civictech.pars;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
/**
 * The renewal rule: how many votes in favor renewal needs, and the decision it gives on a set of
 * votes (RULE.md R3 to R8).
 *
 * <p>{@link #twoOfThree()} is the PARS rule. A decision while voting is open can be
 * {@link Outcome#PENDING}; after the contract's expiry date it never is (R7).
 *
 * <pre>{@code
 * Contract pars = Contract.of("PARS", LocalDate.of(2018, 8, 31));
 * RenewalDecision decision = RenewalDecider.twoOfThree().decide(
 *     pars,
 *     List.of(Vote.against(DA), Vote.abstain(COURTS), Vote.against(CITY)),
 *     LocalDate.of(2018, 9, 1));
 * decision.outcome();     // NOT_RENEWED
 * decision.explanation(); // "Not renewed: no stakeholder voted in favor and renewal needs 2 of 3. ..."
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: one instance can be shared by any number of threads.
 * It is stateless apart from {@code votesRequired}, and equality is by {@code votesRequired}.
 */
public final class RenewalDecider {

  private static final RenewalDecider[] BY_VOTES_REQUIRED = {
    new RenewalDecider(1), new RenewalDecider(2), new RenewalDecider(3)
  };

  private final int votesRequired;

  private RenewalDecider(int votesRequired) {
    this.votesRequired = votesRequired;
  }

  // ---------------------------------------------------------------- factories

  /**
   * Returns the PARS rule: renewal needs at least two of the three stakeholders in favor (R3, R8).
   *
   * @return the decider requiring 2 votes in favor, not null
   */
  public static RenewalDecider twoOfThree() {
    return BY_VOTES_REQUIRED[1];
  }

  /**
   * Returns the rule that needs {@code votesRequired} votes in favor: 1, 2 or 3 (R8).
   *
   * @param votesRequired the number of votes in favor that renewal needs, 1, 2 or 3
   * @return the decider, not null
   * @throws IllegalArgumentException if {@code votesRequired} is not 1, 2 or 3
   */
  public static RenewalDecider requiring(int votesRequired) {
    if (votesRequired < 1 || votesRequired > BY_VOTES_REQUIRED.length) {
      throw new IllegalArgumentException(
          "votesRequired must be 1, 2 or 3, but was " + votesRequired);
    }
    return BY_VOTES_REQUIRED[votesRequired - 1];
  }

  // ---------------------------------------------------------------- accessors

  /** {@return the number of votes in favor that renewal needs (R8): 1, 2 or 3} */
  public int votesRequired() {
    return votesRequired;
  }

  // ---------------------------------------------------------------- decisions

  /**
   * Decides the renewal while voting is open (R6), whatever today's date is.
   *
   * <p>The result is {@link Outcome#RENEWED} once enough votes are in favor,
   * {@link Outcome#NOT_RENEWED} once they can no longer be, and {@link Outcome#PENDING} otherwise.
   * The order of {@code votes} does not matter; the collection is read once and not kept. The
   * decision keeps the votes but has no date: {@link RenewalDecision#asOf()} is empty.
   *
   * @param contract the contract up for renewal, not null
   * @param votes the votes cast, at most one per stakeholder, not null and without null elements
   * @return the decision, not null
   * @throws NullPointerException if {@code contract} or {@code votes} is null or holds a null
   * @throws IllegalArgumentException if a stakeholder has more than one vote in {@code votes}
   */
  public RenewalDecision decide(Contract contract, Collection<Vote> votes) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(votes, "votes");
    return decide(contract, votes, null, false);
  }

  /**
   * Decides the renewal as of the given day: open while {@code asOf} is on or before the
   * contract's expiry date (R6), closed from the day after (R7).
   *
   * <p>After the expiry the outcome is never {@link Outcome#PENDING}: without the votes in favor
   * that renewal needs it is {@link Outcome#NOT_RENEWED}, either voted down or lapsed. The order of
   * {@code votes} does not matter; the collection is read once and not kept. The decision keeps
   * the votes and {@code asOf} ({@link RenewalDecision#asOf()}).
   *
   * @param contract the contract up for renewal, not null
   * @param votes the votes cast, at most one per stakeholder, not null and without null elements
   * @param asOf the day the decision is taken on, not null
   * @return the decision, not null
   * @throws NullPointerException if any argument is null or {@code votes} holds a null
   * @throws IllegalArgumentException if a stakeholder has more than one vote in {@code votes}
   */
  public RenewalDecision decide(Contract contract, Collection<Vote> votes, LocalDate asOf) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(asOf, "asOf");
    return decide(contract, votes, asOf, !contract.isVotingOpenOn(asOf));
  }

  /** Reads the votes once (R1, R2) and applies the rule to them. */
  private RenewalDecision decide(Contract contract, Collection<Vote> votes,
      @Nullable LocalDate asOf, boolean closed) {
    @Nullable Vote da = null;
    @Nullable Vote courts = null;
    @Nullable Vote city = null;
    int inFavor = 0;
    // Ends by the fourth vote at the latest: of any four votes, two are by one stakeholder.
    for (Vote vote : votes) {
      Objects.requireNonNull(vote, "votes must not contain null");
      switch (vote.stakeholder()) {
        case DA -> da = standing(da, vote);
        case COURTS -> courts = standing(courts, vote);
        case CITY -> city = standing(city, vote);
      }
      if (vote.choice() == Choice.IN_FAVOR) {
        inFavor++; // R4: an abstention or a missing vote is not a vote in favor
      }
    }
    int notVoted = (da == null ? 1 : 0) + (courts == null ? 1 : 0) + (city == null ? 1 : 0);
    return new RenewalDecision(contract, this, asOf, da, courts, city,
        reason(inFavor, notVoted, closed));
  }

  /** R2: a stakeholder casts at most one standing vote; returns {@code vote} if it is its first. */
  private static Vote standing(@Nullable Vote previous, Vote vote) {
    if (previous != null) {
      throw new IllegalArgumentException(vote.stakeholder() + " voted twice: "
          + previous.choice() + " and " + vote.choice());
    }
    return vote;
  }

  /**
   * The rule itself, R3 with R6 and R7: why a ballot with {@code inFavor} votes in favor and
   * {@code notVoted} stakeholders yet to vote stands where it does, with voting open or closed.
   */
  private Reason reason(int inFavor, int notVoted, boolean closed) {
    if (inFavor >= votesRequired) {
      return Reason.RENEWED; // R3
    }
    if (inFavor + notVoted < votesRequired) {
      return Reason.VOTED_DOWN; // R6: renewal can no longer reach votesRequired
    }
    return closed ? Reason.LAPSED : Reason.PENDING; // R7: closed with votes missing; R6: open
  }

  // ---------------------------------------------------------------- object

  /**
   * Returns whether {@code obj} is a decider requiring the same number of votes in favor.
   *
   * @param obj the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RenewalDecider other && other.votesRequired == votesRequired;
  }

  /** {@return a hash code consistent with {@link #equals(Object)}} */
  @Override
  public int hashCode() {
    return votesRequired;
  }

  /** {@return a readable form, for example {@code "RenewalDecider[votesRequired=2 of 3]"}} */
  @Override
  public String toString() {
    return "RenewalDecider[votesRequired=" + votesRequired + " of 3]";
  }
}

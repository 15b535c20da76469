package org.civictech.pars;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.errorprone.annotations.CheckReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.civictech.pars.internal.AppendOnlyList;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.JsonForms;
import org.civictech.pars.internal.Timeline;
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
 * This class is immutable and thread-safe: {@code cast} returns a new ballot, sharing the votes
 * already cast with this one, in O(log n) time. {@code standingAsOf} and {@code decisionAsOf}
 * take O(log² n) time (a binary search in each stakeholder's votes), {@code timeline()}
 * O(n log n). Equality is by contract, decider and history.
 */
public final class Ballot {

  private static final Stakeholder[] STAKEHOLDERS = Stakeholder.values();

  private final Contract contract;
  private final RenewalDecider decider;
  /** Every vote, in the order cast. */
  private final AppendOnlyList<DatedVote> cast;
  /**
   * Each stakeholder's votes, by {@link Stakeholder#ordinal()}, in the order cast and so in date
   * order: {@code cast} refuses a vote dated before the same stakeholder's previous one.
   */
  private final List<AppendOnlyList<DatedVote>> byStakeholder;

  private Ballot(Contract contract, RenewalDecider decider, AppendOnlyList<DatedVote> cast,
      List<AppendOnlyList<DatedVote>> byStakeholder) {
    this.contract = contract;
    this.decider = decider;
    this.cast = cast;
    this.byStakeholder = byStakeholder;
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
    AppendOnlyList<DatedVote> none = AppendOnlyList.empty();
    return new Ballot(contract, decider, none, List.of(none, none, none));
  }

  /**
   * Returns the ballot read from its JSON form ({@link #toJsonMap()}), as a plain Jackson 2 or 3
   * mapper reads it: the {@code contract}, the {@code decider}'s {@code votesRequired} and the
   * {@code history}, each vote cast again in order with the same checks as
   * {@link #cast(Vote, LocalDate, String)}. The {@code timeline} and any other field are derived
   * or unknown and are ignored; a missing {@code rationale} or {@code source} is {@code ""}.
   *
   * @param json the JSON object as a map of plain values, not null
   * @return the ballot, equal to the one written, not null
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if a field is missing or malformed, or a vote cannot be cast,
   *     naming the field and its value
   */
  @JsonCreator
  public static Ballot fromJsonMap(Map<String, ?> json) {
    Objects.requireNonNull(json, "json");
    return JsonForms.ballotOf(json);
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
  @CheckReturnValue
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
  @CheckReturnValue
  public Ballot cast(Vote vote, LocalDate castOn, String source) {
    DatedVote dated = new DatedVote(vote, castOn, source);
    if (!contract.isVotingOpenOn(castOn)) {
      throw new IllegalArgumentException("castOn must be on or before the expiry date "
          + contract.expiresOn() + " (R7: voting is closed after it), but was " + castOn);
    }
    int voter = vote.stakeholder().ordinal();
    AppendOnlyList<DatedVote> own = byStakeholder.get(voter);
    if (own.size() > 0) {
      LocalDate last = own.get(own.size() - 1).castOn();
      if (castOn.isBefore(last)) {
        throw new IllegalArgumentException("castOn must not go back in time: "
            + vote.stakeholder() + " last voted on " + last + ", but castOn was " + castOn);
      }
    }
    List<AppendOnlyList<DatedVote>> votes = new ArrayList<>(byStakeholder);
    votes.set(voter, own.plus(dated));
    return new Ballot(contract, decider, cast.plus(dated), List.copyOf(votes));
  }

  // ---------------------------------------------------------------- accessors

  /** {@return the contract voted on} */
  public Contract contract() {
    return contract;
  }

  /** {@return the rule that decides this ballot} */
  public RenewalDecider decider() {
    return decider;
  }

  /**
   * {@return every vote cast, superseded ones included, in the order cast: an unmodifiable view
   * that costs O(1) to make and O(log n) to index}
   */
  public List<DatedVote> history() {
    return cast.asList();
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
    List<DatedVote> standing = new ArrayList<>(STAKEHOLDERS.length);
    for (AppendOnlyList<DatedVote> votes : byStakeholder) {
      int count = castOnOrBefore(votes, asOf);
      if (count > 0) {
        standing.add(votes.get(count - 1)); // R5: only the latest vote stands
      }
    }
    return List.copyOf(standing);
  }

  /** How many of one stakeholder's votes, which are in date order, were cast on or before asOf. */
  private static int castOnOrBefore(AppendOnlyList<DatedVote> votes, LocalDate asOf) {
    int low = 0; // votes before low were cast on or before asOf
    int high = votes.size(); // votes from high on were cast after it
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (votes.get(middle).castOn().isAfter(asOf)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
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
    List<DatedVote> standing = standingAsOf(asOf);
    Vote[] votes = new Vote[standing.size()];
    for (int i = 0; i < votes.length; i++) {
      votes[i] = standing.get(i).vote();
    }
    return decider.decide(contract, List.of(votes), asOf);
  }

  /**
   * Returns the decision after each day on which votes were cast, in date order, followed by the
   * final decision on the day after the expiry date.
   *
   * @return an unmodifiable list, never empty, whose last entry is {@code decisionAsOf(expiry + 1
   *     day)}, not null
   */
  public List<DatedDecision> timeline() {
    List<List<DatedVote>> votes = new ArrayList<>(STAKEHOLDERS.length);
    for (AppendOnlyList<DatedVote> own : byStakeholder) {
      votes.add(own.asList());
    }
    return Timeline.of(contract, decider, votes);
  }

  // ---------------------------------------------------------------- JSON

  /**
   * Returns the ballot as one JSON object, with the timeline's explanations in English: the same
   * as {@code toJson(Locale.ENGLISH)}.
   *
   * @return compact JSON text, not null
   */
  public String toJson() {
    return toJson(Locale.ENGLISH);
  }

  /**
   * Returns the ballot as one JSON object in the documented shape (README, "Using it from another
   * language"; schema {@code ballot.schema.json}), with the timeline's explanations in the
   * locale's language. A plain Jackson 2 or 3 mapper writes the same text for
   * {@link #toJsonMap()}, and reads it back with {@link #fromJsonMap(Map)}.
   *
   * @param locale the language of the timeline's explanations, not null
   * @return compact JSON text, not null
   * @throws NullPointerException if {@code locale} is null
   */
  public String toJson(Locale locale) {
    return Json.write(JsonForms.ballot(this, locale));
  }

  /**
   * Returns the ballot's JSON form as plain Java values, in English; Jackson 2 and 3 write a
   * ballot through it ({@code @JsonValue}). Its fields, in order: {@code contract},
   * {@code decider} (its {@code votesRequired}), {@code history} (every {@link DatedVote}, with
   * its date and source) and {@code timeline} (every {@link DatedDecision}).
   *
   * @return a new map in field order holding maps, lists, strings, integers, booleans and null,
   *     not null
   */
  @JsonValue
  public Map<String, Object> toJsonMap() {
    return JsonForms.ballot(this, Locale.ENGLISH);
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
        && other.history().equals(history());
  }

  /** {@return a hash code consistent with {@link #equals(Object)}} */
  @Override
  public int hashCode() {
    return Objects.hash(contract, decider, history());
  }

  /** {@return a readable form naming the contract, the rule and the number of votes cast} */
  @Override
  public String toString() {
    int votes = cast.size();
    return "Ballot[" + contract + ", " + decider + ", " + votes + (votes == 1 ? " vote" : " votes")
        + " cast]";
  }
}

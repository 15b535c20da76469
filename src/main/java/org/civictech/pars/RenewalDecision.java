package org.civictech.pars;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.JsonForms;
import org.civictech.pars.internal.WhatIf;
import org.civictech.pars.words.Facts;
import org.civictech.pars.words.Wording;
import org.jspecify.annotations.Nullable;
/**
 * The decision on one renewal: its outcome and reason, who voted how, and why, in words a
 * citizen can read, in each language the library speaks.
 *
 * <p>A decision taken while voting is open holds as the votes stand (R6): under R5 a changed vote
 * can still change it until the expiry. A decision taken after the expiry is {@link #isFinal()
 * final} (R7).
 *
 * <pre>{@code
 * RenewalDecision decision = RenewalDecider.twoOfThree().decide(pars, votes, asOf);
 * if (decision.outcome() == Outcome.NOT_RENEWED && decision.lapsed()) { ... }
 * System.out.println(decision.explanation());
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and must be treated as a value type: equality is by
 * contract, votes required, the standing {@link #votes() votes} (rationales included), whether
 * voting was closed, and the day it was decided as of ({@link #asOf()}, empty for a decision taken
 * without a date). Two decisions on the same votes taken on different days are therefore not
 * equal, even when their outcomes are. The explanation text is built when asked for, not when the
 * decision is made.
 */
public final class RenewalDecision {

  private final Contract contract;
  private final RenewalDecider decider;
  private final @Nullable LocalDate asOf;
  // The standing votes, one field a stakeholder (no collection per decision); null: not voted.
  private final @Nullable Vote da;
  private final @Nullable Vote courts;
  private final @Nullable Vote city;
  /** What the rule gave for these votes: the decision itself, not a copy of the votes. */
  private final Reason reason;

  RenewalDecision(Contract contract, RenewalDecider decider, @Nullable LocalDate asOf,
      @Nullable Vote da, @Nullable Vote courts, @Nullable Vote city, Reason reason) {
    this.contract = contract;
    this.decider = decider;
    this.asOf = asOf;
    this.da = da;
    this.courts = courts;
    this.city = city;
    this.reason = reason;
  }

  // ---------------------------------------------------------------- outcome

  /** {@return the outcome, never {@link Outcome#PENDING} once {@link #isFinal()}, not null} */
  public Outcome outcome() {
    return reason.outcome();
  }

  /** {@return why the decision has its outcome: renewed, voted down, lapsed, or pending} */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns whether the contract lapsed: not renewed only because voting closed while stakeholders
   * whose votes could still have renewed it never voted (R7).
   *
   * @return true exactly when {@link #reason()} is {@link Reason#LAPSED}
   */
  public boolean lapsed() {
    return reason == Reason.LAPSED;
  }

  /**
   * Returns whether the decision is final: taken after the expiry date, when no vote can be cast
   * or changed any more (R7). A decision taken while voting is open is never final, even when it is
   * settled as the votes stand.
   *
   * @return true if voting was closed when the decision was taken
   */
  public boolean isFinal() {
    return asOf != null && !contract.isVotingOpenOn(asOf);
  }

  /**
   * Returns the outcomes that the stakeholders who have not voted can still produce by voting,
   * as the other votes stand: {@link Outcome#RENEWED} and {@link Outcome#NOT_RENEWED} while
   * pending, the outcome itself once settled or final.
   *
   * @return an unmodifiable set in {@link Outcome} order, never empty, not null
   */
  public Set<Outcome> possibleOutcomes() {
    return WhatIf.possibleOutcomes(this);
  }

  /**
   * Returns the single votes that would change this outcome, all other votes staying as they
   * are: for each stakeholder, each choice other than its current one (a first vote for a
   * stakeholder that has not voted) that leads to another outcome, decided the same way (open or
   * closed).
   *
   * @return an unmodifiable list in {@link Stakeholder} then {@link Choice} order, not null
   */
  public List<Pivot> pivots() {
    return WhatIf.pivots(this, decider);
  }

  // ---------------------------------------------------------------- votes

  /** {@return the contract decided on} */
  public Contract contract() {
    return contract;
  }

  /** {@return the votes in favor that renewal needed under the rule applied (R8): 1, 2 or 3} */
  public int votesRequired() {
    return decider.votesRequired();
  }

  /**
   * Returns the day the decision was taken as of: the {@code asOf} given to
   * {@link RenewalDecider#decide(Contract, java.util.Collection, LocalDate)}, or the day asked of
   * a {@link Ballot}. Empty for a decision taken without a date, with voting open.
   *
   * @return the day, or empty, not null
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns the standing votes the decision was taken on, one per stakeholder that voted, with
   * the rationales they were given with ({@link Vote#because(String)}).
   *
   * @return an unmodifiable list in {@link Stakeholder} order, at most three votes, not null
   */
  public List<Vote> votes() {
    List<Vote> votes = new ArrayList<>(3);
    for (Stakeholder stakeholder : Stakeholder.values()) {
      Vote vote = voteOf(stakeholder);
      if (vote != null) {
        votes.add(vote);
      }
    }
    return List.copyOf(votes);
  }

  /**
   * Returns how {@code stakeholder} voted, or empty if it has not voted.
   *
   * @param stakeholder the stakeholder, not null
   * @return its choice, or empty, not null
   * @throws NullPointerException if {@code stakeholder} is null
   */
  public Optional<Choice> choiceOf(Stakeholder stakeholder) {
    Objects.requireNonNull(stakeholder, "stakeholder");
    Vote vote = voteOf(stakeholder);
    return vote == null ? Optional.empty() : Optional.of(vote.choice());
  }

  private @Nullable Vote voteOf(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> da;
      case COURTS -> courts;
      case CITY -> city;
    };
  }

  /** {@return the stakeholders that voted in favor, unmodifiable, in {@link Stakeholder} order} */
  public Set<Stakeholder> inFavor() {
    return stakeholdersWho(Choice.IN_FAVOR);
  }

  /** {@return the stakeholders that voted against, unmodifiable, in {@link Stakeholder} order} */
  public Set<Stakeholder> against() {
    return stakeholdersWho(Choice.AGAINST);
  }

  /**
   * {@return the stakeholders that abstained, unmodifiable, in {@link Stakeholder} order} An
   * abstention does not count in favor (R4).
   */
  public Set<Stakeholder> abstained() {
    return stakeholdersWho(Choice.ABSTAIN);
  }

  /**
   * Returns the stakeholders that have not voted. Together with {@link #inFavor()},
   * {@link #against()} and {@link #abstained()} it covers each stakeholder exactly once.
   *
   * @return an unmodifiable set in {@link Stakeholder} order, not null
   */
  public Set<Stakeholder> notVoted() {
    return stakeholdersWho(null);
  }

  /** The stakeholders whose standing vote is {@code choice}; null: those that have not voted. */
  private Set<Stakeholder> stakeholdersWho(@Nullable Choice choice) {
    EnumSet<Stakeholder> who = EnumSet.noneOf(Stakeholder.class);
    for (Stakeholder stakeholder : Stakeholder.values()) {
      Vote vote = voteOf(stakeholder);
      if ((vote == null ? null : vote.choice()) == choice) {
        who.add(stakeholder);
      }
    }
    return Collections.unmodifiableSet(who);
  }

  /**
   * {@return the decision in one to three English sentences a journalist could quote, as
   * {@code explanation(Locale.ENGLISH)}: "Not renewed (voted down): no stakeholder voted …"}
   */
  public String explanation() {
    return explanation(Locale.ENGLISH);
  }

  /**
   * Returns the decision in one to three sentences in the locale's language (RULE.md E1 to E4):
   * in Spanish for 2018 after the expiry, "No renovado (no aprobado en la votación): ninguna
   * entidad votó a favor …". Any region or script of a language the library speaks is that
   * language ({@code es-MX} is Spanish); any other language falls back to English.
   *
   * @param locale the language to explain in, not null
   * @return the explanation, not null
   * @throws NullPointerException if {@code locale} is null
   */
  public String explanation(Locale locale) {
    return Wording.of(locale).explanation(Facts.of(this));
  }

  /** {@return {@link #pivots()} in one English sentence, as {@code explainPivots(ENGLISH)}} */
  public String explainPivots() {
    return explainPivots(Locale.ENGLISH);
  }

  /**
   * Returns {@link #pivots()} in one sentence in the locale's language, chosen as for
   * {@link #explanation(Locale)}: which single votes would change the outcome, and to what, or
   * why none would (RULE.md E5).
   *
   * @param locale the language to explain in, not null
   * @return the sentence, not null
   * @throws NullPointerException if {@code locale} is null
   */
  public String explainPivots(Locale locale) {
    return Wording.of(locale).pivots(Facts.of(this));
  }

  /** {@return the decision as compact JSON text, as {@code toJson(Locale.ENGLISH)}} */
  public String toJson() {
    return toJson(Locale.ENGLISH);
  }

  /**
   * Returns the decision as one JSON object in the documented shape (README, "Using it from
   * another language"; schema {@code decision.schema.json}), with the explanation and the pivot
   * sentence in the locale's language, chosen as for {@link #explanation(Locale)}.
   * A plain Jackson 2 or 3 mapper writes the same text for {@link #toJsonMap()}.
   *
   * @param locale the language of {@code explanation} and {@code explainPivots}, not null
   * @return compact JSON text, not null
   * @throws NullPointerException if {@code locale} is null
   */
  public String toJson(Locale locale) {
    return Json.write(JsonForms.decision(this, locale));
  }

  /**
   * {@return the decision's JSON form as a new map of plain Java values, in English, in the field
   * order of docs/json.md} Jackson 2 and 3 write a decision through it ({@code @JsonValue}).
   */
  @JsonValue
  public Map<String, @Nullable Object> toJsonMap() {
    return JsonForms.decision(this, Locale.ENGLISH);
  }

  /**
   * Returns whether {@code obj} is a decision on the same contract, under the same votes required,
   * on the same standing votes with the same rationales, with voting open or closed alike, as of
   * the same day (or both without a date).
   *
   * @param obj the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    // The reason follows from the rule and the votes, and whether voting was closed from the
    // contract and asOf, so neither needs comparing.
    return obj instanceof RenewalDecision other
        && other.decider.equals(decider)
        && other.contract.equals(contract)
        && Objects.equals(other.asOf, asOf)
        && Objects.equals(other.da, da)
        && Objects.equals(other.courts, courts)
        && Objects.equals(other.city, city);
  }

  /** {@return a hash code consistent with {@link #equals(Object)}} */
  @Override
  public int hashCode() {
    return Objects.hash(contract, decider.votesRequired(), asOf, da, courts, city);
  }

  /**
   * {@return a readable, stable form such as {@code "RenewalDecision[PARS: NOT_RENEWED
   * (VOTED_DOWN), final, 2 of 3 required, inFavor=[], against=[DA, CITY], ...]"}}
   */
  @Override
  public String toString() {
    return "RenewalDecision[" + contract.name() + ": " + outcome() + " (" + reason + "), "
        + (isFinal() ? "final" : "open") + ", " + votesRequired() + " of 3 required"
        + ", inFavor=" + inFavor() + ", against=" + against() + ", abstained=" + abstained()
        + ", notVoted=" + notVoted() + "]";
  }
}

package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every date the API accepts works everywhere: contracts, decisions, ballots and timelines, from
 * {@link LocalDate#MIN} to {@link LocalDate#MAX} (the one date a contract cannot expire on).
 */
class DatesPropertiesTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  /** The extremes and their neighbours, the epoch, and 2018's expiry. */
  private static final List<LocalDate> EXTREMES = List.of(LocalDate.MIN, LocalDate.MIN.plusDays(1),
      LocalDate.MIN.plusDays(2), LocalDate.of(0, 1, 1), LocalDate.EPOCH,
      LocalDate.of(2018, 8, 31), LocalDate.MAX.minusDays(2), LocalDate.MAX.minusDays(1),
      LocalDate.MAX);

  /** Any date, the extremes often. */
  private static final Gen<LocalDate> DATES =
      longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
          .map(LocalDate::ofEpochDay)
          .mix(Generate.pick(EXTREMES), 40);

  /** Any date a contract may expire on: every date but the last. */
  private static final Gen<LocalDate> EXPIRIES = DATES.map(
      date -> date.equals(LocalDate.MAX) ? LocalDate.MAX.minusDays(1) : date);

  /** A day from {@link LocalDate#MIN} to {@code expiry}, chosen by {@code seed}. */
  private static LocalDate onOrBefore(LocalDate expiry, long seed) {
    long span = expiry.toEpochDay() - LocalDate.MIN.toEpochDay();
    return LocalDate.MIN.plusDays(Math.floorMod(seed, span + 1));
  }

  @Test
  void a_contract_cannot_expire_on_the_last_representable_day() {
    assertThatThrownBy(() -> Contract.of("X", LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiresOn must be before +999999999-12-31 so that voting can close the day"
            + " after it (R7), but was +999999999-12-31");
  }

  @Test
  void a_contract_may_expire_on_any_other_day() {
    qt().forAll(EXPIRIES).checkAssert(expiry ->
        assertThat(Contract.of("X", expiry).expiresOn()).isEqualTo(expiry));
  }

  @Test
  void decide_works_on_every_day_and_is_final_exactly_after_the_expiry() {
    qt().withExamples(2_000).forAll(EXPIRIES, DATES, BallotSpace.ballots())
        .checkAssert((expiry, asOf, ballot) -> {
          RenewalDecision decision = RenewalDecider.twoOfThree()
              .decide(Contract.of("X", expiry), BallotSpace.votes(ballot), asOf);
          assertThat(decision.isFinal()).isEqualTo(asOf.isAfter(expiry));
          assertThat(decision.explanation()).isNotBlank();
          assertThat(decision.explainPivots()).isNotBlank();
          assertThat(decision.explanation(SPANISH)).isNotBlank();
          assertThat(decision.explainPivots(SPANISH)).isNotBlank();
        });
  }

  @Test
  void a_ballot_casts_decides_and_tells_its_timeline_on_every_day() {
    qt().withExamples(2_000).forAll(EXPIRIES, longs().all(), longs().all(), DATES)
        .checkAssert((expiry, first, second, asOf) -> {
          LocalDate early = onOrBefore(expiry, first);
          LocalDate late = onOrBefore(expiry, second);
          if (late.isBefore(early)) {
            LocalDate swap = early;
            early = late;
            late = swap;
          }
          Ballot ballot = Ballot.open(Contract.of("X", expiry), RenewalDecider.twoOfThree())
              .cast(Vote.inFavor(Stakeholder.DA), early, "first")
              .cast(Vote.against(Stakeholder.DA), late)
              .cast(Vote.abstain(Stakeholder.CITY), expiry);
          List<DatedDecision> timeline = ballot.timeline();
          DatedDecision last = timeline.get(timeline.size() - 1);
          assertThat(last.asOf()).isEqualTo(expiry.plusDays(1));
          assertThat(last.decision().isFinal()).isTrue();
          assertThat(ballot.decisionAsOf(asOf).isFinal()).isEqualTo(asOf.isAfter(expiry));
          assertThat(ballot.standingAsOf(asOf)).hasSizeLessThanOrEqualTo(2);
          assertThat(ballot.decisionAsOf(LocalDate.MIN).notVoted()).hasSize(3
              - (early.equals(LocalDate.MIN) ? 1 : 0) - (expiry.equals(LocalDate.MIN) ? 1 : 0));
          // The same decision as the last one but for its date (decisions keep their asOf).
          RenewalDecision atTheEndOfTime = ballot.decisionAsOf(LocalDate.MAX);
          assertThat(atTheEndOfTime.toString()).isEqualTo(last.decision().toString());
          assertThat(atTheEndOfTime.votes()).isEqualTo(last.decision().votes());
          assertThat(atTheEndOfTime.asOf()).contains(LocalDate.MAX);
        });
  }

  @Test
  void votes_may_be_cast_on_the_first_representable_day_and_on_the_expiry() {
    Contract contract = Contract.of("X", LocalDate.MAX.minusDays(1));
    Ballot ballot = Ballot.open(contract, RenewalDecider.twoOfThree())
        .cast(Vote.inFavor(Stakeholder.DA), LocalDate.MIN)
        .cast(Vote.inFavor(Stakeholder.CITY), contract.expiresOn());

    assertThat(ballot.timeline()).extracting(DatedDecision::asOf)
        .containsExactly(LocalDate.MIN, LocalDate.MAX.minusDays(1), LocalDate.MAX);
    assertThat(ballot.decisionAsOf(LocalDate.MAX).outcome()).isEqualTo(Outcome.RENEWED);
  }
}

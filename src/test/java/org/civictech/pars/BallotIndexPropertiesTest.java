package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The ballot's indexes (a persistent history, each stakeholder's votes in date order, a merged
 * timeline) give exactly what a plain scan of the history gives, over long random ballots whose
 * stakeholders back-fill each other's days.
 */
class BallotIndexPropertiesTest {

  private static final Contract PARS = BallotSpace.PARS;
  private static final LocalDate EXPIRY = PARS.expiresOn();

  /** A random ballot of up to {@code size} votes: each stakeholder's own dates never go back. */
  private static List<DatedVote> history(long seed, int size) {
    Random random = new Random(seed);
    Map<Stakeholder, LocalDate> last = new EnumMap<>(Stakeholder.class);
    List<DatedVote> history = new ArrayList<>();
    int votes = random.nextInt(size + 1);
    int span = 1 + random.nextInt(80);
    for (int i = 0; i < votes; i++) {
      Stakeholder stakeholder = Stakeholder.values()[random.nextInt(3)];
      LocalDate from = last.getOrDefault(stakeholder, EXPIRY.minusDays(span));
      LocalDate castOn = from.plusDays(random.nextInt(3) == 0
          ? 0 : random.nextInt((int) (EXPIRY.toEpochDay() - from.toEpochDay()) / 4 + 1));
      last.put(stakeholder, castOn);
      Choice choice = Choice.values()[random.nextInt(3)];
      history.add(new DatedVote(new Vote(stakeholder, choice, ""), castOn, "#" + i));
    }
    return history;
  }

  private static Ballot cast(List<DatedVote> history, int votesRequired) {
    Ballot ballot = Ballot.open(PARS, RenewalDecider.requiring(votesRequired));
    for (DatedVote dated : history) {
      ballot = ballot.cast(dated.vote(), dated.castOn(), dated.source());
    }
    return ballot;
  }

  /** What standingAsOf must give: a scan of the whole history. */
  private static List<DatedVote> scanned(List<DatedVote> history, LocalDate asOf) {
    Map<Stakeholder, DatedVote> latest = new EnumMap<>(Stakeholder.class);
    for (DatedVote dated : history) {
      if (!dated.castOn().isAfter(asOf)) {
        latest.put(dated.vote().stakeholder(), dated);
      }
    }
    return List.copyOf(latest.values());
  }

  private static RenewalDecision decided(List<DatedVote> history, int votesRequired,
      LocalDate asOf) {
    List<Vote> votes = new ArrayList<>();
    scanned(history, asOf).forEach(dated -> votes.add(dated.vote()));
    return RenewalDecider.requiring(votesRequired).decide(PARS, votes, asOf);
  }

  @Test
  void history_standing_votes_and_decisions_match_a_scan_on_every_day() {
    qt().withExamples(300).forAll(longs().all(), BallotSpace.votesRequired())
        .checkAssert((seed, votesRequired) -> {
          List<DatedVote> history = history(seed, 60);
          Ballot ballot = cast(history, votesRequired);
          assertThat(ballot.history()).isEqualTo(history).hasSameHashCodeAs(history);
          for (LocalDate day = EXPIRY.minusDays(82); !day.isAfter(EXPIRY.plusDays(2));
              day = day.plusDays(1)) {
            assertThat(ballot.standingAsOf(day)).isEqualTo(scanned(history, day));
            assertThat(ballot.decisionAsOf(day)).isEqualTo(decided(history, votesRequired, day));
          }
        });
  }

  @Test
  void the_timeline_is_the_decision_after_each_day_of_votes_then_the_final_one() {
    qt().withExamples(300).forAll(longs().all(), BallotSpace.votesRequired())
        .checkAssert((seed, votesRequired) -> {
          List<DatedVote> history = history(seed, 60);
          TreeSet<LocalDate> days = new TreeSet<>();
          history.forEach(dated -> days.add(dated.castOn()));
          days.add(EXPIRY.plusDays(1));
          List<DatedDecision> expected = new ArrayList<>();
          days.forEach(day ->
              expected.add(new DatedDecision(day, decided(history, votesRequired, day))));

          assertThat(cast(history, votesRequired).timeline()).isEqualTo(expected);
        });
  }

  @Test
  void a_long_ballot_keeps_every_vote_and_answers_like_a_scan() {
    List<DatedVote> history = history(42, 5_000);
    Ballot ballot = cast(history, 2);

    assertThat(ballot.history()).hasSize(history.size()).isEqualTo(history);
    assertThat(ballot.decisionAsOf(EXPIRY.minusDays(10)))
        .isEqualTo(decided(history, 2, EXPIRY.minusDays(10)));
    assertThat(ballot.timeline().get(ballot.timeline().size() - 1).decision())
        .isEqualTo(decided(history, 2, EXPIRY.plusDays(1)));
  }

  @Test
  void an_earlier_ballot_is_unchanged_by_votes_cast_on_a_later_one() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 40))
        .checkAssert((seed, cut) -> {
          List<DatedVote> history = history(seed, 80);
          int at = Math.min(cut, history.size());
          Ballot earlier = cast(history.subList(0, at), 2);
          Ballot later = earlier;
          for (DatedVote dated : history.subList(at, history.size())) {
            later = later.cast(dated.vote(), dated.castOn(), dated.source());
          }
          Ballot branch = earlier.cast(Vote.abstain(Stakeholder.CITY), EXPIRY);

          assertThat(earlier.history()).isEqualTo(history.subList(0, at));
          assertThat(later.history()).isEqualTo(history);
          assertThat(branch.history()).hasSize(at + 1);
          assertThat(branch.history().subList(0, at)).isEqualTo(history.subList(0, at));
        });
  }

  @Test
  void the_history_view_is_unmodifiable_and_checks_its_indexes() {
    Ballot ballot = cast(history(7, 50), 2);
    List<DatedVote> history = ballot.history();

    assertThatThrownBy(() -> history.add(history.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> history.get(history.size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(history).isInstanceOf(java.util.RandomAccess.class);
  }
}

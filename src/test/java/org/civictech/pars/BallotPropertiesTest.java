package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/** Laws of a dated ballot over random sequences of votes (QuickTheories). */
class BallotPropertiesTest {

  private static final Contract PARS = BallotSpace.PARS;
  private static final LocalDate EXPIRY = PARS.expiresOn();

  /** A vote cast some day in the 40 days up to and including the expiry. */
  private static final Gen<DatedVote> DATED_VOTES = Generate.enumValues(Stakeholder.class)
      .zip(Generate.enumValues(Choice.class), integers().between(0, 39),
          (stakeholder, choice, daysBefore) -> new DatedVote(
              new Vote(stakeholder, choice, ""), EXPIRY.minusDays(daysBefore), ""));

  /** Up to 8 dated votes, sorted by date so that no stakeholder goes back in time. */
  private static final Gen<List<DatedVote>> HISTORIES = lists().of(DATED_VOTES)
      .ofSizeBetween(0, 8)
      .map(votes -> {
        List<DatedVote> sorted = new ArrayList<>(votes);
        sorted.sort((a, b) -> a.castOn().compareTo(b.castOn()));
        return sorted;
      });

  /** A day from 45 days before the expiry to 5 days after. */
  private static final Gen<LocalDate> DAYS =
      integers().between(-45, 5).map(offset -> EXPIRY.plusDays(offset));

  private static Ballot cast(List<DatedVote> history, int votesRequired) {
    Ballot ballot = Ballot.open(PARS, RenewalDecider.requiring(votesRequired));
    for (DatedVote dated : history) {
      ballot = ballot.cast(dated.vote(), dated.castOn(), dated.source());
    }
    return ballot;
  }

  @Test
  void history_never_loses_a_vote() {
    qt().forAll(HISTORIES, BallotSpace.votesRequired()).checkAssert((history, votesRequired) ->
        assertThat(cast(history, votesRequired).history()).isEqualTo(history));
  }

  @Test
  void decision_as_of_a_day_is_the_core_decision_over_the_latest_votes_up_to_that_day() {
    qt().forAll(HISTORIES, BallotSpace.votesRequired(), DAYS)
        .checkAssert((history, votesRequired, day) -> {
          Map<Stakeholder, Vote> latest = new EnumMap<>(Stakeholder.class);
          for (DatedVote dated : history) {
            if (!dated.castOn().isAfter(day)) {
              latest.put(dated.vote().stakeholder(), dated.vote());
            }
          }
          RenewalDecision expected = RenewalDecider.requiring(votesRequired)
              .decide(PARS, List.copyOf(latest.values()), day);
          assertThat(cast(history, votesRequired).decisionAsOf(day)).isEqualTo(expected);
        });
  }

  @Test
  void supersession_keeps_only_the_latest_vote_per_stakeholder() {
    qt().forAll(HISTORIES, DAYS).checkAssert((history, day) -> {
      List<DatedVote> standing = cast(history, 2).standingAsOf(day);
      for (DatedVote vote : standing) {
        DatedVote last = null;
        for (DatedVote dated : history) {
          if (dated.vote().stakeholder() == vote.vote().stakeholder()
              && !dated.castOn().isAfter(day)) {
            last = dated;
          }
        }
        assertThat(vote).isEqualTo(last);
      }
      assertThat(standing).extracting(dated -> dated.vote().stakeholder()).doesNotHaveDuplicates();
    });
  }

  @Test
  void a_decision_after_the_expiry_never_changes() {
    qt().forAll(HISTORIES, BallotSpace.votesRequired(), integers().between(1, 3650))
        .checkAssert((history, votesRequired, daysLate) -> {
          Ballot ballot = cast(history, votesRequired);
          RenewalDecision last = ballot.decisionAsOf(EXPIRY.plusDays(1));
          RenewalDecision later = ballot.decisionAsOf(EXPIRY.plusDays(daysLate));
          // The same decision but for its date: toString shows all of it except asOf.
          assertThat(later.toString()).isEqualTo(last.toString());
          assertThat(later.votes()).isEqualTo(last.votes());
          assertThat(later.asOf()).contains(EXPIRY.plusDays(daysLate));
          assertThat(last.isFinal()).isTrue();
          assertThat(last.outcome()).isNotEqualTo(Outcome.PENDING);
        });
  }

  @Test
  void the_timelines_last_entry_is_the_decision_the_day_after_the_expiry() {
    qt().forAll(HISTORIES, BallotSpace.votesRequired()).checkAssert((history, votesRequired) -> {
      Ballot ballot = cast(history, votesRequired);
      List<DatedDecision> timeline = ballot.timeline();
      DatedDecision last = timeline.get(timeline.size() - 1);
      assertThat(last.asOf()).isEqualTo(EXPIRY.plusDays(1));
      assertThat(last.decision()).isEqualTo(ballot.decisionAsOf(EXPIRY.plusDays(1)));
      for (DatedDecision entry : timeline) {
        assertThat(entry.decision()).isEqualTo(ballot.decisionAsOf(entry.asOf()));
      }
      assertThat(timeline).extracting(DatedDecision::asOf).isSorted().doesNotHaveDuplicates();
    });
  }

  @Test
  void a_vote_after_the_expiry_is_always_rejected_and_changes_nothing() {
    qt().forAll(HISTORIES, DATED_VOTES, integers().between(1, 3650))
        .checkAssert((history, vote, daysLate) -> {
          Ballot ballot = cast(history, 2);
          try {
            ballot.cast(vote.vote(), EXPIRY.plusDays(daysLate));
            throw new AssertionError("accepted a vote after the expiry");
          } catch (IllegalArgumentException expected) {
            assertThat(expected).hasMessageContaining("castOn");
          }
          assertThat(ballot.history()).isEqualTo(history);
        });
  }
}

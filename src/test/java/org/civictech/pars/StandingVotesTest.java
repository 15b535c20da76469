package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packed form of a ballot, checked on all 64 ballots against the ballots of
 * {@link BallotSpace}: {@code RenewalDecider} computes its table of reasons from these functions
 * once, when it is loaded, so they are tested directly as well as through {@code decide}.
 */
class StandingVotesTest {

  /** Packs a ballot with {@code withSlot}, stakeholder by stakeholder. */
  private static int pack(Map<Stakeholder, Choice> ballot) {
    int code = StandingVotes.NOBODY;
    for (Map.Entry<Stakeholder, Choice> vote : ballot.entrySet()) {
      code = StandingVotes.withSlot(code, vote.getKey(), StandingVotes.slot(vote.getValue()));
    }
    return code;
  }

  @Test
  void every_ballot_packs_into_six_bits_and_back() {
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      int code = pack(ballot);

      assertThat(code).isBetween(0, 63);
      for (Stakeholder stakeholder : Stakeholder.values()) {
        int slot = StandingVotes.slotOf(code, stakeholder);
        if (ballot.containsKey(stakeholder)) {
          assertThat(StandingVotes.choiceOfSlot(slot)).isEqualTo(ballot.get(stakeholder));
        } else {
          assertThat(slot).isEqualTo(StandingVotes.NOT_VOTED);
        }
      }
    }
  }

  @Test
  void the_64_ballots_pack_into_64_different_codes() {
    assertThat(BallotSpace.all().stream().map(StandingVotesTest::pack).distinct())
        .hasSize(64);
  }

  @Test
  void counts_and_sets_match_the_ballot() {
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      int code = pack(ballot);

      for (Choice choice : Choice.values()) {
        EnumSet<Stakeholder> expected = EnumSet.noneOf(Stakeholder.class);
        ballot.forEach((stakeholder, cast) -> {
          if (cast == choice) {
            expected.add(stakeholder);
          }
        });
        int slot = StandingVotes.slot(choice);
        assertThat(StandingVotes.setOf(code, slot)).as("%s %s", ballot, choice)
            .isEqualTo(expected);
        assertThat(StandingVotes.count(code, slot)).as("%s %s", ballot, choice)
            .isEqualTo(expected.size());
      }
      EnumSet<Stakeholder> notVoted = EnumSet.allOf(Stakeholder.class);
      notVoted.removeAll(ballot.keySet());
      assertThat(StandingVotes.setOf(code, StandingVotes.NOT_VOTED)).isEqualTo(notVoted);
      assertThat(StandingVotes.count(code, StandingVotes.NOT_VOTED)).isEqualTo(notVoted.size());
      assertThat(StandingVotes.count(code, StandingVotes.slot(Choice.IN_FAVOR)))
          .isEqualTo(RuleOracle.yes(ballot));
    }
  }
}

package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Distinct values have hash codes that tell them apart, so they work well as map keys. */
class HashCodeSpreadTest {

  @Test
  void deciders_for_one_two_and_three_votes_hash_differently() {
    Set<Integer> hashes = new HashSet<>();
    for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
      hashes.add(RenewalDecider.requiring(votesRequired).hashCode());
    }
    assertThat(hashes).hasSize(3);
  }

  @Test
  void decisions_on_different_ballots_hash_differently() {
    Set<Integer> hashes = new HashSet<>();
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      hashes.add(RenewalDecider.twoOfThree().decide(BallotSpace.PARS, BallotSpace.votes(ballot))
          .hashCode());
    }
    assertThat(hashes).hasSizeGreaterThan(32);
  }

  @Test
  void ballots_with_different_histories_hash_differently() {
    Ballot empty = Ballot.open(BallotSpace.PARS, RenewalDecider.twoOfThree());
    Ballot one = empty.cast(Vote.inFavor(Stakeholder.DA), LocalDate.of(2018, 7, 1));

    assertThat(one.hashCode()).isNotEqualTo(empty.hashCode());
  }
}

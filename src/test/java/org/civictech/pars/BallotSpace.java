package org.civictech.pars;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * The tests' one fixture of ballots. Every possible ballot: each stakeholder in favor, against,
 * abstaining or not voted (4^3 = 64), as a map that holds no entry for a stakeholder that has not
 * voted; and random dated {@link Ballot}s for the JSON properties. The 2018 ballot is not here:
 * it is {@code org.civictech.pars.internal.Pars2018}'s, the one source of it.
 */
final class BallotSpace {

  /** What a stakeholder can do: each choice, or not vote (null). */
  static final List<Choice> CHOICES_OR_NOT_VOTED =
      Collections.unmodifiableList(java.util.Arrays.asList(
          Choice.IN_FAVOR, Choice.AGAINST, Choice.ABSTAIN, null));

  static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));

  private BallotSpace() {}

  /** Ballot number {@code n} in 0..63: base-4 digits for DA, COURTS, CITY. */
  static Map<Stakeholder, Choice> ballot(int n) {
    Map<Stakeholder, Choice> ballot = new EnumMap<>(Stakeholder.class);
    int rest = n;
    for (Stakeholder stakeholder : Stakeholder.values()) {
      Choice choice = CHOICES_OR_NOT_VOTED.get(rest % 4);
      if (choice != null) {
        ballot.put(stakeholder, choice);
      }
      rest /= 4;
    }
    return ballot;
  }

  /** All 64 ballots. */
  static List<Map<Stakeholder, Choice>> all() {
    List<Map<Stakeholder, Choice>> all = new ArrayList<>(64);
    for (int n = 0; n < 64; n++) {
      all.add(ballot(n));
    }
    return all;
  }

  /** Any of the 64 ballots. */
  static Gen<Map<Stakeholder, Choice>> ballots() {
    return integers().between(0, 63).map(BallotSpace::ballot);
  }

  /** Any of the three rules of R8. */
  static Gen<Integer> votesRequired() {
    return integers().between(1, 3);
  }

  /** The votes of a ballot, in {@link Stakeholder} order. */
  static List<Vote> votes(Map<Stakeholder, Choice> ballot) {
    List<Vote> votes = new ArrayList<>();
    for (Map.Entry<Stakeholder, Choice> entry : ballot.entrySet()) {
      votes.add(new Vote(entry.getKey(), entry.getValue(), ""));
    }
    return votes;
  }

  /** The decision on a ballot under a rule of R8, the day after the expiry or with voting open. */
  static RenewalDecision decide(Map<Stakeholder, Choice> ballot, int votesRequired,
      boolean closed) {
    RenewalDecider decider = RenewalDecider.requiring(votesRequired);
    return closed
        ? decider.decide(PARS, votes(ballot), PARS.expiresOn().plusDays(1))
        : decider.decide(PARS, votes(ballot), PARS.expiresOn());
  }

  /** The votes of a ballot in an order given by {@code seed}. */
  static List<Vote> shuffledVotes(Map<Stakeholder, Choice> ballot, long seed) {
    List<Vote> votes = votes(ballot);
    Collections.shuffle(votes, new Random(seed));
    return votes;
  }

  /** A copy of {@code ballot} where {@code stakeholder} casts {@code choice} (null: no vote). */
  static Map<Stakeholder, Choice> with(
      Map<Stakeholder, Choice> ballot, Stakeholder stakeholder, Choice choice) {
    Map<Stakeholder, Choice> changed = new EnumMap<>(Stakeholder.class);
    changed.putAll(ballot);
    if (choice == null) {
      changed.remove(stakeholder);
    } else {
      changed.put(stakeholder, choice);
    }
    return changed;
  }

  // ---------------------------------------------------------------- random dated ballots

  /** Text with every kind of character JSON must escape, and plain text. */
  static Gen<String> texts() {
    return strings().basicLatinAlphabet().ofLengthBetween(0, 12)
        .mix(strings().betweenCodePoints(0, 0x2FF).ofLengthBetween(0, 12));
  }

  private static Gen<Vote> randomVotes() {
    return integers().between(0, 2).zip(integers().between(0, 2), texts(),
        (stakeholder, choice, rationale) -> new Vote(Stakeholder.values()[stakeholder],
            Choice.values()[choice], rationale));
  }

  private static Gen<List<Object[]>> casts() {
    return lists().of(randomVotes().zip(integers().between(0, 60), texts(),
        (vote, daysBefore, source) -> new Object[] {vote, daysBefore, source}))
        .ofSizeBetween(0, 8);
  }

  /**
   * Random ballots for JSON properties: any rule, up to 8 votes cast on days up to the expiry,
   * each no earlier than the last (so always valid), with rationales and sources drawn from text
   * that needs escaping (quotes, backslashes, control characters, accents).
   */
  static Gen<Ballot> datedBallots() {
    LocalDate expiry = PARS.expiresOn();
    return integers().between(1, 3).zip(casts(), (votesRequired, casts) -> {
      Ballot ballot = Ballot.open(Contract.of("PARS \"2018\"", expiry),
          RenewalDecider.requiring(votesRequired));
      LocalDate day = expiry.minusDays(70);
      for (Object[] cast : casts) {
        day = day.plusDays((Integer) cast[1] % 9);
        LocalDate castOn = day.isAfter(expiry) ? expiry : day;
        ballot = ballot.cast((Vote) cast[0], castOn, (String) cast[2]);
      }
      return ballot;
    });
  }
}

package org.civictech.pars.dmn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.internal.Pars2018;

/**
 * The rows of the DMN decision table, found from the library's own decisions, and the FEEL text
 * of their tests and annotations.
 *
 * <p>The table is not kept by hand. Every case (4^3 ballots, open and closed) is decided by the
 * library's {@link RenewalDecider}, and the rows are found from those answers: hit policy FIRST,
 * one reason after the other in {@link Reason} order, each row the widest pattern that covers
 * cases of its reason and only cases of its reason or of rows above it. The patterns use the
 * words a reader needs: one vote, "against or abstain" (the two cast votes that do not count in
 * favor, R4), or any vote ({@code -}).
 */
final class DmnRows {

  /** The DMN value of a stakeholder that has not voted (R2). */
  static final String NOT_VOTED = "NOT_VOTED";

  /** The vote values: the choices in {@link Choice} order, then NOT_VOTED. */
  private static final List<String> VOTE_VALUES = voteValues();
  private static final int VALUES = VOTE_VALUES.size();
  private static final int ANY_VOTE = (1 << VALUES) - 1;
  /** R4: the two ways to cast a vote that does not count in favor. */
  private static final int AGAINST_OR_ABSTAIN = bit(Choice.AGAINST) | bit(Choice.ABSTAIN);
  /** The vote tests a row may use, most specific first: one value, against or abstain, any. */
  private static final int[] VOTE_TESTS = voteTests();

  /** Open is bit 0, closed bit 1; the tests are open, closed, either. */
  private static final int[] CLOSED_TESTS = {0b01, 0b10, 0b11};

  private static final int STAKEHOLDERS = Stakeholder.values().length;

  /** The cases the rows are found from: every ballot, open and closed. */
  static final int CASES = 2 * (1 << (2 * STAKEHOLDERS));

  private DmnRows() {}

  /**
   * One row of the table: a test on each stakeholder's vote (a set of vote values, as bits), a
   * test on whether voting is closed (bit 0 open, bit 1 closed), and the reason it gives.
   */
  record Row(List<Integer> votes, int closed, Reason reason) {

    boolean matches(int ballotCase) {
      for (int s = 0; s < STAKEHOLDERS; s++) {
        if ((votes.get(s) & (1 << vote(ballotCase, s))) == 0) {
          return false;
        }
      }
      return (closed & (1 << (ballotCase & 1))) != 0;
    }

    int specified() {
      int specified = closed == 0b11 ? 0 : 1;
      for (int test : votes) {
        specified += test == ANY_VOTE ? 0 : 1;
      }
      return specified;
    }

    /** The row as a reader sees it: its tests and its reason, separated by {@code |}. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (int test : votes) {
        text.append(voteTest(test)).append(" | ");
      }
      return text.append(closedTest(closed)).append(" | ").append(reason).toString();
    }
  }

  // ---------------------------------------------------------------- cases

  /** A case packs each stakeholder's vote value (4 values) in two bits above bit 0, closed. */
  private static int vote(int ballotCase, int stakeholder) {
    return (ballotCase >> (1 + 2 * (STAKEHOLDERS - 1 - stakeholder))) & 0b11;
  }

  private static boolean closed(int ballotCase) {
    return (ballotCase & 1) == 1;
  }

  /** The votes of a case, as the library takes them. */
  private static List<Vote> votes(int ballotCase) {
    List<Vote> votes = new ArrayList<>(STAKEHOLDERS);
    Stakeholder[] stakeholders = Stakeholder.values();
    Choice[] choices = Choice.values();
    for (int s = 0; s < STAKEHOLDERS; s++) {
      int value = vote(ballotCase, s);
      if (value < choices.length) {
        votes.add(new Vote(stakeholders[s], choices[value], ""));
      }
    }
    return votes;
  }

  private static List<String> voteValues() {
    List<String> values = new ArrayList<>();
    for (Choice choice : Choice.values()) {
      values.add(choice.name());
    }
    values.add(NOT_VOTED);
    return List.copyOf(values);
  }

  private static int bit(Choice choice) {
    return 1 << VOTE_VALUES.indexOf(choice.name());
  }

  // ---------------------------------------------------------------- rows

  /**
   * The rows of the table for {@code decider}: a FIRST hit over them gives, for every case, the
   * reason the decider gives. Unmodifiable.
   */
  static List<Row> rows(RenewalDecider decider) {
    Contract contract = Pars2018.contract();
    Reason[] answers = new Reason[CASES];
    for (int c = 0; c < CASES; c++) {
      answers[c] = closed(c)
          ? decider.decide(contract, votes(c), contract.expiresOn().plusDays(1)).reason()
          : decider.decide(contract, votes(c)).reason();
    }
    List<Row> candidates = candidates();
    boolean[] covered = new boolean[CASES];
    List<Row> rows = new ArrayList<>();
    for (Reason reason : Reason.values()) {
      // A row that tests one value in every column matches one case only, so some row always
      // gains a case: the loop ends, with every case covered by a row of its own reason.
      while (uncovered(answers, covered, reason)) {
        Row best = candidates.get(0);
        int[] bestScore = {0, 0, 0};
        for (Row row : candidates) {
          int[] score = score(row, answers, covered, reason);
          if (better(score, bestScore)) {
            best = row;
            bestScore = score;
          }
        }
        Row chosen = new Row(best.votes(), best.closed(), reason);
        rows.add(chosen);
        for (int c = 0; c < CASES; c++) {
          covered[c] |= chosen.matches(c);
        }
      }
    }
    return Collections.unmodifiableList(rows);
  }

  private static boolean uncovered(Reason[] answers, boolean[] covered, Reason reason) {
    for (int c = 0; c < CASES; c++) {
      if (!covered[c] && answers[c] == reason) {
        return true;
      }
    }
    return false;
  }

  /**
   * How good {@code row} is for {@code reason}: new cases covered, minus cases already covered
   * above, minus tests specified; all zero if it would match an uncovered case of another reason.
   */
  static int[] score(Row row, Reason[] answers, boolean[] covered, Reason reason) {
    int gained = 0;
    int overlap = 0;
    for (int c = 0; c < CASES; c++) {
      if (!row.matches(c)) {
        continue;
      }
      if (covered[c]) {
        overlap++;
      } else if (answers[c] == reason) {
        gained++;
      } else {
        return new int[] {0, 0, 0};
      }
    }
    return new int[] {gained, -overlap, -row.specified()};
  }

  /** More new cases first, then less overlap with the rows above, then fewer tests. */
  static boolean better(int[] score, int[] best) {
    return Arrays.compare(score, best) > 0; // lexicographic: the first difference decides
  }

  /** Every combination of tests, the most specific first; the reason is filled in later. */
  private static List<Row> candidates() {
    List<Row> candidates = new ArrayList<>();
    for (int da : VOTE_TESTS) {
      for (int courts : VOTE_TESTS) {
        for (int city : VOTE_TESTS) {
          for (int closed : CLOSED_TESTS) {
            candidates.add(new Row(List.of(da, courts, city), closed, Reason.PENDING));
          }
        }
      }
    }
    return candidates;
  }

  private static int[] voteTests() {
    int[] tests = new int[VALUES + 2];
    for (int value = 0; value < VALUES; value++) {
      tests[value] = 1 << value;
    }
    tests[VALUES] = AGAINST_OR_ABSTAIN;
    tests[VALUES + 1] = ANY_VOTE;
    return tests;
  }

  /** The FEEL unary tests for a set of vote values: {@code -} for any, else the quoted values. */
  static String voteTest(int test) {
    if (test == ANY_VOTE) {
      return "-";
    }
    List<String> values = new ArrayList<>(VALUES);
    int bit = 1;
    for (String value : VOTE_VALUES) {
      if ((test & bit) != 0) {
        values.add('"' + value + '"');
      }
      bit <<= 1;
    }
    return String.join(",", values);
  }

  /** The FEEL unary test on whether voting is closed: {@code false}, {@code true} or {@code -}. */
  static String closedTest(int test) {
    return switch (test) {
      case 0b01 -> "false";
      case 0b10 -> "true";
      default -> "-";
    };
  }

  /** What a row's reason means, with the R-numbers of RULE.md: the rule annotation column. */
  static String annotation(Reason reason, int votesRequired) {
    return switch (reason) {
      case RENEWED -> "R3: at least " + votesRequired + " of the 3 stakeholders voted in favor";
      case VOTED_DOWN -> "R4, R6, R7: voted down: even with every missing vote in favor, renewal"
          + " could not reach " + votesRequired + " in favor (an abstention, like a vote against,"
          + " does not count in favor)";
      case LAPSED -> "R7: voting is closed and renewal was not reached; stakeholders who never"
          + " voted could have renewed it, so the contract lapsed";
      case PENDING -> "R6: voting is open; renewal is not reached but still possible, so the"
          + " votes still to come decide it";
    };
  }

  /** Every vote value, quoted, as FEEL lists them: the choices, then NOT_VOTED. */
  static String voteValuesQuoted() {
    List<String> values = new ArrayList<>(VALUES);
    for (String value : VOTE_VALUES) {
      values.add('"' + value + '"');
    }
    return String.join(",", values);
  }
}

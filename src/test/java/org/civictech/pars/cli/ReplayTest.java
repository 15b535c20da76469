package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.Ballot;
import org.civictech.pars.DatedVote;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.junit.jupiter.api.Test;

/** The replay file format: one dated vote a line. */
class ReplayTest {

  private static final Ballot EMPTY =
      Ballot.open(Pars2018.contract(), RenewalDecider.twoOfThree());

  @Test
  void a_line_is_date_stakeholder_choice_and_an_optional_quoted_source() throws UsageException {
    Ballot ballot = Replay.cast(EMPTY, List.of(
        "2018-07-11 DA against \"Letter to the Mayor, 2018-07-11\"",
        "  2018-07-12   courts   IN-FAVOR  "), CliRun.ENGLISH);

    assertThat(ballot.history()).containsExactly(
        new DatedVote(Vote.against(Stakeholder.DA), LocalDate.of(2018, 7, 11),
            "Letter to the Mayor, 2018-07-11"),
        new DatedVote(Vote.inFavor(Stakeholder.COURTS), LocalDate.of(2018, 7, 12), ""));
  }

  @Test
  void comments_and_blank_lines_are_skipped_but_counted() {
    assertThatThrownBy(() -> Replay.cast(EMPTY, List.of("# votes", "", "2018-07-11 DA"),
        CliRun.ENGLISH))
        .isInstanceOf(UsageException.class)
        .hasMessage("line 3: expected DATE STAKEHOLDER CHOICE [\"source\"], but was"
            + " \"2018-07-11 DA\"");
  }

  @Test
  void an_unquoted_source_is_an_error() {
    assertThatThrownBy(() -> Replay.cast(EMPTY, List.of("2018-07-11 DA against a letter"),
        CliRun.ENGLISH))
        .isInstanceOf(UsageException.class)
        .hasMessage("line 1: the source must be in double quotes, but was \"a letter\"");
  }

  @Test
  void a_bad_date_is_an_error() {
    assertThatThrownBy(() -> Replay.cast(EMPTY, List.of("11/07/2018 DA against"),
        CliRun.ENGLISH))
        .isInstanceOf(UsageException.class)
        .hasMessage("line 1: the date must be a date like 2018-09-01, but was \"11/07/2018\"");
  }

  @Test
  void the_2018_ballot_is_the_one_rule_md_tells() {
    Ballot ballot = Pars2018.ballot(Locale.ENGLISH);

    assertThat(ballot.history()).extracting(dated -> dated.castOn().toString())
        .containsExactly("2018-07-11", "2018-07-27", "2018-07-27");
    assertThat(ballot.decisionAsOf(LocalDate.of(2018, 9, 1)).lapsed()).isFalse();
  }
}

package org.civictech.pars.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.junit.jupiter.api.Test;

/** The rows of the DMN table, as a human reader reads them, and their annotations. */
class DmnRowsTest {

  private static List<String> rows(int votesRequired) {
    return DmnRows.rows(RenewalDecider.requiring(votesRequired)).stream()
        .map(DmnRows.Row::toString).toList();
  }

  @Test
  void the_pars_table_is_eight_rows_read_from_the_top() {
    assertThat(rows(2)).containsExactly(
        "\"IN_FAVOR\" | \"IN_FAVOR\" | - | - | RENEWED",
        "\"IN_FAVOR\" | - | \"IN_FAVOR\" | - | RENEWED",
        "- | \"IN_FAVOR\" | \"IN_FAVOR\" | - | RENEWED",
        "\"AGAINST\",\"ABSTAIN\" | \"AGAINST\",\"ABSTAIN\" | - | - | VOTED_DOWN",
        "\"AGAINST\",\"ABSTAIN\" | - | \"AGAINST\",\"ABSTAIN\" | - | VOTED_DOWN",
        "- | \"AGAINST\",\"ABSTAIN\" | \"AGAINST\",\"ABSTAIN\" | - | VOTED_DOWN",
        "- | - | - | true | LAPSED",
        "- | - | - | false | PENDING");
  }

  @Test
  void one_in_favor_renews_under_the_rule_requiring_one() {
    assertThat(rows(1)).containsExactly(
        "\"IN_FAVOR\" | - | - | - | RENEWED",
        "- | \"IN_FAVOR\" | - | - | RENEWED",
        "- | - | \"IN_FAVOR\" | - | RENEWED",
        "\"AGAINST\",\"ABSTAIN\" | \"AGAINST\",\"ABSTAIN\" | \"AGAINST\",\"ABSTAIN\" | -"
            + " | VOTED_DOWN",
        "- | - | - | true | LAPSED",
        "- | - | - | false | PENDING");
  }

  @Test
  void one_vote_not_in_favor_defeats_consensus() {
    assertThat(rows(3)).containsExactly(
        "\"IN_FAVOR\" | \"IN_FAVOR\" | \"IN_FAVOR\" | - | RENEWED",
        "\"AGAINST\",\"ABSTAIN\" | - | - | - | VOTED_DOWN",
        "- | \"AGAINST\",\"ABSTAIN\" | - | - | VOTED_DOWN",
        "- | - | \"AGAINST\",\"ABSTAIN\" | - | VOTED_DOWN",
        "- | - | - | true | LAPSED",
        "- | - | - | false | PENDING");
  }

  @Test
  void each_reason_has_its_own_annotation() {
    assertThat(DmnRows.annotation(Reason.RENEWED, 2)).startsWith("R3: at least 2 of the 3");
    assertThat(DmnRows.annotation(Reason.VOTED_DOWN, 2)).startsWith("R4, R6, R7: voted down")
        .contains("could not reach 2 in favor").contains("abstention");
    assertThat(DmnRows.annotation(Reason.LAPSED, 2)).startsWith("R7: voting is closed")
        .contains("lapsed");
    assertThat(DmnRows.annotation(Reason.PENDING, 2)).startsWith("R6: voting is open");
  }

  /** The PARS table as docs/dmn.md shows it: one Markdown row per DMN rule. */
  static String markdown() {
    StringBuilder table = new StringBuilder(
        "| # | DA | COURTS | CITY | votingClosed | outcome | reason | RULE.md |\n"
        + "|---|----|--------|------|--------------|---------|--------|---------|\n");
    int number = 0;
    for (DmnRows.Row row : DmnRows.rows(RenewalDecider.twoOfThree())) {
      table.append("| ").append(++number).append(" | ");
      for (int test : row.votes()) {
        table.append('`').append(DmnRows.voteTest(test)).append("` | ");
      }
      table.append('`').append(DmnRows.closedTest(row.closed())).append("` | `\"")
          .append(row.reason().outcome()).append("\"` | `\"").append(row.reason())
          .append("\"` | ").append(DmnRows.annotation(row.reason(), 2)).append(" |\n");
    }
    return table.toString();
  }

  @Test
  void the_dmn_guide_shows_the_table_that_dmn_prints() throws IOException {
    String guide = Files.readString(Path.of("docs/dmn.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    int begin = guide.indexOf("<!-- dmn-table:begin -->\n");
    int end = guide.indexOf("<!-- dmn-table:end -->");
    assertThat(begin).isNotNegative();
    assertThat(end).isGreaterThan(begin);

    assertThat(guide.substring(guide.indexOf('\n', begin) + 1, end)).isEqualTo(markdown());
  }

  @Test
  void a_row_counts_the_tests_it_specifies() {
    List<DmnRows.Row> rows = DmnRows.rows(RenewalDecider.twoOfThree());

    assertThat(rows).extracting(DmnRows.Row::specified)
        .containsExactly(2, 2, 2, 2, 2, 2, 1, 1);
  }

  @Test
  void a_row_scores_new_cases_then_overlap_then_fewer_tests() {
    DmnRows.Row lapsed = DmnRows.rows(RenewalDecider.twoOfThree()).get(6);
    Reason[] answers = new Reason[DmnRows.CASES];
    Arrays.fill(answers, Reason.LAPSED);
    boolean[] covered = new boolean[DmnRows.CASES];

    assertThat(DmnRows.score(lapsed, answers, covered, Reason.LAPSED))
        .containsExactly(DmnRows.CASES / 2, 0, -1);
    Arrays.fill(covered, true);
    assertThat(DmnRows.score(lapsed, answers, covered, Reason.LAPSED))
        .containsExactly(0, -DmnRows.CASES / 2, -1);
    Arrays.fill(covered, false);
    assertThat(DmnRows.score(lapsed, answers, covered, Reason.PENDING)).containsExactly(0, 0, 0);
  }

  @Test
  void a_score_is_better_only_when_strictly_greater_at_its_first_difference() {
    assertThat(DmnRows.better(new int[] {2, 0, -1}, new int[] {1, 0, 0})).isTrue();
    assertThat(DmnRows.better(new int[] {1, 0, -1}, new int[] {1, 0, -2})).isTrue();
    assertThat(DmnRows.better(new int[] {1, 0, -2}, new int[] {1, 0, -1})).isFalse();
    assertThat(DmnRows.better(new int[] {1, 0, -1}, new int[] {1, 0, -1})).isFalse();
  }
}

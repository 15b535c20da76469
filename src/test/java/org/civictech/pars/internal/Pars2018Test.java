package org.civictech.pars.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedVote;
import org.civictech.pars.Outcome;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Wording;
import org.junit.jupiter.api.Test;

/**
 * The one source of the 2018 ballot tells docs/RULE.md's story: its contract, its votes and
 * their dates, the 2018 example table word for word, and the reports RULE.md cites, in every
 * language.
 */
class Pars2018Test {

  private static final Path RULE = Path.of("docs/RULE.md");
  private static final Ballot ENGLISH = Pars2018.ballot(Locale.ENGLISH);

  /** One row of RULE.md's "The 2018 example" table. */
  private record Row(LocalDate asOf, List<String> choices, String outcome, String why) {}

  /** The rows of RULE.md's "The 2018 example" table, under its DA, COURTS, CITY heading. */
  private static List<Row> exampleTable() throws IOException {
    String rule = Files.readString(RULE, StandardCharsets.UTF_8);
    String section = rule.substring(rule.indexOf("## The 2018 example"));
    List<Row> rows = new ArrayList<>();
    for (String line : section.substring(0, section.indexOf("\n\n", section.indexOf('|')))
        .split("\n")) {
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\\|")) {
        cells.add(cell.trim());
      }
      if (line.startsWith("| as of")) {
        assertThat(cells.subList(1, 6)).containsExactly("as of", "DA", "COURTS", "CITY", "outcome");
      } else if (line.startsWith("| 2")) {
        rows.add(new Row(LocalDate.parse(cells.get(1)), cells.subList(2, 5), cells.get(5),
            cells.get(6)));
      }
    }
    return rows;
  }

  /** How RULE.md's table writes a stakeholder's standing vote. */
  private static String cell(Optional<Choice> choice) {
    return choice.map(c -> switch (c) {
      case IN_FAVOR -> "in favor";
      case AGAINST -> "against";
      case ABSTAIN -> "abstain";
    }).orElse("-");
  }

  @Test
  void the_contract_is_pars_expiring_on_august_31_2018_and_needing_two_votes() {
    LocalDate august31 = LocalDate.of(2018, 8, 31);

    assertThat(Pars2018.EXPIRES_ON).isEqualTo(august31);
    assertThat(Pars2018.contract()).isEqualTo(Contract.of("PARS", august31));
    assertThat(ENGLISH.contract()).isEqualTo(Pars2018.contract());
    assertThat(ENGLISH.decider()).isEqualTo(RenewalDecider.requiring(2)); // R8
  }

  @Test
  void the_2018_example_is_rule_md_s_table_row_by_row() throws IOException {
    List<Row> table = exampleTable();

    assertThat(table).extracting(Row::asOf).isEqualTo(Pars2018.WORKED_EXAMPLE_DATES);
    for (Row row : table) {
      RenewalDecision decision = ENGLISH.decisionAsOf(row.asOf());
      List<String> choices = new ArrayList<>();
      for (Stakeholder stakeholder : Stakeholder.values()) {
        choices.add(cell(decision.choiceOf(stakeholder)));
      }
      assertThat(choices).as("%s", row.asOf()).isEqualTo(row.choices());
      assertThat(decision.outcome()).as("%s", row.asOf())
          .isEqualTo(Outcome.valueOf(row.outcome()));
      boolean closed = row.why().startsWith("voting closed on " + Pars2018.EXPIRES_ON);
      assertThat(decision.isFinal()).as("%s", row.asOf()).isEqualTo(closed);
      if (row.why().endsWith("voted down")) {
        assertThat(decision.reason()).as("%s", row.asOf()).isEqualTo(Reason.VOTED_DOWN);
      }
    }
    assertThat(table.get(table.size() - 1).why()).endsWith("voted down");
  }

  @Test
  void every_language_tells_the_same_votes_citing_the_same_reports_in_its_own_words() {
    List<DatedVote> english = ENGLISH.history();
    for (Wording wording : Languages.all()) {
      List<DatedVote> history = Pars2018.ballot(wording.locale()).history();

      assertThat(history).extracting(DatedVote::vote)
          .isEqualTo(english.stream().map(DatedVote::vote).toList());
      assertThat(history).extracting(DatedVote::castOn)
          .isEqualTo(english.stream().map(DatedVote::castOn).toList());
      for (int i = 0; i < history.size(); i++) {
        String source = history.get(i).source();
        String englishSource = english.get(i).source();
        String citation = englishSource.substring(englishSource.lastIndexOf(" ["));
        LocalDate castOn = history.get(i).castOn();
        // the date in the language's own words ("11 de julio de 2018", "2018年7月11日"...)
        assertThat(source).as(wording.language()).endsWith(citation)
            .contains(String.valueOf(castOn.getYear()))
            .contains(String.valueOf(castOn.getDayOfMonth()));
        if (!wording.language().equals("en")) {
          assertThat(source).as(wording.language()).isNotEqualTo(englishSource);
        }
      }
    }
  }

  @Test
  void every_report_cited_is_one_rule_md_lists_at_the_same_address() throws IOException {
    String rule = Files.readString(RULE, StandardCharsets.UTF_8);
    Set<String> listed = new LinkedHashSet<>();
    List<String> sources = Pars2018.SOURCES;
    for (int i = 0; i < sources.size(); i += 2) {
      String key = sources.get(i).substring(1, sources.get(i).indexOf(']'));
      String address = sources.get(i + 1).trim();
      assertThat(rule).as(key).contains("\n| " + key + " |");
      String row = rule.substring(rule.indexOf("\n| " + key + " |") + 1);
      assertThat(row.substring(0, row.indexOf('\n'))).as(key).contains(address);
      listed.add(key);
    }

    Set<String> cited = new LinkedHashSet<>();
    for (DatedVote dated : ENGLISH.history()) {
      String source = dated.source();
      for (String key : source.substring(source.lastIndexOf('[') + 1, source.length() - 1)
          .split(", ")) {
        cited.add(key);
      }
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(cited);
  }
}

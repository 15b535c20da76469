package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civictech.pars.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --json} in every mode prints one document valid against its schema, in the language of
 * {@code --lang}; {@code --csv} prints RFC 4180 CSV for the truth table and a replay's timeline;
 * misuse is a one-line error with exit status 2.
 */
class MainJsonCsvTest {

  private static final JsonMapper MAPPER = new JsonMapper();
  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  private static JsonNode json(CliRun run, String schema) {
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith(NL);
    assertThat(run.out().strip()).doesNotContain("\n"); // one document, on one line
    assertThat(Schemas.errors(schema, run.out())).as(run.out()).isEmpty();
    return MAPPER.readTree(run.out());
  }

  private Path votes2018() throws IOException {
    Path file = dir.resolve("2018.txt");
    Files.writeString(file, "2018-07-11 DA against \"Letter, 2018-07-11\"\n"
        + "2018-07-27 COURTS abstain\n2018-07-27 CITY against\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void decide_json_carries_the_whole_decision_of_the_issue() {
    JsonNode json = json(CliRun.of("DA=against", "COURTS=abstain", "CITY=against",
        "--as-of=2018-09-01", "--json"), Schemas.DECISION);

    assertThat(json.get("outcome").asString()).isEqualTo("NOT_RENEWED");
    assertThat(json.get("reason").asString()).isEqualTo("VOTED_DOWN"); // R7
    assertThat(json.get("final").asBoolean()).isTrue();
    assertThat(json.get("asOf").asString()).isEqualTo("2018-09-01");
    assertThat(json.get("votes").size()).isEqualTo(3);
    assertThat(json.get("inFavor").size()).isZero();
    assertThat(json.get("against").toString()).isEqualTo("[\"DA\",\"CITY\"]");
    assertThat(json.get("abstained").toString()).isEqualTo("[\"COURTS\"]");
    assertThat(json.get("notVoted").size()).isZero();
    assertThat(json.get("pivots").isArray()).isTrue();
    assertThat(json.get("language").asString()).isEqualTo("en");
    assertThat(json.get("explanation").asString()).startsWith("Not renewed (voted down): ");
  }

  @Test
  void json_combines_with_lang() {
    JsonNode json = json(CliRun.of("DA=against", "--json", "--lang=es"), Schemas.DECISION);

    assertThat(json.get("language").asString()).isEqualTo("es");
    assertThat(json.get("asOf").isNull()).isTrue();
    assertThat(json.get("reason").asString()).isEqualTo("PENDING");
  }

  @Test
  void the_story_as_json_is_the_2018_ballot() {
    JsonNode json = json(CliRun.of("--json"), Schemas.BALLOT);

    assertThat(json.get("history").size()).isEqualTo(3);
    assertThat(json.get("timeline").get(json.get("timeline").size() - 1).get("decision")
        .get("reason").asString()).isEqualTo("VOTED_DOWN");
  }

  @Test
  void the_truth_table_as_json_has_64_rows_open_and_closed() {
    JsonNode json = json(CliRun.of("--truth-table", "--requiring=3", "--json"),
        Schemas.TRUTH_TABLE);

    assertThat(json.get("votesRequired").asInt()).isEqualTo(3);
    assertThat(json.get("rows").size()).isEqualTo(64);
    // Row 0: all three in favor, renewed under consensus (R8: 3), open and closed.
    assertThat(json.get("rows").get(0).get("open").get("reason").asString()).isEqualTo("RENEWED");
    assertThat(json.get("rows").get(63).get("closed").get("reason").asString())
        .isEqualTo("LAPSED");
  }

  @Test
  void a_replay_as_json_is_the_ballot_and_as_of_a_day_the_decision() throws IOException {
    String file = votes2018().toString();
    JsonNode ballot = json(CliRun.of("--replay", file, "--json"), Schemas.BALLOT);
    JsonNode decision = json(CliRun.of("--replay", file, "--as-of=2018-07-12", "--json"),
        Schemas.DECISION);

    assertThat(ballot.get("history").get(0).get("source").asString())
        .isEqualTo("Letter, 2018-07-11");
    assertThat(decision.get("reason").asString()).isEqualTo("PENDING");
    assertThat(decision.get("asOf").asString()).isEqualTo("2018-07-12");
  }

  @Test
  void the_truth_table_as_csv_has_a_header_and_64_rows() {
    CliRun run = CliRun.of("--truth-table", "--csv");
    String[] rows = run.out().split("\r\n", -1);

    assertThat(run.status()).isZero();
    assertThat(rows).hasSize(66); // header, 64 rows, and the empty rest after the last CRLF
    assertThat(rows[0]).isEqualTo(
        "DA,COURTS,CITY,openOutcome,openReason,closedOutcome,closedReason");
    assertThat(rows[1]).isEqualTo("IN_FAVOR,IN_FAVOR,IN_FAVOR,RENEWED,RENEWED,RENEWED,RENEWED");
    // Nobody voted: pending while open; lapsed after the expiry (R7).
    assertThat(rows[64]).isEqualTo(",,,PENDING,PENDING,NOT_RENEWED,LAPSED");
    assertThat(rows[65]).isEmpty();
  }

  @Test
  void a_replays_timeline_as_csv_quotes_its_sentences() throws IOException {
    CliRun run = CliRun.of("--replay=" + votes2018(), "--csv", "--lang=es");
    String[] rows = run.out().split("\r\n");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(rows[0]).isEqualTo(
        "asOf,outcome,reason,final,DA,COURTS,CITY,explanation,explainPivots");
    assertThat(rows).hasSize(4);
    // A sentence without a comma goes as is; one with a comma is quoted.
    assertThat(rows[1]).startsWith("2018-07-11,PENDING,PENDING,false,AGAINST,,,Pendiente: ")
        .endsWith(".,Un solo voto cambiaría el resultado: no se renovaría si los tribunales "
            + "o la Ciudad votaran en contra o se abstuvieran.");
    assertThat(rows[3]).startsWith("2018-09-01,NOT_RENEWED,VOTED_DOWN,true,AGAINST,ABSTAIN,AGAINST,"
        + "\"No renovado (no aprobado en la votación): ")
        .contains("los tribunales se abstuvieron, lo que no cuenta como voto a favor.\",");
  }

  @Test
  void csv_quotes_commas_quotes_and_line_breaks_and_nothing_else() {
    StringBuilder csv = new StringBuilder();
    Csv.row(csv, "plain", "a,b", "say \"no\"", "two\nlines", "cr\r", "");

    assertThat(csv.toString())
        .isEqualTo("plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\"cr\r\",\r\n");
  }

  @Test
  void misuse_of_json_and_csv_is_a_one_line_error_with_status_2() {
    assertUsage(CliRun.of("--json", "--csv"), "pars-renewal: --json and --csv cannot be combined");
    assertUsage(CliRun.of("--csv", "--json"), "pars-renewal: --json and --csv cannot be combined");
    assertUsage(CliRun.of("--json", "--json"), "pars-renewal: --json given twice");
    assertUsage(CliRun.of("--csv", "--truth-table", "--csv"), "pars-renewal: --csv given twice");
    assertUsage(CliRun.of("DA=against", "--csv"), "pars-renewal: --csv prints the truth table");
    assertUsage(CliRun.of("--csv"), "pars-renewal: --csv prints the truth table");
    assertUsage(CliRun.of("--json", "DA=maybe"), "pars-renewal: unknown choice");
    assertUsage(CliRun.of("--dmn", "--json"), "pars-renewal: --dmn prints XML");
  }

  @Test
  void a_replay_as_of_a_day_cannot_be_csv() throws IOException {
    assertUsage(CliRun.of("--replay=" + votes2018(), "--as-of=2018-07-12", "--csv"),
        "pars-renewal: --csv prints the truth table");
  }

  private static void assertUsage(CliRun run, String errorStart) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.error()).startsWith(errorStart);
    assertThat(run.err()).doesNotContain("\tat ");
  }
}

package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.civictech.pars.Ballot;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON examples of docs/json.md are what the code writes (compared as JSON, ignoring
 * indentation).
 */
class ReadmeJsonTest {

  private static final JsonMapper MAPPER = new JsonMapper();

  private static String block(String name) throws IOException {
    String guide = Files.readString(Path.of("docs/json.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    int from = guide.indexOf("<!-- " + name + ":begin -->");
    int to = guide.indexOf("<!-- " + name + ":end -->");
    assertThat(from).as(name).isNotNegative();
    assertThat(to).as(name).isGreaterThan(from);
    String fenced = guide.substring(from, to);
    return fenced.substring(fenced.indexOf("```json\n") + 8, fenced.lastIndexOf("```"));
  }

  @Test
  void the_guide_decision_is_what_the_program_prints_with_json() throws IOException {
    CliRun run = CliRun.of("DA=against", "COURTS=abstain", "CITY=against", "--as-of=2018-09-01",
        "--json");

    assertThat(MAPPER.readTree(block("json-decision"))).isEqualTo(MAPPER.readTree(run.out()));
  }

  @Test
  void the_guide_ballot_is_what_the_library_writes() throws IOException {
    Ballot ballot = Ballot.open(Contract.of("PARS", LocalDate.of(2018, 8, 31)),
            RenewalDecider.twoOfThree())
        .cast(Vote.against(Stakeholder.DA).because("ICE's use of PARS"),
            LocalDate.of(2018, 7, 11), "Letter to the Mayor, 2018-07-11");

    assertThat(MAPPER.readTree(block("json-ballot"))).isEqualTo(MAPPER.readTree(ballot.toJson()));
  }
}

package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.internal.Vectors;
import org.civictech.pars.vectors.VectorsRunner;
import org.junit.jupiter.api.Test;

/** The conformance vectors run against the command line, as another program would run it. */
class VectorsCliTest {

  @Test
  void the_command_lines_json_passes_every_case() {
    JsonNode vectors = VectorsRunner.vectors();

    List<String> results = VectorsRunner.run(vectors, VectorsRunner.normative(vectors), input -> {
      List<String> args = new ArrayList<>();
      input.get("votes").fields().forEachRemaining(vote -> args.add(vote.getKey() + "="
          + vote.getValue().asText().toLowerCase(Locale.ROOT).replace('_', '-')));
      args.add("--requiring=" + input.get("votesRequired").asInt());
      args.add("--expires=" + input.get("expiresOn").asText());
      args.add("--as-of=" + input.get("asOf").asText());
      args.add("--json");
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.status()).as(run.err()).isZero();
      return VectorsRunner.parse(run.out());
    });

    assertThat(results).last().isEqualTo("576 passed, 0 failed");
  }

  @Test
  void vectors_prints_the_vectors_the_library_generates() {
    CliRun run = CliRun.of("--vectors");

    assertThat(run.status()).isZero();
    assertThat(run.out().replace(System.lineSeparator(), "\n")).isEqualTo(Vectors.json());
    assertThat(CliRun.of("--vectors", "--lang=es").out()).isEqualTo(run.out());
  }
}

package org.civictech.pars.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civictech.pars.internal.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/vectors.md: examples/vectors/check.py, the rule written again in
 * Python, passes every case, and its runner reports a wrong answer with the differing field.
 * Skipped, with a message, where no python3 is installed; CI has one.
 */
class PythonCheckerTest {

  private static final Path CHECKER = Path.of("examples/vectors/check.py");

  @Test
  void the_python_example_passes_every_case(@TempDir Path dir) throws Exception {
    Path vectors = dir.resolve("vectors.json");
    Files.writeString(vectors, Vectors.json(), StandardCharsets.UTF_8);

    Run run = python(CHECKER.toString(), vectors.toString());

    assertThat(run.status()).isZero();
    assertThat(run.lines()).hasSize(577).last().isEqualTo("576 passed, 0 failed");
  }

  @Test
  void the_python_runner_checks_another_implementations_answers(@TempDir Path dir)
      throws Exception {
    Path vectors = dir.resolve("vectors.json");
    Files.writeString(vectors, Vectors.json(), StandardCharsets.UTF_8);
    Path answers = dir.resolve("answers.jsonl");
    Files.writeString(answers, "{\"id\": \"r2-DA_AGAINST-COURTS_ABSTAIN-CITY_AGAINST-2018-09-01\","
        + " \"outcome\": \"NOT_RENEWED\", \"reason\": \"LAPSED\"}\n", StandardCharsets.UTF_8);

    Run run = python(CHECKER.toString(), vectors.toString(), answers.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).last().isEqualTo("0 passed, 576 failed");
    assertThat(run.lines()).anySatisfy(line -> assertThat(line)
        .startsWith("{\"id\": \"r2-DA_AGAINST-COURTS_ABSTAIN-CITY_AGAINST-2018-09-01\","
            + " \"pass\": false")
        .contains("\"reason\": {\"expected\": \"VOTED_DOWN\", \"actual\": \"LAPSED\"}")
        .doesNotContain("\"outcome\""));
  }

  private record Run(int status, List<String> lines) {}

  private static Run python(String... args) throws IOException, InterruptedException {
    String python = findPython();
    assumeTrue(python != null, "python3 not installed: the Python checker is not run here");
    ProcessBuilder builder = new ProcessBuilder(python);
    builder.command().addAll(List.of(args));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out.lines().toList());
  }

  private static String findPython() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "python3"))) {
        return Path.of(dir, "python3").toString();
      }
    }
    return null;
  }
}

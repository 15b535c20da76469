package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Exit statuses: 0 success, 2 bad command line or input, 1 a failed read or write. */
class ExitStatusTest {

  /** Standard output on a full disk: every write fails. */
  private static final OutputStream FULL = new OutputStream() {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  };

  @Test
  void a_failed_write_exits_1_with_one_line_on_standard_error() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"--truth-table"}, new PrintStream(FULL, false,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
        "pars-renewal: cannot write the output (standard output failed)"
            + System.lineSeparator());
  }

  @Test
  void a_failed_read_exits_1_with_one_line_naming_the_input() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Input/output error");
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        throw new IOException("Input/output error");
      }
    };

    CliRun run = CliRun.withInput(broken, "--replay=-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("pars-renewal: cannot read standard input: Input/output error"
        + System.lineSeparator());
  }

  @Test
  void success_exits_0_and_a_bad_command_line_2() {
    assertThat(CliRun.of("--truth-table").status()).isZero();
    assertThat(CliRun.of("--truth-table", "--as-of").status()).isEqualTo(2);
  }

  @Test
  void help_and_the_cli_guide_document_the_exit_statuses() throws IOException {
    String exit = "Exit status: 0 success, 2 bad command line or input, 1 input or output failure.";

    assertThat(CliRun.of("--help").out()).contains(exit);
    assertThat(Files.readString(Path.of("docs/cli.md")).replaceAll("\\s+", " "))
        .contains("exits with status 0 on success, 2 on a bad command line or bad input")
        .contains("and 1 when reading or writing fails");
  }
}

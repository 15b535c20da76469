package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay input read the way a careful tool reads it: encodings, limits, odd files, escaping. */
class ReplayFilesTest {

  private static final String VOTES_2018 = "2018-07-11 DA against \"Letter to the Mayor\"\n"
      + "2018-07-27 COURTS abstain\n"
      + "2018-07-27 CITY against\n";

  private static CliRun replay(byte[] input, String... more) {
    String[] args = new String[more.length + 1];
    args[0] = "--replay=-";
    System.arraycopy(more, 0, args, 1, more.length);
    return CliRun.withInput(new ByteArrayInputStream(input), args);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Fails unless the run printed nothing, exited 2, and gave one error line then the usage. */
  private static String oneLineError(CliRun run) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().count()).isEqualTo(1 + CliRun.ENGLISH.usage().lines().count());
    assertThat(run.err().lines().skip(1).findFirst().orElseThrow()).startsWith("Usage: ");
    return run.error();
  }

  @Test
  void a_leading_byte_order_mark_is_skipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] input = Arrays.copyOf(bom, bom.length + utf8(VOTES_2018).length);
    System.arraycopy(utf8(VOTES_2018), 0, input, bom.length, utf8(VOTES_2018).length);

    CliRun run = replay(input);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(replay(utf8(VOTES_2018)).out())
        .contains("2018-07-11  DA: against (source: Letter to the Mayor)");
  }

  @Test
  void crlf_tabs_and_trailing_spaces_keep_working() {
    CliRun run = replay(utf8("2018-07-11\tDA\tagainst\t\"Letter to the Mayor\"  \r\n"
        + "2018-07-27 COURTS abstain \t\r\n\r\n2018-07-27  CITY  against\r\n"));

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(replay(utf8(VOTES_2018)).out());
  }

  @Test
  void control_and_bidirectional_characters_in_a_source_are_escaped_in_the_output() {
    CliRun run = replay(utf8("2018-07-11 DA against \"\u001B[31mred\u0007 \u202Eevil\u2066\"\n"));

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("(source: \\u001B[31mred\\u0007 \\u202Eevil\\u2066)")
        .doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E");
  }

  @Test
  void a_file_name_with_a_newline_stays_on_one_error_line(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad\nname\u001B.txt");
    Files.writeString(file, "2018-07-11 MAYOR against\n");

    String error = oneLineError(CliRun.of("--replay=" + file));

    assertThat(error).isEqualTo("pars-renewal: " + dir + "/bad\\u000Aname\\u001B.txt line 1:"
        + " unknown stakeholder \"MAYOR\" (expected DA, COURTS or CITY)");
  }

  @Test
  void a_missing_file_with_a_control_character_in_its_name_is_escaped(@TempDir Path dir) {
    String error = oneLineError(CliRun.of("--replay=" + dir.resolve("no\rfile")));

    assertThat(error).endsWith("no\\u000Dfile\": no such file");
  }

  @Test
  void a_line_longer_than_the_limit_is_an_error_not_a_memory_exhaustion() {
    byte[] line = utf8("2018-07-11 DA against \"" + "x".repeat(Replay.MAX_LINE_BYTES) + "\"\n");

    assertThat(oneLineError(replay(line)))
        .isEqualTo("pars-renewal: standard input line 1: longer than 4096 bytes");
  }

  @Test
  void a_line_exactly_at_the_limit_is_read() {
    String source = "x".repeat(Replay.MAX_LINE_BYTES - "2018-07-11 DA against \"\"".length());
    CliRun run = replay(utf8("2018-07-11 DA against \"" + source + "\"\r\n"));

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(source);
  }

  @Test
  void one_byte_over_the_limit_is_too_long_even_when_the_line_ends_there() {
    byte[] line = utf8("#" + "x".repeat(Replay.MAX_LINE_BYTES) + "\n");

    assertThat(oneLineError(replay(line)))
        .isEqualTo("pars-renewal: standard input line 1: longer than 4096 bytes");
  }

  @Test
  void endless_zero_bytes_stop_at_the_line_limit() {
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }
    };

    assertThat(oneLineError(CliRun.withInput(zeros, "--replay=-")))
        .isEqualTo("pars-renewal: standard input line 1: longer than 4096 bytes");
  }

  @Test
  void an_input_larger_than_the_limit_is_an_error() {
    byte[] comment = utf8("#" + "x".repeat(4000) + "\n");
    InputStream endless = new InputStream() {
      private int next;

      @Override
      public int read() {
        return comment[next++ % comment.length];
      }

      @Override
      public int read(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
          bytes[offset + i] = comment[next++ % comment.length];
        }
        next %= comment.length;
        return length;
      }
    };

    assertThat(oneLineError(CliRun.withInput(endless, "--replay=-")))
        .startsWith("pars-renewal: standard input line ")
        .endsWith(": the input is larger than 256 MiB, the most a replay reads");
  }

  @Test
  void bytes_that_are_not_utf8_are_an_error_naming_the_line() {
    byte[] input = utf8("2018-07-11 DA against\n2018-07-27 CITY against \"caf\u00e9\"\n"
        + "# x\n");
    input[input.length - 2] = (byte) 0xFF;

    assertThat(oneLineError(replay(input)))
        .isEqualTo("pars-renewal: standard input line 3: not valid UTF-8 text");
    assertThat(replay(Arrays.copyOf(input, input.length - 4)).out()).contains("café");
  }

  @Test
  void a_directory_is_reported_as_a_directory(@TempDir Path dir) {
    assertThat(oneLineError(CliRun.of("--replay=" + dir))).isEqualTo("pars-renewal: cannot read \""
        + dir + "\": it is a directory, not a file of votes");
  }

  @Test
  void a_dash_reads_standard_input() {
    CliRun run = replay(utf8(VOTES_2018), "--as-of=2018-09-01");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Outcome: NOT_RENEWED (voted down)");
  }

  @Test
  void errors_on_standard_input_name_it() {
    assertThat(oneLineError(replay(utf8("2018-07-11 DA\n")))).isEqualTo("pars-renewal: standard"
        + " input line 1: expected DATE STAKEHOLDER CHOICE [\"source\"], but was \"2018-07-11 DA\"");
  }

  @Test
  void a_fifo_is_read_as_a_stream(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("votes.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(utf8(VOTES_2018));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });

    CliRun run = CliRun.of("--replay=" + fifo);
    writer.join();

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(replay(utf8(VOTES_2018)).out());
  }
}

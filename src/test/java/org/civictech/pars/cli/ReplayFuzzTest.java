package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 generated replay files, half random bytes and half valid lines with random mutations:
 * the program exits 0 with a result or 2 with exactly one error line and the usage, never prints
 * a stack trace, and never prints a raw control or bidirectional character.
 */
class ReplayFuzzTest {

  private static final String[] STAKEHOLDERS = {"DA", "COURTS", "CITY", "da", "Mayor", ""};
  private static final String[] CHOICES = {"in-favor", "against", "abstain", "IN_FAVOR", "yes"};
  private static final String[] SOURCES = {"", " \"Letter to the Mayor\"", " \"\"", " \"",
      " unquoted", " \"caf\u00e9 \u202Eevil\u001B[31m\u0007\"", " \"a \"quoted\" word\""};

  /** Bytes a random file is made of, the troublesome ones often. */
  private static final byte[] BYTES = {'\n', '\n', '\r', '\t', ' ', '"', '#', '-', '0', '1', '2',
      '7', '8', 'D', 'A', 'a', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, (byte) 0xC3,
      (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0xAE, 0x1B, 0x07, 0};

  /** Characters a mutation inserts. */
  private static final String INSERTED = "\n\r\t \"#-=+0123456789DAx\u00e9\u202E\u2066\u001B\u0007"
      + "\u0000\uFEFF\u2028";

  @Test
  void generated_files_exit_0_or_2_with_at_most_one_error_line(@TempDir Path dir) {
    AtomicInteger files = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    long usage = CliRun.ENGLISH.usage().lines().count();
    qt().withExamples(10_000).withShrinkCycles(50).forAll(longs().all()).checkAssert(seed -> {
      // A new file each time: rewriting one file is slow on file systems that discard on truncate.
      Path file = dir.resolve("votes-" + files.incrementAndGet() + ".txt");
      write(file, seed % 2 == 0 ? randomBytes(new Random(seed)) : mutatedLines(new Random(seed)));
      CliRun run = seed % 3 == 0
          ? CliRun.of("--replay", file.toString(), "--as-of=2018-08-01")
          : CliRun.of("--replay=" + file);

      assertThat(run.status()).isIn(0, 2);
      assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(run.out().replace(System.lineSeparator(), "\n"))
          .doesNotContainPattern("[\\p{Cc}&&[^\\n]]|[\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]");
      if (run.status() == 2) {
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().count()).isEqualTo(1 + usage);
        assertThat(run.error()).startsWith("pars-renewal: ")
            .doesNotContainPattern("[\\p{Cc}\u202A-\u202E\u2066-\u2069\u2028\u2029]");
      } else {
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Contract PARS");
        accepted.incrementAndGet();
      }
    });
    // Both ways out are exercised: the mutations leave many files valid, and break many.
    assertThat(accepted.get()).as("files accepted").isBetween(1_000, 9_000);
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(300)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
          : BYTES[random.nextInt(BYTES.length)];
    }
    return bytes;
  }

  private static byte[] mutatedLines(Random random) {
    List<String> lines = new ArrayList<>();
    LocalDate day = LocalDate.of(2018, 6, 1);
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      day = day.plusDays(random.nextInt(6));
      lines.add(day + " " + word(random, STAKEHOLDERS, 3) + " " + word(random, CHOICES, 3)
          + word(random, SOURCES, 3));
    }
    if (random.nextBoolean()) {
      lines.add(0, "# votes");
    }
    StringBuilder text = new StringBuilder(String.join(random.nextBoolean() ? "\n" : "\r\n",
        lines));
    for (int mutations = random.nextInt(3); mutations > 0 && text.length() > 0; mutations--) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(3)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, INSERTED.charAt(random.nextInt(INSERTED.length())));
        default -> text.setCharAt(at, (char) random.nextInt(0x3000));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (random.nextInt(8) == 0) {
      bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  /** One of the first {@code valid} words nine times in ten, else any. */
  private static String word(Random random, String[] words, int valid) {
    return words[random.nextInt(random.nextInt(10) < 9 ? valid : words.length)];
  }
}

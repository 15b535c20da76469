package org.civictech.pars.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command line replaying a file of {@code size} valid lines ({@code --replay=FILE}): read,
 * cast, and print every vote and the whole timeline (to a stream that discards it). In package
 * {@code cli} to call {@code Main.run} without exiting the JVM.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(3)
public class ReplayBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  private Path file;
  private final PrintStream discard =
      new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);

  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("replay-" + size + "-", ".txt");
    String[] stakeholders = {"DA", "COURTS", "CITY"};
    String[] choices = {"in-favor", "against", "abstain"};
    LocalDate first = Arguments.PARS_EXPIRY.minusDays(size / 3);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < size; i++) {
        out.write(first.plusDays(i / 3) + " " + stakeholders[i % 3] + " "
            + choices[(i / 3 + i) % 3] + (i % 2 == 0 ? " \"Minutes of the meeting, item " + i
            + "\"" : "") + "\n");
      }
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public int replay() {
    int status = Main.run(new String[] {"--replay=" + file}, InputStream.nullInputStream(),
        discard, discard);
    if (status != 0) {
      throw new IllegalStateException("replay failed with status " + status);
    }
    return status;
  }
}

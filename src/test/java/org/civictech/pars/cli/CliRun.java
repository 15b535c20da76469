package org.civictech.pars.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the program: exit status and what it printed. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    return withInput(InputStream.nullInputStream(), args);
  }

  /** A run whose standard input is {@code in}. */
  static CliRun withInput(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, in, o, e);
    }
    return new CliRun(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The first line of standard error: the one-line error message. */
  String error() {
    return err.lines().findFirst().orElse("");
  }
}

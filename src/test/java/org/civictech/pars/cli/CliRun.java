package org.civictech.pars.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Messages;

/** One in-process run of the program: exit status and what it printed. */
record CliRun(int status, String out, String err) {

  /** What the program says in English, the default language: its usage and errors. */
  static final Messages ENGLISH = Languages.of(Locale.ENGLISH).labels().messages();

  /** What the program says in Spanish ({@code --lang=es}). */
  static final Messages SPANISH = Languages.of(new Locale("es")).labels().messages();

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

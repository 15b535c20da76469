package org.civictech.pars.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.dmn.DmnExport;
import org.civictech.pars.internal.Library;
import org.civictech.pars.internal.Vectors;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Messages;
import org.civictech.pars.words.Wording;
import org.jspecify.annotations.Nullable;

/**
 * The command-line program: tells the 2018 story, decides a ballot, replays dated votes, or prints
 * the truth table or the rule as a DMN model. Exit status 0 on success, 2 on a bad command line or
 * bad input (one-line error and usage on standard error), 1 when reading or writing fails (one-line
 * error); never a stack trace. Usage and errors are in the language of {@code --lang}.
 */
public final class Main {

  static final int OK = 0;
  static final int IO_FAILURE = 1;
  static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the program and exits the JVM with a non-zero status on error.
   *
   * @param args the command line, not null
   */
  public static void main(String[] args) {
    // Buffered, flushed once at the end: a long replay prints millions of lines.
    PrintStream out = new PrintStream(new BufferedOutputStream(
        new FileOutputStream(FileDescriptor.out), 1 << 16), false, stdoutCharset());
    int status = run(args, System.in, out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** The charset {@code System.out} would use. */
  private static Charset stdoutCharset() {
    String name = System.getProperty("sun.stdout.encoding");
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }

  /** Runs the program with no standard input; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /**
   * Runs the program, reading {@code --replay=-} from {@code in} and printing to {@code out} and
   * {@code err}; returns the exit status.
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Messages say = ArgumentParser.messages(args);
    try {
      Arguments arguments = ArgumentParser.parse(args);
      RenewalDecider decider = RenewalDecider.requiring(arguments.votesRequired());
      Contract contract = Contract.of("PARS", arguments.expires());
      switch (arguments.mode()) {
        case HELP -> out.println(say.usage());
        case VERSION -> out.println(Library.NAME + " " + Library.version() + " (docs/RULE.md "
            + Library.RULE_VERSION + ")");
        case VECTORS -> out.print(Vectors.json());
        case STORY -> story(out, arguments.language(), arguments.format());
        case TRUTH_TABLE -> out.print(truthTable(arguments, decider, contract));
        case DMN -> out.print(DmnExport.xml(decider, Library.version()));
        case DECIDE -> decide(out, arguments, decider, contract);
        case REPLAY -> replay(out, in, arguments,
            Objects.requireNonNull(arguments.replayFile(), "replayFile"), arguments.asOf(),
            Ballot.open(contract, decider), say);
      }
    } catch (UsageException | IllegalArgumentException e) { // the API's own errors, as they are
      err.println("pars-renewal: " + e.getMessage());
      err.println(say.usage());
      return USAGE;
    } catch (IOException e) {
      err.println("pars-renewal: " + e.getMessage());
      return IO_FAILURE;
    }
    out.flush();
    if (out.checkError()) { // PrintStream keeps write errors to itself until asked
      err.println("pars-renewal: " + say.cannotWrite());
      return IO_FAILURE;
    }
    return OK;
  }

  private static void story(PrintStream out, Wording texts, Arguments.Format format) {
    Ballot ballot = Pars2018.ballot(texts.locale());
    if (format == Arguments.Format.JSON) {
      out.println(ballot.toJson(texts.locale()));
      return;
    }
    out.println(texts.labels().storyTitle());
    Report.ballot(out, texts, ballot);
    out.println();
    out.println(texts.labels().workedExample());
    for (var asOf : Pars2018.WORKED_EXAMPLE_DATES) {
      out.println("  " + asOf + "  " + Report.outcome(texts, ballot.decisionAsOf(asOf)));
    }
    out.println();
    out.println(texts.labels().sources());
    for (String source : Pars2018.SOURCES) {
      out.println(source);
    }
  }

  private static void decide(PrintStream out, Arguments arguments, RenewalDecider decider,
      Contract contract) {
    List<Vote> votes = new ArrayList<>(3);
    for (Map.Entry<Stakeholder, Choice> vote : arguments.votes().entrySet()) {
      votes.add(new Vote(vote.getKey(), vote.getValue(), ""));
    }
    RenewalDecision decision = arguments.asOf() == null
        ? decider.decide(contract, votes)
        : decider.decide(contract, votes, arguments.asOf());
    decision(out, arguments, decision, arguments.asOf());
  }

  /** The truth table as Markdown, JSON or CSV. */
  private static String truthTable(Arguments arguments, RenewalDecider decider, Contract contract) {
    return switch (arguments.format()) {
      case TEXT -> TruthTable.markdown(decider, contract, arguments.language());
      case JSON -> TruthTable.json(decider, contract, arguments.language().locale())
          + System.lineSeparator();
      case CSV -> TruthTable.csv(decider, contract);
    };
  }

  /** One decision, for people or as JSON ({@code --csv} is refused for it by the parser). */
  private static void decision(PrintStream out, Arguments arguments, RenewalDecision decision,
      @Nullable LocalDate asOf) {
    if (arguments.format() == Arguments.Format.JSON) {
      out.println(decision.toJson(arguments.language().locale()));
    } else {
      Report.decision(out, arguments.language(), decision, asOf);
    }
  }

  /** A replayed ballot: its votes and timeline for people, as JSON, or its timeline as CSV. */
  private static void ballot(PrintStream out, Arguments arguments, Ballot ballot) {
    switch (arguments.format()) {
      case TEXT -> Report.ballot(out, arguments.language(), ballot);
      case JSON -> out.println(ballot.toJson(arguments.language().locale()));
      case CSV -> out.print(Csv.timeline(ballot, arguments.language().locale()));
    }
  }

  /**
   * Replays {@code file}, or standard input for {@code -}. A directory and a missing or unreadable
   * file are bad input; anything else that can be opened, a FIFO or a device included, is read as
   * a stream, within the limits of {@link Replay}.
   */
  private static void replay(PrintStream out, InputStream stdin, Arguments arguments, String file,
      @Nullable LocalDate asOf, Ballot empty, Messages say) throws UsageException, IOException {
    Ballot ballot;
    if (file.equals("-")) {
      ballot = read(say.standardInput(), stdin, empty, say);
    } else {
      Path path;
      try {
        path = Path.of(file);
      } catch (InvalidPathException e) {
        throw new UsageException(say.noSuchFile(Terminal.quoted(file)));
      }
      if (Files.isDirectory(path)) {
        throw new UsageException(say.isADirectory(Terminal.quoted(file)));
      }
      try (InputStream in = Files.newInputStream(path)) {
        ballot = read(Terminal.printable(file), in, empty, say);
      } catch (NoSuchFileException e) {
        throw new UsageException(say.noSuchFile(Terminal.quoted(file)));
      } catch (AccessDeniedException e) {
        throw new UsageException(say.permissionDenied(Terminal.quoted(file)));
      }
    }
    if (asOf == null) {
      ballot(out, arguments, ballot);
    } else {
      decision(out, arguments, ballot.decisionAsOf(asOf), asOf);
    }
  }

  /** Reads votes from {@code in}, naming {@code name} in every error. */
  private static Ballot read(String name, InputStream in, Ballot empty, Messages say)
      throws UsageException, IOException {
    try {
      return Replay.read(empty, in, say);
    } catch (UsageException e) {
      throw new UsageException(say.inInput(name, String.valueOf(e.getMessage())));
    } catch (IOException e) {
      throw new IOException(say.cannotRead(name,
          Terminal.printable(String.valueOf(e.getMessage()))), e);
    }
  }
}

package org.civictech.pars.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import java.util.Properties;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.jspecify.annotations.Nullable;

/**
 * The command-line program: tells the 2018 story, decides a ballot, replays dated votes, or prints
 * the truth table. Exit status 0 on success, 2 on a bad command line (one-line error and usage on
 * standard error), never a stack trace.
 */
public final class Main {

  static final int OK = 0;
  static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the program and exits the JVM with a non-zero status on error.
   *
   * @param args the command line, not null
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs the program, printing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Arguments arguments = Arguments.parse(args);
      RenewalDecider decider = RenewalDecider.requiring(arguments.votesRequired());
      Contract contract = Contract.of("PARS", arguments.expires());
      switch (arguments.mode()) {
        case HELP -> out.println(Arguments.USAGE);
        case VERSION -> out.println("pars-renewal " + version());
        case STORY -> story(out, arguments.texts());
        case TRUTH_TABLE -> out.print(TruthTable.markdown(decider, contract, arguments.texts()));
        case DECIDE -> decide(out, arguments, decider, contract);
        case REPLAY -> replay(out, arguments.texts(),
            Objects.requireNonNull(arguments.replayFile(), "replayFile"), arguments.asOf(),
            Ballot.open(contract, decider));
      }
      return OK;
    } catch (UsageException | IllegalArgumentException e) {
      err.println("pars-renewal: " + e.getMessage());
      err.println(Arguments.USAGE);
      return USAGE;
    }
  }

  private static void story(PrintStream out, Texts texts) {
    Ballot ballot = Pars2018.ballot(texts);
    out.println(texts.storyTitle);
    Report.ballot(out, texts, ballot);
    out.println();
    out.println(texts.workedExample);
    for (var asOf : Pars2018.WORKED_EXAMPLE_DATES) {
      out.println("  " + asOf + "  " + texts.outcome(ballot.decisionAsOf(asOf)));
    }
    out.println();
    out.println(texts.sources);
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
    Report.decision(out, arguments.texts(), decision, arguments.asOf());
  }

  private static void replay(PrintStream out, Texts texts, String file, @Nullable LocalDate asOf,
      Ballot empty)
      throws UsageException {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException | InvalidPathException e) {
      throw new UsageException("cannot read " + Arguments.quoted(file) + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UsageException("cannot read " + Arguments.quoted(file) + ": permission denied");
    } catch (IOException e) {
      throw new UsageException("cannot read " + Arguments.quoted(file)
          + ": not a readable UTF-8 text file");
    }
    Ballot ballot;
    try {
      ballot = Replay.cast(empty, lines);
    } catch (UsageException e) {
      throw new UsageException(file + " " + e.getMessage());
    }
    if (asOf == null) {
      Report.ballot(out, texts, ballot);
    } else {
      Report.decision(out, texts, ballot.decisionAsOf(asOf), asOf);
    }
  }

  /** The version of this build, from the resource Maven fills in. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}

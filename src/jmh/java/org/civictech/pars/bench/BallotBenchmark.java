package org.civictech.pars.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A dated ballot at scale: {@code size} votes cast one by one on an empty {@link Ballot}, then
 * its {@code timeline()}. The votes go round DA, COURTS, CITY with every choice, three a day,
 * so the timeline has one entry for every three votes, plus the final one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(3)
public class BallotBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  private final Contract contract = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private Vote[] votes;
  private LocalDate[] days;

  @Setup
  public void setUp() {
    votes = new Vote[size];
    days = new LocalDate[size];
    LocalDate first = contract.expiresOn().minusDays(size / 3);
    Choice[] choices = Choice.values();
    Stakeholder[] stakeholders = Stakeholder.values();
    for (int i = 0; i < size; i++) {
      votes[i] = new Vote(stakeholders[i % 3], choices[(i / 3 + i) % 3], "");
      days[i] = first.plusDays(i / 3);
    }
  }

  /** {@code size} casts, one by one. */
  @Benchmark
  public Ballot cast() {
    Ballot ballot = Ballot.open(contract, RenewalDecider.twoOfThree());
    for (int i = 0; i < size; i++) {
      ballot = ballot.cast(votes[i], days[i]);
    }
    return ballot;
  }

  /** {@code size} casts, then the timeline: the figure the issue bounds (10^6 in 2 s). */
  @Benchmark
  public DatedDecision castAndTimeline() {
    Ballot ballot = cast();
    var timeline = ballot.timeline();
    return timeline.get(timeline.size() - 1);
  }
}

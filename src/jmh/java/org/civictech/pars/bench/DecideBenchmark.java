package org.civictech.pars.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.Outcome;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one renewal decision, three ways, on the same ballots: the library's
 * {@code decide} (given {@code List.copyOf} lists, and given {@link ArrayList}s), a hand-written
 * loop over an {@link EnumMap} (the practical lower bound), and the same rule in Easy Rules; plus
 * a bulk loop of 10^6 decisions.
 *
 * <p>The cases are all 64 ballots (each stakeholder in favor, against, abstaining or not voted),
 * each open (as of the expiry day) and closed (the day after), 128 in all, shuffled with a fixed
 * seed; each invocation decides the next case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecideBenchmark {

  static final int CASES = 128;
  static final int BULK = 1_000_000;
  private static final Choice[] CAST = {Choice.IN_FAVOR, Choice.AGAINST, Choice.ABSTAIN, null};

  private final Contract contract = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private final RenewalDecider decider = RenewalDecider.twoOfThree();
  private final List<List<Vote>> votes = new ArrayList<>(CASES);
  private final List<List<Vote>> arrayLists = new ArrayList<>(CASES);
  private final List<EnumMap<Stakeholder, Choice>> maps = new ArrayList<>(CASES);
  private final LocalDate[] asOf = new LocalDate[CASES];
  private final boolean[] closed = new boolean[CASES];
  private RulesEngine engine;
  private Rules rules;
  private int next;

  @Setup
  public void setUp() {
    List<Integer> order = new ArrayList<>(CASES);
    for (int i = 0; i < CASES; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(20180831L));
    for (int i = 0; i < CASES; i++) {
      int n = order.get(i);
      List<Vote> ballot = new ArrayList<>(3);
      EnumMap<Stakeholder, Choice> map = new EnumMap<>(Stakeholder.class);
      int rest = n % 64;
      for (Stakeholder stakeholder : Stakeholder.values()) {
        Choice choice = CAST[rest % 4];
        rest /= 4;
        if (choice != null) {
          ballot.add(new Vote(stakeholder, choice, ""));
          map.put(stakeholder, choice);
        }
      }
      votes.add(List.copyOf(ballot));
      arrayLists.add(ballot);
      maps.add(map);
      closed[i] = n >= 64;
      asOf[i] = closed[i] ? contract.expiresOn().plusDays(1) : contract.expiresOn();
    }
    engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));
    rules = easyRules(2);
  }

  private int nextCase() {
    int i = next;
    next = (i + 1) & (CASES - 1);
    return i;
  }

  /** 1. The library, through its public API. */
  @Benchmark
  public RenewalDecision decide() {
    int i = nextCase();
    return decider.decide(contract, votes.get(i), asOf[i]);
  }

  /** 1b. The library, given each ballot as an {@link ArrayList}, which it copies. */
  @Benchmark
  public RenewalDecision decideArrayList() {
    int i = nextCase();
    return decider.decide(contract, arrayLists.get(i), asOf[i]);
  }

  /** 2. The rule as the simplest loop counting votes in favor over an EnumMap. */
  @Benchmark
  public Outcome handWrittenLoop() {
    int i = nextCase();
    return handWritten(maps.get(i), 2, closed[i]);
  }

  /** 3. The same rule in Easy Rules. */
  @Benchmark
  public Object easyRules() {
    int i = nextCase();
    Facts facts = new Facts();
    facts.put("votes", maps.get(i));
    facts.put("closed", closed[i]);
    engine.fire(rules, facts);
    return facts.get("outcome");
  }

  /** 4. Bulk: 10^6 decisions in a loop; the score is per decision. */
  @Benchmark
  @OperationsPerInvocation(BULK)
  public int bulk() {
    int renewed = 0;
    for (int n = 0; n < BULK; n++) {
      int i = n & (CASES - 1);
      if (decider.decide(contract, votes.get(i), asOf[i]).outcome() == Outcome.RENEWED) {
        renewed++;
      }
    }
    return renewed;
  }

  static Outcome handWritten(EnumMap<Stakeholder, Choice> ballot, int required, boolean closed) {
    int inFavor = 0;
    for (Choice choice : ballot.values()) {
      if (choice == Choice.IN_FAVOR) {
        inFavor++;
      }
    }
    if (inFavor >= required) {
      return Outcome.RENEWED;
    }
    if (closed || inFavor + 3 - ballot.size() < required) {
      return Outcome.NOT_RENEWED;
    }
    return Outcome.PENDING;
  }

  static Rules easyRules(int required) {
    Rules rules = new Rules();
    rules.register(new RuleBuilder().name("renewed").priority(1)
        .when(facts -> inFavor(facts) >= required)
        .then(facts -> facts.put("outcome", Outcome.RENEWED)).build());
    rules.register(new RuleBuilder().name("not renewed").priority(2)
        .when(facts -> facts.<Boolean>get("closed")
            || inFavor(facts) + 3 - facts.<EnumMap<Stakeholder, Choice>>get("votes").size()
                < required)
        .then(facts -> facts.put("outcome", Outcome.NOT_RENEWED)).build());
    rules.register(new RuleBuilder().name("pending").priority(3)
        .when(facts -> true)
        .then(facts -> facts.put("outcome", Outcome.PENDING)).build());
    return rules;
  }

  private static int inFavor(Facts facts) {
    int inFavor = 0;
    for (Choice choice : facts.<EnumMap<Stakeholder, Choice>>get("votes").values()) {
      if (choice == Choice.IN_FAVOR) {
        inFavor++;
      }
    }
    return inFavor;
  }
}

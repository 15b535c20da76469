package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civictech.pars.internal.Pars2018;
import org.junit.jupiter.api.Test;

/** One shared decider and one shared ballot, used by 8 threads at once, never disagree. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int DECISIONS_PER_THREAD = 25_000;

  @Test
  void a_shared_decider_gives_the_oracles_answer_on_every_thread() throws Exception {
    RenewalDecider[] deciders = {
      RenewalDecider.requiring(1), RenewalDecider.twoOfThree(), RenewalDecider.requiring(3)
    };
    Contract contract = BallotSpace.PARS;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = 1000L + t;
        Callable<Integer> worker = () -> {
          start.await();
          Random random = new Random(seed);
          int checked = 0;
          for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
            Map<Stakeholder, Choice> ballot = BallotSpace.ballot(random.nextInt(64));
            int votesRequired = 1 + random.nextInt(3);
            int daysFromExpiry = random.nextInt(5) - 2;
            LocalDate asOf = contract.expiresOn().plusDays(daysFromExpiry);
            RenewalDecision decision = deciders[votesRequired - 1]
                .decide(contract, BallotSpace.votes(ballot), asOf);
            if (decision.outcome() != RuleOracle.outcome(ballot, votesRequired, daysFromExpiry > 0)
                || decision.lapsed() != RuleOracle.lapsed(ballot, votesRequired, daysFromExpiry > 0)
                || decision.inFavor().size() != RuleOracle.yes(ballot)) {
              throw new AssertionError("wrong decision on " + ballot + ": " + decision);
            }
            checked++;
          }
          return checked;
        };
        results.add(pool.submit(worker));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(2, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo(THREADS * DECISIONS_PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_shared_ballot_answers_the_same_on_every_thread() throws Exception {
    Ballot ballot = Pars2018.ballot(Locale.ENGLISH);
    RenewalDecision expected = ballot.decisionAsOf(LocalDate.of(2018, 9, 1));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            if (!ballot.decisionAsOf(LocalDate.of(2018, 9, 1)).equals(expected)
                || !ballot.timeline().get(2).decision().equals(expected)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(2, TimeUnit.MINUTES)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The README's code examples, compiled and run. The lines between the {@code README:} markers
 * are copied into README.md word for word; {@code ReadmeTest} checks that they still match.
 */
class QuickStartTest {

  @Test
  void quick_start() {
    // README:quick-start:begin
    Contract pars = Contract.of("PARS", LocalDate.of(2018, 8, 31));
    List<Vote> votes = List.of(
        Vote.against(Stakeholder.DA).because("ICE's use of PARS"),
        Vote.abstain(Stakeholder.COURTS),
        Vote.against(Stakeholder.CITY));

    RenewalDecision decision =
        RenewalDecider.twoOfThree().decide(pars, votes, LocalDate.of(2018, 9, 1));

    System.out.println(decision.outcome());     // NOT_RENEWED
    System.out.println(decision.reason());      // VOTED_DOWN (not LAPSED)
    System.out.println(decision.abstained());   // [COURTS]
    System.out.println(decision.explanation());
    // Not renewed (voted down): no stakeholder voted in favor and renewal needs 2 votes in
    // favor. The District Attorney's Office and the City voted against; the courts abstained,
    // which does not count in favor.
    System.out.println(decision.explanation(Locale.forLanguageTag("es")));
    // No renovado (no aprobado en la votación): ninguna entidad votó a favor y la renovación
    // necesita 2 votos a favor. La Oficina del Fiscal de Distrito y la Ciudad votaron en
    // contra; los tribunales se abstuvieron, lo que no cuenta como voto a favor.
    // README:quick-start:end

    assertThat(decision.outcome()).isEqualTo(Outcome.NOT_RENEWED);
    assertThat(decision.reason()).isEqualTo(Reason.VOTED_DOWN);
    assertThat(decision.abstained()).containsExactly(Stakeholder.COURTS);
    assertThat(decision.explanation()).isEqualTo("Not renewed (voted down): no stakeholder voted"
        + " in favor and renewal needs 2 votes in favor. The District Attorney's Office and the"
        + " City voted against; the courts abstained, which does not count in favor.");
    assertThat(decision.explanation(Locale.forLanguageTag("es"))).isEqualTo("No renovado"
        + " (no aprobado en la votación): ninguna entidad votó a favor y la renovación necesita 2"
        + " votos a favor. La Oficina del Fiscal de Distrito y la Ciudad votaron en contra; los"
        + " tribunales se abstuvieron, lo que no cuenta como voto a favor.");
  }

  @Test
  void following_a_vote_over_time() {
    // README:over-time:begin
    Ballot ballot = Ballot.open(Contract.of("PARS", LocalDate.of(2018, 8, 31)),
            RenewalDecider.twoOfThree())
        .cast(Vote.against(Stakeholder.DA), LocalDate.of(2018, 7, 11),
            "Letter to the Mayor, 2018-07-11")
        .cast(Vote.abstain(Stakeholder.COURTS), LocalDate.of(2018, 7, 27))
        .cast(Vote.against(Stakeholder.CITY), LocalDate.of(2018, 7, 27),
            "The mayor's announcement, 2018-07-27");

    RenewalDecision july12 = ballot.decisionAsOf(LocalDate.of(2018, 7, 12));
    System.out.println(july12.outcome());            // PENDING
    System.out.println(july12.possibleOutcomes());   // [RENEWED, NOT_RENEWED]
    System.out.println(july12.pivots().get(0));      // Pivot[stakeholder=COURTS, choice=AGAINST, outcome=NOT_RENEWED]
    System.out.println(july12.explainPivots());
    // One vote would change it: not renewed if the courts or the City voted against
    // or abstained.

    for (DatedDecision entry : ballot.timeline()) {
      System.out.println(entry.asOf() + " " + entry.decision().reason());
    }
    // 2018-07-11 PENDING
    // 2018-07-27 VOTED_DOWN   (as the votes stand: isFinal() is false)
    // 2018-09-01 VOTED_DOWN   (final)
    // README:over-time:end

    assertThat(july12.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(july12.possibleOutcomes()).containsExactly(Outcome.RENEWED, Outcome.NOT_RENEWED);
    assertThat(july12.pivots().get(0))
        .isEqualTo(new Pivot(Stakeholder.COURTS, Choice.AGAINST, Outcome.NOT_RENEWED));
    assertThat(july12.explainPivots()).isEqualTo("One vote would change it: not renewed if the"
        + " courts or the City voted against or abstained.");
    assertThat(ballot.timeline()).extracting(entry -> entry.asOf() + " " + entry.decision().reason())
        .containsExactly("2018-07-11 PENDING", "2018-07-27 VOTED_DOWN", "2018-09-01 VOTED_DOWN");
    assertThat(ballot.timeline()).extracting(entry -> entry.decision().isFinal())
        .containsExactly(false, false, true);
  }
}

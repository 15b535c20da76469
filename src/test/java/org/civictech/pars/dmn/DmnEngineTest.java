package org.civictech.pars.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.internal.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * A DMN engine that nobody here wrote agrees with the rule: Apache KIE's (the engine Kogito runs)
 * loads the model that {@code --dmn} prints ({@link DmnExport#xml}) and evaluates every ballot,
 * open and closed, to exactly {@code decide}'s outcome and reason.
 */
class DmnEngineTest {

  /** What a stakeholder can do: each choice, or not vote (null). */
  private static final List<Choice> CAST = Arrays.asList(Choice.IN_FAVOR, Choice.AGAINST,
      Choice.ABSTAIN, null);

  private static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private static final LocalDate AFTER_EXPIRY = LocalDate.of(2018, 9, 1);

  @ParameterizedTest(name = "requiring {0}")
  @ValueSource(ints = {1, 2, 3})
  void kie_evaluates_the_printed_model_to_decides_answer_on_all_128_cases(int votesRequired) {
    DMNRuntime runtime = runtime(
        DmnXml.xml(RenewalDecider.requiring(votesRequired), Library.version()));
    assertThat(runtime.getModels()).hasSize(1);
    DMNModel model = runtime.getModels().get(0);
    assertThat(model.hasErrors()).as("%s", model.getMessages()).isFalse();
    assertThat(model.getName()).isEqualTo("PARS renewal, " + votesRequired + " of 3");
    RenewalDecider decider = RenewalDecider.requiring(votesRequired);

    int evaluated = 0;
    for (Choice da : CAST) {
      for (Choice courts : CAST) {
        for (Choice city : CAST) {
          for (boolean closed : new boolean[] {false, true}) {
            List<Vote> votes = new ArrayList<>(3);
            add(votes, Stakeholder.DA, da);
            add(votes, Stakeholder.COURTS, courts);
            add(votes, Stakeholder.CITY, city);
            RenewalDecision expected = closed
                ? decider.decide(PARS, votes, AFTER_EXPIRY)
                : decider.decide(PARS, votes);

            DMNContext context = runtime.newContext();
            context.set("DA", value(da));
            context.set("COURTS", value(courts));
            context.set("CITY", value(city));
            context.set("votingClosed", closed);
            DMNResult result = runtime.evaluateAll(model, context);

            String ballot = votes + (closed ? " closed" : " open");
            assertThat(result.hasErrors()).as("%s: %s", ballot, result.getMessages()).isFalse();
            DMNDecisionResult renewal = result.getDecisionResultByName("renewal");
            assertThat(renewal.getEvaluationStatus()).as(ballot)
                .isEqualTo(DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED);
            assertThat(renewal.getResult()).as(ballot).isEqualTo(Map.of(
                "outcome", expected.outcome().name(),
                "reason", expected.reason().name()));
            evaluated++;
          }
        }
      }
    }
    assertThat(evaluated).isEqualTo(128);
  }

  @Test
  void kie_rejects_a_vote_the_model_does_not_allow() {
    DMNRuntime runtime = runtime(DmnXml.xml(RenewalDecider.twoOfThree(), Library.version()));
    DMNModel model = runtime.getModels().get(0);
    DMNContext context = runtime.newContext();
    context.set("DA", "YES");
    context.set("COURTS", "IN_FAVOR");
    context.set("CITY", "IN_FAVOR");
    context.set("votingClosed", false);

    DMNResult result = runtime.evaluateAll(model, context);

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.getMessages().toString()).contains("YES");
  }

  /** A strict KIE runtime (type checks on) holding just the given model. */
  static DMNRuntime runtime(String xml) {
    Resource resource = ResourceFactory.newReaderResource(new StringReader(xml), "UTF-8");
    resource.setSourcePath("pars-renewal.dmn");
    resource.setResourceType(ResourceType.DMN);
    return DMNRuntimeBuilder.usingStrict().fromResources(List.of(resource))
        .getOrElseThrow(e -> new IllegalStateException("KIE could not load the model", e));
  }

  private static void add(List<Vote> votes, Stakeholder stakeholder, Choice choice) {
    if (choice != null) {
      votes.add(new Vote(stakeholder, choice, ""));
    }
  }

  /** The model's value for a vote: the choice's name, or NOT_VOTED. */
  private static String value(Choice choice) {
    return choice == null ? "NOT_VOTED" : choice.name();
  }
}

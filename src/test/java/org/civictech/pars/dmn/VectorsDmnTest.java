package org.civictech.pars.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.internal.Library;
import org.civictech.pars.vectors.VectorsRunner;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;

/**
 * The conformance vectors run against the DMN export evaluated by Apache KIE's engine: outcome
 * and reason, the two fields a DMN decision table gives (docs/vectors.md). The model takes
 * {@code votingClosed}; its caller, as here, sets it when the day is after the expiry (R7).
 */
class VectorsDmnTest {

  @Test
  void kie_evaluating_the_dmn_export_passes_every_case_on_outcome_and_reason() {
    Map<Integer, DMNRuntime> runtimes = new HashMap<>();
    JsonNode vectors = VectorsRunner.vectors();

    List<String> results = VectorsRunner.run(vectors, List.of("outcome", "reason"), input -> {
      int votesRequired = input.get("votesRequired").asInt();
      DMNRuntime runtime = runtimes.computeIfAbsent(votesRequired, n ->
          DmnEngineTest.runtime(DmnXml.xml(RenewalDecider.requiring(n), Library.version())));
      DMNModel model = runtime.getModels().get(0);
      DMNContext context = runtime.newContext();
      for (String stakeholder : List.of("DA", "COURTS", "CITY")) {
        JsonNode vote = input.get("votes").get(stakeholder);
        context.set(stakeholder, vote == null ? "NOT_VOTED" : vote.asText());
      }
      context.set("votingClosed", LocalDate.parse(input.get("asOf").asText())
          .isAfter(LocalDate.parse(input.get("expiresOn").asText())));
      DMNResult result = runtime.evaluateAll(model, context);
      assertThat(result.hasErrors()).as("%s", result.getMessages()).isFalse();
      @SuppressWarnings("unchecked")
      Map<String, Object> renewal =
          (Map<String, Object>) result.getDecisionResultByName("renewal").getResult();
      return VectorsRunner.parse("{\"outcome\":\"" + renewal.get("outcome") + "\",\"reason\":\""
          + renewal.get("reason") + "\"}");
    });

    assertThat(results).last().isEqualTo("576 passed, 0 failed");
  }
}

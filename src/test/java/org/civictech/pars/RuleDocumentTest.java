package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's own rule document is complete, cites its sources, and ships in the jar. */
class RuleDocumentTest {

  private static final Path RULE = Path.of("docs/RULE.md");

  @Test
  void the_rule_document_numbers_every_rule_and_every_explanation_rule() throws IOException {
    String rule = Files.readString(RULE, StandardCharsets.UTF_8);
    for (int r = 1; r <= 8; r++) {
      assertThat(rule).contains("**R" + r + ".");
    }
    for (int e = 1; e <= 5; e++) {
      assertThat(rule).contains("**E" + e + ".**");
    }
    assertThat(rule).contains("## The 2018 example").contains("## Sources");
  }

  @Test
  void every_source_is_cited_by_outlet_title_date_and_address() throws IOException {
    String rule = Files.readString(RULE, StandardCharsets.UTF_8);
    assertThat(rule)
        .contains("| CBS | CBS Philly (KYW-TV) | Mayor Kenney Announces Philadelphia Will Not"
            + " Renew PARS Data-Sharing Agreement With ICE | 2018-07-27 |")
        .contains("| AP-07-11 | Associated Press (as run by the Monterey Herald) | Philadelphia"
            + " prosecutor says no to contract renewal with ICE | 2018-07-11 |")
        .contains("Claudia Lauer")
        .contains("Jeff Gammage and Claudia Irizarry-Aponte")
        .contains("https://www.inquirer.com/philly/news/ice-immigration-data-philadelphia-pars-"
            + "contract-jim-kenney-protest-20180727.html");
  }

  @Test
  void the_jar_carries_the_rule_document_as_a_resource() throws IOException {
    try (InputStream in = RenewalDecider.class.getResourceAsStream("/META-INF/pars-renewal/RULE.md")) {
      assertThat(in).as("META-INF/pars-renewal/RULE.md on the class path").isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(RULE, StandardCharsets.UTF_8));
    }
  }
}

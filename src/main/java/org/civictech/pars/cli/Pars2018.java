package org.civictech.pars.cli;

import static org.civictech.pars.Stakeholder.CITY;
import static org.civictech.pars.Stakeholder.COURTS;
import static org.civictech.pars.Stakeholder.DA;

import java.time.LocalDate;
import java.util.List;
import org.civictech.pars.Ballot;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Vote;

/**
 * The 2018 PARS renewal as docs/RULE.md tells it, with the dates of its votes and the reports
 * they are sourced from (docs/RULE.md, "Sources").
 */
final class Pars2018 {

  /** The "as of" dates of the 2018 example in docs/RULE.md. */
  static final List<LocalDate> WORKED_EXAMPLE_DATES = List.of(
      LocalDate.of(2018, 7, 10),
      LocalDate.of(2018, 7, 12),
      LocalDate.of(2018, 7, 28),
      LocalDate.of(2018, 9, 1));

  /** The reports the 2018 votes are sourced from, as docs/RULE.md cites them. */
  static final List<String> SOURCES = List.of(
      "[AP-07-11] Associated Press, \"Philadelphia prosecutor says no to contract renewal with"
          + " ICE\", 2018-07-11,",
      "  https://www.montereyherald.com/2018/07/11/philadelphia-prosecutor-says-no-to-contract-renewal-with-ice/",
      "[CBS] CBS Philly (KYW-TV), \"Mayor Kenney Announces Philadelphia Will Not Renew PARS"
          + " Data-Sharing Agreement With ICE\", 2018-07-27,",
      "  https://cbsnews.com/philadelphia/news/mayor-kenney-announces-philadelphia-will-not-renew-pars-agreement-with-ice",
      "[AP-07-27] Associated Press, Claudia Lauer, \"Philadelphia to further limit cooperation"
          + " with ICE\", 2018-07-27,",
      "  https://www.wesa.fm/post/philadelphia-stop-giving-ice-real-time-arrest-data",
      "[Inquirer] The Philadelphia Inquirer, Jeff Gammage and Claudia Irizarry-Aponte, \"Mayor"
          + " Kenney won't renew Philadelphia's data-sharing contract with ICE\", 2018-07-27,",
      "  https://www.inquirer.com/philly/news/ice-immigration-data-philadelphia-pars-contract-jim-kenney-protest-20180727.html");

  private Pars2018() {}

  /** The contract in force in 2018, expiring on August 31, 2018 [CBS, AP-07-27, AP-07-11]. */
  static Contract contract() {
    return Contract.of("PARS", Arguments.PARS_EXPIRY);
  }

  /** The 2018 votes, with their sources described in the language of {@code texts}. */
  static Ballot ballot(Texts texts) {
    boolean spanish = texts == Texts.SPANISH;
    return Ballot.open(contract(), RenewalDecider.twoOfThree())
        .cast(Vote.against(DA).because("he would be a \"no\" vote"), LocalDate.of(2018, 7, 11),
            (spanish ? "carta del Fiscal de Distrito del 2018-07-11"
                : "the District Attorney's letter of 2018-07-11") + " [AP-07-11]")
        .cast(Vote.abstain(COURTS), LocalDate.of(2018, 7, 27),
            (spanish ? "informado el 2018-07-27" : "reported on 2018-07-27")
                + " [CBS, AP-07-27, Inquirer]")
        .cast(Vote.against(CITY).because("the City would not renew"), LocalDate.of(2018, 7, 27),
            (spanish ? "anuncio del alcalde del 2018-07-27"
                : "the mayor's announcement of 2018-07-27") + " [CBS, AP-07-27, Inquirer]");
  }
}

package org.civictech.pars.internal;

import static org.civictech.pars.Stakeholder.CITY;
import static org.civictech.pars.Stakeholder.COURTS;
import static org.civictech.pars.Stakeholder.DA;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.Ballot;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Vote;
import org.civictech.pars.words.Labels;
import org.civictech.pars.words.Languages;

/**
 * The 2018 PARS renewal as docs/RULE.md tells it, with the dates of its votes and the reports
 * they are sourced from (docs/RULE.md, "Sources"): the one source of these facts for the command
 * line, the page, the tests and {@code examples/2018.txt}. How each source is described is the
 * language's ({@link Labels#source2018(int)}).
 */
public final class Pars2018 {

  /** The last day of voting of the contract in force in 2018 [CBS, AP-07-27, AP-07-11]. */
  public static final LocalDate EXPIRES_ON = LocalDate.of(2018, 8, 31);

  /** The "as of" dates of the 2018 example in docs/RULE.md. */
  public static final List<LocalDate> WORKED_EXAMPLE_DATES = List.of(
      LocalDate.of(2018, 7, 10),
      LocalDate.of(2018, 7, 12),
      LocalDate.of(2018, 7, 28),
      LocalDate.of(2018, 9, 1));

  /** The reports the 2018 votes are sourced from, as docs/RULE.md cites them. */
  public static final List<String> SOURCES = List.of(
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
  public static Contract contract() {
    return Contract.of("PARS", EXPIRES_ON);
  }

  /** The 2018 votes, with their sources described in {@code locale}'s language. */
  public static Ballot ballot(Locale locale) {
    Labels labels = Languages.of(locale).labels();
    return Ballot.open(contract(), RenewalDecider.twoOfThree())
        .cast(Vote.against(DA).because("he would be a \"no\" vote"), LocalDate.of(2018, 7, 11),
            labels.source2018(0) + " [AP-07-11]")
        .cast(Vote.abstain(COURTS), LocalDate.of(2018, 7, 27),
            labels.source2018(1) + " [CBS, AP-07-27, Inquirer]")
        .cast(Vote.against(CITY).because("the City would not renew"), LocalDate.of(2018, 7, 27),
            labels.source2018(2) + " [CBS, AP-07-27, Inquirer]");
  }
}

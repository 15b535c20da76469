package org.civictech.pars.dmn;

import java.util.Objects;
import org.civictech.pars.RenewalDecider;

/**
 * The renewal rule as a DMN 1.3 model, for DMN modelers and engines: the one entry of this
 * package, which the command line's {@code --dmn} calls.
 *
 * <p>The model's decision table is not kept by hand: its rows are found from the library's own
 * decisions on every ballot, open and closed, so the model cannot drift from the code. Its texts
 * are in English.
 */
public final class DmnExport {

  private DmnExport() {}

  /**
   * Returns the DMN 1.3 XML model of {@code decider}'s rule, naming the library's version as
   * the generator.
   *
   * @param decider the rule to export, not null
   * @param version the library's version, written into the model's description, not null
   * @return the model as XML text, lines ended by the platform's line separator
   * @throws NullPointerException if an argument is null
   */
  public static String xml(RenewalDecider decider, String version) {
    Objects.requireNonNull(decider, "decider");
    Objects.requireNonNull(version, "version");
    return DmnXml.xml(decider, version);
  }
}

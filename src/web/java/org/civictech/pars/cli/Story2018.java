package org.civictech.pars.cli;

import org.civictech.pars.Ballot;

/**
 * The 2018 ballot of the command line's story, for the browser build: the same dated votes and
 * sources, not a second copy of them.
 */
public final class Story2018 {

  private Story2018() {}

  /**
   * Returns the 2018 PARS ballot as the command line tells it, its sources described in English
   * or Spanish.
   *
   * @param spanish whether the sources are described in Spanish
   * @return the ballot, not null
   */
  public static Ballot ballot(boolean spanish) {
    return Pars2018.ballot(spanish ? Texts.SPANISH : Texts.ENGLISH);
  }
}

package org.civictech.pars;

/**
 * One of the three city entities that vote on renewing the PARS contract (RULE.md R1).
 *
 * <p>The constants are declared in the order the rule names them, {@code DA}, {@code COURTS},
 * {@code CITY}; every set of stakeholders this library returns iterates in that order.
 *
 * <pre>{@code
 * Vote no = Vote.against(Stakeholder.DA);
 * String who = Stakeholder.DA.displayName(); // "the District Attorney's Office"
 * }</pre>
 */
public enum Stakeholder {
  /** The District Attorney's Office. */
  DA("the District Attorney's Office"),
  /** The court system of the city. */
  COURTS("the courts"),
  /** The City: the mayor, to whom the police department answers. */
  CITY("the City");

  private final String displayName;

  Stakeholder(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the name to use in a sentence, with its article, for example {@code "the courts"}.
   *
   * @return the display name, lower-case article first, not null
   */
  public String displayName() {
    return displayName;
  }
}

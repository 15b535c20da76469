package org.civictech.pars;

import java.util.Locale;
import org.civictech.pars.words.Wording;

/**
 * Why a decision has its outcome: the four ways a renewal can stand (RULE.md R3, R6, R7).
 *
 * <pre>{@code
 * if (decision.reason() == Reason.LAPSED) { ... } // not renewed only because votes were missing
 * }</pre>
 */
public enum Reason {
  /** Renewed: at least the required number of stakeholders voted in favor (R3). */
  RENEWED(Outcome.RENEWED),
  /**
   * Not renewed because renewal can no longer reach the required votes, whatever the
   * stakeholders who have not voted do (R6): the contract was voted down, as in 2018 (R7).
   */
  VOTED_DOWN(Outcome.NOT_RENEWED),
  /**
   * Not renewed because voting closed at the expiry while stakeholders whose votes could still
   * have renewed it never voted (R7).
   */
  LAPSED(Outcome.NOT_RENEWED),
  /** Voting is open and renewal is still possible but not yet reached (R6). */
  PENDING(Outcome.PENDING);

  private final Outcome outcome;

  Reason(Outcome outcome) {
    this.outcome = outcome;
  }

  /**
   * Returns the English name of this reason, the words an explanation with this reason opens
   * with: {@code "Renewed"}, {@code "Not renewed (voted down)"}, {@code "Not renewed (lapsed)"},
   * {@code "Pending"}.
   *
   * @return the display name, capitalized, not null
   */
  public String displayName() {
    return displayName(Locale.ENGLISH);
  }

  /**
   * Returns the name of this reason in the locale's language, the words an explanation with this
   * reason opens with (RULE.md E1), for example {@code "Not renewed (voted down)"} in English and
   * {@code "No renovado (no aprobado en la votación)"} in Spanish.
   *
   * <p>The name is the one a final decision opens with, after the expiry. While voting is open a
   * settled decision opens with words that say it holds as the votes stand ("Not renewed as the
   * votes stand", RULE.md E6), since a changed vote can still change it (R5, R6); so
   * {@code decision.explanation(locale)} starts with {@code decision.reason().displayName(locale)}
   * whenever {@code decision.isFinal()}. The API keeps to this one name per reason; what a
   * decision itself says is its explanation.
   *
   * @param locale the language of the name; unsupported languages fall back to English, not null
   * @return the display name, capitalized, not null
   * @throws NullPointerException if {@code locale} is null
   */
  public String displayName(Locale locale) {
    return Wording.of(locale).headline(this, false); // E1, R7: the form after the expiry
  }

  /** {@return the outcome this reason leads to} */
  public Outcome outcome() {
    return outcome;
  }
}

package org.civictech.pars.web;

import org.teavm.jso.JSBody;

/**
 * A bad value from JavaScript, thrown as JavaScript's own {@code RangeError} with the library's
 * message (which names the parameter, shows the value and says what is accepted), so that a
 * JavaScript caller sees the same error class for every bad value.
 */
final class JsErrors {

  private JsErrors() {}

  /** Throws {@code e}'s message as a {@code RangeError}; declared to return one for {@code throw}. */
  static RuntimeException rangeError(IllegalArgumentException e) {
    throwRangeError(e.getMessage());
    return e; // not reached: the line above throws
  }

  @JSBody(params = "message", script = "throw new RangeError(message);")
  private static native void throwRangeError(String message);
}

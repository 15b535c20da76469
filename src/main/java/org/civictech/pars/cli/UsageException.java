package org.civictech.pars.cli;

/** A command line the program cannot act on; its message is one line for the user. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}

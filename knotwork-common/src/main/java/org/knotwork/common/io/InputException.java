package org.knotwork.common.io;

/**
 * Bad user input (missing or malformed file, wrong field, non-finite number). The message is one line
 * meant for the user; the CLI prints it and exits with status 2.
 */
public class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An input error with a one-line message. */
  public InputException(String message) {
    super(message);
  }

  /** An input error with a one-line message and its cause. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}

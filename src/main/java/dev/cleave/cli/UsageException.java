package dev.cleave.cli;

/** A command line that Cleave cannot run: the message says which value is wrong and why. */
final class UsageException extends Exception {

  UsageException(String message) {
    super(message);
  }
}

package dev.cleave.cluster;

/** Thrown when the constraints of the clustering section contradict each other. */
public final class ConstraintException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  ConstraintException(String message) {
    super(message);
  }
}

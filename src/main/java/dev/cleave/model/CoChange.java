package dev.cleave.model;

/**
 * Two classes that changed in the same commits: a coupling the code may not show.
 *
 * <p>The degree is the shared commits divided by the mean of the two classes' commits, as in
 * Adam Tornhill's Code Maat; only commits small enough to count for co-change are counted.
 *
 * @param first the class id that sorts first
 * @param second the other class id
 * @param sharedRevisions the commits that changed both
 * @param firstRevisions the commits that changed the first
 * @param secondRevisions the commits that changed the second
 */
public record CoChange(
    String first, String second, int sharedRevisions, int firstRevisions, int secondRevisions) {

  /** Returns the degree of coupling, between 0 and 1. */
  public double degree() {
    return sharedRevisions / ((firstRevisions + secondRevisions) / 2.0);
  }
}

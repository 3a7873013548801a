package dev.cleave.model;

import java.util.List;

/**
 * How far a decomposition agrees with a ground truth: the services an expert or a real split
 * chose for the same classes.
 *
 * <p>Only classes listed in the ground truth and found in the analysis are scored. The
 * measures are defined, with their sources, on the documentation page {@code metrics.md}. Each
 * shared library counts as one group of the proposal.
 *
 * @param truthFile the file name of the ground truth
 * @param scoredClasses the classes scored
 * @param missingClasses classes the ground truth lists that the analysis does not have, sorted
 * @param mojoFm MoJoFM of the proposal against the ground truth, in percent; 100 means equal
 * @param precision the share of class pairs grouped together by the proposal that the ground
 *     truth also groups together
 * @param recall the share of class pairs grouped together by the ground truth that the
 *     proposal also groups together
 * @param f1 the harmonic mean of precision and recall
 * @param matches for each service of the ground truth, the group of the proposal that holds most
 *     of its classes, in the ground truth's order of names
 */
public record Evaluation(
    String truthFile,
    int scoredClasses,
    List<String> missingClasses,
    double mojoFm,
    double precision,
    double recall,
    double f1,
    List<ServiceMatch> matches) {

  public Evaluation {
    missingClasses = List.copyOf(missingClasses);
    matches = List.copyOf(matches);
  }

  /**
   * The best match of one ground-truth service among the proposal's groups.
   *
   * @param truthService the service named by the ground truth
   * @param truthSize its scored classes
   * @param proposedGroup the service or shared library holding most of them
   * @param overlap the classes the two have in common
   * @param proposedSize the scored classes of the proposed group
   */
  public record ServiceMatch(
      String truthService, int truthSize, String proposedGroup, int overlap, int proposedSize) {}
}

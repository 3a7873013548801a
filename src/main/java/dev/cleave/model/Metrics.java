package dev.cleave.model;

/**
 * The quality of a decomposition as the research on service extraction measures it.
 *
 * <p>Each measure is defined, with its source, on the documentation page {@code metrics.md}.
 * Shared-library classes are left out of every measure, because each service links them and
 * calls to them stay in the process.
 *
 * @param services the number of services measured
 * @param classes the number of classes in those services
 * @param modularity Newman's modularity of the class dependency graph under the services,
 *     between -1/2 and 1; higher is better
 * @param structuralModularity structural modularity (SM), between -1 and 1; higher is better
 * @param interCallPercentage the share of static calls that cross services (ICP), with the
 *     logarithm of each service pair's count, between 0 and 1; lower is better
 * @param interfaceNumber the mean number of members per service that other services use (IFN);
 *     lower is better
 * @param nonExtremeDistribution the share of classes in services of fewer than 5 or more than 20
 *     classes (NED), between 0 and 1; lower is better
 * @param teamSizeReduction the mean share of all authors who changed each service (TSR),
 *     between 0 and 1, lower is better; {@code null} without history
 */
public record Metrics(
    int services,
    int classes,
    double modularity,
    double structuralModularity,
    double interCallPercentage,
    double interfaceNumber,
    double nonExtremeDistribution,
    Double teamSizeReduction) {}

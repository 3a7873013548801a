package dev.cleave.model;

/**
 * A class whose dependencies tie it more strongly to another declared service than to its own,
 * so that the clustering's local-moving step would move it there.
 *
 * @param classId the class
 * @param path the file that declares it, relative to the analysed root
 * @param declaredService the service the declaration puts it in
 * @param closerService the service it is more strongly tied to
 * @param declaredWeight the summed weight of its dependencies with its declared service
 * @param closerWeight the summed weight of its dependencies with the closer service
 */
public record Drift(String classId, String path, String declaredService, String closerService,
    double declaredWeight, double closerWeight) {}

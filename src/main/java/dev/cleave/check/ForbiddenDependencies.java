package dev.cleave.check;

import dev.cleave.model.Dependency;
import dev.cleave.model.Location;
import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds class dependencies that cross from one service to another that the first may not
 * depend on, and dependencies of shared libraries on services.
 *
 * <p>Any service may depend on any shared library, and shared libraries on each other. One
 * violation is reported per pair of classes, at the first code reference between them.
 */
final class ForbiddenDependencies implements BoundaryRule {

  @Override
  public Rule rule() {
    return Rule.FORBIDDEN_DEPENDENCY;
  }

  @Override
  public List<Violation> check(CheckContext context) {
    Assignment assignment = context.assignment();
    List<Violation> violations = new ArrayList<>();
    for (Dependency dependency : context.dependencies()) {
      String source = assignment.ownerOf().get(dependency.source());
      String target = assignment.ownerOf().get(dependency.target());
      Location location = ServiceGraph.codeLocation(dependency);
      if (source == null || target == null || source.equals(target) || location == null
          || assignment.isLibrary(target)) {
        continue;
      }
      String reason;
      if (assignment.isService(source)) {
        if (context.service(source).allowed(target) != null) {
          continue;
        }
        reason = "; add " + target + " to the allowedDependencies of " + source
            + " in cleave.yaml, or remove the reference";
      } else {
        reason = "; a shared library may depend only on shared libraries, so move one of the"
            + " classes";
      }
      String sourceClass = context.nameOf(dependency.source());
      String targetClass = context.nameOf(dependency.target());
      String key = source + " -> " + target + ": " + dependency.source() + " -> "
          + dependency.target();
      String message = kind(assignment, source) + " " + source + " may not depend on "
          + kind(assignment, target) + " " + target + ": " + sourceClass + " uses "
          + targetClass + reason;
      violations.add(new Violation(rule(), key, location, message, false));
    }
    return violations;
  }

  private static String kind(Assignment assignment, String owner) {
    return assignment.isService(owner) ? "service" : "shared library";
  }
}

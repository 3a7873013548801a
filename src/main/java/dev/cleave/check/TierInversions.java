package dev.cleave.check;

import dev.cleave.model.AllowedDependency;
import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds services that depend synchronously on a service of a lower tier (a higher tier
 * number), so that a less critical service can take a more critical one down.
 *
 * <p>A dependency declared with {@code mode: async} or {@code mode: fallback} is accepted.
 * Services without a tier are not checked. One violation is reported per pair of services, at
 * the first code reference between them.
 */
final class TierInversions implements BoundaryRule {

  @Override
  public Rule rule() {
    return Rule.TIER_INVERSION;
  }

  @Override
  public List<Violation> check(CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ServiceGraph.Edge edge : context.graph().edges()) {
      Integer sourceTier = context.traits().tierOf(edge.source());
      Integer targetTier = context.traits().tierOf(edge.target());
      if (sourceTier == null || targetTier == null || sourceTier >= targetTier) {
        continue;
      }
      AllowedDependency allowed = context.service(edge.source()).allowed(edge.target());
      if (allowed != null && allowed.mode().isDecoupled()) {
        continue;
      }
      String message = "service " + edge.source() + " (tier " + sourceTier + ") depends"
          + " synchronously on " + edge.target() + " (tier " + targetTier + "): "
          + context.nameOf(edge.example().source()) + " uses "
          + context.nameOf(edge.example().target()) + "; make the calls asynchronous or give"
          + " them a fallback and declare mode: async or mode: fallback, or raise the tier of "
          + edge.target();
      violations.add(new Violation(rule(), edge.source() + " -> " + edge.target(), edge.first(),
          message, false));
    }
    return violations;
  }
}

package dev.cleave.check;

import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.util.List;

/** One rule of the declared boundaries, checked over the whole project at once. */
interface BoundaryRule {

  /** Returns the rule's identity. */
  Rule rule();

  /** Returns the violations, in any order; none of them is baselined yet. */
  List<Violation> check(CheckContext context);
}

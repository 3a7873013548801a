package dev.cleave.check;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Location;
import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds classes that equally specific patterns of different owners match. */
final class AmbiguousClasses implements BoundaryRule {

  @Override
  public Rule rule() {
    return Rule.AMBIGUOUS_CLASS;
  }

  @Override
  public List<Violation> check(CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : context.assignment().ambiguous().entrySet()) {
      ClassInfo info = context.classes().get(entry.getKey());
      String message = info.name() + " matches equally specific patterns of "
          + String.join(" and ", entry.getValue()) + "; make one of them more specific, for"
          + " example by listing the class under classes:";
      violations.add(new Violation(rule(), entry.getKey(), new Location(info.path(), 0),
          message, false));
    }
    return violations;
  }
}

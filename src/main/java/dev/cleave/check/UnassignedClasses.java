package dev.cleave.check;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Location;
import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.util.ArrayList;
import java.util.List;

/** Finds classes that no declared service or shared library matches. */
final class UnassignedClasses implements BoundaryRule {

  @Override
  public Rule rule() {
    return Rule.UNASSIGNED_CLASS;
  }

  @Override
  public List<Violation> check(CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (String classId : context.assignment().unassigned()) {
      ClassInfo info = context.classes().get(classId);
      String where = info.packageName().isEmpty()
          ? "the class" : "its package " + info.packageName() + " or the class";
      String message = info.name() + " belongs to no declared service or shared library; add "
          + where + " to one in cleave.yaml";
      violations.add(new Violation(rule(), classId, new Location(info.path(), 0), message,
          false));
    }
    return violations;
  }
}

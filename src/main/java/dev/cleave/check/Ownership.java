package dev.cleave.check;

import dev.cleave.model.DeclaredService;
import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds services without exactly one owning team: single-team ownership lets a team own
 * several services, but never lets a service have no owner or two.
 */
final class Ownership implements BoundaryRule {

  @Override
  public Rule rule() {
    return Rule.OWNERSHIP;
  }

  @Override
  public List<Violation> check(CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    List<DeclaredService> services = context.declaration().services();
    for (int i = 0; i < services.size(); i++) {
      String name = services.get(i).name();
      List<String> teams = context.traits().teamsOf(name);
      if (teams.size() == 1) {
        continue;
      }
      String message = teams.isEmpty()
          ? "service " + name + " has no owning team; set team: to the one team that builds,"
              + " runs and is paged for it"
          : "service " + name + " has " + teams.size() + " owning teams (" + String.join(", ",
              teams) + "); choose one, or split the service so that each team owns its part";
      violations.add(new Violation(rule(), name,
          context.site().at("/services/" + i + "/team"), message, false));
    }
    return violations;
  }
}

package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.History;
import dev.cleave.model.OwnershipViolation;
import dev.cleave.model.Person;
import dev.cleave.model.ServiceOwnership;
import dev.cleave.model.Team;
import dev.cleave.model.TeamLoad;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The teams and ownership section: how the history was read, the teams with their members and
 * load, and each service's owner with its violations.
 */
final class TeamsView {

  private TeamsView() {}

  /**
   * Returns the model of the teams and ownership section: how the history was read, the teams
   * with their members and load, and each service's owner with its violations.
   */
  static Map<String, Object> of(Analysis analysis) {
    History history = analysis.history();
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("read", history.wasRead());
    section.put("status", history.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    section.put("reason", history.reason());
    section.put("notes", history.notes());
    section.put("reader", history.reader());
    section.put("commits", history.commitsRead());
    section.put("since", history.since() == null ? "" : history.since().toString());
    section.put("newest", history.newestCommit() == null ? ""
        : history.newestCommit().toString().substring(0, 10));
    section.put("inferred", history.teamSource() == History.TeamSource.INFERRED);
    section.put("teamSource", history.teamSource().name().toLowerCase(Locale.ROOT));
    section.put("authorsShown", history.authorsShown());

    List<Map<String, Object>> teams = new ArrayList<>();
    for (Team team : history.teams()) {
      TeamLoad load = analysis.ownership().teams().stream()
          .filter(l -> l.team().equals(team.name())).findFirst().orElse(null);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", team.name());
      row.put("members", team.members().stream().map(id -> label(history, id)).toList());
      row.put("active", team.activeMembers().size());
      row.put("focus", team.focus());
      row.put("services", load == null ? List.of() : load.services());
      row.put("capacity", load == null ? 0 : load.capacity());
      row.put("violations", load == null ? List.of()
          : load.violations().stream().map(OwnershipViolation::message).toList());
      teams.add(row);
    }
    section.put("teams", teams);

    List<Map<String, Object>> services = new ArrayList<>();
    for (ServiceOwnership service : analysis.ownership().services()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", service.service());
      row.put("owner", service.owner() == null ? "" : service.owner());
      row.put("share", percent(service.share()));
      row.put("runnerUp", service.runnerUp() == null ? "" : service.runnerUp());
      row.put("runnerUpShare",
          service.runnerUp() == null ? "" : percent(service.runnerUpShare()));
      row.put("mainAuthor", service.mainAuthor() == null ? "" : label(history,
          service.mainAuthor()) + " (" + percent(service.mainAuthorShare()) + ")");
      row.put("violations",
          service.violations().stream().map(OwnershipViolation::message).toList());
      services.add(row);
    }
    section.put("services", services);
    return section;
  }

  private static String label(History history, String id) {
    Person person = history.person(id);
    return person == null ? id : person.label();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}

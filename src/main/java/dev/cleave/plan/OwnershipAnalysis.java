package dev.cleave.plan;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.FileHistory;
import dev.cleave.model.History;
import dev.cleave.model.Ownership;
import dev.cleave.model.OwnershipViolation;
import dev.cleave.model.OwnershipViolation.Kind;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceOwnership;
import dev.cleave.model.TeamLoad;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks single-team ownership: each proposed service should have exactly one owning team, and
 * no team should own more services than its people can carry.
 *
 * <p>A service's owner is the team with the largest share of the service's recent changes, as
 * {@link History} weighs and attributes them; ties go to the team whose name sorts first. A
 * service breaks the rule when no team reaches {@code clearOwnerShare} of its changes, when the
 * runner-up team comes within {@code closeMargin} of the owner, or when one person made at
 * least {@code knowledgeRiskShare} of them. A team is overloaded when it owns more services
 * than {@link ProjectConfig.Ownership#capacity} allows for its active members.
 */
public final class OwnershipAnalysis {

  /** Shares this close to a threshold count as reaching it, against rounding in the sums. */
  private static final double TOLERANCE = 1e-9;

  private final ProjectConfig.Ownership thresholds;

  public OwnershipAnalysis(ProjectConfig.Ownership thresholds) {
    this.thresholds = thresholds;
  }

  /** Returns the owner of every service and the load of every team. */
  public Ownership analyse(Proposal proposal, List<ClassInfo> classes, History history) {
    if (!history.wasRead()) {
      return Ownership.none(thresholds);
    }
    Map<String, String> pathOfClass = new HashMap<>();
    classes.forEach(info -> pathOfClass.put(info.id(), info.path()));
    Map<String, FileHistory> fileOfPath = new HashMap<>();
    history.files().forEach(file -> fileOfPath.put(file.path(), file));
    List<ServiceOwnership> services = new ArrayList<>();
    for (Service service : proposal.services()) {
      TreeSet<String> paths = new TreeSet<>();
      service.classes().forEach(id -> {
        String path = pathOfClass.get(id);
        if (path != null) {
          paths.add(path);
        }
      });
      ServiceShares shares = ServiceShares.of(paths, fileOfPath);
      services.add(ownership(service.name(), paths.size(), shares, history));
    }
    return new Ownership(true, thresholds, services, loads(history, services));
  }

  private ServiceOwnership ownership(String name, int files, ServiceShares shares,
      History history) {
    List<OwnershipViolation> violations = new ArrayList<>();
    if (shares.total() <= 0) {
      violations.add(new OwnershipViolation(Kind.NO_HISTORY, "No commit read changed its "
          + files + (files == 1 ? " file" : " files") + ", so no team can be shown to own it."));
      return new ServiceOwnership(name, 0, null, 0, null, 0, 0, null, 0, violations);
    }
    ServiceShares.Ranked teams = shares.rankedTeams();
    ServiceShares.Ranked authors = shares.rankedAuthors();
    if (teams.first() == null) {
      violations.add(new OwnershipViolation(Kind.NO_CLEAR_OWNER,
          "No team accounts for any of its recent changes."));
    } else if (teams.firstShare() + TOLERANCE < thresholds.clearOwnerShare()) {
      violations.add(new OwnershipViolation(Kind.NO_CLEAR_OWNER, "Its largest team, "
          + teams.first() + ", made " + percent(teams.firstShare()) + " of its recent changes,"
          + " less than the " + percent(thresholds.clearOwnerShare()) + " a clear owner needs."));
    }
    if (teams.second() != null
        && teams.firstShare() - teams.secondShare() <= thresholds.closeMargin() + TOLERANCE) {
      violations.add(new OwnershipViolation(Kind.TEAMS_CLOSE, "Teams " + teams.first() + " ("
          + percent(teams.firstShare()) + ") and " + teams.second() + " ("
          + percent(teams.secondShare()) + ") are within " + points(thresholds.closeMargin())
          + " of each other, so two teams would share it."));
    }
    if (authors.first() != null
        && authors.firstShare() + TOLERANCE >= thresholds.knowledgeRiskShare()) {
      violations.add(new OwnershipViolation(Kind.KNOWLEDGE_RISK, "One person, "
          + label(history, authors.first()) + ", made " + percent(authors.firstShare())
          + " of its recent changes, so its knowledge sits with them."));
    }
    return new ServiceOwnership(name, shares.total(), teams.first(), teams.firstShare(),
        teams.second(), teams.secondShare(), shares.unattributedShare(), authors.first(),
        authors.firstShare(), violations);
  }

  private List<TeamLoad> loads(History history, List<ServiceOwnership> services) {
    List<TeamLoad> loads = new ArrayList<>();
    for (var team : history.teams()) {
      List<String> owned = services.stream()
          .filter(service -> team.name().equals(service.owner()))
          .map(ServiceOwnership::service)
          .toList();
      int active = team.activeMembers().size();
      int capacity = thresholds.capacity(active);
      List<OwnershipViolation> violations = new ArrayList<>();
      if (owned.size() > capacity) {
        violations.add(new OwnershipViolation(Kind.TEAM_OVERLOADED, "Team " + team.name()
            + " owns " + owned.size() + " services, but its " + active + " active "
            + (active == 1 ? "member" : "members") + " can carry " + capacity + " at "
            + format(thresholds.servicesPerMember()) + " services per member."));
      }
      loads.add(new TeamLoad(team.name(), active, capacity, owned, violations));
    }
    return loads;
  }

  private static String label(History history, String personId) {
    var person = history.person(personId);
    return person == null ? personId : person.label();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String points(double margin) {
    return String.format(Locale.ROOT, "%.1f percentage points", margin * 100);
  }

  private static String format(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.Dependency;
import dev.cleave.model.ServiceOwnership;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The views of the migration plan: risks, extraction waves and hidden shared dependencies, and
 * the plan's facts about each service.
 *
 * <p>Each view is empty when the analysis contains no such results, and the page then says that
 * the run did not analyse it. An empty view is never filled with guesses.
 */
final class PlanViews {

  /** The likelihood and severity scale of the risk matrix: 1 to this. */
  static final int RISK_SCALE = 5;

  private PlanViews() {}

  /**
   * The risks, counted in a likelihood-by-severity grid.
   *
   * @param analysed whether the run assessed risks
   * @param grid the rows from likelihood 5 down to 1, each with the count per severity 1 to 5
   * @param risks the risks, highest product of likelihood and severity first
   */
  public record RiskMatrix(boolean analysed, List<GridRow> grid, List<Risk> risks) {}

  /** A row of the risk grid: a likelihood and its cells, severity 1 to 5. */
  public record GridRow(int likelihood, List<GridCell> cells) {}

  /**
   * A cell of the risk grid.
   *
   * @param count the risks with the cell's likelihood and severity
   * @param zone {@code low}, {@code medium} or {@code high}, from the product of the two
   */
  public record GridCell(int count, String zone) {}

  /**
   * A risk of the migration.
   *
   * @param title what could go wrong
   * @param likelihood 1 to 5
   * @param severity 1 to 5
   * @param mitigation how to lower it
   */
  public record Risk(String title, int likelihood, int severity, String mitigation) {}

  /**
   * One wave of extraction.
   *
   * @param number 1 for the first wave
   * @param services the services extracted in it
   */
  public record Wave(int number, List<String> services) {}

  /**
   * A table, cache, mutable static field or shared utility that several services use.
   *
   * @param kind what sort of dependency it is
   * @param name its name
   * @param services the services that use it
   */
  public record SharedDependency(String kind, String name, List<String> services) {}

  /**
   * The plan's facts about one service.
   *
   * @param owner the owning team, or {@code ""} when ownership was not analysed
   * @param ownerShare the owner's share of the service's recent changes in whole percent
   * @param tier 1 to 4, or 0 when tiers were not assigned
   * @param apis the calls that would become its remote API
   * @param tables the database tables it uses
   * @param risks the risks of extracting it
   */
  public record ServiceFacts(String owner, int ownerShare, int tier, List<String> apis,
      List<String> tables, List<String> risks) {

    static final ServiceFacts NOT_ANALYSED =
        new ServiceFacts("", 0, 0, List.of(), List.of(), List.of());
  }

  // NOTE: the analysis model contains no data access or plan yet, so the methods below return
  // empty views, except for owners and for shared-library classes, which count as shared
  // dependencies. When those results reach dev.cleave.model.Analysis, fill the views from them.

  static RiskMatrix risks(Analysis analysis) {
    return riskMatrix(false, List.of());
  }

  static List<Wave> waves(Analysis analysis) {
    return List.of();
  }

  /**
   * Returns the shared-library classes that classes of more than one service use, each with
   * those services, sorted by class id.
   */
  static List<SharedDependency> sharedDependencies(Analysis analysis, Assignment assignment) {
    Map<String, SortedSet<String>> users = new TreeMap<>();
    for (Dependency dependency : analysis.structure().dependencies()) {
      int target = assignment.groupOf(dependency.target());
      int source = assignment.groupOf(dependency.source());
      if (target >= 0 && source >= 0 && assignment.groups().get(target).library()
          && !assignment.groups().get(source).library() && dependency.codeCount() > 0) {
        users.computeIfAbsent(dependency.target(), k -> new TreeSet<>())
            .add(assignment.groups().get(source).name());
      }
    }
    List<SharedDependency> shared = new ArrayList<>();
    users.forEach((id, services) -> {
      if (services.size() > 1) {
        shared.add(new SharedDependency("shared-library class", id, List.copyOf(services)));
      }
    });
    return shared;
  }

  /** Returns the plan's facts about a service: so far its owner and the owner's share. */
  static ServiceFacts serviceFacts(Analysis analysis, String service) {
    for (ServiceOwnership ownership : analysis.ownership().services()) {
      if (ownership.service().equals(service) && ownership.owner() != null) {
        return new ServiceFacts(ownership.owner(), (int) Math.round(ownership.share() * 100), 0,
            List.of(), List.of(), List.of());
      }
    }
    return ServiceFacts.NOT_ANALYSED;
  }

  /** Returns the zone of a likelihood-severity product: high from 15, medium from 6. */
  static String zone(int product) {
    if (product >= 15) {
      return "high";
    }
    return product >= 6 ? "medium" : "low";
  }

  /** Counts the risks into the grid, likelihood 5 at the top. */
  static RiskMatrix riskMatrix(boolean analysed, List<Risk> risks) {
    List<GridRow> grid = new ArrayList<>();
    for (int likelihood = RISK_SCALE; likelihood >= 1; likelihood--) {
      List<GridCell> cells = new ArrayList<>();
      for (int severity = 1; severity <= RISK_SCALE; severity++) {
        int l = likelihood;
        int s = severity;
        int count = (int) risks.stream()
            .filter(r -> r.likelihood() == l && r.severity() == s).count();
        cells.add(new GridCell(count, zone(likelihood * severity)));
      }
      grid.add(new GridRow(likelihood, cells));
    }
    List<Risk> ranked = risks.stream()
        .sorted(java.util.Comparator.comparingInt((Risk r) -> -r.likelihood() * r.severity())
            .thenComparing(Risk::title))
        .toList();
    return new RiskMatrix(analysed, grid, ranked);
  }
}

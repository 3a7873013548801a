package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.ApiOperation;
import dev.cleave.model.Dependency;
import dev.cleave.model.Plan;
import dev.cleave.model.ServiceApi;
import dev.cleave.model.ServiceOwnership;
import dev.cleave.model.ServiceTier;
import dev.cleave.model.TableOwnership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The views of the migration plan: risks, extraction waves and hidden shared dependencies, and
 * the plan's facts about each service.
 *
 * <p>Each view is empty when the analysis contains no plan, and the page then states that the run
 * did not analyse it. An empty view is never filled with guesses.
 */
final class PlanViews {

  /** The likelihood and severity scale of the risk matrix: 1 to this. */
  static final int RISK_SCALE = 5;

  /** How many risks, operations and tables a service's page lists; all are in the JSON. */
  static final int MAX_PER_SERVICE = 12;

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
   * @param service the service whose extraction carries it
   * @param wave the wave of that service
   * @param title what could go wrong
   * @param measure the factor and its measure, such as {@code cycles: in a cycle with payments}
   * @param likelihood 1 to 5
   * @param severity 1 to 5
   * @param score likelihood times severity
   * @param zone the zone of the score
   * @param mitigation how to lower it
   */
  public record Risk(String service, int wave, String title, String measure, int likelihood,
      int severity, int score, String zone, String mitigation) {

    Risk(String service, int wave, String title, String measure, int likelihood, int severity,
        String mitigation) {
      this(service, wave, title, measure, likelihood, severity, likelihood * severity,
          PlanViews.zone(likelihood * severity), mitigation);
    }
  }

  /**
   * One wave of extraction.
   *
   * @param number 1 for the first wave
   * @param services the services extracted in it
   * @param libraries the shared libraries published in it
   * @param reasons why each service and library has its place
   * @param apis the operations to introduce, as {@code service: operation}
   * @param tables the tables to move
   * @param cuts the dependencies to cut before the wave, as {@code from -> to (n calls)}
   * @param risks the ids of its risks, highest first
   */
  public record Wave(int number, List<String> services, List<String> libraries,
      List<String> reasons, List<String> apis, List<String> tables, List<String> cuts,
      List<String> risks) {}

  /**
   * A table, cache, mutable static field or shared utility that several services use.
   *
   * @param kind what sort of dependency it is
   * @param name its name
   * @param services the services that use it
   * @param detail what was found, or {@code ""}
   * @param remedy what to do about it, or {@code ""}
   */
  public record SharedDependency(String kind, String name, List<String> services,
      String detail, String remedy) {}

  /**
   * The plan's facts about one service.
   *
   * @param owner the owning team, or {@code ""} when ownership was not analysed
   * @param ownerShare the owner's share of the service's recent changes in whole percent
   * @param tier 1 to 4, or 0 when tiers were not assigned
   * @param apis the operations that would become its remote API, with their callers
   * @param tables the database tables it uses, with its access and their owner
   * @param risks the risks of extracting it, highest first
   * @param planned whether the run made a migration plan, so that empty lists mean none
   */
  public record ServiceFacts(String owner, int ownerShare, int tier, List<String> apis,
      List<String> tables, List<String> risks, boolean planned) {

    static final ServiceFacts NOT_ANALYSED =
        new ServiceFacts("", 0, 0, List.of(), List.of(), List.of(), false);
  }

  /** Returns whether the analysis contains a migration plan. */
  static boolean planned(Analysis analysis) {
    return !analysis.plan().tiers().isEmpty();
  }

  static RiskMatrix risks(Analysis analysis) {
    List<Risk> risks = new ArrayList<>();
    for (dev.cleave.model.Risk risk : analysis.plan().risks().risks()) {
      risks.add(new Risk(risk.service(), risk.wave(), risk.title(),
          risk.factor().description() + ": " + risk.measure(), risk.likelihood(),
          risk.severity(), risk.mitigation()));
    }
    return riskMatrix(planned(analysis), risks);
  }

  static List<Wave> waves(Analysis analysis) {
    List<Wave> waves = new ArrayList<>();
    for (dev.cleave.model.Wave wave : analysis.plan().waves()) {
      List<String> cuts = wave.cuts().stream().map(cut -> cut.from() + " -> " + cut.to() + " ("
          + cut.calls() + (cut.calls() == 1 ? " call)" : " calls)")).toList();
      waves.add(new Wave(wave.number(), wave.services(), wave.libraries(), wave.reasons(),
          wave.apis(), wave.tables(), cuts, wave.risks()));
    }
    return waves;
  }

  /**
   * Returns the plan's hidden shared dependencies, then the shared-library classes that classes
   * of more than one service use and that the plan does not name, each with those services.
   */
  static List<SharedDependency> sharedDependencies(Analysis analysis, Assignment assignment) {
    List<SharedDependency> shared = new ArrayList<>();
    Set<String> named = new TreeSet<>();
    for (dev.cleave.model.SharedDependency dependency : analysis.plan().sharedDependencies()) {
      shared.add(new SharedDependency(dependency.kind().description(), dependency.name(),
          dependency.services(), dependency.detail(), dependency.remedy()));
      named.add(dependency.name());
    }
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
    users.forEach((id, services) -> {
      if (services.size() > 1 && !named.contains(id)) {
        shared.add(new SharedDependency("shared-library class", id, List.copyOf(services), "",
            ""));
      }
    });
    return shared;
  }

  /** Returns the plan's facts about a service: owner, tier, API, tables and risks. */
  static ServiceFacts serviceFacts(Analysis analysis, String service) {
    String owner = "";
    int share = 0;
    for (ServiceOwnership ownership : analysis.ownership().services()) {
      if (ownership.service().equals(service) && ownership.owner() != null) {
        owner = ownership.owner();
        share = (int) Math.round(ownership.share() * 100);
      }
    }
    Plan plan = analysis.plan();
    int tier = plan.tiers().stream().filter(t -> t.service().equals(service))
        .mapToInt(ServiceTier::tier).findFirst().orElse(0);
    return new ServiceFacts(owner, share, tier, apis(plan, service), tables(plan, service),
        plan.risks().risks().stream().filter(r -> r.service().equals(service))
            .limit(MAX_PER_SERVICE)
            .map(r -> r.likelihood() + " x " + r.severity() + ": " + r.title() + " ("
                + r.measure() + ")")
            .toList(), planned(analysis));
  }

  private static List<String> apis(Plan plan, String service) {
    List<String> apis = new ArrayList<>();
    for (ServiceApi api : plan.apis()) {
      if (!api.service().equals(service)) {
        continue;
      }
      for (ApiOperation operation : api.operations().stream().limit(MAX_PER_SERVICE).toList()) {
        List<String> callers = new ArrayList<>();
        operation.callsByService().forEach((caller, count) -> callers.add(caller + " " + count));
        if (operation.monolithCalls() > 0) {
          callers.add(Plan.MONOLITH + " " + operation.monolithCalls());
        }
        apis.add(operation.name() + " (" + String.join(", ", callers) + ")");
      }
    }
    return apis;
  }

  private static List<String> tables(Plan plan, String service) {
    List<String> tables = new ArrayList<>();
    for (TableOwnership table : plan.tables()) {
      for (TableOwnership.ServiceAccess access : table.accesses()) {
        if (access.service().equals(service)) {
          String verb = access.reads() && access.writes() ? "reads and writes"
              : access.writes() ? "writes" : "reads";
          tables.add(table.table() + " (" + (table.owner().equals(service) ? "owns it, "
              : "owned by " + table.owner() + ", ") + verb + ")");
        }
      }
    }
    return tables.size() <= MAX_PER_SERVICE ? tables : tables.subList(0, MAX_PER_SERVICE);
  }

  /** Returns the zone of a likelihood-severity product: high from 15, medium from 6. */
  static String zone(int product) {
    if (product >= 15) {
      return "high";
    }
    return product >= 6 ? "medium" : "low";
  }

  /** Counts the risks into the grid, likelihood 5 at the top, and ranks them. */
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
        .sorted(Comparator.comparingInt((Risk r) -> -r.score())
            .thenComparingInt(r -> -r.severity()).thenComparing(Risk::service)
            .thenComparing(Risk::title))
        .toList();
    return new RiskMatrix(analysed, grid, ranked);
  }
}

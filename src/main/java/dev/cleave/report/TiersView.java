package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.Availability;
import dev.cleave.model.ServiceAvailability;
import dev.cleave.model.ServiceTier;
import dev.cleave.model.TableOwnership;
import dev.cleave.model.TierInversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tiers and availability section: each service's tier with its reasons, the tier
 * inversions, the instances each tier needs, each service's synchronous chain with its
 * availability and what-ifs, and the owner of every table.
 *
 * <p>Availabilities print as percentages with four decimals, shortfalls in percentage points
 * with four decimals, and downtime in whole minutes per 30 days.
 *
 * @param analysed whether the run made a migration plan
 * @param tiers the services, tier 1 first
 * @param inversions the synchronous calls from a higher tier to a lower one
 * @param instance the availability assumed for one instance, as a percentage
 * @param async the dependencies that cleave.yaml declares asynchronous
 * @param budgets per tier: tier, target, instances, instances for two failures, their
 *     availability
 * @param chains the chain of each service
 * @param statements the SQL and JPQL statements read
 * @param unparsed where the first statements that could not be parsed are
 * @param unparsedCount how many statements could not be parsed
 * @param tables every table with its owner
 */
public record TiersView(
    boolean analysed,
    List<Tier> tiers,
    List<Inversion> inversions,
    String instance,
    List<String> async,
    List<List<String>> budgets,
    List<Chain> chains,
    int statements,
    List<String> unparsed,
    int unparsedCount,
    List<Table> tables) {

  /** How many unparsed statements the page names; all are in the JSON document. */
  static final int MAX_UNPARSED = 20;

  /** A service's tier, where it comes from, and why. */
  public record Tier(String service, int tier, String source, List<String> reasons) {}

  /** A tier inversion, with its tiers in the service names. */
  public record Inversion(String from, String to, int calls, List<String> classPairs) {}

  /** A service's synchronous chain and its availability, formatted. */
  public record Chain(String service, int tier, String target, String instances, List<String> chain,
      String single, String availability, String downtime, boolean meets, String shortfall,
      List<String> whatIfs) {}

  /** A table, its owner and its users. */
  public record Table(String table, String owner, String reason, boolean shared,
      List<String> accesses) {}

  static TiersView of(Analysis analysis) {
    var plan = analysis.plan();
    List<Tier> tiers = new ArrayList<>();
    for (ServiceTier tier : plan.tiers()) {
      tiers.add(new Tier(tier.service(), tier.tier(), tier.overridden()
          ? "cleave.yaml; inferred " + tier.inferredTier() : "inferred", tier.reasons()));
    }
    List<Inversion> inversions = new ArrayList<>();
    for (TierInversion inversion : plan.tierInversions()) {
      inversions.add(new Inversion(inversion.from() + " (tier " + inversion.fromTier() + ")",
          inversion.to() + " (tier " + inversion.toTier() + ")", inversion.calls(),
          inversion.classPairs()));
    }
    Availability availability = plan.availability();
    List<List<String>> budgets = new ArrayList<>();
    for (Availability.TierBudget tier : availability.tiers()) {
      budgets.add(List.of(String.valueOf(tier.tier()), percent(tier.target()),
          String.valueOf(tier.instances()), String.valueOf(tier.instancesForTwoFailures()),
          percent(tier.availability())));
    }
    List<Chain> chains = availability.services().stream().map(TiersView::chain).toList();
    List<String> unparsed = plan.unparsedStatements().stream().limit(MAX_UNPARSED)
        .map(Object::toString).toList();
    return new TiersView(!plan.tiers().isEmpty(), tiers, inversions,
        percent(availability.instanceAvailability()), availability.asyncEdges(), budgets, chains,
        plan.statements(), unparsed, plan.unparsedStatements().size(),
        plan.tables().stream().map(TiersView::table).toList());
  }

  private static Chain chain(ServiceAvailability service) {
    return new Chain(service.service(), service.tier(), percent(service.target()),
        service.instances() + " + 2", service.chain(), percent(service.singleInstanceChain()),
        percent(service.chainAvailability()),
        String.format(Locale.ROOT, "%.0f", service.downtimeMinutesPer30Days()),
        service.meetsTarget(), String.format(Locale.ROOT, "%.4f", service.shortfall() * 100),
        service.whatIfs().stream().map(TiersView::whatIf).toList());
  }

  private static String whatIf(ServiceAvailability.WhatIf whatIf) {
    String change = switch (whatIf.kind()) {
      case ASYNC -> "make " + whatIf.from() + " -> " + whatIf.to() + " asynchronous";
      case ASYNC_LOWER_TIERS -> "make the calls of " + whatIf.from()
          + " to lower tiers asynchronous";
      case TOGETHER -> "keep " + whatIf.from() + " and " + whatIf.to() + " together";
    };
    return change + ": " + percent(whatIf.chainAvailability())
        + (whatIf.meetsTarget() ? ", meets the target" : "");
  }

  private static Table table(TableOwnership table) {
    List<String> accesses = new ArrayList<>();
    for (TableOwnership.ServiceAccess access : table.accesses()) {
      String verb = access.reads() && access.writes() ? "reads and writes"
          : access.writes() ? "writes" : "reads";
      accesses.add(access.service() + " " + verb + " (" + access.classes().size()
          + (access.classes().size() == 1 ? " class)" : " classes)"));
    }
    return new Table(table.table(), table.owner().isEmpty() ? "none" : table.owner(),
        table.reason(), table.shared(), accesses);
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.4f%%", fraction * 100);
  }
}

package dev.cleave.plan;

import dev.cleave.model.Availability;
import dev.cleave.model.Plan;
import dev.cleave.model.Risks;
import dev.cleave.model.ServiceApi;
import dev.cleave.model.SharedDependency;
import dev.cleave.model.TableOwnership;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the proposed services into a migration plan.
 *
 * <p>The steps run in order, each reading what the ones before found: the API surface and the
 * calls between services ({@link ApiSurface}), table ownership ({@link DataOwnership}), hidden
 * shared dependencies ({@link SharedDependencies}), tiers ({@link Tiers}), the availability
 * budget ({@link AvailabilityBudget}), extraction waves ({@link ExtractionWaves}) and the risks
 * of each service and wave ({@link RiskMatrix}). Every step sorts its output, so the plan is the
 * same for the same input.
 */
public final class PlanStage {

  private static final Logger LOG = LoggerFactory.getLogger(PlanStage.class);

  private final PlanSettings settings;

  public PlanStage(PlanSettings settings) {
    this.settings = settings;
  }

  /** Returns the plan for the input's proposal. */
  public Plan plan(PlanInput input) {
    long start = System.nanoTime();
    Membership membership = new Membership(input.proposal());
    if (membership.services().isEmpty()) {
      return Plan.EMPTY;
    }
    TypeIndex types = new TypeIndex(input.classes(), input.files());
    ApiSurface.Result surface = new ApiSurface(membership, types).find(input.dependencies());
    List<ServiceApi> apis = surface.apis();
    List<TableOwnership> tables = new DataOwnership(membership).find(input.data());
    List<SharedDependency> shared =
        new SharedDependencies(membership, types, input).find(tables);
    List<String> notes = new ArrayList<>(notes(membership));
    ServiceGraph calls = ServiceGraph.of(membership.services(), surface.edges(),
        edge -> !settings.isAsync(edge.from(), edge.to()));
    Tiers.Result tiers = new Tiers(membership, types, input, settings).assign(calls);
    Availability availability = new AvailabilityBudget(settings).budget(calls, tiers.tiers());
    ServiceGraph all = ServiceGraph.of(membership.services(), surface.edges(), edge -> true);
    ExtractionWaves.Result waves = new ExtractionWaves(membership, input.proposal())
        .order(all, tables, apis);
    Risks risks = new RiskMatrix(input.changes()).assess(all, tiers.tiers(), tables, shared,
        waves, input.proposal(), RiskMatrix.monolithCalls(apis));
    LOG.info("planned {} services in {} waves in {} ms", membership.services().size(),
        waves.waves().size(), (System.nanoTime() - start) / 1_000_000);
    return new Plan(apis, tables, input.data().statements(), input.data().unparsed(), shared,
        tiers.tiers(), tiers.inversions(), availability, risks,
        RiskMatrix.withRisks(waves.waves(), risks), waves.cycles(),
        input.changes().available(), notes);
  }

  /** Returns notes on names in {@code cleave.yaml} that no proposed service has. */
  private List<String> notes(Membership membership) {
    List<String> notes = new ArrayList<>();
    List<String> services = membership.services();
    settings.tiers().keySet().stream().filter(name -> !services.contains(name))
        .forEach(name -> notes.add("plan.tiers names " + name
            + ", which is no proposed service; the services are " + String.join(", ", services)
            + "."));
    settings.serviceAvailability().keySet().stream().filter(name -> !services.contains(name))
        .forEach(name -> notes.add("plan.serviceAvailability names " + name
            + ", which is no proposed service."));
    for (String edge : settings.async()) {
      String[] parts = edge.split(PlanSettings.ARROW);
      if (!services.contains(parts[0]) || !services.contains(parts[1])) {
        notes.add("plan.async names " + edge + ", which joins no two proposed services.");
      }
    }
    notes.forEach(note -> LOG.warn("cleave.yaml: {}", note));
    return notes;
  }
}

package dev.cleave.plan;

import dev.cleave.Pipeline;
import dev.cleave.data.TableAccess;
import dev.cleave.evaluate.GroundTruth;
import dev.cleave.model.DataAccess;
import dev.cleave.model.Plan;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.SharedLibrary;
import dev.cleave.resolve.Resolution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Plans for the shop fixture over its expected decomposition, so that tests check the plan
 * against the services its README describes rather than against one clustering's outcome.
 */
final class ShopPlans {

  static final String SHOP = "com.northwind.shop.";

  /** The tiers the fixture's README gives each service. */
  static final Map<String, Integer> README_TIERS = Map.of("orders", 1, "payments", 1,
      "customers", 1, "catalog", 2, "inventory", 2, "shipping", 3, "notifications", 3,
      "admin", 4);

  private static Resolution resolution;
  private static DataAccess data;

  private ShopPlans() {}

  /** Returns the plan with default settings. */
  static Plan plan() {
    return plan(PlanSettings.DEFAULTS, ChangeSignals.NONE, Set.of());
  }

  /** Returns the plan with the README's tiers as overrides. */
  static Plan planWithReadmeTiers() {
    return plan(settings(README_TIERS, List.of()), ChangeSignals.NONE, Set.of());
  }

  /**
   * Returns the plan with the settings and history, leaving the listed classes out of every
   * service so that they stay in the monolith.
   */
  static Plan plan(PlanSettings settings, ChangeSignals changes, Set<String> leftInMonolith) {
    load();
    return new PlanStage(settings).plan(new PlanInput(resolution.classes(),
        resolution.parsed().files(), resolution.dependencies(), data,
        expected(leftInMonolith), changes));
  }

  static PlanSettings settings(Map<String, Integer> tiers, List<String> async) {
    return PlanSettings.of(new ProjectConfig.Planning(tiers, null, null, null, async));
  }

  /** Returns the expected services, and the shared library, of the fixture. */
  static Proposal expected(Set<String> leftInMonolith) {
    SortedMap<String, List<String>> groups = new TreeMap<>();
    try {
      GroundTruth.read(Path.of("test-fixtures", "shop", "expected-services.csv"))
          .forEach((id, service) -> {
            if (!leftInMonolith.contains(id)) {
              groups.computeIfAbsent(service, k -> new ArrayList<>()).add(id);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Service> services = new ArrayList<>();
    List<SharedLibrary> libraries = new ArrayList<>();
    groups.forEach((name, classes) -> {
      if (name.equals("shared")) {
        libraries.add(new SharedLibrary(name, classes, 0, new TreeMap<>()));
      } else {
        services.add(new Service(name, classes, 0));
      }
    });
    return new Proposal(services, libraries, List.of(), 1, 1.0, List.of());
  }

  private static synchronized void load() {
    if (resolution == null) {
      resolution = Pipeline.resolve(Path.of("test-fixtures", "shop").toAbsolutePath());
      data = TableAccess.of(resolution);
    }
  }
}

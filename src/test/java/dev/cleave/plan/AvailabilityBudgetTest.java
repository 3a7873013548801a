package dev.cleave.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cleave.model.Availability;
import dev.cleave.model.Plan;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.ServiceAvailability;
import dev.cleave.model.ServiceAvailability.Change;
import dev.cleave.model.ServiceTier;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The availability budget: the formulas on small graphs, and the shop's figures with the tiers
 * of its README. With the default 99.9% per instance, a tier-1 service (target 99.95%) needs
 * two instances, 1 - 0.001^2 = 0.999999, and every other tier one, 0.999.
 */
class AvailabilityBudgetTest {

  private static final double EXACT = 1e-12;

  private static Plan shop;

  @BeforeAll
  static void planShop() {
    shop = ShopPlans.planWithReadmeTiers();
  }

  @Test
  void instancesForTargets() {
    // 1 - 0.01^2 = 0.9999 reaches 0.9999 exactly; 1 - 0.1^3 = 0.999 does not, 1 - 0.1^4 does.
    assertThat(AvailabilityBudget.instancesFor(0.99, 0.9999)).isEqualTo(2);
    assertThat(AvailabilityBudget.instancesFor(0.9, 0.9999)).isEqualTo(4);
    // 1 - 0.5^10 = 0.99902 < 0.9995 <= 1 - 0.5^11 = 0.99951.
    assertThat(AvailabilityBudget.instancesFor(0.5, 0.9995)).isEqualTo(11);
    assertThat(AvailabilityBudget.instancesFor(1.0, 0.9995)).isEqualTo(1);
    assertThat(AvailabilityBudget.replicated(0.9, 3)).isCloseTo(0.999, within(EXACT));
  }

  @Test
  void tierBudgetsWithTwoSpares() {
    assertThat(shop.availability().tiers()).extracting(Availability.TierBudget::instances)
        .containsExactly(2, 1, 1, 1);
    assertThat(shop.availability().tiers())
        .extracting(Availability.TierBudget::instancesForTwoFailures)
        .containsExactly(4, 3, 3, 3);
    assertThat(shop.availability().tiers().get(0).availability())
        .isCloseTo(0.999999, within(EXACT));
    assertThat(shop.availability().tiers()).extracting(Availability.TierBudget::target)
        .containsExactly(0.9995, 0.999, 0.995, 0.99);
  }

  @Test
  void cycleCountsOnceInChain() {
    ServiceGraph graph = graph(edge("a", "b"), edge("b", "a"), edge("b", "c"));
    Availability budget = budget(graph, PlanSettings.DEFAULTS);

    // a reaches b and, through b, c: 0.999^3 = 0.997002999, short of 0.999 by 0.001997001.
    ServiceAvailability a = budget.service("a");
    assertThat(a.chain()).containsExactly("a", "b", "c");
    assertThat(a.chainAvailability()).isCloseTo(0.997002999, within(EXACT));
    assertThat(a.shortfall()).isCloseTo(0.001997001, within(EXACT));
    assertThat(budget.service("c").meetsTarget()).isTrue();
  }

  @Test
  void whatIfsRankedByChain() {
    ServiceGraph graph = graph(edge("a", "b"), edge("b", "a"), edge("b", "c"));
    List<ServiceAvailability.WhatIf> whatIfs = budget(graph, PlanSettings.DEFAULTS)
        .service("a").whatIfs();

    // a -> b made asynchronous leaves a alone: 0.999, the target. Cutting b -> c, or keeping a
    // and b together (one service of 0.999 calling c), leaves two factors: 0.998001. Making
    // b -> a asynchronous changes nothing for a, so it is left out.
    assertThat(whatIfs).extracting(w -> w.kind() + " " + w.from() + " " + w.to())
        .containsExactly("ASYNC a b", "ASYNC b c", "TOGETHER a b");
    assertThat(whatIfs).extracting(ServiceAvailability.WhatIf::chainAvailability)
        .containsExactly(0.999, 0.998001, 0.998001);
    assertThat(whatIfs.get(0).meetsTarget()).isTrue();
    assertThat(whatIfs.get(1).meetsTarget()).isFalse();
  }

  @Test
  void serviceAvailabilityOverrideAddsInstances() {
    PlanSettings settings = PlanSettings.of(new ProjectConfig.Planning(null, null, null,
        Map.of("c", 99.0), null));
    ServiceAvailability c = budget(graph(edge("a", "c")), settings).service("c");

    // One instance of 0.99 misses tier 2's 0.999; two give 1 - 0.01^2 = 0.9999.
    assertThat(c.instanceAvailability()).isEqualTo(0.99);
    assertThat(c.instances()).isEqualTo(2);
    assertThat(c.deployedAvailability()).isCloseTo(0.9999, within(EXACT));
    assertThat(c.singleInstanceChain()).isCloseTo(0.99, within(EXACT));
  }

  @Test
  void shopChainsOfReadmeTiers() {
    // customers calls only notifications: 0.999999 * 0.999 = 0.998999001, short of 0.9995.
    ServiceAvailability customers = shop.availability().service("customers");
    assertThat(customers.chain()).containsExactly("customers", "notifications");
    assertThat(customers.chainAvailability()).isCloseTo(0.998999001, within(EXACT));
    assertThat(customers.shortfall()).isCloseTo(0.000500999, within(EXACT));
    // orders reaches all eight services, payments and admin included through payments:
    // 0.999999^3 (orders, payments, customers) * 0.999^5 = 0.995007004978014, short of
    // 0.9995 by 0.004492995021986, 215.7 minutes down in 30 days.
    ServiceAvailability orders = shop.availability().service("orders");
    assertThat(orders.chain()).hasSize(8);
    assertThat(orders.chainAvailability()).isCloseTo(0.995007004978014, within(EXACT));
    assertThat(orders.shortfall()).isCloseTo(0.004492995021986, within(EXACT));
    assertThat(orders.downtimeMinutesPer30Days()).isCloseTo(215.697384949795, within(1e-9));
    // With one instance each: 0.999^8 = 0.992027944069944.
    assertThat(orders.singleInstanceChain()).isCloseTo(0.992027944069944, within(EXACT));
    // catalog -> inventory -> notifications: 0.999^3 = 0.997002999, short of 0.999.
    assertThat(shop.availability().service("catalog").chainAvailability())
        .isCloseTo(0.997002999, within(EXACT));
    // shipping (tier 3) reaches catalog, customers, inventory, notifications:
    // 0.999999 * 0.999^4 = 0.996004999995004, above 0.995.
    assertThat(shop.availability().service("shipping").chainAvailability())
        .isCloseTo(0.996004999995004, within(EXACT));
    assertThat(shop.availability().services()).filteredOn(ServiceAvailability::meetsTarget)
        .extracting(ServiceAvailability::service)
        .containsExactly("notifications", "shipping", "admin");
  }

  @Test
  void shopWhatIfsForOrders() {
    ServiceAvailability orders = shop.availability().service("orders");

    // Without orders -> payments, orders reaches six services: 0.999999^2 * 0.999^4 =
    // 0.996004003990004. Without orders -> shipping or payments -> admin it loses one service
    // of 0.999: 0.999999^3 * 0.999^4 = 0.996003007986. None reaches 0.9995.
    assertThat(orders.whatIfs()).extracting(w -> w.kind() + " " + w.from() + " " + w.to())
        .containsExactly("ASYNC orders payments", "ASYNC orders shipping",
            "ASYNC payments admin");
    assertThat(orders.whatIfs().get(0).chainAvailability())
        .isCloseTo(0.996004003990004, within(EXACT));
    assertThat(orders.whatIfs().get(1).chainAvailability())
        .isCloseTo(0.996003007986, within(EXACT));
    assertThat(orders.whatIfs()).noneMatch(ServiceAvailability.WhatIf::meetsTarget);
  }

  @Test
  void shopWhatIfsForCustomers() {
    ServiceAvailability customers = shop.availability().service("customers");

    // Both changes leave customers alone at 0.999999, above 0.9995.
    assertThat(customers.whatIfs()).extracting(ServiceAvailability.WhatIf::kind)
        .containsExactly(Change.ASYNC, Change.TOGETHER);
    assertThat(customers.whatIfs()).allMatch(ServiceAvailability.WhatIf::meetsTarget);
  }

  @Test
  void asyncEdgesLeaveChains() {
    Plan plan = ShopPlans.plan(ShopPlans.settings(ShopPlans.README_TIERS,
        List.of("customers -> notifications")), ChangeSignals.NONE, java.util.Set.of());

    assertThat(plan.availability().service("customers").chainAvailability())
        .isCloseTo(0.999999, within(EXACT));
    assertThat(plan.availability().asyncEdges()).containsExactly("customers -> notifications");
  }

  private static Availability budget(ServiceGraph graph, PlanSettings settings) {
    List<ServiceTier> tiers = graph.services().stream()
        .map(s -> new ServiceTier(s, 2, 2, false, List.of(), List.of(), 0, List.of())).toList();
    return new AvailabilityBudget(settings).budget(graph, tiers);
  }

  private static ServiceGraph graph(CallEdge... edges) {
    TreeSet<String> services = new TreeSet<>();
    for (CallEdge edge : edges) {
      services.add(edge.from());
      services.add(edge.to());
    }
    return ServiceGraph.of(services, List.of(edges), e -> true);
  }

  private static CallEdge edge(String from, String to) {
    return new CallEdge(from, to, 1, new TreeSet<>());
  }
}

package dev.cleave.plan;

import static dev.cleave.plan.ShopPlans.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Risk;
import dev.cleave.model.RiskFactor;
import dev.cleave.model.ServiceRisk;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Risk factors, scores and the matrix of the shop's plan with its README tiers. */
class RiskMatrixTest {

  private static Plan plan;

  @BeforeAll
  static void planShop() {
    plan = ShopPlans.planWithReadmeTiers();
  }

  @Test
  void topRisksOfShop() {
    // orders shares four kinds of state (ReferenceDataCache, RequestContext, ExchangeRates,
    // ShopConfiguration): likelihood 5; tier 1: severity 5. Its 42 calls out and 5 in make 47,
    // between 31 and 60: likelihood 4. It is in a cycle of two with payments: 4.
    assertThat(plan.risks().risks().subList(0, 3)).extracting(Risk::id).containsExactly(
        "orders:sharedState", "orders:crossBoundaryCalls", "orders:cycles");
    assertThat(plan.risks().risks().subList(0, 3)).extracting(Risk::score)
        .containsExactly(25, 20, 20);
    assertThat(plan.risks().risks().get(1).measure()).isEqualTo("47 calls cross its boundary");
  }

  @Test
  void everyRiskScoredFromFactors() {
    Map<String, String> scores = new TreeMap<>();
    plan.risks().risks().forEach(r -> scores.put(r.id(),
        r.likelihood() + "x" + r.severity()));

    assertThat(scores).isEqualTo(Map.ofEntries(
        Map.entry("admin:crossBoundaryCalls", "2x4"),
        Map.entry("admin:sharedState", "3x4"),
        Map.entry("admin:sharedTables", "5x4"),
        Map.entry("catalog:crossBoundaryCalls", "3x4"),
        Map.entry("catalog:sharedState", "4x4"),
        Map.entry("customers:crossBoundaryCalls", "3x5"),
        Map.entry("customers:sharedState", "2x5"),
        Map.entry("customers:sharedTables", "2x5"),
        Map.entry("inventory:crossBoundaryCalls", "2x4"),
        Map.entry("inventory:sharedTables", "2x4"),
        Map.entry("notifications:crossBoundaryCalls", "1x4"),
        Map.entry("notifications:sharedState", "2x4"),
        Map.entry("orders:crossBoundaryCalls", "4x5"),
        Map.entry("orders:cycles", "4x5"),
        Map.entry("orders:sharedState", "5x5"),
        Map.entry("orders:sharedTables", "4x5"),
        Map.entry("payments:crossBoundaryCalls", "3x5"),
        Map.entry("payments:cycles", "4x5"),
        Map.entry("payments:sharedState", "3x5"),
        Map.entry("shipping:crossBoundaryCalls", "3x4"),
        Map.entry("shipping:sharedState", "3x4")));
  }

  @Test
  void callersRaiseSeverity() {
    // admin is tier 4 (severity 2), but payments, tier 1, calls it: 5 - 1 = 4.
    assertThat(service("admin").severity()).isEqualTo(4);
    assertThat(factor("admin", RiskFactor.Name.TIER).note())
        .isEqualTo("tier 4 and its callers' tiers set the severity to 4");
    // admin reads four tables of other services: likelihood 5.
    assertThat(factor("admin", RiskFactor.Name.SHARED_TABLES).likelihood()).isEqualTo(5);
  }

  @Test
  void matrixCountsEveryRisk() {
    assertThat(plan.risks().matrix()).containsExactly(
        List.of(0, 0, 0, 1, 0),
        List.of(0, 0, 0, 4, 2),
        List.of(0, 0, 0, 4, 3),
        List.of(0, 0, 0, 1, 4),
        List.of(0, 0, 0, 1, 1));
    assertThat(plan.risks().risks()).hasSize(21);
  }

  @Test
  void noHistoryFactorsRead() {
    for (ServiceRisk service : plan.risks().services()) {
      assertThat(factor(service.service(), RiskFactor.Name.CHURN).note()).isEqualTo("no history");
      assertThat(factor(service.service(), RiskFactor.Name.CHURN).value()).isNull();
      assertThat(factor(service.service(), RiskFactor.Name.OWNERSHIP_CONFLICTS).note())
          .isEqualTo("no history");
    }
    assertThat(plan.historyRead()).isFalse();
  }

  @Test
  void historyAddsChurnAndOwnership() {
    Map<String, Double> changes = new TreeMap<>();
    changes.put(SHOP + "orders.CheckoutService", 3.0);
    changes.put(SHOP + "payments.PaymentService", 1.0);
    changes.put(SHOP + "catalog.ProductService", 16.0);
    ChangeSignals signals = new ChangeSignals(true, new TreeMap<>(changes), new TreeMap<>(Map.of(
        "payments", List.of("team-checkout has 55% of its changes.",
            "team-platform comes within 10% of the owner."))));

    Plan withHistory = ShopPlans.plan(ShopPlans.settings(ShopPlans.README_TIERS, List.of()),
        signals, Set.of());

    // Shares of 20 recent changes: orders 15% (3), payments 5% (1), catalog 80% (16).
    Map<String, Integer> churn = new TreeMap<>();
    withHistory.risks().risks().stream().filter(r -> r.factor() == RiskFactor.Name.CHURN)
        .forEach(r -> churn.put(r.service(), r.likelihood()));
    assertThat(churn).isEqualTo(Map.of("orders", 3, "payments", 2, "catalog", 5));
    Risk ownership = withHistory.risks().risks().stream()
        .filter(r -> r.id().equals("payments:ownershipConflicts")).findFirst().orElseThrow();
    assertThat(ownership.likelihood()).isEqualTo(4);
    assertThat(ownership.measure()).isEqualTo("team-checkout has 55% of its changes."
        + " team-platform comes within 10% of the owner.");
    assertThat(withHistory.historyRead()).isTrue();
  }

  @Test
  void thresholdsOfLikelihood() {
    int[][] calls = {{0, 0}, {1, 1}, {5, 1}, {6, 2}, {15, 2}, {16, 3}, {30, 3}, {31, 4},
        {60, 4}, {61, 5}};
    for (int[] row : calls) {
      assertThat(RiskMatrix.callLikelihood(row[0])).as("%d calls", row[0]).isEqualTo(row[1]);
    }
    double[][] shares = {{0, 0}, {0.01, 1}, {0.05, 2}, {0.0999, 2}, {0.10, 3}, {0.20, 4},
        {0.3499, 4}, {0.35, 5}, {1, 5}};
    for (double[] row : shares) {
      assertThat(RiskMatrix.churnLikelihood(row[0])).as("share %s", row[0])
          .isEqualTo((int) row[1]);
    }
  }

  @Test
  void wavesListTheirRisks() {
    assertThat(plan.waves().get(4).services()).containsExactly("orders");
    assertThat(plan.waves().get(4).risks()).containsExactly("orders:sharedState",
        "orders:crossBoundaryCalls", "orders:cycles", "orders:sharedTables");
  }

  @Test
  void longListsCountTheRest() {
    List<String> five = List.of("a", "b", "c", "d", "e");
    List<String> eight = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    assertThat(RiskMatrix.listed(five, " and ")).isEqualTo("a and b and c and d and e");
    assertThat(RiskMatrix.listed(eight, " and ")).isEqualTo("a, b, c, d, e and 3 more");
    assertThat(RiskMatrix.listed(eight, ", ")).isEqualTo("a, b, c, d, e and 3 more");
    assertThat(RiskMatrix.listed(List.of(), ", ")).isEmpty();
  }

  private static ServiceRisk service(String name) {
    return plan.risks().services().stream().filter(s -> s.service().equals(name)).findFirst()
        .orElseThrow();
  }

  private static RiskFactor factor(String service, RiskFactor.Name name) {
    return service(service).factors().stream().filter(f -> f.name() == name).findFirst()
        .orElseThrow();
  }
}

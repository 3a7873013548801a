package dev.cleave.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceCycle;
import dev.cleave.model.TableOwnership;
import dev.cleave.model.Wave;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order of extraction for the shop and for small graphs. */
class ExtractionWavesTest {

  private static Plan plan;

  @BeforeAll
  static void planShop() {
    plan = ShopPlans.plan();
  }

  @Test
  void shopWaveOrder() {
    // notifications calls no service. customers and inventory call only notifications, and
    // catalog calls inventory. shipping and admin call only those. orders follows once its
    // calls to payments are cut. payments, which calls orders, admin and catalog, is last.
    assertThat(plan.waves()).extracting(Wave::services).containsExactly(
        List.of("notifications"), List.of("customers", "inventory"), List.of("catalog"),
        List.of("shipping", "admin"), List.of("orders"), List.of("payments"));
    assertThat(plan.waves().get(0).libraries()).containsExactly("shared");
  }

  @Test
  void shopCycleCutAtFewestCalls() {
    // orders -> payments has 4 calls, payments -> orders 5.
    assertThat(plan.cycles()).containsExactly(new ServiceCycle(List.of("orders", "payments"),
        List.of(new Wave.CycleCut("orders", "payments", 4))));
    assertThat(plan.waves().get(4).cuts())
        .containsExactly(new Wave.CycleCut("orders", "payments", 4));
  }

  @Test
  void shopReasonsExplainPlaces() {
    assertThat(plan.waves().get(0).reasons()).containsExactly(
        "It calls no other service, so it can run on its own as soon as it is out. 4 services"
            + " call it and it shares 0 tables.",
        "The shared library shared has no runtime of its own: publish it as a versioned"
            + " artifact first, so that every service builds against it.");
    // customers goes before inventory in its wave: 2 services call it, 3 call inventory.
    assertThat(plan.waves().get(1).reasons()).containsExactly(
        "It calls only services of earlier waves: notifications. 2 services call it and it"
            + " shares 1 table.",
        "It calls only services of earlier waves: notifications. 3 services call it and it"
            + " shares 1 table.");
    assertThat(plan.waves().get(4).reasons()).containsExactly(
        "Once orders -> payments is cut, it calls only services of earlier waves: catalog,"
            + " customers, inventory, notifications, shipping. 1 service calls it and it shares"
            + " 3 tables.");
  }

  @Test
  void shopWaveMovesTablesAndApis() {
    Wave first = plan.waves().get(0);

    assertThat(first.tables()).containsExactly("message_template", "notification_log");
    assertThat(first.apis()).containsExactly("notifications: NotificationService.sendEmail",
        "notifications: NotificationService.sendSms",
        "notifications: NotificationService.sendWelcome", "notifications: new EmailSender",
        "notifications: new SmsSender");
    assertThat(plan.waves().get(5).tables()).containsExactly("payment", "refund",
        "refund_request");
  }

  @Test
  void tiesByCallersThenTablesThenName() {
    ServiceGraph graph = graph(edge("x", "b", 1), edge("x", "a", 1), edge("y", "a", 1),
        edge("z", "c", 1));
    List<TableOwnership> tables = List.of(new TableOwnership("t", "c", "",
        List.of(access("c"), access("z"))));

    ExtractionWaves.Result result = waves(graph, tables);

    // a has two callers, b and c one each; c shares a table, b none.
    assertThat(result.waves()).extracting(Wave::services).containsExactly(
        List.of("b", "c", "a"), List.of("x", "y", "z"));
  }

  @Test
  void threeServiceCycleCutCheapestFirst() {
    ServiceGraph graph = graph(edge("a", "b", 5), edge("b", "c", 2), edge("c", "a", 3),
        edge("a", "c", 4));

    ExtractionWaves.Result result = waves(graph, List.of());

    // b -> c (2) breaks a -> b -> c -> a; c -> a (3) then breaks a -> c -> a. What is left,
    // a -> b and a -> c, puts b and c before a.
    assertThat(result.cycles()).hasSize(1);
    assertThat(result.cycles().get(0).cuts()).containsExactly(
        new Wave.CycleCut("b", "c", 2), new Wave.CycleCut("c", "a", 3));
    assertThat(result.waves()).extracting(Wave::services).containsExactly(
        List.of("b", "c"), List.of("a"));
    assertThat(result.waves().get(0).cuts()).containsExactly(
        new Wave.CycleCut("b", "c", 2), new Wave.CycleCut("c", "a", 3));
  }

  private static ExtractionWaves.Result waves(ServiceGraph graph, List<TableOwnership> tables) {
    List<Service> services = new ArrayList<>();
    graph.services().forEach(s -> services.add(new Service(s, List.of(s + ".Main"), 0)));
    Proposal proposal = new Proposal(services, List.of(), 1);
    return new ExtractionWaves(new Membership(proposal), proposal).order(graph, tables,
        List.of());
  }

  private static TableOwnership.ServiceAccess access(String service) {
    return new TableOwnership.ServiceAccess(service, true, false, List.of(service + ".Main"));
  }

  private static ServiceGraph graph(CallEdge... edges) {
    TreeSet<String> services = new TreeSet<>();
    for (CallEdge edge : edges) {
      services.add(edge.from());
      services.add(edge.to());
    }
    return ServiceGraph.of(services, List.of(edges), e -> true);
  }

  private static CallEdge edge(String from, String to, int calls) {
    return new CallEdge(from, to, calls, new TreeSet<>());
  }
}

package dev.cleave.plan;

import static dev.cleave.plan.ShopPlans.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.TableOwnership;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The owners of the shop's tables and the tables several services share. */
class DataOwnershipTest {

  private static Plan plan;

  @BeforeAll
  static void planShop() {
    plan = ShopPlans.plan();
  }

  @Test
  void everyTableHasReadmeOwner() {
    Map<String, String> owners = new TreeMap<>();
    plan.tables().forEach(t -> owners.put(t.table(), t.owner()));

    Map<String, String> expected = new TreeMap<>();
    List.of("product", "product_category", "category", "price")
        .forEach(t -> expected.put(t, "catalog"));
    List.of("customer", "customer_profile", "address").forEach(t -> expected.put(t, "customers"));
    List.of("orders", "order_line", "cart", "cart_item").forEach(t -> expected.put(t, "orders"));
    List.of("payment", "refund", "refund_request").forEach(t -> expected.put(t, "payments"));
    List.of("shipment", "carrier", "tracking_event").forEach(t -> expected.put(t, "shipping"));
    List.of("stock_level", "warehouse", "stock_reservation")
        .forEach(t -> expected.put(t, "inventory"));
    List.of("message_template", "notification_log")
        .forEach(t -> expected.put(t, "notifications"));
    expected.put("admin_user", "admin");
    assertThat(owners).isEqualTo(expected);
  }

  @Test
  void sharedTablesAreReadmeFour() {
    Map<String, List<String>> shared = new TreeMap<>();
    plan.tables().stream().filter(TableOwnership::shared).forEach(t -> shared.put(t.table(),
        t.accesses().stream().map(TableOwnership.ServiceAccess::service).toList()));

    // The owner comes first, then the other services by name.
    assertThat(shared).isEqualTo(Map.of(
        "customer", List.of("customers", "admin"),
        "order_line", List.of("orders", "admin"),
        "orders", List.of("orders", "admin"),
        "stock_level", List.of("inventory", "admin", "orders")));
  }

  @Test
  void stockLevelReadersOnlyRead() {
    TableOwnership stock = plan.tables().stream().filter(t -> t.table().equals("stock_level"))
        .findFirst().orElseThrow();

    assertThat(stock.reason()).isEqualTo("maps it as a JPA entity in StockLevel");
    assertThat(stock.accesses().get(1).classes())
        .containsExactly(SHOP + "persistence.ReportingDao");
    assertThat(stock.accesses().get(1).writes()).isFalse();
    assertThat(stock.accesses().get(2).classes())
        .containsExactly(SHOP + "persistence.OrderJdbcDao");
    assertThat(stock.accesses().get(2).reads()).isTrue();
    assertThat(stock.accesses().get(2).writes()).isFalse();
  }

  @Test
  void tableWithoutEntityOwnedByWriter() {
    TableOwnership log = plan.tables().stream()
        .filter(t -> t.table().equals("notification_log")).findFirst().orElseThrow();

    assertThat(log.reason()).isEqualTo("writes it in NotificationLogDao");
  }

  @Test
  void statementsCarriedIntoPlan() {
    assertThat(plan.statements()).isEqualTo(35);
    assertThat(plan.unparsedStatements()).isEmpty();
  }
}

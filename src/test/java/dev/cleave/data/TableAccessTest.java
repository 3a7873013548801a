package dev.cleave.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.Pipeline;
import dev.cleave.model.DataAccess;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tables of the shop fixture's classes, as its description lists them. */
class TableAccessTest {

  private static final String SHOP = "com.northwind.shop.";

  private static DataAccess data;

  @BeforeAll
  static void readShop() {
    data = TableAccess.of(Pipeline.resolve(Path.of("test-fixtures", "shop").toAbsolutePath()));
  }

  @Test
  void entityTouchesTableAndSecondaryTable() {
    assertThat(data.tablesOf(SHOP + "customers.Customer"))
        .containsExactly("customer", "customer_profile");
  }

  @Test
  void entityTouchesItsJoinTable() {
    assertThat(data.tablesOf(SHOP + "catalog.Product")).containsExactly("product",
        "product_category");
  }

  @Test
  void mappedSuperclassTouchesNoTable() {
    assertThat(data.tablesOf(SHOP + "common.BaseEntity")).isEmpty();
  }

  @Test
  void springDataRepositoryTouchesItsEntityTable() {
    assertThat(data.tablesOf(SHOP + "persistence.ProductRepository")).contains("product");
    assertThat(data.tablesOf(SHOP + "persistence.ReservationRepository"))
        .containsExactly("stock_reservation");
  }

  @Test
  void sqlInStringsNamesTables() {
    assertThat(data.tablesOf(SHOP + "persistence.ReportingDao"))
        .contains("orders", "order_line", "customer", "stock_level");
    assertThat(data.tablesOf(SHOP + "persistence.NotificationLogDao"))
        .containsExactly("notification_log");
  }

  @Test
  void tablesListTheirClasses() {
    assertThat(data.classesByTable().get("stock_level")).contains(
        SHOP + "inventory.StockLevel", SHOP + "persistence.StockJdbcDao",
        SHOP + "persistence.OrderJdbcDao", SHOP + "persistence.ReportingDao");
  }
}

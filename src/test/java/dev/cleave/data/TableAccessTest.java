package dev.cleave.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.Pipeline;
import dev.cleave.model.DataAccess;
import dev.cleave.model.Location;
import dev.cleave.model.TableUse;
import dev.cleave.model.TableUse.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables of the shop fixture's classes, as its description lists them. */
class TableAccessTest {

  private static final String SHOP = "com.northwind.shop.";

  private static DataAccess data;

  @BeforeAll
  static void readShop() {
    data = TableAccess.of(Pipeline.resolve(Path.of("test-fixtures", "shop").toAbsolutePath()));
  }

  @Test
  void everyTableHasItsListedClasses() {
    Map<String, Set<String>> expected = new TreeMap<>();
    expected.put("address", classes("customers.Address", "persistence.CustomerJdbcDao"));
    expected.put("admin_user", classes("admin.AdminUser"));
    expected.put("carrier", classes("shipping.Carrier", "shipping.ShipmentService"));
    expected.put("cart", classes("orders.Cart", "orders.CartService"));
    expected.put("cart_item", classes("orders.CartItem"));
    expected.put("category", classes("catalog.Category", "persistence.CategoryRepository",
        "persistence.ProductRepository"));
    expected.put("customer", classes("customers.Customer", "persistence.CustomerJdbcDao",
        "persistence.CustomerRepository", "persistence.ReportingDao"));
    expected.put("customer_profile", classes("customers.Customer",
        "persistence.CustomerJdbcDao"));
    expected.put("message_template", classes("notify.MessageTemplate",
        "persistence.MessageTemplateRepository"));
    expected.put("notification_log", classes("persistence.NotificationLogDao"));
    expected.put("order_line", classes("orders.OrderLine", "persistence.OrderJdbcDao",
        "persistence.ReportingDao"));
    expected.put("orders", classes("orders.Order", "persistence.OrderJdbcDao",
        "persistence.OrderRepository", "persistence.ReportingDao"));
    expected.put("payment", classes("payments.Payment", "persistence.PaymentRepository"));
    expected.put("price", classes("admin.PriceImportTool", "catalog.Price",
        "persistence.PriceMapper"));
    expected.put("product", classes("admin.PriceImportTool", "catalog.Product",
        "persistence.PriceMapper", "persistence.ProductRepository"));
    expected.put("product_category", classes("catalog.Product"));
    expected.put("refund", classes("payments.Refund", "persistence.RefundDao"));
    expected.put("refund_request", classes("persistence.RefundDao"));
    expected.put("shipment", classes("persistence.ShipmentRepository",
        "persistence.TrackingEventDao", "shipping.Shipment"));
    expected.put("stock_level", classes("inventory.StockLevel", "persistence.OrderJdbcDao",
        "persistence.ReportingDao", "persistence.StockJdbcDao"));
    expected.put("stock_reservation", classes("inventory.StockReservation",
        "persistence.ReservationRepository"));
    expected.put("tracking_event", classes("persistence.TrackingEventDao",
        "shipping.TrackingEvent"));
    expected.put("warehouse", classes("inventory.Warehouse", "persistence.StockJdbcDao"));

    assertThat(data.classesByTable()).isEqualTo(expected);
  }

  @Test
  void entityTouchesTableAndSecondaryTable() {
    assertThat(data.tablesOf(SHOP + "customers.Customer"))
        .containsExactly("customer", "customer_profile");
  }

  @Test
  void mappedSuperclassTouchesNoTable() {
    assertThat(data.tablesOf(SHOP + "common.BaseEntity")).isEmpty();
  }

  @Test
  void reportingDaoOnlyReads() {
    for (String table : data.tablesOf(SHOP + "persistence.ReportingDao")) {
      TableUse use = use("persistence.ReportingDao", table);
      assertThat(use.reads()).as(table).isTrue();
      assertThat(use.writes()).as(table).isFalse();
    }
  }

  @Test
  void insertSelectWritesOneReadsOther() {
    TableUse price = use("admin.PriceImportTool", "price");
    TableUse product = use("admin.PriceImportTool", "product");

    assertThat(price.writes()).isTrue();
    assertThat(price.reads()).isFalse();
    assertThat(product.reads()).isTrue();
    assertThat(product.writes()).isFalse();
  }

  @Test
  void mapperXmlReadsAndWritesForInterface() {
    TableUse price = use("persistence.PriceMapper", "price");
    TableUse product = use("persistence.PriceMapper", "product");

    assertThat(price.sources()).containsExactly(Source.MAPPER_XML);
    assertThat(price.reads()).isTrue();
    assertThat(price.writes()).isTrue();
    assertThat(product.reads()).isTrue();
    assertThat(product.writes()).isFalse();
  }

  @Test
  void jpqlPathReachesJoinedEntity() {
    TableUse category = use("persistence.ProductRepository", "category");

    assertThat(category.sources()).containsExactly(Source.JPQL);
    assertThat(category.writes()).isFalse();
  }

  @Test
  void entityManagerCallsReachEntityTables() {
    assertThat(use("orders.CartService", "cart").sources())
        .containsExactly(Source.ENTITY_MANAGER);
    assertThat(use("orders.CartService", "cart").writes()).isTrue();
    assertThat(use("persistence.StockJdbcDao", "warehouse").sources())
        .containsExactly(Source.SQL, Source.ENTITY_MANAGER);
  }

  @Test
  void textBlockAndConcatenationsRead() {
    assertThat(use("persistence.RefundDao", "refund").writes()).isTrue();
    assertThat(use("persistence.RefundDao", "refund_request").reads()).isTrue();
    assertThat(use("persistence.RefundDao", "refund_request").writes()).isTrue();
  }

  @Test
  void everyStatementCountedAndParsed() {
    // 29 SQL strings, 2 JPQL queries and the 4 statements of PriceMapper.xml.
    assertThat(data.statements()).isEqualTo(35);
    assertThat(data.unparsed()).isEmpty();
  }

  @Test
  void unreadableStatementsCountedWithPlace(@TempDir Path root) throws IOException {
    write(root, "src/main/java/a/Dao.java", "package a;\n\nclass Dao {\n"
        + "  String broken = \"SELECT id FROM WHERE ((\";\n"
        + "  String fine = \"DELETE FROM audit WHERE id = ?\";\n}\n");
    write(root, "src/main/resources/a/Broken.xml", "<mapper namespace=\"a.Dao\"><select>");
    write(root, "src/test/resources/a/TestMapper.xml",
        "<mapper namespace=\"a.Dao\"><select id=\"s\">SELECT * FROM fixture</select></mapper>");
    write(root, "target/classes/a/Copied.xml",
        "<mapper namespace=\"a.Dao\"><select id=\"s\">SELECT * FROM copy</select></mapper>");
    write(root, "pom.xml", "<project/>");

    DataAccess access = TableAccess.of(Pipeline.resolve(root));

    assertThat(access.statements()).isEqualTo(3);
    assertThat(access.unparsed()).containsExactly(
        new Location("src/main/java/a/Dao.java", 4),
        new Location("src/main/resources/a/Broken.xml", 0));
    assertThat(access.classesByTable()).containsOnlyKeys("audit");
  }

  @Test
  void escapedQuotesReadAsQuotes(@TempDir Path root) throws IOException {
    write(root, "src/main/java/a/Stats.java", "package a;\nclass Stats {\n"
        + "  String count = \"SELECT COUNT(id) AS \\\"total\\\" FROM audit a"
        + " WHERE a.kind LIKE 'x:%'\";\n}\n");

    DataAccess access = TableAccess.of(Pipeline.resolve(root));

    assertThat(access.unparsed()).isEmpty();
    assertThat(access.tablesOf("a.Stats")).containsExactly("audit");
  }

  @Test
  void mapperWithoutClassOnlyCounted(@TempDir Path root) throws IOException {
    write(root, "src/main/java/a/Dao.java", "package a;\nclass Dao {}\n");
    write(root, "src/main/resources/Legacy.xml", "<mapper namespace=\"legacy\">"
        + "<select id=\"s\">SELECT * FROM account</select></mapper>");

    DataAccess access = TableAccess.of(Pipeline.resolve(root));

    assertThat(access.statements()).isEqualTo(1);
    assertThat(access.unparsed()).isEmpty();
    assertThat(access.uses()).isEmpty();
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static TableUse use(String simpleId, String table) {
    return data.uses().stream()
        .filter(u -> u.classId().equals(SHOP + simpleId) && u.table().equals(table))
        .findFirst().orElseThrow(() -> new AssertionError(simpleId + " does not touch " + table));
  }

  private static SortedSet<String> classes(String... simpleIds) {
    SortedSet<String> ids = new TreeSet<>();
    for (String id : simpleIds) {
      ids.add(SHOP + id);
    }
    return ids;
  }
}

package dev.cleave.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The tables that single statements read and write, as {@link SqlReader} returns them. */
class SqlReaderTest {

  private static final SqlReader READER = new SqlReader();

  @AfterAll
  static void close() {
    READER.close();
  }

  @Test
  void selectReadsEveryJoinedTable() {
    SqlReader.Names names = READER.read(
        "SELECT o.id FROM orders o JOIN customer c ON c.id = o.customer_id"
            + " WHERE o.id IN (SELECT order_id FROM order_line)");

    assertThat(names.read()).containsExactly("customer", "order_line", "orders");
    assertThat(names.written()).isEmpty();
  }

  @Test
  void updateWithSubqueryWritesTarget() {
    SqlReader.Names names = READER.read(
        "UPDATE price SET valid_to = ? WHERE product_id = (SELECT id FROM product WHERE sku = ?)");

    assertThat(names.written()).containsExactly("price");
    assertThat(names.read()).containsExactly("product");
  }

  @Test
  void insertSelectWritesTargetOnly() {
    SqlReader.Names names = READER.read(
        "INSERT INTO stock_level (sku, warehouse_id) SELECT ?, id FROM warehouse WHERE code = ?");

    assertThat(names.written()).containsExactly("stock_level");
    assertThat(names.read()).containsExactly("warehouse");
  }

  @Test
  void deleteAndTruncateWrite() {
    assertThat(READER.read("DELETE FROM address WHERE id = ?").written())
        .containsExactly("address");
    assertThat(READER.read("TRUNCATE TABLE audit_log").written()).containsExactly("audit_log");
  }

  @Test
  void createTableWritesItsName() {
    SqlReader.Names names = READER.read("CREATE TABLE inventory (itemid VARCHAR(10))");

    assertThat(names.written()).containsExactly("inventory");
  }

  @Test
  void schemaQualifiedNameKept() {
    SqlReader.Names names = READER.read("SELECT * FROM sales.orders");

    assertThat(names.read()).containsExactly("sales.orders");
  }

  @Test
  void jpqlAliasesReturned() {
    SqlReader.Names names = READER.read(
        "select p from Product p join p.categories c where c.code = :code");

    assertThat(names.read()).containsExactly("Product", "p.categories");
    assertThat(names.aliases()).containsEntry("p", "Product").containsEntry("c", "p.categories");
  }

  @Test
  void garbageIsUnparsed() {
    assertThat(READER.read("SELECT FROM WHERE ((").parsed()).isFalse();
    assertThat(READER.read("").parsed()).isFalse();
  }
}

package dev.cleave.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.ShopProject;
import dev.cleave.model.Analysis;
import dev.cleave.model.Drift;
import dev.cleave.model.Location;
import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryRulesTest {

  @TempDir Path temp;

  /** Orders uses the catalog, which it may, and payments, which it may not. */
  private ShopProject shop() {
    return new ShopProject(temp)
        .java("com.shop.catalog.Item", "public class Item {", "  public long price() {",
            "    return 1;", "  }", "}")
        .java("com.shop.payments.Gateway", "public class Gateway {",
            "  public void charge(long amount) {}", "}")
        .java("com.shop.orders.Cart", "import com.shop.catalog.Item;",
            "import com.shop.payments.Gateway;", "", "public class Cart {",
            "  Item item;", "", "  void pay(Gateway gateway) {",
            "    gateway.charge(item.price());", "  }", "}");
  }

  private static final String[] SERVICES = {
    "services:",
    "  - name: catalog",
    "    team: catalog-team",
    "    packages: [com.shop.catalog]",
    "  - name: orders",
    "    team: orders-team",
    "    packages: [com.shop.orders]",
    "    allowedDependencies: [catalog]",
    "  - name: payments",
    "    team: payments-team",
    "    packages: [com.shop.payments]"};

  private static List<Violation> violations(Analysis analysis, Rule rule) {
    return analysis.conformance().violations().stream().filter(v -> v.rule() == rule).toList();
  }

  @Test
  void forbiddenDependencyNamesLineAndKey() {
    Analysis analysis = shop().config(SERVICES).analyze();

    assertThat(analysis.conformance().violations()).containsExactly(new Violation(
        Rule.FORBIDDEN_DEPENDENCY,
        "orders -> payments: com.shop.orders.Cart -> com.shop.payments.Gateway",
        new Location("src/main/java/com/shop/orders/Cart.java", 9),
        "service orders may not depend on service payments: com.shop.orders.Cart uses"
            + " com.shop.payments.Gateway; add payments to the allowedDependencies of orders in"
            + " cleave.yaml, or remove the reference",
        false));
    assertThat(analysis.conformance().violations().get(0).toString())
        .startsWith("src/main/java/com/shop/orders/Cart.java:9: forbidden-dependency: ");
  }

  @Test
  void declaredServicesReplaceProposal() {
    Analysis analysis = shop().config(SERVICES).analyze();

    assertThat(analysis.proposal().services())
        .extracting(s -> s.name() + "=" + s.classes())
        .containsExactly("catalog=[com.shop.catalog.Item]", "orders=[com.shop.orders.Cart]",
            "payments=[com.shop.payments.Gateway]");
    assertThat(analysis.conformance().declared()).isTrue();
  }

  @Test
  void sharedLibraryUsableButNotUsing() {
    Analysis analysis = shop()
        .java("com.shop.util.Audit", "import com.shop.orders.Cart;", "public class Audit {",
            "  Cart cart;", "}")
        .config("services:", "  - name: orders", "    team: a", "    packages: [com.shop]",
            "sharedLibraries:", "  - name: kernel", "    packages: [com.shop.catalog,"
                + " com.shop.payments]", "  - name: util", "    packages: [com.shop.util]")
        .analyze();

    assertThat(analysis.conformance().violations()).extracting(Violation::key)
        .containsExactly("util -> orders: com.shop.util.Audit -> com.shop.orders.Cart");
    assertThat(analysis.conformance().violations().get(0).message())
        .startsWith("shared library util may not depend on service orders: ");
    assertThat(analysis.conformance().sharedLibraries()).extracting(s -> s.name())
        .containsExactly("kernel", "util");
  }

  @Test
  void serviceCycleReportedOncePerComponent() {
    Analysis analysis = shop()
        .java("com.shop.payments.Receipt", "import com.shop.orders.Cart;",
            "public class Receipt {", "  Cart cart;", "}")
        .java("com.shop.catalog.Offer", "import com.shop.payments.Receipt;",
            "public class Offer {", "  Receipt receipt;", "}")
        .config("services:", "  - name: catalog", "    team: a", "    packages: [com.shop.catalog]",
            "    allowedDependencies: [payments]", "  - name: orders", "    team: b",
            "    packages: [com.shop.orders]", "    allowedDependencies: [catalog, payments]",
            "  - name: payments", "    team: c", "    packages: [com.shop.payments]",
            "    allowedDependencies: [orders]")
        .analyze();

    List<Violation> cycles = violations(analysis, Rule.SERVICE_CYCLE);
    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0).key()).isEqualTo("catalog, orders, payments");
    assertThat(cycles.get(0).message()).startsWith(
        "services catalog -> payments -> orders -> catalog depend on each other in a cycle;"
            + " remove or invert one of the dependencies, such as catalog -> payments, where"
            + " com.shop.catalog.Offer uses com.shop.payments.Receipt");
    assertThat(cycles.get(0).location())
        .isEqualTo(new Location("src/main/java/com/shop/catalog/Offer.java", 5));
  }

  @Test
  void unassignedAndAmbiguousClassesNamed() {
    Analysis analysis = shop()
        .java("com.shop.admin.Console", "public class Console {}")
        .config("services:", "  - name: orders", "    team: a",
            "    packages: [com.shop.orders, com.shop.catalog]",
            "    classes: ['com.*.payments.Gat*']", "  - name: payments", "    team: b",
            "    classes: ['com.shop.*.Gateway']")
        .analyze();

    assertThat(violations(analysis, Rule.UNASSIGNED_CLASS)).containsExactly(new Violation(
        Rule.UNASSIGNED_CLASS, "com.shop.admin.Console",
        new Location("src/main/java/com/shop/admin/Console.java", 0),
        "com.shop.admin.Console belongs to no declared service or shared library; add its"
            + " package com.shop.admin or the class to one in cleave.yaml", false));
    assertThat(violations(analysis, Rule.AMBIGUOUS_CLASS)).extracting(Violation::message)
        .containsExactly("com.shop.payments.Gateway matches equally specific patterns of orders"
            + " (com.*.payments.Gat*) and payments (com.shop.*.Gateway); make one of them more"
            + " specific, for example by listing the class under classes:");
    assertThat(violations(analysis, Rule.UNASSIGNED_CLASS).get(0).toString())
        .isEqualTo("src/main/java/com/shop/admin/Console.java: unassigned-class:"
            + " com.shop.admin.Console belongs to no declared service or shared library; add its"
            + " package com.shop.admin or the class to one in cleave.yaml");
  }

  @Test
  void ownershipPointsAtTeamLine() {
    Analysis analysis = shop()
        .config("services:", "  - name: catalog", "    packages: [com.shop.catalog]",
            "  - name: orders", "    team: [orders-team, web-team]",
            "    packages: [com.shop.orders]", "    allowedDependencies: [catalog, payments]",
            "  - name: payments", "    team: 'payments-team, risk-team'",
            "    packages: [com.shop.payments]")
        .analyze();

    assertThat(violations(analysis, Rule.OWNERSHIP)).extracting(Violation::toString)
        .containsExactly(
            "cleave.yaml:2: ownership: service catalog has no owning team; set team: to the one"
                + " team that builds, runs and is paged for it",
            "cleave.yaml:5: ownership: service orders has 2 owning teams (orders-team,"
                + " web-team); choose one, or split the service so that each team owns its part",
            "cleave.yaml:9: ownership: service payments has 2 owning teams (payments-team,"
                + " risk-team); choose one, or split the service so that each team owns its"
                + " part");
  }

  @Test
  void tierInversionUnlessDecoupled() {
    String[] config = {
        "services:", "  - name: catalog", "    team: a", "    tier: 3",
        "    packages: [com.shop.catalog]", "  - name: orders", "    team: b", "    tier: 1",
        "    packages: [com.shop.orders]", "    allowedDependencies:", "      - catalog",
        "      - service: payments", "        mode: FALLBACK", "  - name: payments",
        "    team: c", "    tier: 2", "    packages: [com.shop.payments]"};

    Analysis analysis = shop().config(config).analyze();

    assertThat(analysis.conformance().violations()).extracting(Violation::toString)
        .containsExactly("src/main/java/com/shop/orders/Cart.java:7: tier-inversion: service"
            + " orders (tier 1) depends synchronously on catalog (tier 3):"
            + " com.shop.orders.Cart uses com.shop.catalog.Item; make the calls asynchronous or"
            + " give them a fallback and declare mode: async or mode: fallback, or raise the"
            + " tier of catalog");
  }

  @Test
  void baselineAcceptsByKeyNotLine() throws Exception {
    Path file = temp.resolve("accepted.json");
    Analysis before = shop().config(SERVICES).analyze();
    Baseline.write(file, before.conformance().violations());
    ShopProject moved = shop().baseline(file)
        .java("com.shop.orders.Cart", "import com.shop.catalog.Item;",
            "import com.shop.payments.Gateway;", "", "/** Moved down two lines. */",
            "public class Cart {", "", "  Item item;", "", "  void pay(Gateway gateway) {",
            "    gateway.charge(item.price());", "  }", "}")
        .java("com.shop.orders.Refund", "import com.shop.payments.Gateway;",
            "class Refund {", "  Gateway gateway;", "}")
        .config(SERVICES);

    Analysis after = moved.analyze();

    assertThat(after.conformance().violations())
        .extracting(v -> v.location().line() + " " + v.baselined() + " " + v.key())
        .containsExactly(
            "11 true orders -> payments: com.shop.orders.Cart -> com.shop.payments.Gateway",
            "5 false orders -> payments: com.shop.orders.Refund -> com.shop.payments.Gateway");
    assertThat(after.conformance().newViolations()).hasSize(1);
    assertThat(after.conformance().staleBaselineEntries()).isZero();
  }

  @Test
  void staleBaselineEntriesCounted() throws Exception {
    Path file = temp.resolve("accepted.json");
    Baseline.write(file, shop().config(SERVICES).analyze().conformance().violations());
    ShopProject fixed = shop().baseline(file)
        .java("com.shop.orders.Cart", "import com.shop.catalog.Item;", "public class Cart {",
            "  Item item;", "}")
        .config(SERVICES);

    Analysis analysis = fixed.analyze();

    assertThat(analysis.conformance().violations()).isEmpty();
    assertThat(analysis.conformance().staleBaselineEntries()).isEqualTo(1);
  }

  @Test
  void driftFindsClassTiedElsewhere() {
    ShopProject project = new ShopProject(temp)
        .java("com.shop.catalog.Item", "public class Item {", "  public long price() {",
            "    return 1;", "  }", "}")
        .java("com.shop.catalog.Shelf", "public class Shelf extends Item {", "  Item first;",
            "  long total() {", "    return first.price() + new Item().price();", "  }", "}")
        .java("com.shop.orders.Line", "public class Line {", "  long amount;", "}")
        .java("com.shop.orders.Cart", "public class Cart {", "  Line line = new Line();",
            "  Line other = new Line();", "  long total() {",
            "    return line.amount + other.amount;", "  }", "}")
        .java("com.shop.orders.PriceRule", "import com.shop.catalog.Item;",
            "class PriceRule extends Item {", "  Item base = new Item();",
            "  long apply(Item item) {", "    return item.price() + base.price();", "  }", "}")
        .config("services:", "  - name: catalog", "    team: a", "    packages: [com.shop.catalog]",
            "  - name: orders", "    team: b", "    packages: [com.shop.orders]",
            "    allowedDependencies: [catalog]");

    Analysis analysis = project.analyze();

    assertThat(analysis.conformance().violations()).isEmpty();
    assertThat(analysis.conformance().drift()).extracting(Drift::classId, Drift::declaredService,
        Drift::closerService).containsExactly(
            org.assertj.core.groups.Tuple.tuple("com.shop.orders.PriceRule", "orders",
                "catalog"));
    assertThat(analysis.conformance().drift().get(0).declaredWeight()).isZero();
  }
}

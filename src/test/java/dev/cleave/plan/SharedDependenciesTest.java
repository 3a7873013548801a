package dev.cleave.plan;

import static dev.cleave.plan.ShopPlans.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.Pipeline;
import dev.cleave.data.TableAccess;
import dev.cleave.model.Plan;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.SharedDependency;
import dev.cleave.model.SharedDependency.Kind;
import dev.cleave.resolve.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hidden shared dependencies planted in the shop, and small cases of each kind. */
class SharedDependenciesTest {

  private static Plan plan;

  @BeforeAll
  static void planShop() {
    plan = ShopPlans.plan();
  }

  @Test
  void everyPlantedDependencyFound() {
    assertThat(plan.sharedDependencies()).extracting(d -> d.kind() + " " + d.name() + " "
        + d.services()).containsExactly(
            "SHARED_TABLE customer [admin, customers]",
            "SHARED_TABLE order_line [admin, orders]",
            "SHARED_TABLE orders [admin, orders]",
            "SHARED_TABLE stock_level [admin, inventory, orders]",
            "MUTABLE_STATIC " + SHOP + "common.ReferenceDataCache [admin, catalog, orders]",
            "MUTABLE_STATIC " + SHOP + "web.RequestContext [customers, orders]",
            "SINGLETON " + SHOP + "common.ExchangeRates [admin, catalog, orders, payments,"
                + " shipping]",
            "SHARED_CONFIGURATION " + SHOP + "ShopConfiguration [catalog, notifications,"
                + " orders, payments, shipping]",
            "UTILITY_HUB " + SHOP + "common.ShopUtils [admin, catalog, customers, inventory,"
                + " notifications, orders, payments, shipping]");
  }

  @Test
  void referenceDataCacheNamesItsFields() {
    SharedDependency cache = find(Kind.MUTABLE_STATIC, SHOP + "common.ReferenceDataCache");

    assertThat(cache.detail()).isEqualTo("ReferenceDataCache has static fields that change while"
        + " the application runs: CATEGORY_NAMES (a Map whose content changes), lastLoaded"
        + " (reassigned), vatRates (reassigned); changed in CategoryTree, ReferenceDataCache.");
    assertThat(cache.classes()).containsExactly(SHOP + "admin.AdminDashboardServlet",
        SHOP + "catalog.CategoryTree", SHOP + "common.ReferenceDataCache",
        SHOP + "orders.TaxCalculator");
  }

  @Test
  void requestContextUsersListed() {
    SharedDependency context = find(Kind.MUTABLE_STATIC, SHOP + "web.RequestContext");

    assertThat(context.classes()).containsExactly(SHOP + "web.CartController",
        SHOP + "web.CheckoutController", SHOP + "web.CustomerController",
        SHOP + "web.LoginController", SHOP + "web.OrderController", SHOP + "web.RequestContext",
        SHOP + "web.SessionFilter");
  }

  @Test
  void testOnlyClockIsNoSharedState() {
    // ShopUtils.clock is static and not final, but only useClock changes it, and only the
    // tests call useClock: ShopUtils is a utility hub, not mutable state.
    assertThat(plan.sharedDependencies()).noneMatch(d -> d.kind() == Kind.MUTABLE_STATIC
        && d.name().endsWith("ShopUtils"));
  }

  @Test
  void sharedTableRemedyNamesOwner() {
    SharedDependency stock = find(Kind.SHARED_TABLE, "stock_level");

    assertThat(stock.detail()).isEqualTo("inventory owns it (maps it as a JPA entity in"
        + " StockLevel); admin reads it in ReportingDao; orders reads it in OrderJdbcDao.");
    assertThat(stock.remedy()).startsWith("Make inventory the only service that reads and"
        + " writes stock_level");
  }

  @Test
  void cachesPropertiesAndSingletonsFound(@TempDir Path root) throws IOException {
    write(root, "a/Prices.java", "package a;\n"
        + "class Prices {\n"
        + "  @org.springframework.cache.annotation.Cacheable(\"rates\") Object rate() {"
        + " return null; }\n"
        + "  @org.springframework.beans.factory.annotation.Value(\"${shop.currency:EUR}\")"
        + " String currency;\n"
        + "  Object use() { return Registry.get().lookup() + Counter.next(); }\n"
        + "}\n");
    write(root, "b/Orders.java", "package b;\n"
        + "class Orders {\n"
        + "  @org.springframework.cache.annotation.CacheEvict(cacheNames = \"rates\") void clear()"
        + " {}\n"
        + "  @org.springframework.beans.factory.annotation.Value(\"${shop.currency}\")"
        + " String currency;\n"
        + "  Object use() { return a.Registry.get().lookup() + a.Counter.next(); }\n"
        + "}\n");
    write(root, "a/Registry.java", "package a;\n"
        + "public class Registry {\n"
        + "  private static final Registry INSTANCE = new Registry();\n"
        + "  public static Registry get() { return INSTANCE; }\n"
        + "  public Object lookup() { return null; }\n"
        + "}\n");
    write(root, "a/Counter.java", "package a;\n"
        + "public class Counter {\n"
        + "  private static int count;\n"
        + "  private static final java.util.concurrent.atomic.AtomicLong TOTAL ="
        + " new java.util.concurrent.atomic.AtomicLong();\n"
        + "  public static int next() { TOTAL.incrementAndGet(); return ++count; }\n"
        + "}\n");
    Resolution resolution = Pipeline.resolve(root);
    Proposal proposal = new Proposal(List.of(
        new Service("pricing", List.of("a.Counter", "a.Prices", "a.Registry"), 0),
        new Service("ordering", List.of("b.Orders"), 0)), List.of(), 1);

    Plan small = new PlanStage(PlanSettings.DEFAULTS).plan(new PlanInput(resolution.classes(),
        resolution.parsed().files(), resolution.dependencies(), TableAccess.of(resolution),
        proposal, ChangeSignals.NONE));

    // Registry is a singleton without state that changes, so it couples nothing.
    assertThat(small.sharedDependencies()).extracting(d -> d.kind() + " " + d.name() + " "
        + d.services()).containsExactly(
            "MUTABLE_STATIC a.Counter [ordering, pricing]",
            "SHARED_CACHE rates [ordering, pricing]",
            "SHARED_CONFIGURATION ${shop.currency} [ordering, pricing]");
    assertThat(small.sharedDependencies().get(0).detail()).contains(
        "TOTAL (an AtomicLong whose content changes)", "count (reassigned)");
  }

  private static SharedDependency find(Kind kind, String name) {
    return plan.sharedDependencies().stream()
        .filter(d -> d.kind() == kind && d.name().equals(name)).findFirst().orElseThrow();
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}

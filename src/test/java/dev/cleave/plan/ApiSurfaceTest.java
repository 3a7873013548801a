package dev.cleave.plan;

import static dev.cleave.plan.ShopPlans.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.Pipeline;
import dev.cleave.data.TableAccess;
import dev.cleave.model.ApiOperation;
import dev.cleave.model.ApiOperation.Kind;
import dev.cleave.model.Plan;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceApi;
import dev.cleave.resolve.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candidate APIs of the shop's expected services. */
class ApiSurfaceTest {

  private static Plan plan;

  @BeforeAll
  static void planShop() {
    plan = ShopPlans.plan();
  }

  @Test
  void paymentsOperationsForOrders() {
    List<ApiOperation> operations = api("payments").operationsFor("orders");

    // CheckoutService charges, OrderService refunds and reads the gateway reference of a
    // Payment, and ShopConfiguration builds the gateway client.
    assertThat(operations).extracting(ApiOperation::name).containsExactly(
        "Payment", "PaymentService.authorizeAndCapture", "RefundService.refundFull",
        "new PaymentGatewayClient");
    assertThat(operations).extracting(ApiOperation::kind).containsExactly(
        Kind.DATA, Kind.CALL, Kind.CALL, Kind.CREATE);
    assertThat(operations).extracting(o -> o.callsByService().get("orders"))
        .containsExactly(1, 1, 1, 1);
    assertThat(operations.get(0).members()).containsExactly("getGatewayReference");
    assertThat(operations.get(1).callers()).containsExactly(SHOP + "orders.CheckoutService");
  }

  @Test
  void paymentsCarriesUncalledTypes() {
    assertThat(api("payments").types()).containsExactly(
        SHOP + "payments.PaymentDeclinedException", SHOP + "payments.PaymentMethod");
    assertThat(api("payments").calls()).isEqualTo(4);
  }

  @Test
  void ordersOperationsForPayments() {
    List<ApiOperation> operations = api("orders").operationsFor("payments");

    assertThat(operations).extracting(ApiOperation::name).containsExactly(
        "OrderPaymentCallback.paymentCaptured", "OrderPaymentCallback.paymentFailed",
        "OrderService.markRefunded");
    assertThat(operations).extracting(ApiOperation::calls).containsExactly(2, 2, 1);
  }

  @Test
  void singletonAccessorCountedPerService() {
    ApiOperation getInstance = operation("catalog", "ExchangeRates.getInstance");

    // ShopConfiguration calls it twice and CartService once, both in orders.
    assertThat(getInstance.callsByService()).isEqualTo(
        Map.of("admin", 1, "orders", 3, "payments", 1, "shipping", 1));
    assertThat(getInstance.calls()).isEqualTo(6);
    assertThat(getInstance.callers()).containsExactly(SHOP + "ShopConfiguration",
        SHOP + "admin.SalesReportService", SHOP + "orders.CartService",
        SHOP + "orders.ShippingRateCalculator", SHOP + "payments.PaymentService");
  }

  @Test
  void entityAccessorsGroupedAsData() {
    ApiOperation address = operation("customers", "Address");

    assertThat(address.kind()).isEqualTo(Kind.DATA);
    assertThat(address.members()).containsExactly("getCity", "getCountryCode", "getCustomer",
        "getPostalCode", "getStreet");
    assertThat(address.callsByService()).isEqualTo(Map.of("orders", 2, "shipping", 9));
  }

  @Test
  void everyServiceHasApiInProposalOrder() {
    assertThat(plan.apis()).extracting(ServiceApi::service).containsExactly("admin", "catalog",
        "customers", "inventory", "notifications", "orders", "payments", "shipping");
    assertThat(plan.apis()).extracting(ServiceApi::calls)
        .containsExactly(5, 22, 25, 7, 5, 5, 4, 4);
    assertThat(plan.apis()).extracting(ServiceApi::monolithCalls)
        .containsOnly(0);
  }

  @Test
  void monolithCallsCountedApart() {
    Plan withMonolith = ShopPlans.plan(PlanSettings.DEFAULTS, ChangeSignals.NONE,
        Set.of(SHOP + "web.CheckoutController"));
    ApiOperation requireCustomerId = withMonolith.apis().stream()
        .filter(a -> a.service().equals("customers")).findFirst().orElseThrow()
        .operations().stream().filter(o -> o.name().equals("RequestContext.requireCustomerId"))
        .findFirst().orElseThrow();

    // OrderController calls it twice; CheckoutController, now left in the monolith, once.
    assertThat(requireCustomerId.callsByService()).isEqualTo(Map.of("orders", 2));
    assertThat(requireCustomerId.monolithCalls()).isEqualTo(1);
  }

  @Test
  void javaBeanGroupedAsData(@TempDir Path root) throws IOException {
    Path account = root.resolve("src/a/Account.java");
    Files.createDirectories(account.getParent());
    Files.writeString(account, "package a;\npublic class Account {\n  private String name;\n"
        + "  public String getName() { return name; }\n"
        + "  public void setName(String name) { this.name = name; }\n"
        + "  public String toString() { return name; }\n}\n");
    Path service = root.resolve("src/a/Accounts.java");
    Files.writeString(service, "package a;\npublic class Accounts {\n"
        + "  public Account find(String id) { return new Account(); }\n}\n");
    Path orders = root.resolve("src/b/Orders.java");
    Files.createDirectories(orders.getParent());
    Files.writeString(orders, "package b;\nclass Orders {\n  String owner(a.Accounts accounts) {\n"
        + "    a.Account account = accounts.find(\"1\");\n    account.setName(\"x\");\n"
        + "    return account.getName();\n  }\n}\n");
    Resolution resolution = Pipeline.resolve(root);
    Proposal proposal = new Proposal(List.of(
        new Service("accounts", List.of("a.Account", "a.Accounts"), 0),
        new Service("orders", List.of("b.Orders"), 0)), List.of(), 1);

    Plan small = new PlanStage(PlanSettings.DEFAULTS).plan(new PlanInput(resolution.classes(),
        resolution.parsed().files(), resolution.dependencies(), TableAccess.of(resolution),
        proposal, ChangeSignals.NONE));

    assertThat(small.apis().get(0).operations()).extracting(o -> o.name() + " " + o.kind()
        + " " + o.calls() + " " + o.members()).containsExactly(
            "Account DATA 2 [getName, setName]", "Accounts.find CALL 1 [find]");
  }

  private static ServiceApi api(String service) {
    return plan.apis().stream().filter(a -> a.service().equals(service)).findFirst()
        .orElseThrow();
  }

  private static ApiOperation operation(String service, String name) {
    return api(service).operations().stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(service + " has no operation " + name));
  }
}

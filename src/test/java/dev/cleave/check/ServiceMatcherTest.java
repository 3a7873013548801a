package dev.cleave.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.DeclaredLibrary;
import dev.cleave.model.DeclaredService;
import dev.cleave.model.ProjectConfig;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceMatcherTest {

  private static ClassInfo info(String name) {
    return new ClassInfo(name, name, name.replace('.', '/') + ".java", "", ClassInfo.Kind.CLASS,
        1, List.of(), List.of(), List.of(), List.of(), Set.of());
  }

  private static DeclaredService service(String name, List<String> packages,
      List<String> classes) {
    return new DeclaredService(name, List.of("team"), null, packages, classes, List.of());
  }

  @Test
  void mostSpecificPatternWins() {
    ProjectConfig declaration = new ProjectConfig(null, null, List.of(
        service("shop", List.of("com.shop"), List.of()),
        service("orders", List.of("com.shop.orders"), List.of("com.shop.web.Order*")),
        service("web", List.of(), List.of("com.shop.web.*", "com.shop.web.OrderAdmin"))),
        List.of(new DeclaredLibrary("kernel", List.of("com.shop.orders.model"), List.of())));

    Assignment assignment = new ServiceMatcher(declaration).assign(List.of(
        info("com.shop.Main"),
        info("com.shop.orders.Cart"),
        info("com.shop.orders.model.Order"),
        info("com.shop.ordersx.Thing"),
        info("com.shop.web.OrderController"),
        info("com.shop.web.OrderAdmin"),
        info("com.shop.web.Home"),
        info("com.shop.web.admin.Tool"),
        info("org.other.Lib")));

    assertThat(assignment.ownerOf()).containsExactly(
        java.util.Map.entry("com.shop.Main", "shop"),
        java.util.Map.entry("com.shop.orders.Cart", "orders"),
        java.util.Map.entry("com.shop.orders.model.Order", "kernel"),
        java.util.Map.entry("com.shop.ordersx.Thing", "shop"),
        java.util.Map.entry("com.shop.web.Home", "web"),
        java.util.Map.entry("com.shop.web.OrderAdmin", "web"),
        java.util.Map.entry("com.shop.web.OrderController", "orders"),
        java.util.Map.entry("com.shop.web.admin.Tool", "shop"));
    assertThat(assignment.unassigned()).containsExactly("org.other.Lib");
    assertThat(assignment.serviceOf("com.shop.orders.model.Order")).isNull();
  }

  @Test
  void doubleStarCrossesPackages() {
    ProjectConfig declaration = new ProjectConfig(null, null, List.of(
        service("dao", List.of(), List.of("com.**.*Dao")),
        service("rest", List.of("com"), List.of())), null);

    Assignment assignment = new ServiceMatcher(declaration).assign(List.of(
        info("com.a.b.UserDao"), info("com.UserDao"), info("com.a.UserDaoTest")));

    assertThat(assignment.ownerOf()).containsEntry("com.a.b.UserDao", "dao")
        .containsEntry("com.a.UserDaoTest", "rest");
    assertThat(assignment.ownerOf().get("com.UserDao")).isEqualTo("rest");
  }

  @Test
  void samePackageTwiceIsAmbiguous() {
    ProjectConfig declaration = new ProjectConfig(null, null, List.of(
        service("a", List.of("com.shop"), List.of()),
        service("b", List.of("com.shop"), List.of())), null);

    Assignment assignment = new ServiceMatcher(declaration).assign(List.of(info("com.shop.X")));

    assertThat(assignment.ambiguous()).containsEntry("com.shop.X",
        List.of("a (com.shop)", "b (com.shop)"));
    assertThat(assignment.ownerOf()).isEmpty();
  }
}

package dev.cleave.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.AllowedDependency;
import dev.cleave.model.DeclaredService;
import dev.cleave.model.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationLoadingTest {

  @TempDir Path temp;

  private Path file(String... lines) throws IOException {
    Path file = temp.resolve("cleave.yaml");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void servicesReadInBothForms() throws Exception {
    Path file = file(
        "services:",
        "  - name: orders",
        "    team: orders-team",
        "    tier: 1",
        "    packages: [com.shop.orders]",
        "    classes: ['com.shop.web.Order*']",
        "    allowedDependencies:",
        "      - catalog",
        "      - service: payments",
        "        mode: async",
        "  - name: catalog",
        "    team: [a, b]",
        "  - name: payments",
        "sharedLibraries:",
        "  - name: kernel",
        "    packages: [com.shop.common]");

    ProjectConfig config = ConfigLoader.load(file);

    DeclaredService orders = config.services().get(0);
    assertThat(orders.team()).containsExactly("orders-team");
    assertThat(orders.tier()).isEqualTo(1);
    assertThat(orders.classes()).containsExactly("com.shop.web.Order*");
    assertThat(orders.allowedDependencies()).containsExactly(
        new AllowedDependency("catalog", AllowedDependency.Mode.SYNC),
        new AllowedDependency("payments", AllowedDependency.Mode.ASYNC));
    assertThat(config.services().get(1).team()).containsExactly("a", "b");
    assertThat(config.services().get(2).team()).isEmpty();
    assertThat(config.sharedLibraries().get(0).packages()).containsExactly("com.shop.common");
    assertThat(config.declaresServices()).isTrue();
  }

  @Test
  void unknownDependencyNamesLine() throws Exception {
    Path file = file(
        "services:",
        "  - name: orders",
        "    allowedDependencies:",
        "      - catalog",
        "      - catalgo",
        "  - name: catalog");

    assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(file + ":5: service 'orders'"
        + " may depend on 'catalgo', which is not a declared service or shared library; check"
        + " the spelling");
  }

  @Test
  void duplicateNameNamesBothLines() throws Exception {
    Path file = file(
        "services:",
        "  - name: orders",
        "sharedLibraries:",
        "  - name: orders");

    assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(file + ":4: the name 'orders'"
        + " is declared twice (first on line 2); services and shared libraries need distinct"
        + " names");
  }

  @Test
  void invalidValuesNamedWithLines() throws Exception {
    List<List<String>> cases = List.of(
        List.of("services:", "  - name: orders", "    tier: 5"),
        List.of("services:", "  - name: orders", "    packages: [com.shop.*]"),
        List.of("services:", "  - name: orders", "    classes: ['com shop']"),
        List.of("services:", "  - name: order service"),
        List.of("services:", "  - team: a"),
        List.of("services:", "  - name: orders", "    allowedDependencies: [orders]"),
        List.of("services:", "  - name: orders", "    allowedDependencies:",
            "      - service: orders", "        mode: sometimes"));
    List<String> expected = List.of(
        ":3: tier must be from 1 (most critical) to 4 (internal), was 5",
        ":3: 'com.shop.*' is not a package name such as com.example.orders; list classes and"
            + " globs under classes:",
        ":3: 'com shop' is not a class name or glob such as com.example.web.OrderController or"
            + " com.example.**.Order*",
        ":2: the name 'order service' is invalid: use letters, digits, '.', '_' and '-',"
            + " starting with a letter, a digit or '_' as Java packages may",
        ":2: an entry of services has no name; add name: <name>",
        ":3: service 'orders' lists itself as an allowed dependency; remove the entry",
        ":5: invalid value 'sometimes'; use one of: sync, async, fallback");

    for (int i = 0; i < cases.size(); i++) {
      Path file = file(cases.get(i).toArray(String[]::new));

      assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(file + expected.get(i));
    }
  }

  @Test
  void linesKeyedByPointer() throws Exception {
    Path file = file(
        "# comment",
        "services:",
        "  - name: orders",
        "    team: a",
        "  - name: catalog");

    var lines = ConfigLoader.lines(file);

    assertThat(ConfigLoader.lineOf(lines, "/services/0/team")).isEqualTo(4);
    assertThat(ConfigLoader.lineOf(lines, "/services/1/team")).isEqualTo(5);
    assertThat(ConfigLoader.lineOf(lines, "/services/1")).isEqualTo(5);
    assertThat(ConfigLoader.lineOf(lines, "/sharedLibraries/0")).isEqualTo(2);
  }
}

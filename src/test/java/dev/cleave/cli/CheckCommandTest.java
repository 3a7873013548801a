package dev.cleave.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.ShopProject;
import dev.cleave.model.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path temp;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private ExitCode run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return new CleaveCommandLine(new PrintWriter(out), new PrintWriter(err), false).run(args);
  }

  private ShopProject shop() {
    return new ShopProject(temp.resolve("shop"))
        .java("com.shop.catalog.Item", "public class Item {}")
        .java("com.shop.catalog.Price", "public class Price {", "  Item item;", "}")
        .java("com.shop.orders.Cart", "import com.shop.catalog.Item;", "public class Cart {",
            "  Item item;", "  Line line;", "}")
        .java("com.shop.orders.Line", "public class Line {}");
  }

  private String output() {
    return temp.resolve("out").toString();
  }

  @Test
  void initThenCheckAsksForTeams() throws Exception {
    ShopProject shop = shop();
    String root = shop.root().toString();

    ExitCode init = run("init", root, "--threads", "1");
    String initOut = out.toString();
    ExitCode check = run("check", root, "-o", output(), "--threads", "1");

    assertThat(init).isEqualTo(ExitCode.SUCCESS);
    assertThat(initOut).startsWith("Wrote " + shop.root().toRealPath().resolve("cleave.yaml")
        + ": 2 services with 4 classes");
    assertThat(Files.readString(shop.root().resolve("cleave.yaml")))
        .contains("    packages:\n      - com.shop.catalog\n");
    assertThat(check).isEqualTo(ExitCode.VIOLATIONS);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).matches("cleave.yaml:\\d+: ownership: service \\S+ has no owning"
        + " team; set team: to the one team that builds, runs and is paged for it");
    assertThat(lines.get(1)).startsWith("cleave.yaml:");
    assertThat(lines.get(2)).isEqualTo("2 new violations (2 ownership) of the 2 services"
        + " declared in cleave.yaml.");
    assertThat(temp.resolve("out/cleave.sarif")).isRegularFile();
  }

  @Test
  void initRefusesExistingDeclaration() throws Exception {
    ShopProject shop = shop().config("services:", "  - name: all", "    team: a",
        "    packages: [com]");

    ExitCode code = run("init", shop.root().toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: " + shop.root().toRealPath().resolve(
        "cleave.yaml") + " exists already; edit it, or pass --force to replace it with a new"
        + " proposal (its analysis settings are kept)" + System.lineSeparator());
    assertThat(Files.readString(shop.root().resolve("cleave.yaml"))).startsWith("services:");
  }

  @Test
  void checkWithoutServicesIsUsageError() {
    ShopProject shop = shop();

    ExitCode code = run("check", shop.root().toString(), "-o", output());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("cleave.yaml declares no services, so there is nothing"
        + " to check; run 'cleave init ");
  }

  @Test
  void forbiddenDependencyFailsThenBaselineAccepts() throws Exception {
    ShopProject shop = shop().config("services:", "  - name: catalog", "    team: c",
        "    packages: [com.shop.catalog]", "  - name: orders", "    team: o",
        "    packages: [com.shop.orders]");
    String root = shop.root().toString();

    ExitCode failed = run("check", root, "-o", output());
    String failure = out.toString();
    ExitCode updated = run("check", root, "-o", output(), "--update-baseline");
    ExitCode accepted = run("check", root, "-o", output());

    assertThat(failed).isEqualTo(ExitCode.VIOLATIONS);
    assertThat(failure).startsWith("src/main/java/com/shop/orders/Cart.java:5:"
        + " forbidden-dependency: service orders may not depend on service catalog:"
        + " com.shop.orders.Cart uses com.shop.catalog.Item; add catalog to the"
        + " allowedDependencies of orders in cleave.yaml, or remove the reference");
    assertThat(updated).isEqualTo(ExitCode.SUCCESS);
    assertThat(shop.root().resolve("cleave-baseline.json")).isRegularFile();
    assertThat(accepted).isEqualTo(ExitCode.SUCCESS);
    assertThat(out.toString()).startsWith("No new violations of the 2 services declared in"
        + " cleave.yaml; the baseline cleave-baseline.json accepts 1 more.");
  }

  @Test
  void formatChoosesFilesWritten() throws Exception {
    ShopProject shop = shop().config("services:", "  - name: all", "    team: a",
        "    packages: [com.shop]");

    ExitCode code = run("check", shop.root().toString(), "-o", output(), "--format", "sarif");

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
    try (Stream<Path> files = Files.list(temp.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(".cleave-manifest", "cleave.sarif");
    }
    assertThat(out.toString()).endsWith("Report: " + temp.resolve("out/cleave.sarif")
        + System.lineSeparator());
  }

  @Test
  void unknownFormatIsUsageError() {
    ShopProject shop = shop().config("services:", "  - name: all", "    team: a",
        "    packages: [com.shop]");

    ExitCode code = run("check", shop.root().toString(), "--format", "html,pdf");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: --format names an unknown format 'pdf'; the"
        + " formats are: html, json, sarif" + System.lineSeparator());
  }

  @Test
  void excludeLeavesViolationOut() {
    ShopProject shop = shop().config("services:", "  - name: catalog", "    team: c",
        "    packages: [com.shop.catalog]", "  - name: orders", "    team: o",
        "    packages: [com.shop.orders]");

    ExitCode code = run("check", shop.root().toString(), "-o", output(), "--exclude",
        "**/Cart.java");

    assertThat(code).isEqualTo(ExitCode.SUCCESS);
  }

  @Test
  void missingBaselineIsUsageError() {
    ShopProject shop = shop().config("services:", "  - name: all", "    team: a",
        "    packages: [com.shop]");
    Path missing = temp.resolve("none.json");

    ExitCode code = run("check", shop.root().toString(), "--baseline", missing.toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("cleave: --baseline file not found: " + missing
        + " (write one with --update-baseline)" + System.lineSeparator());
  }
}

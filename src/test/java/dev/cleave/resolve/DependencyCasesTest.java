package dev.cleave.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.Pipeline;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every dependency-extraction case of the shared test data: each expected edge of its
 * {@code EXPECTED.md} is a test, and the edges and nodes a case forbids are checked one by one.
 */
class DependencyCasesTest {

  private static final Map<String, Resolution> RESULTS = new ConcurrentHashMap<>();

  private static Path caseFolder(String prefix) {
    try (Stream<Path> cases = Files.list(Pipeline.shared("cases"))) {
      return cases.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no case " + prefix));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Resolution run(String prefix) {
    return RESULTS.computeIfAbsent(prefix, p -> Pipeline.resolve(caseFolder(p).resolve("src")));
  }

  @TestFactory
  Stream<DynamicTest> everyExpectedEdgeIsFound() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(Pipeline.shared("cases")).sorted()) {
      for (Path folder : cases.filter(Files::isDirectory).toList()) {
        String prefix = folder.getFileName().toString().substring(0, 3);
        for (ExpectedEdges.Row row : ExpectedEdges.read(folder.resolve("EXPECTED.md")).rows()) {
          String name = folder.getFileName() + ": " + row.source() + " -> " + row.target();
          tests.add(DynamicTest.dynamicTest(name, () -> checkRow(run(prefix), row)));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(80);
    return tests.stream();
  }

  private static void checkRow(Resolution resolution, ExpectedEdges.Row row) {
    String targetTop = topLevel(row.target());
    List<Dependency> pool = row.external() ? resolution.libraryDependencies()
        : row.source().startsWith("package ") || row.source().startsWith("module ")
            ? resolution.metadataDependencies() : resolution.dependencies();
    String source = row.duplicate() ? duplicateId(resolution, row.source()) : row.source();
    Optional<Dependency> found = pool.stream()
        .filter(d -> d.source().equals(source) && d.target().equals(targetTop)).findFirst();
    if (row.optional()) {
      return;
    }
    assertThat(found).as("edge %s -> %s", source, targetTop).isPresent();
    Dependency dependency = found.get();
    assertThat(dependency.targetTypes()).as("types referred to").contains(row.target());
    for (List<String> alternatives : row.kinds()) {
      assertThat(alternatives).as("kinds of %s, one of", dependency)
          .anyMatch(kind -> dependency.kinds().containsKey(DependencyKind.valueOf(kind)));
    }
    if (row.implicit()) {
      assertThat(dependency.flags()).contains(Dependency.Flag.IMPLICIT);
    }
    if (row.duplicate()) {
      assertThat(dependency.flags()).contains(Dependency.Flag.FROM_DUPLICATE);
    }
  }

  private static String topLevel(String binaryName) {
    int dollar = binaryName.indexOf('$');
    return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
  }

  private static String duplicateId(Resolution resolution, String name) {
    return resolution.classes().stream()
        .filter(c -> c.name().equals(name) && c.flags().contains(ClassInfo.Flag.DUPLICATE))
        .map(ClassInfo::id).findFirst().orElse(name + " (no duplicate found)");
  }

  private static List<String> ids(Resolution resolution) {
    return resolution.classes().stream().map(ClassInfo::id).toList();
  }

  private static List<String> edges(Resolution resolution) {
    return resolution.dependencies().stream().map(d -> d.source() + " -> " + d.target()).toList();
  }

  private static Dependency edge(Resolution resolution, String source, String target) {
    return resolution.dependencies().stream()
        .filter(d -> d.source().equals(source) && d.target().equals(target)).findFirst()
        .orElseThrow(() -> new AssertionError("no edge " + source + " -> " + target));
  }

  @Test
  void genericArgumentsGiveNoOtherEdge() {
    assertThat(edges(run("01"))).hasSize(4).allMatch(e -> e.startsWith("com.acme.reporting."));
  }

  @Test
  void lambdasAndReferencesGiveNoOtherEdge() {
    assertThat(edges(run("02"))).hasSize(4);
  }

  @Test
  void annotationsGiveNoOtherEdge() {
    assertThat(edges(run("04"))).hasSize(10);
  }

  @Test
  void expressionConstructsGiveNoOtherEdge() {
    assertThat(edges(run("05"))).hasSize(8);
  }

  @Test
  void unusedImportAddsNoEdge() {
    assertThat(edges(run("06"))).containsExactly(
        "com.acme.planning.Replenisher -> com.acme.inventory.StockLevel",
        "com.acme.planning.Replenisher -> com.acme.inventory.Warehouse");
  }

  @Test
  void staticImportsResolveToTheirOwner() {
    Resolution resolution = run("07");

    assertThat(ids(resolution)).doesNotContain("com.acme.checkout.Band",
        "com.acme.checkout.STANDARD_VAT");
    assertThat(edges(resolution)).containsExactly(
        "com.acme.checkout.PriceCalculator -> com.acme.pricing.Rates");
    assertThat(resolution.unresolved().total()).isZero();
  }

  @Test
  void wildcardImportsPickTheDeclaringPackage() {
    assertThat(edges(run("09"))).doesNotContain(
        "com.acme.orders.Checkout -> com.acme.shipping.Address",
        "com.acme.orders.Checkout -> com.acme.shipping.Label").hasSize(5);
  }

  @Test
  void sameSimpleNameStaysApart() {
    Resolution resolution = run("10");

    assertThat(edges(resolution)).doesNotContain(
        "com.acme.web.InvoiceController -> com.acme.export.Invoice",
        "com.acme.batch.NightlyExport -> com.acme.billing.Invoice",
        "com.acme.billing.InvoiceService -> com.acme.export.Invoice",
        "com.acme.export.CsvWriter -> com.acme.billing.Invoice");
    assertThat(ids(resolution)).filteredOn(id -> id.endsWith(".Invoice"))
        .containsExactly("com.acme.billing.Invoice", "com.acme.export.Invoice");
  }

  @Test
  void nestedTypesRollUpToTopLevel() {
    Resolution resolution = run("11");

    assertThat(ids(resolution)).doesNotContain("com.acme.catalog.Variant",
        "com.acme.search.Variant", "com.acme.search.Product");
    assertThat(resolution.classes()).filteredOn(c -> c.id().equals("com.acme.catalog.Product"))
        .singleElement().extracting(ClassInfo::nestedTypes).asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly("com.acme.catalog.Product$Price", "com.acme.catalog.Product$Price$Tier",
            "com.acme.catalog.Product$Status", "com.acme.catalog.Product$Variant");
    assertThat(edges(resolution)).hasSize(5).allMatch(e -> e.endsWith("com.acme.catalog.Product"));
  }

  @Test
  void returnTypesGiveImplicitEdges() {
    Resolution resolution = run("14");

    assertThat(edges(resolution)).hasSize(7);
    assertThat(edge(resolution, "com.acme.web.LogoutHandler", "com.acme.session.SessionRegistry")
        .flags()).doesNotContain(Dependency.Flag.IMPLICIT);
    assertThat(resolution.unresolved().total()).isZero();
  }

  @Test
  void qualifiedNamesInventNoPackageClasses() {
    Resolution resolution = run("15");

    assertThat(ids(resolution)).doesNotContain("com", "com.acme", "com.acme.audit",
        "com.acme.api.com", "com.acme.api.Trail");
    assertThat(edges(resolution)).hasSize(4);
  }

  @Test
  void javadocLinksAreOnlyJavadoc() {
    Resolution resolution = run("17");

    assertThat(resolution.dependencies())
        .filteredOn(d -> d.source().equals("com.acme.reports.Statement"))
        .hasSize(4)
        .allMatch(d -> d.kinds().keySet().equals(java.util.Set.of(DependencyKind.JAVADOC)));
    assertThat(resolution.dependencies()).allMatch(d -> d.codeCount() == 0
        || !d.source().equals("com.acme.reports.Statement"));
  }

  @Test
  void packageInfoIsNoClass() {
    Resolution resolution = run("18");

    assertThat(ids(resolution)).noneMatch(id -> id.endsWith("package-info"));
    assertThat(edges(resolution)).noneMatch(e -> e.startsWith("com.acme.billing.Invoice "));
    assertThat(resolution.metadataDependencies()).extracting(Dependency::source)
        .containsOnly("package com.acme.billing");
  }

  @Test
  void moduleInfoIsNoClass() {
    Resolution resolution = run("19");

    assertThat(ids(resolution)).containsExactly("com.acme.shop.api.Catalog",
        "com.acme.shop.internal.CardProvider", "com.acme.shop.spi.PaymentProvider");
    assertThat(resolution.metadataDependencies()).extracting(d -> d.target())
        .containsExactly("com.acme.shop.internal.CardProvider", "com.acme.shop.spi.PaymentProvider");
    assertThat(errors(resolution)).isEmpty();
  }

  @Test
  void unicodeEscapesAreTranslated() {
    Resolution resolution = run("21");

    assertThat(ids(resolution)).containsExactly("com.acme.audit.AuditLog",
        "com.acme.audit.Helper", "com.acme.ops.Operator");
    assertThat(errors(resolution)).isEmpty();
  }

  @Test
  void legacyEncodingsKeepIdentifiers() {
    Resolution resolution = run("22");

    assertThat(ids(resolution)).containsExactly("com.acme.buchhaltung.Freigabe",
        "com.acme.kasse.Kasse", "com.acme.rechnung.Pruefbericht", "com.acme.rechnung.Steuer");
    assertThat(resolution.classes()).flatExtracting(ClassInfo::nestedTypes)
        .containsExactly("com.acme.rechnung.Pruefbericht$Maßnahme");
    assertThat(resolution.dependencies()).flatExtracting(Dependency::targetTypes)
        .noneMatch(name -> name.contains("\uFFFD") || name.contains("Ã"));
    assertThat(resolution.diagnostics()).extracting(Diagnostic::path).containsExactly(
        "com/acme/kasse/Kasse.java", "com/acme/rechnung/Pruefbericht.java",
        "com/acme/rechnung/Steuer.java");
    assertThat(resolution.diagnostics()).allMatch(d -> d.severity() == Diagnostic.Severity.WARNING
        && d.message().startsWith("the file is not valid UTF-8; read it as windows-1252"));
  }

  @Test
  void byteOrderMarkIsDropped() {
    Resolution resolution = run("23");

    assertThat(ids(resolution)).containsExactly("com.acme.notify.Mailer",
        "com.acme.notify.Sender", "com.acme.notify.templates.Defaults",
        "com.acme.notify.templates.Template");
    assertThat(resolution.diagnostics()).isEmpty();
  }

  @Test
  void syntaxErrorCostsOneFile() {
    Resolution resolution = run("24");

    assertThat(ids(resolution)).containsExactly("com.acme.report.Broken",
        "com.acme.report.Chart", "com.acme.report.Summary");
    assertThat(errors(resolution)).first()
        .hasToString("com/acme/report/Broken.java:8:22: error: Parse error. Found \"{\","
            + " expected one of \"!=\" \"%\" \"%=\" \"&\" \"&&\" \"&=\" or 27 other tokens");
    assertThat(errors(resolution)).allMatch(d -> d.path().equals("com/acme/report/Broken.java"));
    assertThat(edge(resolution, "com.acme.report.Summary", "com.acme.report.Broken").flags())
        .containsExactly(Dependency.Flag.TARGET_UNPARSED);
  }

  @Test
  void textBlockContentIsNoCode() {
    Resolution resolution = run("25");

    assertThat(ids(resolution)).noneMatch(id -> id.startsWith("com.acme.fake")
        || id.endsWith("Decoy") || id.equals("com.acme.geo.render.Row"));
    assertThat(resolution.libraryDependencies()).noneMatch(d -> d.target().startsWith("com.acme"));
    assertThat(resolution.unresolved().total()).isZero();
  }

  @Test
  void lombokMembersResolve() {
    Resolution resolution = run("26");

    assertThat(ids(resolution)).doesNotContain("com.acme.orders.val", "com.acme.orders.log");
    assertThat(resolution.unresolved().total()).isZero();
    assertThat(edge(resolution, "com.acme.orders.OrderService", "com.acme.crm.Address").flags())
        .contains(Dependency.Flag.IMPLICIT);
  }

  @Test
  void hugeGeneratedFileIsAnalysed() {
    Resolution resolution = run("27");

    assertThat(errors(resolution)).isEmpty();
    assertThat(resolution.classes()).filteredOn(c -> c.id().equals("com.acme.gen.MessagesBundle"))
        .singleElement().satisfies(c -> assertThat(c.flags()).contains(ClassInfo.Flag.GENERATED));
  }

  @Test
  void unknownSupertypeMembersAreCounted() {
    Resolution resolution = run("31");

    assertThat(ids(resolution)).doesNotContain("com.acme.web.AbstractController",
        "com.acme.web.Model");
    assertThat(resolution.unresolved().byReason())
        .containsExactly(Map.entry(dev.cleave.model.Unresolved.Reason.LIBRARY_MEMBER, 2));
  }

  @Test
  void duplicateTypeWarnsWithBothPaths() {
    Resolution resolution = run("33");

    assertThat(ids(resolution)).containsExactly("com.acme.core.Boot", "com.acme.core.Config",
        "com.acme.core.Config@legacy/java", "com.acme.net.Proxy");
    assertThat(resolution.diagnostics()).singleElement().hasToString(
        "legacy/java/com/acme/core/Config.java: warning: duplicate type com.acme.core.Config,"
            + " also declared in main/java/com/acme/core/Config.java; this copy is analysed as"
            + " com.acme.core.Config@legacy/java");
  }

  @Test
  void duplicatePrimaryIgnoresListingOrder(@TempDir Path temp) throws IOException {
    Path source = caseFolder("33").resolve("src");
    for (String legacyName : List.of("a-legacy", "z-legacy")) {
      Path copy = temp.resolve(legacyName + "-run");
      copyTree(source.resolve("main"), copy.resolve("main"));
      copyTree(source.resolve("legacy"), copy.resolve(legacyName));

      Resolution resolution = Pipeline.resolve(copy);

      assertThat(ids(resolution)).contains("com.acme.core.Config",
          "com.acme.core.Config@" + legacyName + "/java");
      assertThat(edges(resolution)).contains("com.acme.core.Boot -> com.acme.core.Config",
          "com.acme.core.Config@" + legacyName + "/java -> com.acme.net.Proxy");
    }
  }

  @Test
  void secondaryTopLevelTypesAreNodes() {
    Resolution resolution = run("36");

    assertThat(ids(resolution)).containsExactly("com.acme.orders.Invoicer",
        "com.acme.orders.Order", "com.acme.orders.OrderMath", "com.acme.orders.OrderState");
    assertThat(resolution.unresolved().total()).isZero();
  }

  private static List<Diagnostic> errors(Resolution resolution) {
    return resolution.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}

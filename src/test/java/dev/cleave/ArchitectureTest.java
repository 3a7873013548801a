package dev.cleave;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows of the pipeline pointing one way: front ends use stages, stages use the
 * stages before them and the model, and the model uses nothing of Cleave's.
 */
class ArchitectureTest {

  /** The Cleave packages each package may use, besides itself. */
  private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("model", Set.of());
    ALLOWED.put("config", Set.of("model"));
    ALLOWED.put("source", Set.of("model"));
    ALLOWED.put("parse", Set.of("model", "source"));
    ALLOWED.put("resolve", Set.of("model", "source", "parse"));
    ALLOWED.put("data", Set.of("model", "source", "parse", "resolve"));
    ALLOWED.put("graph", Set.of("model"));
    ALLOWED.put("history", Set.of("model", "source"));
    ALLOWED.put("cluster", Set.of("model", "graph"));
    // Evaluation measures with the clustering's own modularity, so both agree on its definition.
    ALLOWED.put("evaluate", Set.of("model", "cluster"));
    // The check reads the declaration file's lines through config, to point violations at it.
    ALLOWED.put("check", Set.of("model", "config", "graph", "cluster"));
    // The plan reads parse facts for fields, field writes and annotation values, and the
    // clustering's entry points and isolated group, so both stages agree on what they are.
    ALLOWED.put("plan", Set.of("model", "parse", "graph", "cluster", "history"));
    // The report renders the analysis only, so a new stage cannot leak into it unnoticed.
    ALLOWED.put("report", Set.of("model"));
  }

  private static final List<String> FRONT_ENDS = List.of("cli", "maven");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.cleave");
  }

  @Test
  void stagesUseOnlyEarlierStagesAndModel() {
    for (Map.Entry<String, Set<String>> entry : ALLOWED.entrySet()) {
      List<String> forbidden = new ArrayList<>();
      for (String other : ALLOWED.keySet()) {
        if (!other.equals(entry.getKey()) && !entry.getValue().contains(other)) {
          forbidden.add("dev.cleave." + other + "..");
        }
      }
      FRONT_ENDS.forEach(frontEnd -> forbidden.add("dev.cleave." + frontEnd + ".."));
      noClasses().that().resideInAPackage("dev.cleave." + entry.getKey() + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
          .orShould().dependOnClassesThat().resideInAPackage("dev.cleave")
          .check(classes);
    }
  }

  @Test
  void frontEndsDoNotUseEachOther() {
    noClasses().that().resideInAPackage("dev.cleave.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.cleave.maven..")
        .check(classes);
    noClasses().that().resideInAPackage("dev.cleave.maven..")
        .should().dependOnClassesThat().resideInAPackage("dev.cleave.cli..")
        .check(classes);
  }

  @Test
  void pipelineDoesNotUseFrontEnds() {
    noClasses().that().resideInAPackage("dev.cleave")
        .should().dependOnClassesThat().resideInAnyPackage("dev.cleave.cli..", "dev.cleave.maven..")
        .check(classes);
  }

  @Test
  void onlyCommandLineWritesToStandardStreams() {
    noClasses().that().resideOutsideOfPackage("dev.cleave.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(classes);
  }
}

package dev.cleave.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.model.Analysis;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Conformance;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.Diagnostic;
import dev.cleave.model.Drift;
import dev.cleave.model.Evaluation;
import dev.cleave.model.ExcludedFiles;
import dev.cleave.model.KindCount;
import dev.cleave.model.Metrics;
import dev.cleave.model.PackageDependency;
import dev.cleave.model.ProjectSummary;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceDependency;
import dev.cleave.model.SharedLibrary;
import dev.cleave.model.SignalSummary;
import dev.cleave.model.Structure;
import dev.cleave.model.Unresolved;
import dev.cleave.model.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an analysis into the JSON document {@code analysis.json}.
 *
 * <p>Fields appear in a fixed order and every list is sorted, so the same analysis gives the
 * same bytes. Kinds and flags are written in lower camel case, as JSON fields usually are.
 */
public final class JsonReport {

  /** The version of the document's layout; it changes when a field changes meaning. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonReport() {}

  /** Returns the document as text, indented by two spaces, ending in a line break. */
  public static String write(Analysis analysis) throws IOException {
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    MAPPER.writer(printer).writeValue(out, tree(analysis));
    return out.append('\n').toString();
  }

  /** Returns the document as a tree, for embedding in the HTML report. */
  public static ObjectNode tree(Analysis analysis) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.set("project", project(analysis.project()));
    Structure structure = analysis.structure();
    ArrayNode classes = root.putArray("classes");
    structure.classes().forEach(info -> classes.add(classInfo(info)));
    ArrayNode dependencies = root.putArray("dependencies");
    structure.dependencies().forEach(d -> dependencies.add(dependency(d)));
    ArrayNode metadata = root.putArray("metadataDependencies");
    structure.metadataDependencies().forEach(d -> metadata.add(dependency(d)));
    ArrayNode packages = root.putArray("packageDependencies");
    structure.packageDependencies().forEach(d -> packages.add(packageDependency(d)));
    root.set("packageCycles", MAPPER.valueToTree(structure.packageCycles()));
    ObjectNode libraries = root.putObject("libraries");
    structure.libraryUsage().forEach(libraries::put);
    ArrayNode libraryDependencies = root.putArray("libraryDependencies");
    structure.libraryDependencies().forEach(d -> libraryDependencies.add(dependency(d)));
    root.set("unresolved", unresolved(structure.unresolved()));
    HistoryJson history = new HistoryJson(MAPPER, analysis);
    ArrayNode services = root.putArray("services");
    for (Service service : analysis.proposal().services()) {
      ObjectNode node = service(service);
      history.addOwnership(node, service.name());
      services.add(node);
    }
    ArrayNode sharedLibraries = root.putArray("sharedLibraries");
    analysis.proposal().sharedLibraries().forEach(l -> sharedLibraries.add(sharedLibrary(l)));
    root.set("clustering", clustering(analysis.proposal()));
    ArrayNode serviceDependencies = root.putArray("serviceDependencies");
    analysis.proposal().dependencies().forEach(d -> serviceDependencies.add(serviceDependency(d)));
    new PlanJson(MAPPER).write(root, analysis.plan());
    root.set("metrics", metrics(analysis.metrics()));
    if (analysis.evaluation() != null) {
      root.set("evaluation", evaluation(analysis.evaluation()));
    }
    root.set("teams", history.teams());
    root.set("history", history.history());
    ArrayNode diagnostics = root.putArray("diagnostics");
    analysis.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
    root.set("conformance", conformance(analysis.conformance()));
    return root;
  }

  private static ObjectNode conformance(Conformance conformance) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("declared", conformance.declared());
    ArrayNode violations = node.putArray("violations");
    for (Violation violation : conformance.violations()) {
      ObjectNode item = violations.addObject();
      item.put("rule", violation.rule().id());
      item.put("key", violation.key());
      item.put("path", violation.location().path());
      item.put("line", violation.location().line());
      item.put("message", violation.message());
      item.put("baselined", violation.baselined());
    }
    ArrayNode drift = node.putArray("drift");
    for (Drift item : conformance.drift()) {
      ObjectNode row = drift.addObject();
      row.put("class", item.classId());
      row.put("path", item.path());
      row.put("declaredService", item.declaredService());
      row.put("closerService", item.closerService());
      row.put("declaredWeight", rounded(item.declaredWeight()));
      row.put("closerWeight", rounded(item.closerWeight()));
    }
    ArrayNode libraries = node.putArray("sharedLibraries");
    conformance.sharedLibraries().forEach(library -> libraries.add(service(library)));
    node.put("staleBaselineEntries", conformance.staleBaselineEntries());
    return node;
  }

  /** Rounds a weight to three decimals, so that the document does not show float noise. */
  private static double rounded(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static ObjectNode project(ProjectSummary project) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", project.name());
    node.set("modules", strings(project.modules()));
    node.put("files", project.files());
    node.put("lines", project.lines());
    node.put("partial", project.partial());
    node.put("unparsedFiles", project.unparsedFiles());
    ArrayNode excluded = node.putArray("excluded");
    for (ExcludedFiles group : project.excluded()) {
      ObjectNode item = excluded.addObject();
      item.put("reason", group.reason());
      item.put("count", group.count());
      item.set("examples", strings(group.examples()));
    }
    return node;
  }

  private static ObjectNode classInfo(ClassInfo info) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", info.id());
    node.put("name", info.name());
    node.put("path", info.path());
    node.put("module", info.module());
    node.put("kind", camel(info.kind().name()));
    node.put("lines", info.lines());
    node.set("nestedTypes", strings(info.nestedTypes()));
    node.set("annotations", strings(info.annotations()));
    node.set("supertypes", strings(info.supertypes()));
    node.set("flags", strings(info.flags().stream().map(f -> camel(f.name())).sorted().toList()));
    return node;
  }

  private static ObjectNode dependency(Dependency dependency) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("source", dependency.source());
    node.put("target", dependency.target());
    ObjectNode kinds = node.putObject("kinds");
    ObjectNode locations = node.putObject("locations");
    for (Map.Entry<DependencyKind, KindCount> entry : dependency.kinds().entrySet()) {
      kinds.put(entry.getKey().name(), entry.getValue().count());
      locations.put(entry.getKey().name(), entry.getValue().first().toString());
    }
    node.put("count", dependency.count());
    node.set("targetTypes", strings(dependency.targetTypes()));
    ObjectNode members = node.putObject("members");
    dependency.members().forEach(members::put);
    node.set("flags", strings(dependency.flags().stream().map(f -> camel(f.name())).sorted().toList()));
    return node;
  }

  private static ObjectNode packageDependency(PackageDependency dependency) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("source", dependency.source());
    node.put("target", dependency.target());
    node.put("weight", dependency.weight());
    node.put("classPairs", dependency.classPairs());
    return node;
  }

  private static ObjectNode unresolved(Unresolved unresolved) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("total", unresolved.total());
    ObjectNode reasons = node.putObject("byReason");
    unresolved.byReason().forEach((reason, count) -> reasons.put(camel(reason.name()), count));
    ObjectNode files = node.putObject("byFile");
    unresolved.byFile().forEach(files::put);
    node.set("examples", strings(unresolved.examples()));
    return node;
  }

  private static ObjectNode service(Service service) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", service.name());
    node.put("size", service.classes().size());
    node.put("lines", service.lines());
    node.set("classes", strings(service.classes()));
    ObjectNode reasons = node.putObject("reasons");
    service.reasons().forEach(reasons::put);
    return node;
  }

  private static ObjectNode sharedLibrary(SharedLibrary library) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", library.name());
    node.put("size", library.classes().size());
    node.put("lines", library.lines());
    node.set("classes", strings(library.classes()));
    ObjectNode reasons = node.putObject("reasons");
    library.reasons().forEach(reasons::put);
    return node;
  }

  private static ObjectNode clustering(Proposal proposal) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("seed", proposal.seed());
    node.put("resolution", proposal.resolution());
    ArrayNode signals = node.putArray("signals");
    for (SignalSummary signal : proposal.signals()) {
      ObjectNode item = signals.addObject();
      item.put("name", signal.name());
      item.put("weight", signal.weight());
      item.put("pairs", signal.pairs());
      item.put("note", signal.note());
    }
    return node;
  }

  private static ObjectNode metrics(Metrics metrics) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("services", metrics.services());
    node.put("classes", metrics.classes());
    node.put("modularity", metrics.modularity());
    node.put("structuralModularity", metrics.structuralModularity());
    node.put("interCallPercentage", metrics.interCallPercentage());
    node.put("interfaceNumber", metrics.interfaceNumber());
    node.put("nonExtremeDistribution", metrics.nonExtremeDistribution());
    if (metrics.teamSizeReduction() == null) {
      node.putNull("teamSizeReduction");
    } else {
      node.put("teamSizeReduction", metrics.teamSizeReduction());
    }
    return node;
  }

  private static ObjectNode evaluation(Evaluation evaluation) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("truthFile", evaluation.truthFile());
    node.put("scoredClasses", evaluation.scoredClasses());
    node.set("missingClasses", strings(evaluation.missingClasses()));
    node.put("mojoFm", evaluation.mojoFm());
    node.put("precision", evaluation.precision());
    node.put("recall", evaluation.recall());
    node.put("f1", evaluation.f1());
    ArrayNode matches = node.putArray("matches");
    for (Evaluation.ServiceMatch match : evaluation.matches()) {
      ObjectNode item = matches.addObject();
      item.put("truthService", match.truthService());
      item.put("truthSize", match.truthSize());
      item.put("proposedGroup", match.proposedGroup());
      item.put("overlap", match.overlap());
      item.put("proposedSize", match.proposedSize());
    }
    return node;
  }

  private static ObjectNode serviceDependency(ServiceDependency dependency) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("source", dependency.source());
    node.put("target", dependency.target());
    node.put("weight", dependency.weight());
    node.put("calls", dependency.calls());
    node.put("classPairs", dependency.classPairs());
    return node;
  }

  private static ObjectNode diagnostic(Diagnostic diagnostic) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("path", diagnostic.path());
    node.put("line", diagnostic.line());
    node.put("column", diagnostic.column());
    node.put("severity", diagnostic.severity().name().toLowerCase(Locale.ROOT));
    node.put("message", diagnostic.message());
    return node;
  }

  private static JsonNode strings(Collection<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Returns {@code FROM_DUPLICATE} as {@code fromDuplicate}. */
  static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}

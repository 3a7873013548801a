package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Diagnostic;
import dev.cleave.model.ExcludedFiles;
import dev.cleave.model.History;
import dev.cleave.model.OwnershipViolation;
import dev.cleave.model.Person;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceDependency;
import dev.cleave.model.ServiceOwnership;
import dev.cleave.model.Team;
import dev.cleave.model.TeamLoad;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * Renders an analysis as the HTML report {@code index.html}.
 *
 * <p>The numbers are computed here and handed to the template ready to print; the template only
 * lays them out. Templates are {@code .ftlh} files, so Freemarker escapes every value for HTML.
 * The number format, locale and time zone are fixed, so the output does not depend on the
 * machine.
 */
public final class HtmlReport {

  /** How many diagnostics the page lists; all of them are in the JSON document. */
  static final int MAX_DIAGNOSTICS = 500;

  /** How many service dependencies the page lists, heaviest first. */
  static final int MAX_SERVICE_DEPENDENCIES = 50;

  private static final Configuration FREEMARKER = configuration();

  private HtmlReport() {}

  private static Configuration configuration() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(HtmlReport.class, "/dev/cleave/report");
    configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
    configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    return configuration;
  }

  public static String render(Analysis analysis, String version) throws IOException {
    try {
      Template template = FREEMARKER.getTemplate("index.ftlh");
      StringWriter out = new StringWriter();
      template.process(model(analysis, version), out);
      return out.toString();
    } catch (TemplateException e) {
      throw new IllegalStateException("the report template failed: " + e.getMessage(), e);
    }
  }

  static Map<String, Object> model(Analysis analysis, String version) throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("version", version);
    model.put("css", resource("report.css"));
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("name", analysis.project().name());
    project.put("files", analysis.project().files());
    project.put("lines", analysis.project().lines());
    project.put("classes", analysis.structure().classes().size());
    project.put("dependencies", analysis.structure().dependencies().size());
    project.put("services", analysis.proposal().services().size());
    project.put("unresolved", analysis.structure().unresolved().total());
    project.put("partial", analysis.project().partial());
    project.put("unparsedFiles", analysis.project().unparsedFiles());
    model.put("project", project);
    model.put("excluded", excluded(analysis.project().excluded()));
    model.put("services", services(analysis));
    model.put("quality", quality(analysis));
    model.put("serviceDependencies", serviceDependencies(analysis.proposal().dependencies()));
    model.put("packageCycles", analysis.structure().packageCycles());
    model.put("conformance", ConformanceView.model(analysis.conformance()));
    List<Diagnostic> diagnostics = analysis.diagnostics();
    model.put("diagnostics", diagnostics(diagnostics.subList(0, Math.min(diagnostics.size(), MAX_DIAGNOSTICS))));
    model.put("diagnosticsOmitted", Math.max(0, diagnostics.size() - MAX_DIAGNOSTICS));
    Map<String, Object> unresolved = new LinkedHashMap<>();
    unresolved.put("total", analysis.structure().unresolved().total());
    List<Map<String, Object>> reasons = new ArrayList<>();
    analysis.structure().unresolved().byReason().forEach((reason, count) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("description", reason.description());
      row.put("count", count);
      reasons.add(row);
    });
    unresolved.put("reasons", reasons);
    model.put("unresolved", unresolved);
    model.put("ownership", ownership(analysis));
    return model;
  }

  /**
   * Returns the quality section's values: the measures, the shared library with reasons, the
   * signals and, with a ground truth, the agreement; numbers are formatted here.
   */
  private static Map<String, Object> quality(Analysis analysis) {
    Map<String, Object> quality = new LinkedHashMap<>();
    var metrics = analysis.metrics();
    List<List<String>> measures = new ArrayList<>();
    measures.add(List.of("Modularity (Newman)", decimal(metrics.modularity()), "higher"));
    measures.add(List.of("Structural modularity (SM)", decimal(metrics.structuralModularity()),
        "higher"));
    measures.add(List.of("Inter-call percentage (ICP)",
        decimal(metrics.interCallPercentage()), "lower"));
    measures.add(List.of("Interface number (IFN)", decimal(metrics.interfaceNumber()), "lower"));
    measures.add(List.of("Non-extreme distribution (NED)",
        decimal(metrics.nonExtremeDistribution()), "lower"));
    measures.add(List.of("Team size reduction (TSR)", metrics.teamSizeReduction() == null
        ? "no history" : decimal(metrics.teamSizeReduction()), "lower"));
    quality.put("measures", measures);
    quality.put("resolution", decimal(analysis.proposal().resolution()));
    List<List<String>> signals = new ArrayList<>();
    analysis.proposal().signals().forEach(signal -> signals.add(List.of(signal.name(),
        decimal(signal.weight()), String.valueOf(signal.pairs()), signal.note())));
    quality.put("signals", signals);
    List<List<String>> shared = new ArrayList<>();
    analysis.proposal().sharedLibraries().forEach(library -> library.reasons().forEach(
        (id, reason) -> shared.add(List.of(library.name(), id, reason))));
    quality.put("shared", shared);
    var evaluation = analysis.evaluation();
    if (evaluation != null) {
      Map<String, Object> agreement = new LinkedHashMap<>();
      agreement.put("file", evaluation.truthFile());
      agreement.put("classes", evaluation.scoredClasses());
      agreement.put("missing", evaluation.missingClasses().size());
      agreement.put("mojoFm", String.format(Locale.ROOT, "%.1f%%", evaluation.mojoFm()));
      agreement.put("precision", decimal(evaluation.precision()));
      agreement.put("recall", decimal(evaluation.recall()));
      agreement.put("f1", decimal(evaluation.f1()));
      List<List<String>> matches = new ArrayList<>();
      evaluation.matches().forEach(match -> matches.add(List.of(match.truthService(),
          String.valueOf(match.truthSize()), match.proposedGroup(),
          String.valueOf(match.overlap()), String.valueOf(match.proposedSize()))));
      agreement.put("matches", matches);
      quality.put("agreement", agreement);
    }
    return quality;
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * Returns the model of the teams and ownership section: how the history was read, the teams
   * with their members and load, and each service's owner with its violations.
   */
  static Map<String, Object> ownership(Analysis analysis) {
    History history = analysis.history();
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("read", history.wasRead());
    section.put("status", history.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    section.put("reason", history.reason());
    section.put("notes", history.notes());
    section.put("reader", history.reader());
    section.put("commits", history.commitsRead());
    section.put("since", history.since() == null ? "" : history.since().toString());
    section.put("newest", history.newestCommit() == null ? ""
        : history.newestCommit().toString().substring(0, 10));
    section.put("inferred", history.teamSource() == History.TeamSource.INFERRED);
    section.put("teamSource", history.teamSource().name().toLowerCase(Locale.ROOT));
    section.put("authorsShown", history.authorsShown());

    List<Map<String, Object>> teams = new ArrayList<>();
    for (Team team : history.teams()) {
      TeamLoad load = analysis.ownership().teams().stream()
          .filter(l -> l.team().equals(team.name())).findFirst().orElse(null);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", team.name());
      row.put("members", team.members().stream().map(id -> label(history, id)).toList());
      row.put("active", team.activeMembers().size());
      row.put("focus", team.focus());
      row.put("services", load == null ? List.of() : load.services());
      row.put("capacity", load == null ? 0 : load.capacity());
      row.put("violations", load == null ? List.of()
          : load.violations().stream().map(OwnershipViolation::message).toList());
      teams.add(row);
    }
    section.put("teams", teams);

    List<Map<String, Object>> services = new ArrayList<>();
    for (ServiceOwnership service : analysis.ownership().services()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", service.service());
      row.put("owner", service.owner() == null ? "" : service.owner());
      row.put("share", percent(service.share()));
      row.put("runnerUp", service.runnerUp() == null ? "" : service.runnerUp());
      row.put("runnerUpShare",
          service.runnerUp() == null ? "" : percent(service.runnerUpShare()));
      row.put("mainAuthor", service.mainAuthor() == null ? "" : label(history,
          service.mainAuthor()) + " (" + percent(service.mainAuthorShare()) + ")");
      row.put("violations",
          service.violations().stream().map(OwnershipViolation::message).toList());
      services.add(row);
    }
    section.put("services", services);
    return section;
  }

  private static String label(History history, String id) {
    Person person = history.person(id);
    return person == null ? id : person.label();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static List<Map<String, Object>> excluded(List<ExcludedFiles> groups) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ExcludedFiles group : groups) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("reason", group.reason());
      row.put("count", group.count());
      row.put("examples", group.examples());
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> services(Analysis analysis) {
    Map<String, ClassInfo> classes = new HashMap<>();
    analysis.structure().classes().forEach(info -> classes.put(info.id(), info));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Service service : analysis.proposal().services()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", service.name());
      row.put("size", service.classes().size());
      row.put("lines", service.lines());
      row.put("classes", service.classes());
      row.put("packages", mainPackages(service, classes));
      rows.add(row);
    }
    return rows;
  }

  /** Returns up to three packages with the most classes in the service. */
  private static List<String> mainPackages(Service service, Map<String, ClassInfo> classes) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String id : service.classes()) {
      ClassInfo info = classes.get(id);
      if (info != null) {
        counts.merge(info.packageName(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(3)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<Map<String, Object>> serviceDependencies(List<ServiceDependency> all) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ServiceDependency dependency : all.subList(0, Math.min(all.size(), MAX_SERVICE_DEPENDENCIES))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", dependency.source());
      row.put("target", dependency.target());
      row.put("weight", dependency.weight());
      row.put("calls", dependency.calls());
      row.put("classPairs", dependency.classPairs());
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> diagnostics(List<Diagnostic> diagnostics) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      Map<String, Object> row = new LinkedHashMap<>();
      String where = diagnostic.path();
      if (diagnostic.line() > 0) {
        where += ":" + diagnostic.line();
        if (diagnostic.column() > 0) {
          where += ":" + diagnostic.column();
        }
      }
      row.put("where", where);
      row.put("severity", diagnostic.severity().name().toLowerCase(Locale.ROOT));
      row.put("message", diagnostic.message());
      rows.add(row);
    }
    return rows;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream("/dev/cleave/report/" + name)) {
      if (in == null) {
        throw new IOException("the report resource " + name + " is missing from Cleave's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

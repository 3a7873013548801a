package dev.cleave.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.model.Analysis;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders an analysis as the HTML report {@code index.html}: one file that works offline.
 *
 * <p>Each section of the page is one template, {@code <section>.ftlh}, included by
 * {@code index.ftlh}, and one view model computed here, so the templates only lay out numbers
 * that are ready to print. Templates are {@code .ftlh} files, so Freemarker escapes every value
 * for HTML. The data that the page's script needs is embedded as JSON written by Jackson and
 * escaped by {@link ScriptJson}. Scripts and the style sheet are inlined and allowed by hash in
 * the page's Content-Security-Policy. The number format, locale and time zone are fixed, so the
 * output does not depend on the machine.
 */
public final class HtmlReport {

  private static final Configuration FREEMARKER = configuration();

  private HtmlReport() {}

  private static Configuration configuration() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(HtmlReport.class, "/dev/cleave/report");
    configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
    configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat(",##0");
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

  /** Returns the template's data model: one entry per section, and the page's assets. */
  static Map<String, Object> model(Analysis analysis, String version) throws IOException {
    Assignment assignment = new Assignment(analysis);
    Map<String, Object> model = new HashMap<>();
    model.put("version", version);
    ServiceMapView map = ServiceMapView.of(analysis, assignment);
    PlanViews.RiskMatrix risks = PlanViews.risks(analysis);
    List<PlanViews.Wave> waves = PlanViews.waves(analysis);
    List<PlanViews.SharedDependency> shared = PlanViews.sharedDependencies(analysis, assignment);
    ServicesView services = ServicesView.of(analysis, assignment);
    model.put("overview", OverviewView.of(analysis, assignment,
        notAnalysed(analysis, risks, waves, services)));
    model.put("map", map);
    model.put("services", services);
    model.put("matrices", MatrixView.of(analysis, assignment));
    model.put("quality", QualityView.of(analysis));
    model.put("ownership", TeamsView.of(analysis));
    model.put("conformance", ConformanceView.model(analysis.conformance()));
    model.put("risks", risks);
    model.put("waves", waves);
    model.put("shared", shared);
    model.put("planned", PlanViews.planned(analysis));
    model.put("tiers", TiersView.of(analysis));
    model.put("diagnostics", DiagnosticsView.of(analysis));
    model.put("data", ScriptJson.write(pageData(analysis, assignment, map)));
    List<PageAssets.Script> scripts = PageAssets.scripts();
    String css = PageAssets.styleSheet();
    model.put("scripts", scripts.stream().map(PageAssets.Script::text).toList());
    model.put("css", css);
    model.put("csp", ContentSecurityPolicy.of(
        scripts.stream().map(PageAssets.Script::text).toList(), List.of(css)));
    return model;
  }

  private static List<OverviewView.Section> notAnalysed(Analysis analysis,
      PlanViews.RiskMatrix risks, List<PlanViews.Wave> waves, ServicesView services) {
    List<OverviewView.Section> sections = new ArrayList<>();
    if (!analysis.history().wasRead()) {
      sections.add(new OverviewView.Section("ownership", "Teams and ownership"));
    }
    boolean noFacts = services.panels().stream().allMatch(panel -> panel.plan().tier() == 0
        && panel.plan().apis().isEmpty() && panel.plan().tables().isEmpty());
    if (noFacts) {
      sections.add(new OverviewView.Section("services", "Tiers, API surface and tables"));
    }
    if (!risks.analysed()) {
      sections.add(new OverviewView.Section("risks", "Risk matrix"));
    }
    if (waves.isEmpty()) {
      sections.add(new OverviewView.Section("waves", "Extraction waves"));
    }
    if (!PlanViews.planned(analysis)) {
      sections.add(new OverviewView.Section("tiers", "Tiers and availability"));
      sections.add(new OverviewView.Section("shared", "Shared tables, caches and static fields"));
    }
    return sections;
  }

  /** Returns what the page's script reads: the map and the search index of classes. */
  private static ObjectNode pageData(Analysis analysis, Assignment assignment,
      ServiceMapView map) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("project", analysis.project().name());
    data.set("map", map.data());
    ArrayNode classes = data.putArray("classes");
    List<Assignment.Group> groups = assignment.groups();
    for (int s = 0; s < groups.size(); s++) {
      for (String id : groups.get(s).classes()) {
        classes.addArray().add(id).add(s);
      }
    }
    return data;
  }
}

package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes the report formats of an analysis into one folder: the HTML page, the JSON document,
 * SARIF, and beside the HTML page the service and package graphs as DOT and GraphML, the
 * service map as Mermaid, and the class-to-service assignment as CSV.
 */
public final class Reports {

  /** The main page of the report. */
  public static final String HTML = ReportFormat.HTML.fileName();

  /** The analysis as JSON. */
  public static final String JSON = ReportFormat.JSON.fileName();

  /** The violations of the declared boundaries as SARIF. */
  public static final String SARIF = ReportFormat.SARIF.fileName();

  /** The service graph in Graphviz's DOT language. */
  public static final String SERVICES_DOT = "services.dot";

  /** The service graph as GraphML. */
  public static final String SERVICES_GRAPHML = "services.graphml";

  /** The package graph in Graphviz's DOT language. */
  public static final String PACKAGES_DOT = "packages.dot";

  /** The package graph as GraphML. */
  public static final String PACKAGES_GRAPHML = "packages.graphml";

  /** The service map as a Mermaid flowchart. */
  public static final String SERVICES_MERMAID = "services.mmd";

  /** The class-to-service assignment as CSV. */
  public static final String CLASSES_CSV = "classes.csv";

  private Reports() {}

  /** Renders every format into a staging folder, then moves them into place; returns the page. */
  public static Path write(Analysis analysis, Path folder, String version) throws IOException {
    return write(analysis, folder, version, AnalysisOptions.DEFAULT_FORMATS);
  }

  /**
   * Renders the formats into a staging folder, then moves them into place; returns the main
   * page, which is the HTML page if it is among the formats, and else the first format written.
   * The graph, Mermaid and CSV exports go with the HTML page. A format that fails to render
   * leaves the folder as it was.
   */
  public static Path write(Analysis analysis, Path folder, String version,
      Set<ReportFormat> formats) throws IOException {
    Map<String, ReportWriter.Content> files = contents(analysis, version, formats);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no report format chosen");
    }
    new ReportWriter(folder).writeAll(files);
    String main = formats.contains(ReportFormat.HTML) ? HTML : files.keySet().iterator().next();
    return folder.resolve(main);
  }

  /**
   * Returns the files of the formats by name, the main page last. Each file is rendered only
   * when the writer requests it, so the report needs the memory of one file at a time.
   */
  static Map<String, ReportWriter.Content> contents(Analysis analysis, String version,
      Set<ReportFormat> formats) {
    Map<String, ReportWriter.Content> files = new LinkedHashMap<>();
    if (formats.contains(ReportFormat.HTML)) {
      files.putAll(exports(analysis));
    }
    if (formats.contains(ReportFormat.JSON)) {
      files.put(JSON, text(() -> JsonReport.write(analysis)));
    }
    if (formats.contains(ReportFormat.SARIF)) {
      files.put(SARIF, text(() -> SarifReport.write(analysis, version)));
    }
    if (formats.contains(ReportFormat.HTML)) {
      files.put(HTML, text(() -> HtmlReport.render(analysis, version)));
    }
    return files;
  }

  private static Map<String, ReportWriter.Content> exports(Analysis analysis) {
    Assignment assignment = new Assignment(analysis);
    Map<String, ReportWriter.Content> files = new LinkedHashMap<>();
    files.put(SERVICES_DOT,
        text(() -> GraphExports.dot(GraphExports.services(assignment), "services")));
    files.put(SERVICES_GRAPHML,
        text(() -> GraphExports.graphMl(GraphExports.services(assignment))));
    files.put(PACKAGES_DOT,
        text(() -> GraphExports.dot(GraphExports.packages(analysis), "packages")));
    files.put(PACKAGES_GRAPHML,
        text(() -> GraphExports.graphMl(GraphExports.packages(analysis))));
    int minWeight = ServiceMapView.minWeight(assignment.dependencies(),
        assignment.groups().size());
    files.put(SERVICES_MERMAID, text(() -> MermaidMap.write(assignment, minWeight)));
    files.put(CLASSES_CSV, text(() -> AssignmentCsv.write(analysis)));
    return files;
  }

  /** Text that a report format renders. */
  @FunctionalInterface
  private interface Text {
    String render() throws IOException;
  }

  private static ReportWriter.Content text(Text text) {
    return out -> out.write(text.render().getBytes(StandardCharsets.UTF_8));
  }
}

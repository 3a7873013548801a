package dev.cleave.report;

import dev.cleave.model.Analysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes every report format of an analysis into one folder: the HTML page, the JSON document,
 * the service and package graphs as DOT and GraphML, the service map as Mermaid, and the
 * class-to-service assignment as CSV.
 */
public final class Reports {

  /** The main page of the report. */
  public static final String HTML = "index.html";

  /** The analysis as JSON. */
  public static final String JSON = "analysis.json";

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

  /**
   * Renders all formats into a staging folder, then moves them into place, and returns the path
   * of the main page. A format that fails to render leaves the folder as it was.
   */
  public static Path write(Analysis analysis, Path folder, String version) throws IOException {
    new ReportWriter(folder).writeAll(contents(analysis, version));
    return folder.resolve(HTML);
  }

  /**
   * Returns every file of the report by name, the main page last. Each file is rendered only
   * when the writer requests it, so the report needs the memory of one file at a time.
   */
  static Map<String, ReportWriter.Content> contents(Analysis analysis, String version) {
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
    files.put(JSON, text(() -> JsonReport.write(analysis)));
    files.put(HTML, text(() -> HtmlReport.render(analysis, version)));
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

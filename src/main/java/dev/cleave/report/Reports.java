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
    new ReportWriter(folder).write(render(analysis, version));
    return folder.resolve(HTML);
  }

  /** Returns every file of the report by name, the main page last. */
  static Map<String, byte[]> render(Analysis analysis, String version) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Assignment assignment = new Assignment(analysis);
    GraphExports.Export services = GraphExports.services(assignment);
    GraphExports.Export packages = GraphExports.packages(analysis);
    files.put(SERVICES_DOT, utf8(GraphExports.dot(services, "services")));
    files.put(SERVICES_GRAPHML, utf8(GraphExports.graphMl(services)));
    files.put(PACKAGES_DOT, utf8(GraphExports.dot(packages, "packages")));
    files.put(PACKAGES_GRAPHML, utf8(GraphExports.graphMl(packages)));
    int minWeight = ServiceMapView.minWeight(assignment.dependencies(),
        assignment.groups().size());
    files.put(SERVICES_MERMAID, utf8(MermaidMap.write(assignment, minWeight)));
    files.put(CLASSES_CSV, utf8(AssignmentCsv.write(analysis)));
    files.put(JSON, utf8(JsonReport.write(analysis)));
    files.put(HTML, utf8(HtmlReport.render(analysis, version)));
    return files;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package dev.cleave.report;

import dev.cleave.model.Analysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes every report format of an analysis into one folder. */
public final class Reports {

  /** The main page of the report. */
  public static final String HTML = "index.html";

  /** The analysis as JSON. */
  public static final String JSON = "analysis.json";

  private Reports() {}

  /**
   * Renders all formats into a staging folder, then moves them into place; returns the main
   * page. A format that fails to render leaves the folder as it was.
   */
  public static Path write(Analysis analysis, Path folder, String version) throws IOException {
    Map<String, ReportWriter.Content> files = new LinkedHashMap<>();
    files.put(JSON, out -> out.write(JsonReport.write(analysis).getBytes(StandardCharsets.UTF_8)));
    files.put(HTML, out -> out.write(
        HtmlReport.render(analysis, version).getBytes(StandardCharsets.UTF_8)));
    new ReportWriter(folder).writeAll(files);
    return folder.resolve(HTML);
  }
}

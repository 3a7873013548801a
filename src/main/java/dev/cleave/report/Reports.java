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

/** Writes every report format of an analysis into one folder. */
public final class Reports {

  /** The main page of the report. */
  public static final String HTML = ReportFormat.HTML.fileName();

  /** The analysis as JSON. */
  public static final String JSON = ReportFormat.JSON.fileName();

  /** The violations of the declared boundaries as SARIF. */
  public static final String SARIF = ReportFormat.SARIF.fileName();

  private Reports() {}

  /** Renders every format into a staging folder, then moves them into place; returns the page. */
  public static Path write(Analysis analysis, Path folder, String version) throws IOException {
    return write(analysis, folder, version, AnalysisOptions.DEFAULT_FORMATS);
  }

  /**
   * Renders the formats into a staging folder, then moves them into place; returns the main
   * page, which is the HTML page if it is among the formats, and else the first format written.
   * A format that fails to render leaves the folder as it was.
   */
  public static Path write(Analysis analysis, Path folder, String version,
      Set<ReportFormat> formats) throws IOException {
    Map<String, ReportWriter.Content> files = new LinkedHashMap<>();
    if (formats.contains(ReportFormat.JSON)) {
      files.put(JSON, out -> out.write(JsonReport.write(analysis).getBytes(StandardCharsets.UTF_8)));
    }
    if (formats.contains(ReportFormat.SARIF)) {
      files.put(SARIF, out -> out.write(
          SarifReport.write(analysis, version).getBytes(StandardCharsets.UTF_8)));
    }
    if (formats.contains(ReportFormat.HTML)) {
      files.put(HTML, out -> out.write(
          HtmlReport.render(analysis, version).getBytes(StandardCharsets.UTF_8)));
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no report format chosen");
    }
    new ReportWriter(folder).writeAll(files);
    String main = formats.contains(ReportFormat.HTML) ? HTML : files.keySet().iterator().next();
    return folder.resolve(main);
  }
}

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

  /** Renders all formats, then writes them atomically; returns the main page. */
  public static Path write(Analysis analysis, Path folder, String version) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(JSON, JsonReport.write(analysis).getBytes(StandardCharsets.UTF_8));
    files.put(HTML, HtmlReport.render(analysis, version).getBytes(StandardCharsets.UTF_8));
    new ReportWriter(folder).write(files);
    return folder.resolve(HTML);
  }
}

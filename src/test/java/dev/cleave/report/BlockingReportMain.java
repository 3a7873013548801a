package dev.cleave.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts writing a report and blocks half way, so that a test can stop the JVM while the
 * staging folder is in use. Arguments: the output folder and a file to create once blocked.
 */
public final class BlockingReportMain {

  private BlockingReportMain() {}

  public static void main(String[] args) throws Exception {
    Path output = Path.of(args[0]);
    Path ready = Path.of(args[1]);
    Map<String, ReportWriter.Content> files = new LinkedHashMap<>();
    files.put("analysis.json", out -> out.write("{\"new\": true}\n".getBytes()));
    files.put("index.html", out -> {
      out.write("<p>new, but cut".getBytes());
      out.flush();
      Files.createFile(ready);
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    new ReportWriter(output).writeAll(files);
  }
}

package dev.cleave.model;

import java.util.Locale;

/** An output format of a run, named in options as its lower-case name. */
public enum ReportFormat {
  /** The report page, {@code index.html}. */
  HTML("index.html"),
  /** The analysis as a JSON document, {@code analysis.json}. */
  JSON("analysis.json"),
  /** The violations of the declared boundaries as SARIF 2.1.0, {@code cleave.sarif}. */
  SARIF("cleave.sarif");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  /** Returns the name of the file the format is written to in the output folder. */
  public String fileName() {
    return fileName;
  }

  /** Returns the name used in options, such as {@code sarif}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the format with the option name, ignoring case, or {@code null} if there is none. */
  public static ReportFormat byName(String name) {
    for (ReportFormat format : values()) {
      if (format.optionName().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    return null;
  }
}

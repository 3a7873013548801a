package dev.cleave.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cleave.model.Analysis;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the class-to-service assignment as CSV with the header {@code class,service}, one
 * row per class sorted by class id. A shared library's classes name the library. Jackson's CSV
 * writer quotes values where RFC 4180 requires it.
 */
final class AssignmentCsv {

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private AssignmentCsv() {}

  static String write(Analysis analysis) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Assignment.Group group : new Assignment(analysis).groups()) {
      group.classes().forEach(id -> rows.add(List.of(id, group.name())));
    }
    rows.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    CsvSchema schema = CsvSchema.builder()
        .addColumn("class")
        .addColumn("service")
        .setUseHeader(true)
        .setLineSeparator("\n")
        .build();
    StringWriter out = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer(schema).writeValues(out)) {
      for (List<String> row : rows) {
        writer.write(row);
      }
    }
    return out.toString();
  }
}

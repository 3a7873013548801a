package dev.cleave.report;

import dev.cleave.model.Conformance;
import dev.cleave.model.Drift;
import dev.cleave.model.Rule;
import dev.cleave.model.Service;
import dev.cleave.model.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prepares the page's section on the declared boundaries: the violations by rule, the
 * classes that drifted and the shared libraries, ready to print.
 */
final class ConformanceView {

  /** How many violations the page lists; all of them are in the JSON and SARIF documents. */
  static final int MAX_VIOLATIONS = 500;

  /** How many drifted classes the page lists. */
  static final int MAX_DRIFT = 200;

  private ConformanceView() {}

  static Map<String, Object> model(Conformance conformance) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("declared", conformance.declared());
    List<Violation> violations = conformance.violations();
    model.put("total", violations.size());
    model.put("newCount", conformance.newViolations().size());
    model.put("baselinedCount", violations.size() - conformance.newViolations().size());
    model.put("staleBaselineEntries", conformance.staleBaselineEntries());
    model.put("rules", rules(violations));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Violation violation : violations.subList(0, Math.min(violations.size(),
        MAX_VIOLATIONS))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("where", violation.location().line() > 0
          ? violation.location().toString() : violation.location().path());
      row.put("rule", violation.rule().id());
      row.put("message", violation.message());
      row.put("baselined", violation.baselined());
      rows.add(row);
    }
    model.put("violations", rows);
    model.put("violationsOmitted", Math.max(0, violations.size() - MAX_VIOLATIONS));
    List<Drift> drift = conformance.drift();
    List<Map<String, Object>> driftRows = new ArrayList<>();
    for (Drift item : drift.subList(0, Math.min(drift.size(), MAX_DRIFT))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("classId", item.classId());
      row.put("path", item.path());
      row.put("declaredService", item.declaredService());
      row.put("closerService", item.closerService());
      row.put("declaredWeight", String.format(Locale.ROOT, "%.1f", item.declaredWeight()));
      row.put("closerWeight", String.format(Locale.ROOT, "%.1f", item.closerWeight()));
      driftRows.add(row);
    }
    model.put("drift", driftRows);
    model.put("driftTotal", drift.size());
    List<Map<String, Object>> libraries = new ArrayList<>();
    for (Service library : conformance.sharedLibraries()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", library.name());
      row.put("size", library.classes().size());
      row.put("lines", library.lines());
      libraries.add(row);
    }
    model.put("sharedLibraries", libraries);
    return model;
  }

  /** Returns each rule with its violations, new and accepted, in the order of the rules. */
  private static List<Map<String, Object>> rules(List<Violation> violations) {
    Map<Rule, int[]> counts = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      counts.put(rule, new int[2]);
    }
    for (Violation violation : violations) {
      counts.get(violation.rule())[violation.baselined() ? 1 : 0]++;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    counts.forEach((rule, count) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", rule.id());
      row.put("summary", rule.summary());
      row.put("newCount", count[0]);
      row.put("baselinedCount", count[1]);
      rows.add(row);
    });
    return rows;
  }
}

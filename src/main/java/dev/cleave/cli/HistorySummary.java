package dev.cleave.cli;

import dev.cleave.model.Analysis;
import dev.cleave.model.History;
import dev.cleave.model.Ownership;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints how the git history was read and how many services have one clear owner.
 *
 * <p>The time spent reading is printed here only: the reports leave it out, because it differs
 * between runs of the same input.
 */
final class HistorySummary {

  private HistorySummary() {}

  static void print(Analysis analysis, PrintWriter out) {
    History history = analysis.history();
    if (!history.wasRead()) {
      out.println("History not read: " + history.reason());
      return;
    }
    out.printf(Locale.ROOT, "History: %d commits read with %s in %.1f s; %s (%s).%n",
        history.commitsRead(), history.reader(), history.readTime().toMillis() / 1000.0,
        CleaveCommandLine.count(history.teams().size(), "team", "teams"),
        history.teamSource().name().toLowerCase(Locale.ROOT));
    if (history.status() == History.Status.SHALLOW) {
      out.println("History is incomplete: " + history.reason());
    } else if (!history.reason().isEmpty()) {
      out.println("History: " + history.reason());
    }
    Ownership ownership = analysis.ownership();
    long clear = ownership.services().stream()
        .filter(service -> service.violations().stream().noneMatch(v -> v.kind().breaksOwner()))
        .count();
    out.printf(Locale.ROOT, "Ownership: %d of %d services have one clear owner; %s.%n",
        clear, ownership.services().size(),
        CleaveCommandLine.count(ownership.violationCount(), "violation", "violations"));
  }
}

package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceDependency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the service map as a Mermaid flowchart, for a README or a wiki page.
 *
 * <p>Nodes are named {@code s0}, {@code s1} and carry their service name as a quoted label in
 * which every character other than ASCII letters, digits, spaces and {@code . _ - ( )} is
 * written as a Mermaid entity code, {@code #60;} for {@code <}. Only the dependencies that the
 * report's map draws at first are written, heaviest first, because Mermaid renders large
 * graphs poorly.
 */
final class MermaidMap {

  private MermaidMap() {}

  static String write(Analysis analysis, int minWeight) {
    List<Service> services = analysis.proposal().services();
    Map<String, String> ids = new HashMap<>();
    StringBuilder out = new StringBuilder("flowchart LR\n");
    List<ServiceDependency> shown = analysis.proposal().dependencies().stream()
        .filter(d -> d.weight() >= minWeight).toList();
    int left = analysis.proposal().dependencies().size() - shown.size();
    if (left > 0) {
      out.append("  %% ").append(left).append(" dependencies of fewer than ").append(minWeight)
          .append(" references are left out\n");
    }
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      String id = Assignment.anchor(i);
      ids.put(service.name(), id);
      out.append("  ").append(id).append("[\"").append(label(service.name()))
          .append(" (").append(service.classes().size()).append(" classes)\"]\n");
    }
    for (ServiceDependency d : shown) {
      out.append("  ").append(ids.get(d.source())).append(" -->|").append(d.weight())
          .append("| ").append(ids.get(d.target())).append('\n');
    }
    return out.toString();
  }

  /** Returns the text with every character that could end or change a label as an entity. */
  static String label(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c < 128 && (Character.isLetterOrDigit(c) || " ._-()".indexOf(c) >= 0)) {
        out.appendCodePoint(c);
      } else {
        out.append('#').append(c).append(';');
      }
    });
    return out.toString();
  }
}

package dev.cleave.report;

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

  static String write(Assignment assignment, int minWeight) {
    List<Assignment.Group> groups = assignment.groups();
    Map<String, String> ids = new HashMap<>();
    StringBuilder out = new StringBuilder("flowchart LR\n");
    List<ServiceDependency> shown = assignment.dependencies().stream()
        .filter(d -> d.weight() >= minWeight).toList();
    int left = assignment.dependencies().size() - shown.size();
    if (left > 0) {
      out.append("  %% ").append(left).append(" dependencies of fewer than ").append(minWeight)
          .append(" references are left out\n");
    }
    for (int i = 0; i < groups.size(); i++) {
      Assignment.Group group = groups.get(i);
      String id = Assignment.anchor(i);
      ids.put(group.name(), id);
      // A shared library is drawn as a cylinder, a service as a box.
      String open = group.library() ? "[(\"" : "[\"";
      String close = group.library() ? "\")]" : "\"]";
      out.append("  ").append(id).append(open).append(label(group.name()))
          .append(" (").append(group.classes().size())
          .append(group.classes().size() == 1 ? " class)" : " classes)").append(close)
          .append('\n');
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

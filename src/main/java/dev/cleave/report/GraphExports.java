package dev.cleave.report;

import dev.cleave.model.Analysis;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.PackageDependency;
import dev.cleave.model.ServiceDependency;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Exports the service graph and the package graph as DOT and GraphML, through JGraphT's
 * exporters.
 *
 * <p>Vertices get ids made of a letter and a number ({@code s0}, {@code p12}); names go into
 * {@code label} attributes, which the exporters quote: GraphML through its XML writer, DOT by
 * escaping double quotes, after this class has doubled every backslash. Edges are weighted by
 * code references. Vertices and edges are added in sorted order, which both exporters keep.
 */
final class GraphExports {

  /** A graph ready to export, with the attributes of its vertices. */
  record Export(Graph<String, DefaultWeightedEdge> graph, Map<String, String> ids,
      Map<String, Map<String, Attribute>> attributes) {}

  private GraphExports() {}

  /** Returns the graph of the services and shared libraries, with a {@code kind} for each. */
  static Export services(Assignment assignment) {
    Export export = newExport();
    List<Assignment.Group> groups = assignment.groups();
    for (int i = 0; i < groups.size(); i++) {
      Assignment.Group group = groups.get(i);
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      attributes.put("label", DefaultAttribute.createAttribute(group.name()));
      attributes.put("kind", DefaultAttribute.createAttribute(
          group.library() ? "shared library" : "service"));
      attributes.put("classes", DefaultAttribute.createAttribute(group.classes().size()));
      attributes.put("lines", DefaultAttribute.createAttribute(group.lines()));
      addVertex(export, group.name(), Assignment.anchor(i), attributes);
    }
    for (ServiceDependency d : assignment.dependencies().stream()
        .sorted(java.util.Comparator.comparing(ServiceDependency::source)
            .thenComparing(ServiceDependency::target)).toList()) {
      addEdge(export, d.source(), d.target(), d.weight());
    }
    return export;
  }

  static Export packages(Analysis analysis) {
    Map<String, Integer> classes = new TreeMap<>();
    for (ClassInfo info : analysis.structure().classes()) {
      classes.merge(info.packageName(), 1, Integer::sum);
    }
    Export export = newExport();
    int number = 0;
    for (Map.Entry<String, Integer> entry : classes.entrySet()) {
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      attributes.put("label", DefaultAttribute.createAttribute(entry.getKey()));
      attributes.put("classes", DefaultAttribute.createAttribute(entry.getValue()));
      addVertex(export, entry.getKey(), "p" + number++, attributes);
    }
    for (PackageDependency d : analysis.structure().packageDependencies()) {
      if (export.graph().containsVertex(d.source()) && export.graph().containsVertex(d.target())) {
        addEdge(export, d.source(), d.target(), d.weight());
      }
    }
    return export;
  }

  static String dot(Export export, String graphId) {
    DOTExporter<String, DefaultWeightedEdge> exporter = new DOTExporter<>(export.ids()::get);
    exporter.setGraphIdProvider(() -> graphId);
    exporter.setVertexAttributeProvider(vertex -> {
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      Map<String, Attribute> own = export.attributes().get(vertex);
      attributes.put("label", DefaultAttribute.createAttribute(
          dotEscape(own.get("label").getValue())));
      if (own.containsKey("kind") && own.get("kind").getValue().equals("shared library")) {
        attributes.put("shape", DefaultAttribute.createAttribute("folder"));
      }
      return attributes;
    });
    exporter.setEdgeAttributeProvider(edge -> {
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      int weight = (int) export.graph().getEdgeWeight(edge);
      attributes.put("label", DefaultAttribute.createAttribute(weight));
      attributes.put("weight", DefaultAttribute.createAttribute(weight));
      return attributes;
    });
    StringWriter out = new StringWriter();
    exporter.exportGraph(export.graph(), out);
    return out.toString();
  }

  static String graphMl(Export export) {
    GraphMLExporter<String, DefaultWeightedEdge> exporter =
        new GraphMLExporter<>(export.ids()::get);
    exporter.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute("kind", AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute("classes", AttributeCategory.NODE, AttributeType.INT);
    exporter.registerAttribute("lines", AttributeCategory.NODE, AttributeType.INT);
    exporter.setVertexAttributeProvider(export.attributes()::get);
    exporter.setExportEdgeWeights(true);
    StringWriter out = new StringWriter();
    exporter.exportGraph(export.graph(), out);
    return out.toString();
  }

  /**
   * Returns the label with backslashes doubled and line breaks written as {@code \n}, the DOT
   * escapes that the exporter leaves to its caller.
   */
  static String dotEscape(String label) {
    return label.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n");
  }

  private static Export newExport() {
    Graph<String, DefaultWeightedEdge> graph = GraphTypeBuilder
        .<String, DefaultWeightedEdge>directed()
        .allowingMultipleEdges(false)
        .allowingSelfLoops(false)
        .weighted(true)
        .edgeClass(DefaultWeightedEdge.class)
        .buildGraph();
    return new Export(graph, new HashMap<>(), new HashMap<>());
  }

  private static void addVertex(Export export, String vertex, String id,
      Map<String, Attribute> attributes) {
    export.graph().addVertex(vertex);
    export.ids().put(vertex, id);
    export.attributes().put(vertex, attributes);
  }

  private static void addEdge(Export export, String from, String to, int weight) {
    DefaultWeightedEdge edge = export.graph().addEdge(from, to);
    export.graph().setEdgeWeight(edge, weight);
  }
}

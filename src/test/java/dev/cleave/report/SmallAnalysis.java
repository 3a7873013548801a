package dev.cleave.report;

import dev.cleave.graph.DependencyGraphs;
import dev.cleave.graph.GraphStage;
import dev.cleave.model.Analysis;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.KindCount;
import dev.cleave.model.Location;
import dev.cleave.model.Metrics;
import dev.cleave.model.ProjectSummary;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceDependency;
import dev.cleave.model.SharedLibrary;
import dev.cleave.model.Structure;
import dev.cleave.model.Unresolved;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A hand-made analysis of four classes in three packages, two of which depend on each other.
 *
 * <pre>
 *   p.a.A1 --3 calls--> p.b.B --1 field--> p.a.A2      p.c.C --2 calls--> p.a.A1
 *   services: alpha = {A1, A2, B}, gamma = {C}
 * </pre>
 */
final class SmallAnalysis {

  private SmallAnalysis() {}

  static Analysis create() {
    Proposal proposal = new Proposal(List.of(
            new Service("alpha", List.of("p.a.A1", "p.a.A2", "p.b.B"), 75),
            new Service("gamma", List.of("p.c.C"), 5)),
        List.of(new ServiceDependency("gamma", "alpha", 2, 2, 1)), 42);
    return analysis(List.of(), proposal);
  }

  /**
   * Returns the analysis with {@code p.b.B} moved into a shared library named {@code shared},
   * and a second user of it: {@code p.c.C --1 call--> p.b.B}.
   */
  static Analysis withSharedLibrary() {
    Proposal proposal = new Proposal(List.of(
            new Service("alpha", List.of("p.a.A1", "p.a.A2"), 50),
            new Service("gamma", List.of("p.c.C"), 5)),
        List.of(new SharedLibrary("shared", List.of("p.b.B"), 25,
            new TreeMap<>(Map.of("p.b.B", "used by 2 classes of 2 services")))),
        List.of(new ServiceDependency("gamma", "alpha", 2, 2, 1)), 42, 1.0, List.of());
    return analysis(List.of(dependency("p.c.C", "p.b.B", DependencyKind.METHOD_CALL, 1)),
        proposal);
  }

  private static Analysis analysis(List<Dependency> extra, Proposal proposal) {
    List<ClassInfo> classes = List.of(
        type("p.a.A1", 40), type("p.a.A2", 10), type("p.b.B", 25), type("p.c.C", 5));
    List<Dependency> dependencies = new java.util.ArrayList<>(List.of(
        dependency("p.a.A1", "p.b.B", DependencyKind.METHOD_CALL, 3),
        dependency("p.b.B", "p.a.A2", DependencyKind.FIELD_TYPE, 1),
        dependency("p.c.C", "p.a.A1", DependencyKind.METHOD_CALL, 2)));
    dependencies.addAll(extra);
    DependencyGraphs graphs = GraphStage.build(classes, dependencies);
    Structure structure = new Structure(classes, dependencies, List.of(), List.of(),
        new TreeMap<>(Map.of("java.util", 4)),
        new Unresolved(0, new TreeMap<>(), new TreeMap<>(), List.of()),
        graphs.packageDependencies(), graphs.packageCycles());
    ProjectSummary project = new ProjectSummary("small", List.of(""), 4, 80, List.of(), 0);
    Metrics metrics = new Metrics(2, 4, 0.0, 0.0, 0.0, 0.0, 0.0, null);
    return new Analysis(project, structure, proposal, List.of(), metrics, null);
  }

  private static ClassInfo type(String name, int lines) {
    String path = "src/" + name.replace('.', '/') + ".java";
    return new ClassInfo(name, name, path, "", ClassInfo.Kind.CLASS, lines, List.of(), List.of(),
        List.of(), List.of(), Set.of());
  }

  private static Dependency dependency(String from, String to, DependencyKind kind, int count) {
    Location first = new Location("src/" + from.replace('.', '/') + ".java", 3);
    return new Dependency(from, to, new TreeMap<>(Map.of(kind, new KindCount(count, first))),
        new TreeSet<>(Set.of(to)), new TreeMap<>(), Set.of());
  }
}

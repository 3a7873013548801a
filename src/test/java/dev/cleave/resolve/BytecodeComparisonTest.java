package dev.cleave.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.cleave.Pipeline;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compares the class dependencies Cleave finds in its own source with those ArchUnit's importer
 * reads from the compiled classes. Bytecode is the reference for what the compiler kept; every
 * dependency it shows between two of Cleave's top-level classes must be found in the source.
 */
class BytecodeComparisonTest {

  private static final String ROOT_PACKAGE = "dev.cleave";

  /**
   * Kinds that compiled classes do not record: local variable types and the type arguments in
   * them (ArchUnit reads no local variable tables, and generics in method bodies are erased),
   * inlined constants, imports, annotations the compiler drops, and Javadoc.
   */
  private static final Set<DependencyKind> INVISIBLE_IN_BYTECODE = Set.of(
      DependencyKind.LOCAL_VAR_TYPE, DependencyKind.TYPE_ARG, DependencyKind.CONSTANT_REF,
      DependencyKind.STATIC_IMPORT, DependencyKind.ANNOTATION, DependencyKind.ANNOTATION_VALUE,
      DependencyKind.JAVADOC);

  @Test
  void sourceFindsEveryBytecodeDependency() {
    Resolution resolution = Pipeline.resolve(Path.of("src/main/java"));
    Set<String> source = sourceEdges(resolution);
    Set<String> bytecode = bytecodeEdges(
        new ClassFileImporter().importPath(Path.of("target/classes")));

    Set<String> missing = new TreeSet<>(bytecode);
    missing.removeAll(source);
    Set<String> common = new TreeSet<>(bytecode);
    common.retainAll(source);
    Set<String> extra = new TreeSet<>(source);
    extra.removeAll(bytecode);

    assertThat(bytecode).hasSizeGreaterThan(200);
    assertThat(missing).as("dependencies in bytecode that the source analysis missed").isEmpty();
    System.out.printf("bytecode %d, source %d, common %d, recall %.4f, precision %.4f%n",
        bytecode.size(), source.size(), common.size(),
        common.size() / (double) bytecode.size(), common.size() / (double) source.size());
    for (Dependency dependency : resolution.dependencies()) {
      if (extra.contains(dependency.source() + " -> " + dependency.target())
          && !ancestors(resolution, dependency.source()).contains(dependency.target())) {
        assertThat(visibleKinds(dependency)).as("kinds of %s, absent from bytecode", dependency)
            .isEmpty();
      }
    }
  }

  /**
   * Returns the project supertypes of a class, transitively. Cleave counts a member inherited
   * from one of them and used by its simple name for the class that declares it; the compiler
   * names the calling class instead (JLS 13.1), so bytecode shows no such dependency.
   */
  private static Set<String> ancestors(Resolution resolution, String classId) {
    java.util.Map<String, java.util.List<String>> supertypes = new java.util.HashMap<>();
    resolution.classes().forEach(c -> supertypes.put(c.id(), c.supertypes()));
    Set<String> found = new TreeSet<>();
    java.util.Deque<String> pending = new java.util.ArrayDeque<>(
        supertypes.getOrDefault(classId, java.util.List.of()));
    while (!pending.isEmpty()) {
      String next = topLevel(pending.pop());
      if (found.add(next)) {
        pending.addAll(supertypes.getOrDefault(next, java.util.List.of()));
      }
    }
    return found;
  }

  /**
   * Returns the kinds of a dependency that bytecode would show. A field access that is also a
   * constant reference reads a constant, which the compiler inlines.
   */
  private static Set<DependencyKind> visibleKinds(Dependency dependency) {
    Set<DependencyKind> visible = new TreeSet<>(dependency.kinds().keySet());
    visible.removeAll(INVISIBLE_IN_BYTECODE);
    var fieldAccess = dependency.kinds().get(DependencyKind.FIELD_ACCESS);
    var constant = dependency.kinds().get(DependencyKind.CONSTANT_REF);
    if (fieldAccess != null && constant != null && fieldAccess.count() == constant.count()) {
      visible.remove(DependencyKind.FIELD_ACCESS);
    }
    return visible;
  }

  private static Set<String> sourceEdges(Resolution resolution) {
    Set<String> edges = new TreeSet<>();
    for (Dependency dependency : resolution.dependencies()) {
      if (dependency.codeCount() > 0) {
        edges.add(dependency.source() + " -> " + dependency.target());
      }
    }
    return edges;
  }

  private static Set<String> bytecodeEdges(JavaClasses classes) {
    Set<String> edges = new TreeSet<>();
    for (JavaClass javaClass : classes) {
      String origin = topLevel(javaClass.getName());
      for (var dependency : javaClass.getDirectDependenciesFromSelf()) {
        String target = topLevel(dependency.getTargetClass().getBaseComponentType().getName());
        if (target.startsWith(ROOT_PACKAGE + ".") && !target.equals(origin)) {
          edges.add(origin + " -> " + target);
        }
      }
    }
    return edges;
  }

  private static String topLevel(String binaryName) {
    int dollar = binaryName.indexOf('$');
    return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
  }
}

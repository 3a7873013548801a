package dev.cleave.cluster;

import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.KindCount;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each kind of reference binds two classes together.
 *
 * <p>Inheritance and object creation bind most, since the classes cannot be separated without
 * changing both; calls and field types bind less; annotations, constants and type arguments
 * bind little; Javadoc and module directives not at all. A pair's weight is the logarithm of
 * its weighted reference count, so that one heavily used helper does not outweigh several
 * distinct collaborators.
 */
public final class StructuralWeights {

  private static final Map<DependencyKind, Double> DEFAULTS = new EnumMap<>(DependencyKind.class);

  static {
    for (DependencyKind kind : DependencyKind.values()) {
      DEFAULTS.put(kind, 1.0);
    }
    DEFAULTS.put(DependencyKind.EXTENDS, 4.0);
    DEFAULTS.put(DependencyKind.IMPLEMENTS, 3.0);
    DEFAULTS.put(DependencyKind.PERMITS, 2.0);
    DEFAULTS.put(DependencyKind.FIELD_TYPE, 2.0);
    DEFAULTS.put(DependencyKind.RECORD_COMPONENT, 2.0);
    DEFAULTS.put(DependencyKind.CONSTRUCTOR_CALL, 2.0);
    DEFAULTS.put(DependencyKind.METHOD_CALL, 1.5);
    DEFAULTS.put(DependencyKind.STATIC_CALL, 1.5);
    DEFAULTS.put(DependencyKind.METHOD_REF, 1.5);
    DEFAULTS.put(DependencyKind.TYPE_ARG, 0.5);
    DEFAULTS.put(DependencyKind.THROWS, 0.5);
    DEFAULTS.put(DependencyKind.CATCH, 0.5);
    DEFAULTS.put(DependencyKind.ANNOTATION, 0.25);
    DEFAULTS.put(DependencyKind.ANNOTATION_VALUE, 0.25);
    DEFAULTS.put(DependencyKind.CONSTANT_REF, 0.25);
    DEFAULTS.put(DependencyKind.STATIC_IMPORT, 0.25);
    DEFAULTS.put(DependencyKind.USES, 0.0);
    DEFAULTS.put(DependencyKind.PROVIDES, 0.0);
    DEFAULTS.put(DependencyKind.JAVADOC, 0.0);
  }

  private StructuralWeights() {}

  /** Returns the default weight of a kind. */
  static double of(DependencyKind kind) {
    return DEFAULTS.get(kind);
  }

  /** Returns the weight of a dependency: the logarithm of one plus its weighted count. */
  public static double of(Dependency dependency) {
    double sum = 0;
    for (Map.Entry<DependencyKind, KindCount> entry : dependency.kinds().entrySet()) {
      sum += DEFAULTS.get(entry.getKey()) * entry.getValue().count();
    }
    return Math.log1p(sum);
  }
}

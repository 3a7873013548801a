package dev.cleave.plan;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.AnnotationValue;
import dev.cleave.parse.FieldFact;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The declared types of the project by binary name, with the top-level classes by id. The plan
 * looks up whether a type is a data type, which fields it declares and which annotation values
 * it carries.
 */
final class TypeIndex {

  private static final Pattern ACCESSOR = Pattern.compile("(get|is|set)\\p{Lu}.*");

  private static final Set<String> OBJECT_METHODS =
      Set.of("equals", "hashCode", "toString", "compareTo");

  private final Map<String, TypeFact> types = new HashMap<>();
  private final Map<String, ClassInfo> classes = new HashMap<>();
  private final Map<String, ClassInfo> classesByName = new HashMap<>();
  private final Map<String, List<AnnotationValue>> valuesByTop = new HashMap<>();
  private final Map<String, List<String>> topBySimpleName = new HashMap<>();

  TypeIndex(List<ClassInfo> classInfos, List<FileFacts> files) {
    for (FileFacts file : files) {
      for (TypeFact type : file.types()) {
        types.putIfAbsent(type.binaryName(), type);
      }
      for (AnnotationValue value : file.annotationValues()) {
        valuesByTop.computeIfAbsent(TypeNames.topLevelOf(value.owner()), k -> new ArrayList<>())
            .add(value);
      }
    }
    for (ClassInfo info : classInfos) {
      classes.put(info.id(), info);
      classesByName.putIfAbsent(info.name(), info);
      topBySimpleName.computeIfAbsent(info.simpleName(), k -> new ArrayList<>()).add(info.name());
    }
  }

  /** Returns the type with the binary name, or {@code null}. */
  TypeFact type(String binaryName) {
    return types.get(binaryName);
  }

  /** Returns the class with the id, or {@code null}. */
  ClassInfo classInfo(String id) {
    return classes.get(id);
  }

  /** Returns the class with the binary name, or {@code null}. */
  ClassInfo classNamed(String binaryName) {
    return classesByName.get(binaryName);
  }

  /** Returns the binary names of the top-level classes with the simple name. */
  List<String> topLevelNamed(String simpleName) {
    return topBySimpleName.getOrDefault(simpleName, List.of());
  }

  /** Returns the annotation string values on a top-level type and its members. */
  List<AnnotationValue> annotationValues(String topLevelName) {
    return valuesByTop.getOrDefault(topLevelName, List.of());
  }

  /** Returns the field of the type or of one of its member types, or {@code null}. */
  FieldFact field(String binaryName, String field) {
    TypeFact type = types.get(binaryName);
    return type == null ? null : type.field(field);
  }

  /**
   * Returns whether the type carries data rather than behaviour: a record, an enum, a JPA
   * entity or embeddable, or a JavaBean, a class with instance fields whose methods are all
   * getters, setters, {@code equals}, {@code hashCode}, {@code toString} or {@code compareTo}.
   * Its members are grouped into one operation, since its data travels as one message.
   */
  boolean isDataType(String binaryName) {
    TypeFact type = types.get(binaryName);
    if (type == null) {
      return false;
    }
    if (type.kind() == TypeFact.Kind.RECORD || type.kind() == TypeFact.Kind.ENUM) {
      return true;
    }
    boolean entity = type.annotations().stream().map(TypeNames::simpleNameOf)
        .anyMatch(name -> name.equals("Entity") || name.equals("Embeddable"));
    return entity || isJavaBean(type);
  }

  private static boolean isJavaBean(TypeFact type) {
    boolean hasState = type.fields().stream().anyMatch(field -> !field.isStatic());
    boolean hasAccessor = type.methods().stream().anyMatch(m -> ACCESSOR.matcher(m.name())
        .matches());
    return type.kind() == TypeFact.Kind.CLASS && hasState && hasAccessor
        && type.methods().stream().allMatch(m -> ACCESSOR.matcher(m.name()).matches()
            || OBJECT_METHODS.contains(m.name()));
  }

  /** Returns whether the field is a constant: static and final, or an enum constant. */
  boolean isConstant(String binaryName, String field) {
    FieldFact fact = field(binaryName, field);
    return fact != null && (fact.enumConstant() || fact.isStatic() && fact.isFinal());
  }
}

package dev.cleave.parse;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The members that Lombok's annotation processor would add to a type, so that calls to them can
 * be resolved without running Lombok.
 *
 * <p>Modelled: getters from {@code @Getter}, {@code @Data} and {@code @Value}; setters from
 * {@code @Setter} and {@code @Data}; the builder of {@code @Builder} with one method per field
 * and {@code build()}; and the logger field of {@code @Slf4j}, {@code @Log4j2}, {@code @Log},
 * {@code @CommonsLog}, {@code @JBossLog} and {@code @Flogger}. Annotations are recognised by simple
 * name, so another library's {@code @Data} is treated as Lombok's.
 */
final class LombokMembers {

  private static final Set<String> GETTERS = Set.of("Getter", "Data", "Value");
  private static final Set<String> SETTERS = Set.of("Setter", "Data");

  private LombokMembers() {}

  /** Adds generated methods to {@code methods} and generated fields to {@code fields}. */
  static void add(
      TypeDeclaration<?> type,
      Scope scope,
      List<FieldFact> declaredFields,
      List<FieldFact> fields,
      List<MethodFact> methods,
      List<TypeFact> nestedTypes) {
    boolean allGetters = hasAny(type, GETTERS);
    boolean allSetters = hasAny(type, SETTERS) && !has(type, "Value");
    for (FieldDeclaration declaration : type.getFields()) {
      if (declaration.isStatic()) {
        continue;
      }
      boolean getter = allGetters || has(declaration, "Getter");
      boolean setter = allSetters || has(declaration, "Setter");
      for (var variable : declaration.getVariables()) {
        FieldFact field = find(declaredFields, variable.getNameAsString());
        if (field == null) {
          continue;
        }
        if (getter) {
          methods.add(generated(getterName(field), List.of(), field.type()));
        }
        if (setter) {
          methods.add(
              generated(
                  "set" + capitalized(field.name()),
                  List.of(field.type()),
                  new TypeExpr.Primitive("void")));
        }
      }
    }
    String logger = loggerType(type);
    if (logger != null && find(declaredFields, "log") == null) {
      fields.add(new FieldFact("log", new TypeExpr.Known(logger), true, true, false));
    }
    if (has(type, "Builder")) {
      addBuilder(type, scope, declaredFields, methods, nestedTypes);
    }
  }

  private static void addBuilder(
      TypeDeclaration<?> type,
      Scope scope,
      List<FieldFact> declaredFields,
      List<MethodFact> methods,
      List<TypeFact> nestedTypes) {
    String owner = scope.type();
    String builder = owner + "$" + type.getNameAsString() + "Builder";
    TypeExpr builderType = new TypeExpr.Known(builder);
    List<MethodFact> builderMethods = new ArrayList<>();
    for (FieldFact field : declaredFields) {
      if (!field.isStatic()) {
        builderMethods.add(generated(field.name(), List.of(field.type()), builderType));
      }
    }
    builderMethods.add(generated("build", List.of(), new TypeExpr.Known(owner)));
    methods.add(
        new MethodFact("builder", List.of(), false, builderType, true, 0));
    methods.add(generated("toBuilder", List.of(), builderType));
    nestedTypes.add(
        new TypeFact(
            builder,
            TypeFact.Kind.CLASS,
            new Scope(scope.file(), builder),
            type.getBegin().map(p -> p.line).orElse(0),
            type.getBegin().map(p -> p.line).orElse(0),
            List.of(),
            List.of(),
            List.of(),
            builderMethods,
            List.of(),
            Set.of(),
            Set.of(TypeFact.Flag.GENERATED)));
  }

  private static String loggerType(TypeDeclaration<?> type) {
    if (has(type, "Slf4j") || has(type, "XSlf4j")) {
      return "org.slf4j.Logger";
    }
    if (has(type, "Log4j2")) {
      return "org.apache.logging.log4j.Logger";
    }
    if (has(type, "Log4j")) {
      return "org.apache.log4j.Logger";
    }
    if (has(type, "Log")) {
      return "java.util.logging.Logger";
    }
    if (has(type, "CommonsLog")) {
      return "org.apache.commons.logging.Log";
    }
    if (has(type, "JBossLog")) {
      return "org.jboss.logging.Logger";
    }
    if (has(type, "Flogger")) {
      return "com.google.common.flogger.FluentLogger";
    }
    return null;
  }

  private static MethodFact generated(String name, List<TypeExpr> parameters, TypeExpr result) {
    return new MethodFact(name, parameters, false, result, false, 0);
  }

  private static String getterName(FieldFact field) {
    boolean primitiveBoolean =
        field.type() instanceof TypeExpr.Primitive primitive && primitive.name().equals("boolean");
    return (primitiveBoolean ? "is" : "get") + capitalized(field.name());
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static FieldFact find(List<FieldFact> fields, String name) {
    for (FieldFact field : fields) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    return null;
  }

  private static boolean hasAny(NodeWithAnnotations<?> node, Set<String> names) {
    for (AnnotationExpr annotation : node.getAnnotations()) {
      if (names.contains(simpleName(annotation))) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(NodeWithAnnotations<?> node, String name) {
    return hasAny(node, Set.of(name));
  }

  private static String simpleName(AnnotationExpr annotation) {
    String name = annotation.getNameAsString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}

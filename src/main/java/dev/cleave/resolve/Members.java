package dev.cleave.resolve;

import dev.cleave.parse.FieldFact;
import dev.cleave.parse.MethodFact;
import dev.cleave.parse.TypeExpr;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds fields and methods of resolved types, declared or inherited, with their types as seen
 * from the receiver: type variables of generic supertypes are replaced by the receiver's
 * arguments.
 */
final class Members {

  private final ProjectTypes project;
  private final JdkTypes jdk;
  private final Supertypes supertypes;
  private final TypeNameResolver names;

  Members(ProjectTypes project, JdkTypes jdk, Supertypes supertypes, TypeNameResolver names) {
    this.project = project;
    this.jdk = jdk;
    this.supertypes = supertypes;
    this.names = names;
  }

  Supertypes supertypes() {
    return supertypes;
  }

  /** A field found on a type. */
  record FieldHit(JType declaring, JType type, boolean isStatic, boolean isFinal, boolean enumConstant) {}

  /** A method found on a type; {@code result} is null for {@code void} or an unknown result. */
  record MethodHit(JType declaring, JType result, boolean isStatic) {}

  /** Why a member lookup failed: nothing has the name, or an unseen library supertype may. */
  enum Miss {
    NONE,
    HIDDEN_IN_LIBRARY
  }

  /** The outcome of a lookup: a hit, or the reason for a miss. */
  record Lookup<T>(T hit, Miss miss) {
    static <T> Lookup<T> of(T hit) {
      return new Lookup<>(hit, null);
    }

    static <T> Lookup<T> missing(Miss miss) {
      return new Lookup<>(null, miss);
    }
  }

  Lookup<FieldHit> field(JType owner, String name) {
    if (owner.isArray() || owner.isPrimitive()) {
      return Lookup.missing(Miss.NONE);
    }
    if (owner.origin() == JType.Origin.PROJECT) {
      for (String type : supertypes.selfAndAncestors(owner.binaryName())) {
        TypeFact fact = project.type(type);
        FieldFact field = fact == null ? null : fact.field(name);
        if (field != null) {
          JType declaring = JType.of(type, JType.Origin.PROJECT);
          JType fieldType = declaredType(field.type(), binding(owner, type));
          return Lookup.of(new FieldHit(declaring, fieldType, field.isStatic(), field.isFinal(),
              field.enumConstant()));
        }
      }
      for (JType ancestor : supertypes.externalAncestors(owner.binaryName())) {
        if (ancestor.origin() == JType.Origin.JDK && jdk.hasField(ancestor.binaryName(), name)) {
          return Lookup.of(jdkField(ancestor, name));
        }
      }
      return Lookup.missing(supertypes.hasUnknownAncestor(owner.binaryName())
          ? Miss.HIDDEN_IN_LIBRARY : Miss.NONE);
    }
    if (owner.origin() == JType.Origin.JDK) {
      return jdk.hasField(owner.binaryName(), name)
          ? Lookup.of(jdkField(owner, name))
          : Lookup.missing(Miss.NONE);
    }
    return Lookup.missing(Miss.HIDDEN_IN_LIBRARY);
  }

  /** Returns a JDK field; its type is null when it is primitive. */
  private FieldHit jdkField(JType owner, String name) {
    boolean constant = jdk.isConstant(owner.binaryName(), name);
    return new FieldHit(owner, jdk.fieldType(owner, name).orElse(null), constant, constant, false);
  }

  Lookup<MethodHit> method(JType owner, String name, int arity) {
    if (owner.isPrimitive()) {
      return Lookup.missing(Miss.NONE);
    }
    if (owner.isArray()) {
      return name.equals("clone")
          ? Lookup.of(new MethodHit(owner, owner, false))
          : method(JType.of("java.lang.Object", JType.Origin.JDK), name, arity);
    }
    if (owner.origin() == JType.Origin.PROJECT) {
      for (String type : supertypes.selfAndAncestors(owner.binaryName())) {
        TypeFact fact = project.type(type);
        if (fact == null) {
          continue;
        }
        List<MethodFact> candidates = new ArrayList<>();
        for (MethodFact method : fact.methods()) {
          if (method.name().equals(name) && method.accepts(arity)) {
            candidates.add(method);
          }
        }
        if (!candidates.isEmpty()) {
          JType declaring = JType.of(type, JType.Origin.PROJECT);
          return Lookup.of(new MethodHit(declaring, commonResult(candidates, owner, type),
              candidates.get(0).isStatic()));
        }
      }
      for (JType ancestor : supertypes.externalAncestors(owner.binaryName())) {
        if (ancestor.origin() == JType.Origin.JDK && jdk.hasMethod(ancestor.binaryName(), name)) {
          return Lookup.of(new MethodHit(ancestor, jdk.methodResult(ancestor, name, arity).orElse(null),
              false));
        }
      }
      // Every class extends Object, also one whose superclass is a library class.
      JType object = JType.of("java.lang.Object", JType.Origin.JDK);
      if (jdk.hasMethod(object.binaryName(), name)) {
        return Lookup.of(new MethodHit(object, jdk.methodResult(object, name, arity).orElse(null),
            false));
      }
      return Lookup.missing(supertypes.hasUnknownAncestor(owner.binaryName())
          ? Miss.HIDDEN_IN_LIBRARY : Miss.NONE);
    }
    if (owner.origin() == JType.Origin.JDK) {
      if (jdk.hasMethod(owner.binaryName(), name) || jdk.isInterface(owner.binaryName())) {
        return Lookup.of(new MethodHit(owner, jdk.methodResult(owner, name, arity).orElse(null),
            false));
      }
      return Lookup.missing(Miss.NONE);
    }
    return Lookup.missing(Miss.HIDDEN_IN_LIBRARY);
  }

  /** Returns the result type the candidates agree on, or null. */
  private JType commonResult(List<MethodFact> candidates, JType owner, String declaring) {
    Map<String, JType> binding = binding(owner, declaring);
    JType result = null;
    for (MethodFact candidate : candidates) {
      JType type = declaredType(candidate.returnType(), binding);
      if (type == null) {
        return null;
      }
      if (result != null && !result.binaryName().equals(type.binaryName())) {
        return null;
      }
      result = result == null ? type : result;
    }
    return result;
  }

  /**
   * Returns the type of parameter {@code parameter} of a lambda passed as argument {@code
   * argument} to a call of the method on the owner.
   */
  JType lambdaParameter(JType owner, String name, int arity, int argument, int parameter) {
    JType functional = parameterType(owner, name, arity, argument);
    if (functional == null) {
      return null;
    }
    if (functional.origin() == JType.Origin.JDK) {
      return jdk.functionalParameter(functional, parameter).orElse(null);
    }
    if (functional.origin() == JType.Origin.PROJECT) {
      TypeFact fact = project.type(functional.binaryName());
      if (fact == null || fact.kind() != TypeFact.Kind.INTERFACE || fact.methods().size() != 1) {
        return null;
      }
      MethodFact single = fact.methods().get(0);
      if (parameter >= single.arity()) {
        return null;
      }
      return declaredType(single.parameters().get(parameter),
          binding(functional, functional.binaryName()));
    }
    return null;
  }

  private JType parameterType(JType owner, String name, int arity, int argument) {
    if (owner.origin() == JType.Origin.JDK) {
      return jdk.parameterType(owner, name, arity, argument).orElse(null);
    }
    if (owner.origin() != JType.Origin.PROJECT) {
      return null;
    }
    for (String type : supertypes.selfAndAncestors(owner.binaryName())) {
      TypeFact fact = project.type(type);
      if (fact == null) {
        continue;
      }
      for (MethodFact method : fact.methods()) {
        if (method.name().equals(name) && method.accepts(arity) && argument < method.arity()) {
          return declaredType(method.parameters().get(argument), binding(owner, type));
        }
      }
    }
    for (JType ancestor : supertypes.externalAncestors(owner.binaryName())) {
      if (ancestor.origin() == JType.Origin.JDK) {
        var found = jdk.parameterType(ancestor, name, arity, argument);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    return null;
  }

  /** Returns the element type of an array or an {@link Iterable}, or null. */
  JType elementOf(JType container) {
    if (container.isArray()) {
      return container.argument(0);
    }
    JType iterable = asSuper(container, "java.lang.Iterable", 0);
    return iterable == null ? null : iterable.argument(0);
  }

  /**
   * Converts a type as declared in a member's signature, replacing the declaring type's type
   * variables from the binding. Returns null for primitives and what cannot be resolved.
   */
  JType declaredType(TypeExpr declared, Map<String, JType> binding) {
    if (declared instanceof TypeExpr.Named named) {
      var result = names.resolve(named.written(), named.scope());
      if (!result.isFound()) {
        return null;
      }
      if (named.arguments().isEmpty()) {
        return result.type();
      }
      List<JType> arguments = new ArrayList<>();
      for (TypeExpr argument : named.arguments()) {
        arguments.add(declaredType(argument, binding));
      }
      return result.type().withArguments(arguments);
    }
    if (declared instanceof TypeExpr.Known known) {
      return names.known(known.binaryName());
    }
    if (declared instanceof TypeExpr.Array array) {
      JType component = declaredType(array.component(), binding);
      return component == null ? null : JType.arrayOf(component);
    }
    if (declared instanceof TypeExpr.Variable variable) {
      return binding.get(variable.name());
    }
    if (declared instanceof TypeExpr.Primitive primitive) {
      return primitive.name().equals("void") ? null : JType.PRIMITIVE;
    }
    return null;
  }

  /** Returns the values of the type variables of {@code declaring} as seen from {@code owner}. */
  Map<String, JType> binding(JType owner, String declaring) {
    TypeFact fact = project.type(declaring);
    if (fact == null || fact.typeParameters().isEmpty()) {
      return Map.of();
    }
    JType seen = asSuper(owner, declaring, 0);
    Map<String, JType> binding = new HashMap<>();
    if (seen != null) {
      for (int i = 0; i < fact.typeParameters().size(); i++) {
        JType value = seen.argument(i);
        if (value != null) {
          binding.put(fact.typeParameters().get(i), value);
        }
      }
    }
    return binding;
  }

  /** Returns the supertype {@code target} of a type with its arguments as seen from the type. */
  JType asSuper(JType type, String target, int depth) {
    if (type == null || depth > 30) {
      return null;
    }
    if (type.binaryName().equals(target)) {
      return type;
    }
    List<JType> parents;
    if (type.origin() == JType.Origin.PROJECT) {
      Map<String, JType> own = ownBinding(type);
      parents = new ArrayList<>();
      TypeFact fact = project.type(type.binaryName());
      if (fact == null) {
        return null;
      }
      for (JType parent : supertypes.direct(type.binaryName())) {
        parents.add(substitute(parent, fact, own));
      }
    } else if (type.origin() == JType.Origin.JDK) {
      parents = jdk.supertypes(type);
    } else {
      return null;
    }
    for (JType parent : parents) {
      JType found = asSuper(parent, target, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private Map<String, JType> ownBinding(JType type) {
    TypeFact fact = project.type(type.binaryName());
    Map<String, JType> binding = new HashMap<>();
    if (fact != null) {
      for (int i = 0; i < fact.typeParameters().size(); i++) {
        JType value = type.argument(i);
        if (value != null) {
          binding.put(fact.typeParameters().get(i), value);
        }
      }
    }
    return binding;
  }

  /**
   * Replaces, in a supertype as written in a header, the arguments that name the subtype's own
   * type variables. Supertypes are resolved without a binding, so such arguments resolved to
   * nothing; they are found again from the header.
   */
  private JType substitute(JType parent, TypeFact subtype, Map<String, JType> binding) {
    if (binding.isEmpty()) {
      return parent;
    }
    for (TypeExpr written : subtype.supertypes()) {
      JType declared = declaredType(written, binding);
      if (declared != null && declared.binaryName().equals(parent.binaryName())) {
        return declared;
      }
    }
    return parent;
  }
}

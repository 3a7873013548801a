package dev.cleave.resolve;

import dev.cleave.model.Unresolved;

import dev.cleave.model.TypeNames;
import dev.cleave.parse.ImportFact;
import dev.cleave.parse.Scope;
import dev.cleave.parse.TypeExpr;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the {@link TypeExpr}s of one file to types. Not thread-safe: one per file.
 *
 * <p>Results are kept per expression object, and parsing shares the expression of a receiver
 * between the calls made on it, so a chain of n calls is evaluated in O(n).
 */
final class ExpressionEvaluator {

  /** What an expression denotes. */
  sealed interface Value {}

  /** A type used as a qualifier, as in {@code Order.builder()}: a static context. */
  record TypeValue(JType type) implements Value {}

  /** A value of the given type. */
  record InstanceValue(JType type) implements Value {}

  /** An expression whose type could not be determined, with the reason. */
  record Unknown(Unresolved.Reason reason, String detail) implements Value {}

  /** Receives each field access found while a dotted name is split up. */
  interface FieldSink {
    void access(JType owner, String field, Members.FieldHit hit, boolean viaStaticImport);
  }

  /** A member found for an unqualified name: on an enclosing type, or statically imported. */
  record MemberOwner(JType owner, boolean viaStaticImport, boolean isStatic, JType result) {}

  private static final FieldSink IGNORE = (owner, field, hit, viaStaticImport) -> {};

  private final ProjectTypes project;
  private final JdkTypes jdk;
  private final TypeNameResolver names;
  private final Members members;
  private final Map<TypeExpr, Value> memo = new IdentityHashMap<>();

  ExpressionEvaluator(ProjectTypes project, JdkTypes jdk, TypeNameResolver names, Members members) {
    this.project = project;
    this.jdk = jdk;
    this.names = names;
    this.members = members;
  }

  Members members() {
    return members;
  }

  Value evaluate(TypeExpr expression) {
    Value value = memo.get(expression);
    if (value == null) {
      value = compute(expression);
      memo.put(expression, value);
    }
    return value;
  }

  private Value compute(TypeExpr expression) {
    if (expression instanceof TypeExpr.Named named) {
      return named(named);
    }
    if (expression instanceof TypeExpr.Known known) {
      return new InstanceValue(names.known(known.binaryName()));
    }
    if (expression instanceof TypeExpr.Array array) {
      Value component = evaluate(array.component());
      return component instanceof InstanceValue instance
          ? new InstanceValue(JType.arrayOf(instance.type()))
          : component;
    }
    if (expression instanceof TypeExpr.Ambiguous ambiguous) {
      return chain(ambiguous.parts(), ambiguous.scope(), IGNORE);
    }
    if (expression instanceof TypeExpr.FieldOf field) {
      return fieldOf(field);
    }
    if (expression instanceof TypeExpr.CallOf call) {
      return callOf(call);
    }
    if (expression instanceof TypeExpr.ElementOf element) {
      return elementOf(element);
    }
    if (expression instanceof TypeExpr.LambdaParameter lambda) {
      return lambdaParameter(lambda);
    }
    if (expression instanceof TypeExpr.This self) {
      return self.type() == null
          ? new Unknown(Unresolved.Reason.UNTYPED, "this outside a type")
          : new InstanceValue(JType.of(self.type(), JType.Origin.PROJECT));
    }
    if (expression instanceof TypeExpr.Super parent) {
      return superOf(parent);
    }
    if (expression instanceof TypeExpr.CaseLabel) {
      return new Unknown(Unresolved.Reason.UNTYPED, "a case label is no expression");
    }
    if (expression instanceof TypeExpr.Primitive) {
      return new InstanceValue(JType.PRIMITIVE);
    }
    if (expression instanceof TypeExpr.Variable variable) {
      return new Unknown(Unresolved.Reason.UNTYPED,
          "the type variable " + variable.name() + " is not bound here");
    }
    return new Unknown(Unresolved.Reason.UNTYPED, "the type of the expression cannot be inferred");
  }

  private Value named(TypeExpr.Named named) {
    JType type = members.declaredType(named, Map.of());
    if (type != null) {
      return new InstanceValue(type);
    }
    var result = names.resolve(named.written(), named.scope());
    return unknownName(result.problem());
  }

  private Value fieldOf(TypeExpr.FieldOf access) {
    Value receiver = evaluate(access.receiver());
    JType owner = typeOf(receiver);
    if (owner == null) {
      return receiver;
    }
    if (owner.isArray() && access.name().equals("length")) {
      return new InstanceValue(JType.PRIMITIVE);
    }
    var lookup = members.field(owner, access.name());
    if (lookup.hit() == null) {
      return missing(lookup.miss(), "field " + access.name(), owner);
    }
    return instanceOrUnknown(lookup.hit().type(), "field " + access.name());
  }

  private Value callOf(TypeExpr.CallOf call) {
    if (call.receiver() == null) {
      MemberOwner owner = unqualifiedMethod(call.name(), call.arity(), call.scope());
      if (owner == null) {
        String library = libraryAncestorHolder(call.scope());
        return library != null
            ? new Unknown(Unresolved.Reason.LIBRARY_MEMBER, "method " + call.name()
                + " may be inherited from a library supertype of " + library)
            : new Unknown(Unresolved.Reason.UNKNOWN_MEMBER,
                "no method " + call.name() + " is declared in the types around it");
      }
      return instanceOrUnknown(owner.result(), "result of " + call.name());
    }
    Value receiver = evaluate(call.receiver());
    JType owner = typeOf(receiver);
    if (owner == null) {
      return receiver;
    }
    var lookup = members.method(owner, call.name(), call.arity());
    if (lookup.hit() == null) {
      return missing(lookup.miss(), "method " + call.name(), owner);
    }
    return instanceOrUnknown(lookup.hit().result(), "result of " + call.name());
  }

  private Value elementOf(TypeExpr.ElementOf element) {
    Value container = evaluate(element.container());
    JType type = typeOf(container);
    if (type == null) {
      return container;
    }
    return instanceOrUnknown(members.elementOf(type), "element of " + type.binaryName());
  }

  private Value lambdaParameter(TypeExpr.LambdaParameter lambda) {
    TypeExpr.CallOf call = lambda.call();
    JType owner;
    if (call.receiver() == null) {
      MemberOwner found = unqualifiedMethod(call.name(), call.arity(), call.scope());
      if (found == null) {
        return evaluate(call);
      }
      owner = found.owner();
    } else {
      Value receiver = evaluate(call.receiver());
      owner = typeOf(receiver);
      if (owner == null) {
        // The receiver's own unknown is passed on, so that it is counted once.
        return receiver;
      }
    }
    JType type = members.lambdaParameter(owner, call.name(), call.arity(), lambda.argument(),
        lambda.parameter());
    return instanceOrUnknown(type, "lambda parameter");
  }

  private Value superOf(TypeExpr.Super parent) {
    if (parent.type() == null) {
      return new Unknown(Unresolved.Reason.UNTYPED, "super outside a type");
    }
    for (JType supertype : members.supertypes().direct(parent.type())) {
      TypeFact fact = project.type(supertype.binaryName());
      boolean isClass = supertype.origin() == JType.Origin.PROJECT
          ? fact != null && fact.kind() == TypeFact.Kind.CLASS
          : !jdk.isInterface(supertype.binaryName());
      if (isClass) {
        return new InstanceValue(supertype);
      }
    }
    return new InstanceValue(JType.of("java.lang.Object", JType.Origin.JDK));
  }

  /** Returns the type of a value or qualifier, or null if unknown. */
  static JType typeOf(Value value) {
    if (value instanceof InstanceValue instance) {
      return instance.type();
    }
    if (value instanceof TypeValue type) {
      return type.type();
    }
    return null;
  }

  private static Value instanceOrUnknown(JType type, String what) {
    return type == null
        ? new Unknown(Unresolved.Reason.UNTYPED, "the type of the " + what + " is unknown")
        : new InstanceValue(type);
  }

  private static Unknown missing(Members.Miss miss, String member, JType owner) {
    if (owner.origin() == JType.Origin.EXTERNAL) {
      return new Unknown(Unresolved.Reason.UNTYPED,
          "the " + member + " of library type " + owner.binaryName() + " is not known");
    }
    if (miss == Members.Miss.HIDDEN_IN_LIBRARY) {
      return new Unknown(Unresolved.Reason.LIBRARY_MEMBER,
          member + " may come from a library supertype of " + owner.binaryName());
    }
    return new Unknown(Unresolved.Reason.UNKNOWN_MEMBER, "no " + member + " in " + owner.binaryName());
  }

  private static Unknown unknownName(String problem) {
    Unresolved.Reason reason = problem != null && problem.startsWith("ambiguous")
        ? Unresolved.Reason.AMBIGUOUS
        : Unresolved.Reason.UNKNOWN_TYPE;
    return new Unknown(reason, problem);
  }

  /**
   * Splits a dotted name that starts with no local variable, as JLS 6.5.2 classifies it: a field
   * of an enclosing type or its ancestors, a statically imported field, a type, or a package.
   * Each field access met on the way is passed to the sink.
   */
  Value chain(List<String> parts, Scope scope, FieldSink sink) {
    String head = parts.get(0);
    Value value = null;
    int next = 1;
    MemberOwner field = unqualifiedField(head, scope, sink);
    if (field != null) {
      value = instanceOrUnknown(field.result(), "field " + head);
    } else if (fieldHiddenInLibrary(head, scope)) {
      // A library supertype may declare a field of this name, but a name that starts a known
      // package and continues to a known type is taken as that type: fields are rarely named
      // like the first part of a package.
      QualifiedStart qualified = knownQualifiedType(parts);
      if (qualified == null) {
        return new Unknown(Unresolved.Reason.LIBRARY_MEMBER,
            "field " + head + " may come from a library supertype");
      }
      value = qualified.type();
      next = qualified.next();
    } else {
      var type = names.resolve(head, scope);
      if (type.isFound()) {
        value = new TypeValue(type.type());
      } else {
        int end = packagePrefixEnd(parts);
        if (end < 0) {
          return unknownName(type.problem());
        }
        var qualified = names.resolveQualified(String.join(".", parts.subList(0, end + 1)));
        if (!qualified.isFound()) {
          return unknownName(qualified.problem());
        }
        value = new TypeValue(qualified.type());
        next = end + 1;
      }
    }
    for (int i = next; i < parts.size(); i++) {
      value = select(value, parts.get(i), sink);
    }
    return value;
  }

  /** A qualifier that a dotted name starts with, and the index of the part after it. */
  private record QualifiedStart(TypeValue type, int next) {}

  /** Returns the project or JDK type a dotted name starts with, after a known package. */
  private QualifiedStart knownQualifiedType(List<String> parts) {
    int end = packagePrefixEnd(parts);
    if (end < 0) {
      return null;
    }
    var qualified = names.resolveQualified(String.join(".", parts.subList(0, end + 1)));
    if (!qualified.isFound() || qualified.type().origin() == JType.Origin.EXTERNAL) {
      return null;
    }
    return new QualifiedStart(new TypeValue(qualified.type()), end + 1);
  }

  /** Returns the index of the first part after the longest package prefix, or -1. */
  private int packagePrefixEnd(List<String> parts) {
    StringBuilder prefix = new StringBuilder();
    int end = -1;
    for (int i = 0; i < parts.size() - 1; i++) {
      if (i > 0) {
        prefix.append('.');
      }
      prefix.append(parts.get(i));
      String candidate = prefix.toString();
      if (project.isPackage(candidate) || jdk.isPackage(candidate)
          || names.resolveQualified(candidate + "." + parts.get(i + 1)).isFound()) {
        end = i + 1;
      }
    }
    return end;
  }

  private Value select(Value value, String name, FieldSink sink) {
    if (value instanceof TypeValue typeValue) {
      JType owner = typeValue.type();
      var lookup = members.field(owner, name);
      if (lookup.hit() != null) {
        sink.access(owner, name, lookup.hit(), false);
        return instanceOrUnknown(lookup.hit().type(), "field " + name);
      }
      JType member = names.memberType(owner, name);
      if (member != null) {
        return new TypeValue(member);
      }
      return missing(lookup.miss(), "field or member type " + name, owner);
    }
    if (value instanceof InstanceValue instance) {
      JType owner = instance.type();
      if (owner.isArray() && name.equals("length")) {
        return new InstanceValue(JType.PRIMITIVE);
      }
      var lookup = members.field(owner, name);
      if (lookup.hit() != null) {
        sink.access(owner, name, lookup.hit(), false);
        return instanceOrUnknown(lookup.hit().type(), "field " + name);
      }
      return missing(lookup.miss(), "field " + name, owner);
    }
    return value;
  }

  /**
   * Finds the field a simple name denotes: declared in or inherited by an enclosing type, else
   * statically imported. Reports the access to the sink.
   */
  MemberOwner unqualifiedField(String name, Scope scope, FieldSink sink) {
    for (String type = scope.type(); type != null; type = enclosingOf(type)) {
      var lookup = members.field(JType.of(type, JType.Origin.PROJECT), name);
      if (lookup.hit() != null) {
        Members.FieldHit hit = lookup.hit();
        sink.access(hit.declaring(), name, hit, false);
        return new MemberOwner(hit.declaring(), false, hit.isStatic(), hit.type());
      }
      if (lookup.miss() == Members.Miss.HIDDEN_IN_LIBRARY) {
        return null;
      }
    }
    for (JType owner : staticImportOwners(name, scope)) {
      var lookup = members.field(owner, name);
      if (lookup.hit() != null) {
        sink.access(owner, name, lookup.hit(), true);
        return new MemberOwner(owner, true, true, lookup.hit().type());
      }
      if (owner.origin() == JType.Origin.EXTERNAL) {
        Members.FieldHit unknown = new Members.FieldHit(owner, null, true, true, false);
        sink.access(owner, name, unknown, true);
        return new MemberOwner(owner, true, true, null);
      }
    }
    return null;
  }

  private boolean fieldHiddenInLibrary(String name, Scope scope) {
    for (String type = scope.type(); type != null; type = enclosingOf(type)) {
      var lookup = members.field(JType.of(type, JType.Origin.PROJECT), name);
      if (lookup.miss() == Members.Miss.HIDDEN_IN_LIBRARY) {
        return names.resolve(name, scope).type() == null;
      }
    }
    return false;
  }

  /**
   * Finds the method an unqualified call invokes: on an enclosing type or its ancestors, else a
   * statically imported one. Returns null when none is visible or a library supertype may
   * declare it.
   */
  MemberOwner unqualifiedMethod(String name, int arity, Scope scope) {
    for (String type = scope.type(); type != null; type = enclosingOf(type)) {
      var lookup = members.method(JType.of(type, JType.Origin.PROJECT), name, arity);
      if (lookup.hit() != null) {
        Members.MethodHit hit = lookup.hit();
        return new MemberOwner(hit.declaring(), false, hit.isStatic(), hit.result());
      }
      if (lookup.miss() == Members.Miss.HIDDEN_IN_LIBRARY) {
        return null;
      }
    }
    for (JType owner : staticImportOwners(name, scope)) {
      var lookup = members.method(owner, name, arity);
      if (lookup.hit() != null) {
        return new MemberOwner(owner, true, true, lookup.hit().result());
      }
      if (owner.origin() == JType.Origin.EXTERNAL) {
        return new MemberOwner(owner, true, true, null);
      }
    }
    return null;
  }

  /**
   * Returns the types a static import may bring a member from: the single static imports of
   * the name first, then the on-demand ones. A library type on demand is included only when it
   * is the only candidate.
   */
  private List<JType> staticImportOwners(String name, Scope scope) {
    List<JType> single = new ArrayList<>();
    List<JType> onDemand = new ArrayList<>();
    for (ImportFact imported : scope.file().imports()) {
      if (!imported.isStatic()) {
        continue;
      }
      if (!imported.onDemand() && imported.simpleName().equals(name)) {
        var owner = names.resolveQualified(imported.qualifier());
        if (owner.isFound()) {
          single.add(owner.type());
        }
      } else if (imported.onDemand()) {
        var owner = names.resolveQualified(imported.name());
        if (owner.isFound()) {
          onDemand.add(owner.type());
        }
      }
    }
    if (!single.isEmpty()) {
      return single;
    }
    List<JType> known = new ArrayList<>();
    List<JType> external = new ArrayList<>();
    for (JType owner : onDemand) {
      (owner.origin() == JType.Origin.EXTERNAL ? external : known).add(owner);
    }
    if (external.size() == 1) {
      known.add(external.get(0));
    }
    return known;
  }

  /** Returns the innermost enclosing type whose ancestors include a library type, or null. */
  private String libraryAncestorHolder(Scope scope) {
    for (String type = scope.type(); type != null; type = enclosingOf(type)) {
      if (members.supertypes().hasUnknownAncestor(type)) {
        return type;
      }
    }
    return null;
  }

  private static String enclosingOf(String binaryName) {
    int dollar = binaryName.lastIndexOf('$');
    int dot = binaryName.lastIndexOf('.');
    return dollar > dot ? binaryName.substring(0, dollar) : null;
  }

  /** Returns the top-level type of a binary name, for callers outside this class. */
  static String topLevel(String binaryName) {
    return TypeNames.topLevelOf(binaryName);
  }
}

package dev.cleave.resolve;

import dev.cleave.model.Unresolved;

import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.Location;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.ImportFact;
import dev.cleave.parse.RefFact;
import dev.cleave.parse.TypeExpr;
import dev.cleave.parse.TypeFact;
import dev.cleave.resolve.ExpressionEvaluator.InstanceValue;
import dev.cleave.resolve.ExpressionEvaluator.TypeValue;
import dev.cleave.resolve.ExpressionEvaluator.Unknown;
import dev.cleave.resolve.ExpressionEvaluator.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves the references of one file into dependencies. One instance per file.
 *
 * <p>A call or field access counts for the type of its receiver, as the compiler records it in
 * bytecode; an unqualified one counts for the type that declares the member, or the type it is
 * statically imported from. References from a type to itself, its member types or its local
 * classes are dropped. A reference whose target cannot be determined is counted with its reason.
 */
final class ReferenceResolver {

  /** What one file contributes. */
  static final class FileResolution {
    final EdgeCollector classEdges = new EdgeCollector();
    final EdgeCollector metadataEdges = new EdgeCollector();
    final EdgeCollector libraryEdges = new EdgeCollector();
    final Map<String, Integer> libraryUsage = new TreeMap<>();
    final Map<Unresolved.Reason, Integer> unresolved = new EnumMap<>(Unresolved.Reason.class);
    final List<String> examples = new ArrayList<>();
    final List<dev.cleave.model.Diagnostic> problems = new ArrayList<>();
    int unresolvedTotal;
  }

  /** Returns the result of a file whose resolution failed: no dependencies, one error. */
  static FileResolution failed(String path, Throwable failure) {
    FileResolution result = new FileResolution();
    result.problems.add(dev.cleave.model.Diagnostic.error(path, 0, 0,
        "resolving the file failed with " + failure.getClass().getSimpleName()
            + "; its dependencies are missing. This is a bug in Cleave; run with --debug and"
            + " report it"));
    return result;
  }

  private final FileFacts file;
  private final ProjectTypes project;
  private final JdkTypes jdk;
  private final ExpressionEvaluator evaluator;
  private final Map<String, TypeFact> declared = new HashMap<>();
  private final Set<String> writtenNames;
  private final FileResolution result = new FileResolution();
  private final Set<Unknown> counted =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  ReferenceResolver(FileFacts file, ProjectTypes project, JdkTypes jdk,
      ExpressionEvaluator evaluator) {
    this.file = file;
    this.project = project;
    this.jdk = jdk;
    this.evaluator = evaluator;
    for (TypeFact type : file.types()) {
      declared.put(type.binaryName(), type);
    }
    this.writtenNames = writtenNames(file);
  }

  FileResolution resolve() {
    for (RefFact reference : file.references()) {
      resolve(reference);
    }
    return result;
  }

  private void resolve(RefFact reference) {
    String member = reference.member();
    TypeExpr target = reference.target();
    DependencyKind kind = reference.kind();
    if (RefFact.NAME_CHAIN.equals(member)) {
      nameChain(reference, (TypeExpr.Ambiguous) target);
    } else if (RefFact.CASE_LABEL.equals(member)) {
      caseLabel(reference, (TypeExpr.CaseLabel) target);
    } else if (target instanceof TypeExpr.CallOf call && call.receiver() == null
        && kind == DependencyKind.METHOD_CALL) {
      unqualifiedCall(reference, call);
    } else if (member == null || RefFact.ANONYMOUS.equals(member)) {
      typeUse(reference);
    } else if (kind == DependencyKind.METHOD_CALL || kind == DependencyKind.METHOD_REF) {
      memberUse(reference, receiverOf(reference), true);
    } else {
      memberUse(reference, evaluator.evaluate(target), false);
    }
  }

  /** A type named or inferred in a declaration, a creation, a cast, an annotation and the like. */
  private void typeUse(RefFact reference) {
    Value value = evaluator.evaluate(reference.target());
    JType type = ExpressionEvaluator.typeOf(value);
    if (type == null) {
      if (reference.kind() != DependencyKind.JAVADOC) {
        unresolved(reference, (Unknown) value);
      }
      return;
    }
    DependencyKind kind = reference.kind();
    if (RefFact.ANONYMOUS.equals(reference.member())) {
      kind = isInterface(type.elementType()) ? DependencyKind.IMPLEMENTS : DependencyKind.EXTENDS;
    }
    edge(reference, kind, type, null);
  }

  /**
   * Returns whether a type is an interface. An anonymous class of a library type that Cleave
   * cannot see is taken to implement an interface: listeners and callbacks are the common case.
   */
  private boolean isInterface(JType type) {
    return switch (type.origin()) {
      case PROJECT -> {
        TypeFact fact = project.type(type.binaryName());
        yield fact == null || fact.kind() == TypeFact.Kind.INTERFACE;
      }
      case JDK -> jdk.isInterface(type.binaryName());
      case EXTERNAL -> true;
    };
  }

  /** A call or member access with a written receiver. */
  private void memberUse(RefFact reference, Value receiver, boolean call) {
    JType owner = ExpressionEvaluator.typeOf(receiver);
    if (owner == null) {
      unresolved(reference, (Unknown) receiver);
      return;
    }
    boolean onType = receiver instanceof TypeValue;
    JType element = owner.elementType();
    if (element == null || element.isPrimitive()) {
      return;
    }
    if (isSelf(reference.from(), element)) {
      Members.Miss miss = memberMiss(owner, reference, call);
      if (miss != null) {
        unresolved(reference, new Unknown(miss == Members.Miss.HIDDEN_IN_LIBRARY
            ? Unresolved.Reason.LIBRARY_MEMBER : Unresolved.Reason.UNKNOWN_MEMBER,
            reference.member() + " is not declared in " + element.binaryName()));
      }
      return;
    }
    if (call) {
      DependencyKind kind = reference.kind() == DependencyKind.METHOD_REF
          ? DependencyKind.METHOD_REF
          : onType ? DependencyKind.STATIC_CALL : DependencyKind.METHOD_CALL;
      edge(reference, kind, owner, reference.member());
      return;
    }
    fieldEdges(reference, owner, null, reference.member(), false);
  }

  private Value receiverOf(RefFact reference) {
    if (reference.target() instanceof TypeExpr.Ambiguous ambiguous) {
      return evaluator.chain(ambiguous.parts(), ambiguous.scope(),
          (owner, field, hit, viaStaticImport) ->
              fieldEdges(reference, owner, hit, field, viaStaticImport));
    }
    return evaluator.evaluate(reference.target());
  }

  /** Returns why a member is missing from the source's own type, or null if it is there. */
  private Members.Miss memberMiss(JType owner, RefFact reference, boolean call) {
    Members members = evaluator.members();
    var lookup = call
        ? members.method(owner, reference.member(), Math.max(reference.arity(), 0))
        : members.field(owner, reference.member());
    if (lookup.hit() != null) {
      return null;
    }
    if (call && reference.kind() == DependencyKind.METHOD_REF) {
      return members.method(owner, reference.member(), 0).hit() != null
          || members.method(owner, reference.member(), 1).hit() != null
          || members.method(owner, reference.member(), 2).hit() != null ? null : lookup.miss();
    }
    return lookup.miss();
  }

  /** A dotted name: each field access in it counts for the type it is made on. */
  private void nameChain(RefFact reference, TypeExpr.Ambiguous chain) {
    Value value = evaluator.chain(chain.parts(), chain.scope(),
        (owner, field, hit, viaStaticImport) ->
            fieldEdges(reference, owner, hit, field, viaStaticImport));
    if (value instanceof Unknown unknown) {
      unresolved(reference, unknown);
    }
  }

  /** A simple name in a case label: an enum constant, or else a constant in scope. */
  private void caseLabel(RefFact reference, TypeExpr.CaseLabel label) {
    Value selector = evaluator.evaluate(label.selector());
    JType type = ExpressionEvaluator.typeOf(selector);
    if (type != null && isEnum(type)) {
      memberUse(new RefFact(reference.from(), reference.kind(), label.selector(), label.name(),
          -1, reference.line()), new InstanceValue(type), false);
      return;
    }
    if (type == null && !(selector instanceof Unknown)) {
      return;
    }
    nameChain(reference, new TypeExpr.Ambiguous(List.of(label.name()), label.scope()));
  }

  private boolean isEnum(JType type) {
    return switch (type.origin()) {
      case PROJECT -> {
        TypeFact fact = project.type(type.binaryName());
        yield fact != null && fact.kind() == TypeFact.Kind.ENUM;
      }
      case JDK -> jdk.isEnum(type.binaryName());
      case EXTERNAL -> true;
    };
  }

  private void fieldEdges(RefFact reference, JType owner, Members.FieldHit hit, String field,
      boolean viaStaticImport) {
    if (isSelf(reference.from(), owner.elementType())) {
      return;
    }
    if (reference.kind() == DependencyKind.ANNOTATION_VALUE) {
      edge(reference, DependencyKind.ANNOTATION_VALUE, owner, field);
      return;
    }
    edge(reference, DependencyKind.FIELD_ACCESS, owner, field);
    if (hit == null) {
      hit = evaluator.members().field(owner, field).hit();
    }
    if (hit != null && hit.isStatic() && hit.isFinal() && !hit.enumConstant()) {
      edge(reference, DependencyKind.CONSTANT_REF, owner, null);
    }
    if (viaStaticImport) {
      staticImportEdge(reference, owner, field);
    }
  }

  /** An unqualified call: a method of an enclosing type, inherited, or statically imported. */
  private void unqualifiedCall(RefFact reference, TypeExpr.CallOf call) {
    var owner = evaluator.unqualifiedMethod(call.name(), call.arity(), call.scope());
    if (owner == null) {
      unresolved(reference, (Unknown) evaluator.evaluate(call));
      return;
    }
    if (isSelf(reference.from(), owner.owner())) {
      return;
    }
    DependencyKind kind = owner.isStatic() ? DependencyKind.STATIC_CALL : DependencyKind.METHOD_CALL;
    edge(reference, kind, owner.owner(), reference.member());
    if (owner.viaStaticImport()) {
      staticImportEdge(reference, owner.owner(), reference.member());
    }
  }

  private void staticImportEdge(RefFact reference, JType owner, String member) {
    int line = reference.line();
    String ownerName = TypeNames.canonicalOf(owner.binaryName());
    for (ImportFact imported : file.context().imports()) {
      if (imported.isStatic()
          && (imported.name().equals(ownerName + "." + member)
              || imported.onDemand() && imported.name().equals(ownerName))) {
        line = imported.line();
        break;
      }
    }
    edge(reference.from(), DependencyKind.STATIC_IMPORT, owner, null, line);
  }

  private void edge(RefFact reference, DependencyKind kind, JType type, String member) {
    edge(reference.from(), kind, type, member, reference.line());
  }

  private void edge(String from, DependencyKind kind, JType type, String member, int line) {
    JType element = type.elementType();
    if (element == null || element.isPrimitive()) {
      return;
    }
    String targetType = element.binaryName();
    String targetTop = TypeNames.topLevelOf(targetType);
    Location location = new Location(file.file().path(), line);
    String memberName = member == null ? null : TypeNames.simpleNameOf(targetType) + "#" + member;
    if (element.origin() != JType.Origin.PROJECT) {
      String libraryPackage = TypeNames.packageOf(targetTop);
      result.libraryUsage.merge(libraryPackage.isEmpty() ? "(default package)" : libraryPackage, 1,
          Integer::sum);
      if (element.origin() == JType.Origin.EXTERNAL && from != null) {
        result.libraryEdges.add(sourceId(from), targetTop, kind, location, targetType, memberName,
            Set.of());
      }
      return;
    }
    if (from == null) {
      String source = file.role() == FileFacts.Role.MODULE_INFO
          ? "module " + file.file().path()
          : "package " + file.context().packageName();
      result.metadataEdges.add(source, targetId(targetTop), kind, location, targetType,
          memberName, Set.of());
      return;
    }
    if (isSelf(from, element)) {
      return;
    }
    Set<Dependency.Flag> flags = EnumSet.noneOf(Dependency.Flag.class);
    String sourceId = sourceId(from);
    if (!sourceId.equals(TypeNames.topLevelOf(from))) {
      flags.add(Dependency.Flag.FROM_DUPLICATE);
    }
    if (project.type(targetTop) == null && project.brokenFileOf(targetTop) != null) {
      flags.add(Dependency.Flag.TARGET_UNPARSED);
    }
    if (!isWritten(targetType)) {
      flags.add(Dependency.Flag.IMPLICIT);
    }
    result.classEdges.add(sourceId, targetId(targetTop), kind, location, targetType, memberName,
        flags);
  }

  private boolean isSelf(String from, JType target) {
    if (from == null || target == null || target.origin() != JType.Origin.PROJECT) {
      return false;
    }
    return TypeNames.topLevelOf(from).equals(TypeNames.topLevelOf(target.binaryName()));
  }

  private String sourceId(String from) {
    TypeFact type = declared.get(from);
    String id = type == null ? null : project.classIdOf(type);
    return id == null ? TypeNames.topLevelOf(from) : id;
  }

  private static String targetId(String topLevel) {
    return topLevel;
  }

  private boolean isWritten(String binaryName) {
    String top = TypeNames.topLevelOf(binaryName);
    return writtenNames.contains(TypeNames.simpleNameOf(top))
        || writtenNames.contains(TypeNames.simpleNameOf(binaryName));
  }

  /**
   * Counts a reference whose target is unknown. A chain of calls on an unknown result shares
   * that result's {@link Unknown}, so the chain counts once, at its first unknown link.
   */
  private void unresolved(RefFact reference, Unknown unknown) {
    if (!counted.add(unknown)) {
      return;
    }
    result.unresolvedTotal++;
    result.unresolved.merge(unknown.reason(), 1, Integer::sum);
    if (result.examples.size() < Unresolved.MAX_EXAMPLES) {
      result.examples.add(file.file().path() + ":" + reference.line() + ": " + unknown.detail());
    }
  }

  /** Returns every identifier the file writes in a type name, dotted name or import. */
  private static Set<String> writtenNames(FileFacts file) {
    Set<String> names = new HashSet<>();
    for (ImportFact imported : file.context().imports()) {
      addParts(imported.name(), names);
    }
    for (RefFact reference : file.references()) {
      collectNames(reference.target(), names, 0);
    }
    return names;
  }

  private static void collectNames(TypeExpr expression, Set<String> names, int depth) {
    if (depth > 50) {
      return;
    }
    if (expression instanceof TypeExpr.Named named) {
      addParts(named.written(), names);
      named.arguments().forEach(argument -> collectNames(argument, names, depth + 1));
    } else if (expression instanceof TypeExpr.Ambiguous ambiguous) {
      names.addAll(ambiguous.parts());
    } else if (expression instanceof TypeExpr.Array array) {
      collectNames(array.component(), names, depth + 1);
    }
  }

  private static void addParts(String dotted, Set<String> names) {
    for (String part : dotted.split("\\.")) {
      names.add(part);
    }
  }
}

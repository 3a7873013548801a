package dev.cleave.resolve;

import dev.cleave.model.TypeNames;
import dev.cleave.parse.ImportFact;
import dev.cleave.parse.Scope;
import dev.cleave.parse.TypeExpr;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves type names as written in source to binary names, following the scoping rules of
 * JLS 6.4.1 and 6.5.5.
 *
 * <p>A simple name is looked up, in this order: the enclosing types, their member types and the
 * member types they inherit; the single-type imports, including static imports of member types;
 * the types of the same package; then the on-demand imports and {@code java.lang}. A qualified
 * name is resolved from its first part if that is a type, else from its longest prefix that is
 * a known package. A name that matches nothing is not guessed: it resolves to an external type
 * only when an import or the written package names it; otherwise it is unresolved.
 */
final class TypeNameResolver {

  private final ProjectTypes project;
  private final JdkTypes jdk;
  private final Supertypes supertypes;

  TypeNameResolver(ProjectTypes project, JdkTypes jdk, Supertypes supertypes) {
    this.project = project;
    this.jdk = jdk;
    this.supertypes = supertypes;
  }

  /** The outcome of resolving a name: a type, or why there is none. */
  record Result(JType type, String problem) {
    static Result found(JType type) {
      return new Result(type, null);
    }

    static Result missing(String problem) {
      return new Result(null, problem);
    }

    boolean isFound() {
      return type != null;
    }
  }

  Result resolve(String written, Scope scope) {
    String[] parts = written.split("\\.");
    Result first = resolveSimple(parts[0], scope);
    if (first.isFound()) {
      return members(first.type(), parts, 1);
    }
    if (parts.length == 1) {
      return first;
    }
    return resolveQualified(parts);
  }

  /** Resolves a fully qualified name, such as an import, without looking at any scope. */
  Result resolveQualified(String name) {
    return resolveQualified(name.split("\\."));
  }

  private Result resolveQualified(String[] parts) {
    for (int split = parts.length - 1; split >= 1; split--) {
      String packageName = String.join(".", List.of(parts).subList(0, split));
      String top = TypeNames.qualify(packageName, parts[split]);
      if (project.isPackage(packageName) || project.type(top) != null) {
        String found = project.topLevel(packageName, parts[split]);
        if (found != null) {
          return members(JType.of(found, JType.Origin.PROJECT), parts, split + 1);
        }
        String broken = project.brokenFileOf(top);
        if (broken != null) {
          return members(JType.of(top, JType.Origin.PROJECT), parts, split + 1);
        }
      }
      if (jdk.isPackage(packageName)) {
        var found = jdk.topLevel(packageName, parts[split]);
        if (found.isPresent()) {
          return members(JType.of(found.get(), JType.Origin.JDK), parts, split + 1);
        }
      }
    }
    return external(parts);
  }

  /**
   * Names a type that neither the project nor the JDK declares: the package is the leading
   * parts that start with a lower-case letter, by the naming convention of JLS 6.1. The
   * package may also hold project classes: a library can put classes in a package that the
   * project adds to.
   */
  private Result external(String[] parts) {
    int split = 0;
    while (split < parts.length && !parts[split].isEmpty()
        && Character.isLowerCase(parts[split].charAt(0))) {
      split++;
    }
    if (split == 0 || split == parts.length) {
      return Result.missing("no type or package is named " + String.join(".", parts));
    }
    StringBuilder binary = new StringBuilder(String.join(".", List.of(parts).subList(0, split + 1)));
    for (int i = split + 1; i < parts.length; i++) {
      binary.append('$').append(parts[i]);
    }
    return Result.found(JType.of(binary.toString(), JType.Origin.EXTERNAL));
  }

  private Result members(JType type, String[] parts, int from) {
    JType current = type;
    for (int i = from; i < parts.length; i++) {
      JType member = memberType(current, parts[i]);
      if (member == null) {
        return Result.missing("no member type " + parts[i] + " in " + current.binaryName());
      }
      current = member;
    }
    return Result.found(current);
  }

  /** Returns the member type with the simple name, declared or inherited, or null. */
  JType memberType(JType owner, String simpleName) {
    switch (owner.origin()) {
      case PROJECT -> {
        for (String type : supertypes.selfAndAncestors(owner.binaryName())) {
          String member = project.declaredMember(type, simpleName);
          if (member != null) {
            return JType.of(member, JType.Origin.PROJECT);
          }
        }
        for (JType ancestor : supertypes.externalAncestors(owner.binaryName())) {
          JType member = memberType(ancestor, simpleName);
          if (member != null) {
            return member;
          }
        }
        return null;
      }
      case JDK -> {
        return jdk.memberType(owner.binaryName(), simpleName)
            .map(name -> JType.of(name, JType.Origin.JDK))
            .orElse(null);
      }
      default -> {
        return JType.of(owner.binaryName() + "$" + simpleName, JType.Origin.EXTERNAL);
      }
    }
  }

  private Result resolveSimple(String name, Scope scope) {
    JType inScope = fromEnclosingTypes(name, scope.type());
    if (inScope != null) {
      return Result.found(inScope);
    }
    List<ImportFact> imports = scope.file().imports();
    for (ImportFact imported : imports) {
      if (!imported.onDemand() && imported.simpleName().equals(name)) {
        Result result =
            imported.isStatic()
                ? staticMemberType(imported.qualifier(), name)
                : resolveQualified(imported.name());
        if (result.isFound()) {
          return result;
        }
      }
    }
    String packageName = scope.file().packageName();
    String samePackage = project.topLevel(packageName, name);
    if (samePackage != null) {
      return Result.found(JType.of(samePackage, JType.Origin.PROJECT));
    }
    String broken = TypeNames.qualify(packageName, name);
    if (project.brokenFileOf(broken) != null) {
      return Result.found(JType.of(broken, JType.Origin.PROJECT));
    }
    return onDemand(name, imports);
  }

  private Result onDemand(String name, List<ImportFact> imports) {
    Set<JType> found = new LinkedHashSet<>();
    List<String> unknownPackages = new ArrayList<>();
    for (ImportFact imported : imports) {
      if (!imported.onDemand()) {
        continue;
      }
      String container = imported.name();
      JType hit = null;
      if (!imported.isStatic()) {
        String projectType = project.topLevel(container, name);
        if (projectType != null) {
          hit = JType.of(projectType, JType.Origin.PROJECT);
        } else if (jdk.isPackage(container)) {
          hit = jdk.topLevel(container, name).map(n -> JType.of(n, JType.Origin.JDK)).orElse(null);
        }
      }
      if (hit == null) {
        Result asType = resolveQualified(container);
        if (asType.isFound() && asType.type().origin() != JType.Origin.EXTERNAL) {
          hit = memberType(asType.type(), name);
        } else if (!project.isPackage(container) && !jdk.isPackage(container)) {
          unknownPackages.add(container);
        }
      }
      if (hit != null) {
        found.add(hit);
      }
    }
    if (found.isEmpty()) {
      var javaLang = jdk.topLevel("java.lang", name);
      if (javaLang.isPresent()) {
        return Result.found(JType.of(javaLang.get(), JType.Origin.JDK));
      }
    }
    if (found.size() == 1) {
      return Result.found(found.iterator().next());
    }
    if (found.size() > 1) {
      return Result.missing("ambiguous name " + name + ": it is in several imported packages");
    }
    if (unknownPackages.size() == 1) {
      return Result.found(JType.of(unknownPackages.get(0) + "." + name, JType.Origin.EXTERNAL));
    }
    if (unknownPackages.size() > 1) {
      return Result.missing("unknown type " + name + ": it may be in any of "
          + unknownPackages.size() + " library packages imported on demand");
    }
    return Result.missing("unknown type " + name);
  }

  private Result staticMemberType(String typeName, String member) {
    Result owner = resolveQualified(typeName);
    if (!owner.isFound()) {
      return owner;
    }
    JType type = memberType(owner.type(), member);
    return type == null ? Result.missing("not a member type: " + typeName + "." + member)
        : Result.found(type);
  }

  /** Looks for the name among the enclosing types, their members and inherited members. */
  private JType fromEnclosingTypes(String name, String innermost) {
    String current = innermost;
    while (current != null) {
      if (TypeNames.simpleNameOf(current).equals(name)
          && project.type(current) != null
          && !project.type(current).flags().contains(TypeFact.Flag.LOCAL)) {
        return JType.of(current, JType.Origin.PROJECT);
      }
      JType member = memberType(JType.of(current, JType.Origin.PROJECT), name);
      if (member != null && member.origin() != JType.Origin.EXTERNAL) {
        return member;
      }
      int dollar = current.lastIndexOf('$');
      current = dollar < 0 ? null : current.substring(0, dollar);
    }
    return null;
  }

  /** Returns the type as a value: a known binary name resolved to its origin. */
  JType known(String binaryName) {
    if (project.type(binaryName) != null) {
      return JType.of(binaryName, JType.Origin.PROJECT);
    }
    if (jdk.isClass(binaryName)) {
      return JType.of(binaryName, JType.Origin.JDK);
    }
    return JType.of(binaryName, JType.Origin.EXTERNAL);
  }
}

package dev.cleave.parse;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.modules.ModuleDeclaration;
import com.github.javaparser.ast.modules.ModuleProvidesDirective;
import com.github.javaparser.ast.modules.ModuleUsesDirective;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.cleave.model.DependencyKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one compilation unit and records its declared types and every reference to a type.
 *
 * <p>This class handles declarations: it names each type, turns it into {@link TypeFact}s with
 * {@link Declarations}, and opens its scope. {@link ScopedWalker} follows the code inside, and
 * {@link ReferenceRecorder} records what it refers to. References from a local or anonymous
 * class are recorded under that class's own binary name, which the resolve stage rolls up to
 * the top-level type.
 */
final class FactCollector extends ScopedWalker {

  private final boolean generatedFile;
  private final Declarations declarations;
  private final Map<String, Integer> anonymousCounters = new HashMap<>();
  private final List<TypeFact> types = new ArrayList<>();

  FactCollector(FileContext context, boolean generatedFile) {
    super(context);
    this.generatedFile = generatedFile;
    this.declarations = new Declarations(typeUse);
  }

  List<TypeFact> types() {
    return types;
  }

  /** Walks the unit: package annotations, module directives, then each top-level type. */
  void collect(CompilationUnit unit) {
    scopes.push();
    typeScopes.push(new Scope(context, null));
    unit.getPackageDeclaration().ifPresent(this::collectPackage);
    unit.getModule().ifPresent(this::collectModule);
    for (TypeDeclaration<?> type : unit.getTypes()) {
      type.accept(this, null);
    }
    typeScopes.pop();
    scopes.pop();
  }

  private void collectPackage(PackageDeclaration declaration) {
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      annotation.accept(this, null);
    }
    javadocOf(declaration);
  }

  private void collectModule(ModuleDeclaration module) {
    for (var directive : module.getDirectives()) {
      if (directive instanceof ModuleUsesDirective uses) {
        addName(DependencyKind.USES, uses.getNameAsString(), line(uses));
      } else if (directive instanceof ModuleProvidesDirective provides) {
        addName(DependencyKind.USES, provides.getNameAsString(), line(provides));
        for (var implementation : provides.getWith()) {
          addName(DependencyKind.PROVIDES, implementation.asString(), line(provides));
        }
      }
    }
  }

  // Type declarations.

  @Override
  public void visit(ClassOrInterfaceDeclaration n, Void arg) {
    TypeFact.Kind kind = n.isInterface() ? TypeFact.Kind.INTERFACE : TypeFact.Kind.CLASS;
    DependencyKind extendsKind = DependencyKind.EXTENDS;
    enterType(n, kind, n.isLocalClassDeclaration());
    for (ClassOrInterfaceType type : n.getExtendedTypes()) {
      addType(type, extendsKind);
    }
    for (ClassOrInterfaceType type : n.getImplementedTypes()) {
      addType(type, DependencyKind.IMPLEMENTS);
    }
    for (ClassOrInterfaceType type : n.getPermittedTypes()) {
      addType(type, DependencyKind.PERMITS);
    }
    typeParameters(n.getTypeParameters());
    members(n.getMembers());
    exitType();
  }

  @Override
  public void visit(EnumDeclaration n, Void arg) {
    enterType(n, TypeFact.Kind.ENUM, false);
    for (ClassOrInterfaceType type : n.getImplementedTypes()) {
      addType(type, DependencyKind.IMPLEMENTS);
    }
    for (EnumConstantDeclaration constant : n.getEntries()) {
      annotations(constant.getAnnotations());
      for (Expression argument : constant.getArguments()) {
        argument.accept(this, null);
      }
      if (constant.getClassBody().isNonEmpty()) {
        enterAnonymous(constant.getClassBody(), constant, List.of(), line(constant));
        members(constant.getClassBody());
        exitType();
      }
    }
    members(n.getMembers());
    exitType();
  }

  @Override
  public void visit(RecordDeclaration n, Void arg) {
    enterType(n, TypeFact.Kind.RECORD, n.isLocalRecordDeclaration());
    for (Parameter component : n.getParameters()) {
      annotations(component.getAnnotations());
      addType(component.getType(), DependencyKind.RECORD_COMPONENT);
    }
    for (ClassOrInterfaceType type : n.getImplementedTypes()) {
      addType(type, DependencyKind.IMPLEMENTS);
    }
    typeParameters(n.getTypeParameters());
    members(n.getMembers());
    exitType();
  }

  @Override
  public void visit(AnnotationDeclaration n, Void arg) {
    enterType(n, TypeFact.Kind.ANNOTATION, false);
    members(n.getMembers());
    exitType();
  }

  private void enterType(TypeDeclaration<?> type, TypeFact.Kind kind, boolean local) {
    String binaryName = binaryNameOf(type, local);
    if (local) {
      scopes.declareLocalType(type.getNameAsString(), binaryName);
    }
    Scope scope = new Scope(context, binaryName);
    typeScopes.push(scope);
    scopes.push();
    declareTypeVariables(type);
    List<TypeFact> facts = declarations.of(type, kind, scope, local, generatedFile);
    types.addAll(facts);
    declareFields(facts.get(0));
    annotations(type.getAnnotations());
    javadocOf(type);
  }

  private void enterAnonymous(NodeList<BodyDeclaration<?>> body, Node node,
      List<TypeExpr> supertypes, int line) {
    String outer = scope().type();
    String top = dev.cleave.model.TypeNames.topLevelOf(outer);
    int index = anonymousCounters.merge(top, 1, Integer::sum);
    Scope scope = new Scope(context, outer + "$" + index);
    TypeFact fact = declarations.anonymous(body, scope, supertypes, line,
        node.getEnd().map(p -> p.line).orElse(line));
    types.add(fact);
    typeScopes.push(scope);
    scopes.push();
    declareFields(fact);
  }

  private void exitType() {
    scopes.pop();
    typeScopes.pop();
  }

  private String binaryNameOf(TypeDeclaration<?> type, boolean local) {
    String outer = scope().type();
    String name = type.getNameAsString();
    if (outer == null) {
      return context.packageName().isEmpty() ? name : context.packageName() + "." + name;
    }
    if (!local) {
      return outer + "$" + name;
    }
    String candidate = outer + "$" + name;
    int suffix = 2;
    while (scopes.localTypeNames().contains(candidate) || hasType(candidate)) {
      candidate = outer + "$" + name + suffix++;
    }
    return candidate;
  }

  private boolean hasType(String binaryName) {
    for (TypeFact fact : types) {
      if (fact.binaryName().equals(binaryName)) {
        return true;
      }
    }
    return false;
  }

  private void declareTypeVariables(TypeDeclaration<?> type) {
    String owner = scope().type();
    if (type instanceof ClassOrInterfaceDeclaration declaration) {
      declaration.getTypeParameters().forEach(p -> scopes.declareTypeVariable(p.getNameAsString(), owner));
    } else if (type instanceof RecordDeclaration declaration) {
      declaration.getTypeParameters().forEach(p -> scopes.declareTypeVariable(p.getNameAsString(), owner));
    }
  }

  private void declareFields(TypeFact fact) {
    for (FieldFact field : fact.fields()) {
      scopes.declareVariable(field.name(), field.type());
    }
  }

  private void members(NodeList<BodyDeclaration<?>> members) {
    for (BodyDeclaration<?> member : members) {
      member.accept(this, null);
    }
  }

  // Members.

  @Override
  public void visit(FieldDeclaration n, Void arg) {
    annotations(n.getAnnotations());
    javadocOf(n);
    addType(n.getElementType(), DependencyKind.FIELD_TYPE);
    for (VariableDeclarator variable : n.getVariables()) {
      if (variable.getType() instanceof ArrayType) {
        addType(variable.getType(), DependencyKind.FIELD_TYPE);
      }
      variable.getInitializer().ifPresent(value -> value.accept(this, null));
    }
  }

  @Override
  public void visit(MethodDeclaration n, Void arg) {
    annotations(n.getAnnotations());
    javadocOf(n);
    scopes.push();
    n.getTypeParameters().forEach(p -> scopes.declareTypeVariable(p.getNameAsString(), null));
    typeParameters(n.getTypeParameters());
    addType(n.getType(), DependencyKind.RETURN_TYPE);
    parameters(n.getParameters());
    for (ReferenceType thrown : n.getThrownExceptions()) {
      addType(thrown, DependencyKind.THROWS);
    }
    n.getBody().ifPresent(body -> body.accept(this, null));
    scopes.pop();
  }

  @Override
  public void visit(ConstructorDeclaration n, Void arg) {
    annotations(n.getAnnotations());
    javadocOf(n);
    scopes.push();
    n.getTypeParameters().forEach(p -> scopes.declareTypeVariable(p.getNameAsString(), null));
    typeParameters(n.getTypeParameters());
    parameters(n.getParameters());
    for (ReferenceType thrown : n.getThrownExceptions()) {
      addType(thrown, DependencyKind.THROWS);
    }
    n.getBody().accept(this, null);
    scopes.pop();
  }

  @Override
  public void visit(CompactConstructorDeclaration n, Void arg) {
    annotations(n.getAnnotations());
    javadocOf(n);
    n.getBody().accept(this, null);
  }

  @Override
  public void visit(AnnotationMemberDeclaration n, Void arg) {
    annotations(n.getAnnotations());
    javadocOf(n);
    addType(n.getType(), DependencyKind.RETURN_TYPE);
    n.getDefaultValue().ifPresent(value -> value.accept(this, null));
  }

  @Override
  public void visit(InitializerDeclaration n, Void arg) {
    n.getBody().accept(this, null);
  }

  private void parameters(NodeList<Parameter> parameters) {
    for (Parameter parameter : parameters) {
      annotations(parameter.getAnnotations());
      addType(parameter.getType(), DependencyKind.PARAM_TYPE);
      TypeExpr type = typeUse.of(parameter.getType(), scope());
      scopes.declareVariable(
          parameter.getNameAsString(),
          parameter.isVarArgs() ? new TypeExpr.Array(type) : type);
    }
  }

  private void typeParameters(NodeList<TypeParameter> parameters) {
    for (TypeParameter parameter : parameters) {
      annotations(parameter.getAnnotations());
      for (ClassOrInterfaceType bound : parameter.getTypeBound()) {
        addType(bound, DependencyKind.TYPE_ARG);
      }
    }
  }

  // Expressions.

  @Override
  public void visit(ObjectCreationExpr n, Void arg) {
    n.getScope().ifPresent(value -> value.accept(this, null));
    addType(n.getType(), DependencyKind.CONSTRUCTOR_CALL);
    n.getTypeArguments().ifPresent(args -> args.forEach(t -> addType(t, DependencyKind.TYPE_ARG)));
    for (Expression argument : n.getArguments()) {
      argument.accept(this, null);
    }
    n.getAnonymousClassBody()
        .ifPresent(
            body -> {
              TypeExpr supertype = typeUse.of(n.getType(), scope());
              add(DependencyKind.EXTENDS, supertype, RefFact.ANONYMOUS, line(n));
              enterAnonymous(body, n, List.of(supertype), line(n));
              members(body);
              exitType();
            });
  }

  /** Returns the import declarations of a unit as facts. */
  static List<ImportFact> imports(CompilationUnit unit) {
    List<ImportFact> imports = new ArrayList<>();
    for (ImportDeclaration declaration : unit.getImports()) {
      imports.add(
          new ImportFact(
              declaration.getNameAsString(),
              declaration.isStatic(),
              declaration.isAsterisk(),
              line(declaration)));
    }
    return imports;
  }
}

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
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.modules.ModuleDeclaration;
import com.github.javaparser.ast.modules.ModuleProvidesDirective;
import com.github.javaparser.ast.modules.ModuleUsesDirective;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.WildcardType;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import dev.cleave.model.DependencyKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one compilation unit and records its declared types and every reference to a type.
 *
 * <p>The walk keeps the names in scope ({@link Scopes}), so that a variable's declared type is
 * known where the variable is used. Declarations are turned into {@link TypeFact}s by {@link
 * Declarations}; expressions are typed by {@link ExpressionTypes}; Javadoc by {@link
 * JavadocReferences}. References from a local or anonymous class are recorded under that class's
 * own binary name, which the resolve stage rolls up to the top-level type.
 */
final class FactCollector extends VoidVisitorAdapter<Void> {

  private final FileContext context;
  private final Scopes scopes = new Scopes();
  private final TypeUse typeUse = new TypeUse(scopes);
  private final ExpressionTypes expressions = new ExpressionTypes(scopes, typeUse);
  private final Declarations declarations;
  private final Deque<Scope> typeScopes = new ArrayDeque<>();
  private final Map<String, Integer> anonymousCounters = new HashMap<>();
  private final List<TypeFact> types = new ArrayList<>();
  private final List<RefFact> references = new ArrayList<>();
  private final List<SqlFact> sql = new ArrayList<>();
  private final java.util.Set<Expression> sqlLiterals =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private final boolean generatedFile;
  private int annotationDepth;

  FactCollector(FileContext context, boolean generatedFile) {
    this.context = context;
    this.generatedFile = generatedFile;
    this.declarations = new Declarations(typeUse);
  }

  List<TypeFact> types() {
    return types;
  }

  List<RefFact> references() {
    return references;
  }

  List<SqlFact> sql() {
    return sql;
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

  private void addName(DependencyKind kind, String written, int line) {
    add(kind, new TypeExpr.Named(written, List.of(), scope()), null, line);
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

  // Statements that open a scope.

  @Override
  public void visit(BlockStmt n, Void arg) {
    scopes.push();
    super.visit(n, arg);
    scopes.pop();
  }

  // JavaParser's visitor adapter walks a node's children in alphabetical order of their
  // property names, which puts a for loop's body before its initialisation. Statements that
  // declare variables are walked in source order here, so that a name is declared before use.

  @Override
  public void visit(ForStmt n, Void arg) {
    scopes.push();
    n.getInitialization().forEach(expression -> expression.accept(this, null));
    n.getCompare().ifPresent(compare -> compare.accept(this, null));
    n.getUpdate().forEach(expression -> expression.accept(this, null));
    n.getBody().accept(this, null);
    scopes.pop();
  }

  @Override
  public void visit(WhileStmt n, Void arg) {
    scopes.push();
    n.getCondition().accept(this, null);
    n.getBody().accept(this, null);
    scopes.pop();
  }

  @Override
  public void visit(ForEachStmt n, Void arg) {
    scopes.push();
    n.getIterable().accept(this, null);
    VariableDeclarationExpr variable = n.getVariable();
    annotations(variable.getAnnotations());
    for (VariableDeclarator declarator : variable.getVariables()) {
      TypeExpr type;
      if (TypeUse.isInferred(declarator.getType())) {
        type = new TypeExpr.ElementOf(expressions.of(n.getIterable(), scope()));
        add(DependencyKind.LOCAL_VAR_TYPE, type, null, line(declarator));
      } else {
        addType(declarator.getType(), DependencyKind.LOCAL_VAR_TYPE);
        type = typeUse.of(declarator.getType(), scope());
      }
      scopes.declareVariable(declarator.getNameAsString(), type);
    }
    n.getBody().accept(this, null);
    scopes.pop();
  }

  @Override
  public void visit(TryStmt n, Void arg) {
    scopes.push();
    for (Expression resource : n.getResources()) {
      resource.accept(this, null);
    }
    n.getTryBlock().accept(this, null);
    scopes.pop();
    for (CatchClause clause : n.getCatchClauses()) {
      clause.accept(this, null);
    }
    n.getFinallyBlock().ifPresent(block -> block.accept(this, null));
  }

  @Override
  public void visit(CatchClause n, Void arg) {
    scopes.push();
    Parameter parameter = n.getParameter();
    annotations(parameter.getAnnotations());
    Type type = parameter.getType();
    if (type instanceof UnionType union) {
      for (ReferenceType alternative : union.getElements()) {
        addType(alternative, DependencyKind.CATCH);
      }
    } else {
      addType(type, DependencyKind.CATCH);
    }
    scopes.declareVariable(parameter.getNameAsString(), typeUse.of(type, scope()));
    n.getBody().accept(this, null);
    scopes.pop();
  }

  @Override
  public void visit(SwitchStmt n, Void arg) {
    switchOf(n.getSelector(), n.getEntries());
  }

  @Override
  public void visit(SwitchExpr n, Void arg) {
    switchOf(n.getSelector(), n.getEntries());
  }

  /**
   * Walks a switch. A case label that is a simple name is an enum constant of the selector's
   * type when that type is an enum, and a constant in scope otherwise; the resolver decides.
   */
  private void switchOf(Expression selector, NodeList<SwitchEntry> entries) {
    selector.accept(this, null);
    TypeExpr selectorType = expressions.of(selector, scope());
    for (SwitchEntry entry : entries) {
      scopes.push();
      for (Expression label : entry.getLabels()) {
        if (label instanceof NameExpr name && scopes.variable(name.getNameAsString()) == null) {
          add(fieldKind(), new TypeExpr.CaseLabel(selectorType, name.getNameAsString(), scope()),
              RefFact.CASE_LABEL, line(label));
        } else {
          label.accept(this, null);
        }
      }
      entry.getGuard().ifPresent(guard -> guard.accept(this, null));
      entry.getStatements().forEach(statement -> statement.accept(this, null));
      scopes.pop();
    }
  }

  @Override
  public void visit(VariableDeclarationExpr n, Void arg) {
    annotations(n.getAnnotations());
    for (VariableDeclarator declarator : n.getVariables()) {
      declarator.getInitializer().ifPresent(value -> value.accept(this, null));
      TypeExpr type;
      if (TypeUse.isInferred(declarator.getType()) && declarator.getInitializer().isPresent()) {
        type = expressions.of(declarator.getInitializer().get(), scope());
        add(DependencyKind.LOCAL_VAR_TYPE, type, null, line(declarator));
      } else {
        addType(declarator.getType(), DependencyKind.LOCAL_VAR_TYPE);
        type = typeUse.of(declarator.getType(), scope());
      }
      scopes.declareVariable(declarator.getNameAsString(), type);
    }
  }

  @Override
  public void visit(LambdaExpr n, Void arg) {
    scopes.push();
    NodeList<Parameter> parameters = n.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      annotations(parameter.getAnnotations());
      TypeExpr type;
      if (parameter.getType().isUnknownType() || TypeUse.isInferred(parameter.getType())) {
        type = expressions.lambdaParameter(n, i, scope());
      } else {
        addType(parameter.getType(), DependencyKind.PARAM_TYPE);
        type = typeUse.of(parameter.getType(), scope());
      }
      scopes.declareVariable(parameter.getNameAsString(), type);
    }
    n.getBody().accept(this, null);
    scopes.pop();
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

  @Override
  public void visit(MethodCallExpr n, Void arg) {
    // A receiver that is a dotted name, such as a.b.C in a.b.C.run(), is not walked on its own:
    // the call's reference carries it, and resolution records any field access inside it once.
    n.getScope().filter(receiver -> !isNameChain(receiver)).ifPresent(r -> r.accept(this, null));
    n.getTypeArguments().ifPresent(args -> args.forEach(t -> addType(t, DependencyKind.TYPE_ARG)));
    for (Expression argument : n.getArguments()) {
      argument.accept(this, null);
    }
    // An unqualified call's target is the call itself, so that the resolver can find the
    // declaring type and share the outcome with calls made on the result.
    TypeExpr target = n.getScope().isPresent()
        ? expressions.of(n.getScope().get(), scope())
        : expressions.callOf(n, scope());
    add(DependencyKind.METHOD_CALL, target, n.getNameAsString(), n.getArguments().size(),
        line(n));
  }

  private boolean isNameChain(Expression expression) {
    List<String> chain = ExpressionTypes.nameChain(expression);
    return chain != null && scopes.variable(chain.get(0)) == null;
  }

  @Override
  public void visit(FieldAccessExpr n, Void arg) {
    List<String> chain = ExpressionTypes.nameChain(n);
    if (chain != null && scopes.variable(chain.get(0)) == null) {
      // A dotted name such as a.b.C.FIELD: the resolve stage splits it into package, type and
      // fields, and records the access on the type it finds.
      add(
          fieldKind(),
          new TypeExpr.Ambiguous(chain, scope()),
          RefFact.NAME_CHAIN,
          line(n));
      return;
    }
    super.visit(n, arg);
    add(fieldKind(), expressions.of(n.getScope(), scope()), n.getNameAsString(), line(n));
  }

  @Override
  public void visit(NameExpr n, Void arg) {
    if (scopes.variable(n.getNameAsString()) == null) {
      add(
          fieldKind(),
          new TypeExpr.Ambiguous(List.of(n.getNameAsString()), scope()),
          RefFact.NAME_CHAIN,
          line(n));
    }
  }

  private DependencyKind fieldKind() {
    return annotationDepth > 0 ? DependencyKind.ANNOTATION_VALUE : DependencyKind.FIELD_ACCESS;
  }

  @Override
  public void visit(MethodReferenceExpr n, Void arg) {
    Expression target = n.getScope();
    n.getTypeArguments().ifPresent(args -> args.forEach(t -> addType(t, DependencyKind.TYPE_ARG)));
    if (target instanceof com.github.javaparser.ast.expr.TypeExpr type) {
      // JavaParser reads the qualifier of registry::find as a type when it could be one; a
      // variable of that name in scope makes it an expression, as the compiler decides.
      if (type.getType() instanceof ClassOrInterfaceType named
          && named.getScope().isEmpty()
          && scopes.variable(named.getNameAsString()) != null) {
        add(DependencyKind.METHOD_REF, scopes.variable(named.getNameAsString()),
            n.getIdentifier(), line(n));
        return;
      }
      addType(type.getType(), DependencyKind.METHOD_REF);
      return;
    }
    if (!isNameChain(target)) {
      target.accept(this, null);
    }
    add(DependencyKind.METHOD_REF, expressions.of(target, scope()), n.getIdentifier(), line(n));
  }

  @Override
  public void visit(ClassExpr n, Void arg) {
    DependencyKind kind =
        annotationDepth > 0 ? DependencyKind.ANNOTATION_VALUE : DependencyKind.CLASS_LITERAL;
    addType(n.getType(), kind);
  }

  @Override
  public void visit(CastExpr n, Void arg) {
    Type type = n.getType();
    if (type instanceof IntersectionType intersection) {
      intersection.getElements().forEach(element -> addType(element, DependencyKind.CAST));
    } else {
      addType(type, DependencyKind.CAST);
    }
    n.getExpression().accept(this, null);
  }

  @Override
  public void visit(InstanceOfExpr n, Void arg) {
    n.getExpression().accept(this, null);
    addType(n.getType(), DependencyKind.INSTANCEOF);
    n.getPattern().ifPresent(pattern -> pattern.accept(this, null));
  }

  @Override
  public void visit(TypePatternExpr n, Void arg) {
    TypeExpr type;
    if (TypeUse.isInferred(n.getType())) {
      type = new TypeExpr.Unknown();
    } else {
      addType(n.getType(), DependencyKind.PATTERN);
      type = typeUse.of(n.getType(), scope());
    }
    scopes.declareVariable(n.getNameAsString(), type);
  }

  @Override
  public void visit(RecordPatternExpr n, Void arg) {
    addType(n.getType(), DependencyKind.PATTERN);
    n.getPatternList().forEach(pattern -> pattern.accept(this, null));
  }

  @Override
  public void visit(ArrayCreationExpr n, Void arg) {
    addType(n.getElementType(), DependencyKind.ARRAY);
    n.getLevels().forEach(level -> level.getDimension().ifPresent(d -> d.accept(this, null)));
    n.getInitializer().ifPresent(initializer -> initializer.accept(this, null));
  }

  @Override
  public void visit(BinaryExpr n, Void arg) {
    if (n.getOperator() == BinaryExpr.Operator.PLUS && !isInsideConcatenation(n)) {
      SqlText.Concatenation concatenation = SqlText.concatenation(n);
      if (concatenation.hasLiteral() && SqlText.looksLikeSql(concatenation.text())) {
        sqlCandidate(concatenation.text(), line(n));
        sqlLiterals.addAll(concatenation.literals());
      }
    }
    super.visit(n, arg);
  }

  private static boolean isInsideConcatenation(BinaryExpr n) {
    return n.getParentNode()
        .filter(BinaryExpr.class::isInstance)
        .map(parent -> ((BinaryExpr) parent).getOperator() == BinaryExpr.Operator.PLUS)
        .orElse(false);
  }

  @Override
  public void visit(StringLiteralExpr n, Void arg) {
    if (!sqlLiterals.contains(n)) {
      sqlCandidate(n.getValue(), line(n));
    }
  }

  @Override
  public void visit(TextBlockLiteralExpr n, Void arg) {
    sqlCandidate(n.getValue(), line(n));
  }

  private void sqlCandidate(String value, int line) {
    if (scope().type() != null && SqlText.looksLikeSql(value)) {
      sql.add(new SqlFact(scope().type(), value, line));
    }
  }

  // Annotations.

  @Override
  public void visit(MarkerAnnotationExpr n, Void arg) {
    addAnnotation(n);
  }

  @Override
  public void visit(SingleMemberAnnotationExpr n, Void arg) {
    addAnnotation(n);
    annotationValue(n.getMemberValue());
  }

  @Override
  public void visit(NormalAnnotationExpr n, Void arg) {
    addAnnotation(n);
    for (MemberValuePair pair : n.getPairs()) {
      annotationValue(pair.getValue());
    }
  }

  private void addAnnotation(AnnotationExpr annotation) {
    DependencyKind kind = DependencyKind.ANNOTATION;
    add(kind, annotationType(annotation), null, line(annotation));
  }

  private TypeExpr annotationType(AnnotationExpr annotation) {
    return new TypeExpr.Named(annotation.getNameAsString(), List.of(), scope());
  }

  private void annotationValue(Expression value) {
    annotationDepth++;
    value.accept(this, null);
    annotationDepth--;
  }

  private void annotations(NodeList<AnnotationExpr> annotations) {
    for (AnnotationExpr annotation : annotations) {
      annotation.accept(this, null);
    }
  }

  // Types in declarations and expressions.

  /**
   * Records a use of a type with the given kind, and of every type in its arguments, bounds and
   * type annotations with the same kind and also as {@link DependencyKind#TYPE_ARG}.
   */
  private void addType(Type type, DependencyKind kind) {
    addType(type, kind, false);
  }

  private void addType(Type type, DependencyKind kind, boolean argument) {
    for (AnnotationExpr annotation : type.getAnnotations()) {
      annotation.accept(this, null);
    }
    if (type instanceof ClassOrInterfaceType named) {
      if (TypeUse.isInferred(named) && kind == DependencyKind.LOCAL_VAR_TYPE) {
        return;
      }
      TypeExpr target = typeUse.of(named, scope());
      add(kind, target, null, line(named));
      if (argument) {
        add(DependencyKind.TYPE_ARG, target, null, line(named));
      }
      ClassOrInterfaceType part = named;
      while (part != null) {
        part.getTypeArguments().ifPresent(args -> args.forEach(a -> addType(a, kind, true)));
        part.getScope().ifPresent(s -> s.getAnnotations().forEach(a -> a.accept(this, null)));
        part = part.getScope().orElse(null);
      }
    } else if (type instanceof ArrayType array) {
      addType(array.getComponentType(), kind, argument);
    } else if (type instanceof WildcardType wildcard) {
      wildcard.getExtendedType().ifPresent(bound -> addType(bound, kind, true));
      wildcard.getSuperType().ifPresent(bound -> addType(bound, kind, true));
    } else if (type instanceof UnionType union) {
      union.getElements().forEach(element -> addType(element, kind, argument));
    } else if (type instanceof IntersectionType intersection) {
      intersection.getElements().forEach(element -> addType(element, kind, argument));
    }
  }

  private void add(DependencyKind kind, TypeExpr target, String member, int line) {
    add(kind, target, member, -1, line);
  }

  private void add(DependencyKind kind, TypeExpr target, String member, int arity, int line) {
    if (target instanceof TypeExpr.Primitive || target instanceof TypeExpr.Variable) {
      return;
    }
    references.add(new RefFact(scope().type(), kind, target, member, arity, line));
  }

  private void javadocOf(Node node) {
    node.getComment()
        .filter(JavadocComment.class::isInstance)
        .ifPresent(
            comment -> {
              for (JavadocReferences.Mention mention : JavadocReferences.of((JavadocComment) comment)) {
                add(
                    DependencyKind.JAVADOC,
                    new TypeExpr.Named(mention.name(), List.of(), scope()),
                    null,
                    mention.line());
              }
            });
  }

  private Scope scope() {
    return typeScopes.peek();
  }

  private static int line(Node node) {
    return node.getBegin().map(position -> position.line).orElse(0);
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

package dev.cleave.parse;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.cleave.model.DependencyKind;
import java.util.List;

/**
 * The part of the fact walk that follows statements and expressions: it keeps the variables in
 * scope, so that a variable's declared type is known where the variable is used, and records
 * calls, field accesses, casts, patterns and the like.
 *
 * <p>JavaParser's visitor adapter walks a node's children in alphabetical order of their
 * property names, which puts a for loop's body before its header. Statements that declare
 * variables are therefore walked here in source order.
 */
abstract class ScopedWalker extends ReferenceRecorder {

  ScopedWalker(FileContext context) {
    super(context);
  }

  // Statements that open a scope.

  @Override
  public void visit(BlockStmt n, Void arg) {
    scopes.push();
    super.visit(n, arg);
    scopes.pop();
  }

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
  void switchOf(Expression selector, NodeList<SwitchEntry> entries) {
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

  boolean isNameChain(Expression expression) {
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
}

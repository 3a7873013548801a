package dev.cleave.parse;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out, as a {@link TypeExpr}, what type an expression has, from the names visible where it
 * is written. Nothing here looks outside the file: what the file cannot tell becomes a field,
 * call or element expression for the resolve stage.
 */
final class ExpressionTypes {

  private static final TypeExpr STRING = new TypeExpr.Known("java.lang.String");
  private static final TypeExpr CLASS = new TypeExpr.Known("java.lang.Class");
  private static final TypeExpr UNKNOWN = new TypeExpr.Unknown();

  private final Scopes scopes;
  private final TypeUse types;
  // Each expression node is typed once and its result shared, so that a chain of n calls costs
  // O(n) and not O(n^2): every call in the chain asks for the type of the calls before it.
  private final java.util.IdentityHashMap<Expression, TypeExpr> cache =
      new java.util.IdentityHashMap<>();

  ExpressionTypes(Scopes scopes, TypeUse types) {
    this.scopes = scopes;
    this.types = types;
  }

  TypeExpr of(Expression expression, Scope scope) {
    TypeExpr cached = cache.get(expression);
    if (cached == null) {
      cached = compute(expression, scope);
      cache.put(expression, cached);
    }
    return cached;
  }

  private TypeExpr compute(Expression expression, Scope scope) {
    if (expression instanceof NameExpr name) {
      return ofName(name.getNameAsString(), scope);
    }
    if (expression instanceof FieldAccessExpr access) {
      return ofFieldAccess(access, scope);
    }
    if (expression instanceof MethodCallExpr call) {
      TypeExpr receiver = call.getScope().map(value -> of(value, scope)).orElse(null);
      return new TypeExpr.CallOf(
          receiver, call.getNameAsString(), call.getArguments().size(), scope);
    }
    if (expression instanceof ObjectCreationExpr creation) {
      return types.of(creation.getType(), scope);
    }
    if (expression instanceof CastExpr cast) {
      return types.of(cast.getType(), scope);
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return of(enclosed.getInner(), scope);
    }
    if (expression instanceof ConditionalExpr conditional) {
      Expression branch =
          conditional.getThenExpr() instanceof NullLiteralExpr
              ? conditional.getElseExpr()
              : conditional.getThenExpr();
      return of(branch, scope);
    }
    if (expression instanceof ThisExpr self) {
      return new TypeExpr.This(enclosingNamed(self.getTypeName().map(Node::toString), scope));
    }
    if (expression instanceof SuperExpr) {
      return new TypeExpr.Super(scope.type());
    }
    if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
      return STRING;
    }
    if (expression instanceof LiteralExpr) {
      return new TypeExpr.Primitive("literal");
    }
    if (expression instanceof ArrayAccessExpr access) {
      return new TypeExpr.ElementOf(of(access.getName(), scope));
    }
    if (expression instanceof ArrayCreationExpr creation) {
      TypeExpr type = types.of(creation.getElementType(), scope);
      for (int i = 0; i < creation.getLevels().size(); i++) {
        type = new TypeExpr.Array(type);
      }
      return type;
    }
    if (expression instanceof ClassExpr) {
      return CLASS;
    }
    if (expression instanceof AssignExpr assign) {
      return of(assign.getTarget(), scope);
    }
    if (expression instanceof BinaryExpr binary) {
      return ofBinary(binary, scope);
    }
    return UNKNOWN;
  }

  /** Returns the call expression for a method call, the receiver being typed first. */
  TypeExpr.CallOf callOf(MethodCallExpr call, Scope scope) {
    return (TypeExpr.CallOf) of(call, scope);
  }

  /**
   * Returns the type of a lambda parameter from the call the lambda is passed to, or unknown
   * when the lambda is not a call argument.
   */
  TypeExpr lambdaParameter(LambdaExpr lambda, int parameter, Scope scope) {
    Optional<Node> parent = lambda.getParentNode();
    if (parent.isPresent() && parent.get() instanceof MethodCallExpr call) {
      int argument = call.getArguments().indexOf(lambda);
      if (argument >= 0) {
        return new TypeExpr.LambdaParameter(callOf(call, scope), argument, parameter);
      }
    }
    return UNKNOWN;
  }

  private TypeExpr ofName(String name, Scope scope) {
    TypeExpr variable = scopes.variable(name);
    if (variable != null) {
      return variable;
    }
    return new TypeExpr.Ambiguous(List.of(name), scope);
  }

  private TypeExpr ofFieldAccess(FieldAccessExpr access, Scope scope) {
    List<String> parts = nameChain(access);
    if (parts != null && scopes.variable(parts.get(0)) == null) {
      return new TypeExpr.Ambiguous(parts, scope);
    }
    if (access.getNameAsString().equals("length")) {
      TypeExpr receiver = of(access.getScope(), scope);
      if (receiver instanceof TypeExpr.Array) {
        return new TypeExpr.Primitive("int");
      }
      return new TypeExpr.FieldOf(receiver, "length");
    }
    return new TypeExpr.FieldOf(of(access.getScope(), scope), access.getNameAsString());
  }

  /** Returns {@code [a, b, c]} for {@code a.b.c} made only of names, or {@code null}. */
  static List<String> nameChain(Expression expression) {
    List<String> parts = new ArrayList<>();
    Expression current = expression;
    while (current instanceof FieldAccessExpr access) {
      if (access.getTypeArguments().isPresent()) {
        return null;
      }
      parts.add(0, access.getNameAsString());
      current = access.getScope();
    }
    if (!(current instanceof NameExpr name)) {
      return null;
    }
    parts.add(0, name.getNameAsString());
    return parts;
  }

  private TypeExpr ofBinary(BinaryExpr binary, Scope scope) {
    if (binary.getOperator() != BinaryExpr.Operator.PLUS) {
      return new TypeExpr.Primitive("operator");
    }
    // Only the left operand is looked at: a deep chain of string concatenation is left-deep,
    // and looking at both sides of every level would be quadratic in its depth.
    Expression left = binary.getLeft();
    while (left instanceof BinaryExpr inner && inner.getOperator() == BinaryExpr.Operator.PLUS) {
      left = inner.getLeft();
    }
    if (left instanceof StringLiteralExpr || binary.getRight() instanceof StringLiteralExpr) {
      return STRING;
    }
    return UNKNOWN;
  }

  /** Returns the binary name of the enclosing type that {@code Outer.this} names. */
  private static String enclosingNamed(Optional<String> qualifier, Scope scope) {
    if (qualifier.isEmpty() || scope.type() == null) {
      return scope.type();
    }
    String wanted = qualifier.get();
    String simple = wanted.substring(wanted.lastIndexOf('.') + 1);
    String candidate = scope.type();
    while (candidate != null) {
      String name = candidate.substring(Math.max(candidate.lastIndexOf('$'), candidate.lastIndexOf('.')) + 1);
      if (name.equals(simple)) {
        return candidate;
      }
      int dollar = candidate.lastIndexOf('$');
      candidate = dollar < 0 ? null : candidate.substring(0, dollar);
    }
    return scope.type();
  }
}

package dev.cleave.parse;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the places where code may change a field, for finding mutable static state.
 *
 * <p>Three forms count: an assignment to a name or field access (or to an element of one), an
 * increment or decrement of one, and a call of a mutating collection, map, reference or
 * thread-local method on one ({@link #MUTATORS}). A name that the enclosing method declares as a
 * local variable, parameter or pattern variable anywhere in its body is taken to be that variable,
 * not a field. Cost O(n) in the nodes of the unit, plus the local names of each method that
 * contains a write.
 */
final class FieldWrites {

  /** Methods that change the collection, map, reference or thread-local they are called on. */
  static final Set<String> MUTATORS = Set.of("put", "putAll", "putIfAbsent", "remove", "clear",
      "add", "addAll", "removeAll", "retainAll", "removeIf", "replaceAll", "compute",
      "computeIfAbsent", "computeIfPresent", "merge", "replace", "set", "offer", "poll", "push",
      "pop", "addFirst", "addLast", "removeFirst", "removeLast", "sort", "getAndSet",
      "compareAndSet", "lazySet", "incrementAndGet", "decrementAndGet", "getAndIncrement",
      "getAndDecrement", "addAndGet", "getAndAdd", "updateAndGet", "getAndUpdate",
      "accumulateAndGet", "getAndAccumulate", "increment", "decrement", "reset");

  private FieldWrites() {}

  private final List<FieldWrite> writes = new ArrayList<>();
  private final Map<Node, Set<String>> localsByCallable = new IdentityHashMap<>();

  static List<FieldWrite> of(CompilationUnit unit) {
    FieldWrites collector = new FieldWrites();
    for (AssignExpr assign : unit.findAll(AssignExpr.class)) {
      collector.add(assign, assign.getTarget(), null);
    }
    for (UnaryExpr unary : unit.findAll(UnaryExpr.class)) {
      UnaryExpr.Operator operator = unary.getOperator();
      if (operator.isPostfix() || operator == UnaryExpr.Operator.PREFIX_INCREMENT
          || operator == UnaryExpr.Operator.PREFIX_DECREMENT) {
        collector.add(unary, unary.getExpression(), null);
      }
    }
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      if (MUTATORS.contains(call.getNameAsString()) && call.getScope().isPresent()) {
        collector.add(call, call.getScope().get(), call.getNameAsString());
      }
    }
    return collector.writes;
  }

  private void add(Node at, Expression written, String mutator) {
    Expression target = written;
    // An element assignment changes the array; a method called on an element does not.
    while (mutator == null && target instanceof ArrayAccessExpr access) {
      target = access.getName();
    }
    List<String> chain = chain(target);
    if (chain == null) {
      return;
    }
    Enclosing enclosing = enclosing(at);
    if (enclosing == null) {
      return;
    }
    Set<String> locals = localsByCallable.computeIfAbsent(enclosing.callable(),
        FieldWrites::locals);
    if (!chain.get(0).equals("this") && locals.contains(chain.get(0))) {
      return;
    }
    int line = at.getBegin().map(p -> p.line).orElse(0);
    writes.add(new FieldWrite(enclosing.owner(), enclosing.method(), enclosing.annotated(),
        chain, mutator, line));
  }

  /** Returns {@code [a, b]} for {@code a.b}, {@code [this, b]} for {@code this.b}, or null. */
  private static List<String> chain(Expression expression) {
    List<String> parts = new ArrayList<>();
    Expression current = expression;
    while (current instanceof FieldAccessExpr access) {
      parts.add(0, access.getNameAsString());
      current = access.getScope();
    }
    if (current instanceof NameExpr name) {
      parts.add(0, name.getNameAsString());
      return parts;
    }
    if (current instanceof ThisExpr && !parts.isEmpty()) {
      parts.add(0, "this");
      return parts;
    }
    return null;
  }

  /** The top-level type and outermost method around a node. */
  private record Enclosing(String owner, Node callable, String method, boolean annotated) {}

  private static Enclosing enclosing(Node node) {
    Node callable = null;
    Node current = node;
    TypeDeclaration<?> top = null;
    while (current != null) {
      if (current instanceof CallableDeclaration<?> || current instanceof InitializerDeclaration
          || current instanceof FieldDeclaration) {
        callable = current;
      }
      if (current instanceof TypeDeclaration<?> type && type.isTopLevelType()) {
        top = type;
      }
      current = current.getParentNode().orElse(null);
    }
    if (top == null || callable == null || top.getFullyQualifiedName().isEmpty()) {
      return null;
    }
    String owner = top.getFullyQualifiedName().get();
    if (callable instanceof MethodDeclaration method) {
      return new Enclosing(owner, method, method.getNameAsString(),
          method.getAnnotations().isNonEmpty());
    }
    if (callable instanceof ConstructorDeclaration constructor) {
      return new Enclosing(owner, constructor, FieldWrite.CONSTRUCTOR,
          constructor.getAnnotations().isNonEmpty());
    }
    boolean isStatic = callable instanceof InitializerDeclaration initializer
        ? initializer.isStatic() : ((FieldDeclaration) callable).isStatic();
    return new Enclosing(owner, callable,
        isStatic ? FieldWrite.STATIC_INITIALIZER : FieldWrite.CONSTRUCTOR, false);
  }

  private static Set<String> locals(Node callable) {
    Set<String> names = new HashSet<>();
    callable.findAll(VariableDeclarator.class).forEach(v -> {
      if (!(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
        names.add(v.getNameAsString());
      }
    });
    callable.findAll(Parameter.class).forEach(p -> names.add(p.getNameAsString()));
    callable.findAll(PatternExpr.class).forEach(p -> p.toTypePatternExpr()
        .ifPresent(type -> names.add(type.getNameAsString())));
    return names;
  }
}

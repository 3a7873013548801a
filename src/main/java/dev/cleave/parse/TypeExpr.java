package dev.cleave.parse;

import java.util.List;

/**
 * The type of a name or expression, stated in the terms the source uses, for the resolve stage
 * to work out.
 *
 * <p>Parsing sees one file at a time, so it cannot know what {@code Invoice} or {@code
 * registry.current()} denote. It records how the type could be found instead: a type name as
 * written in a given scope, the type of a field or of a method's result on some other type
 * expression, and so on. The resolve stage evaluates these expressions against the types of the
 * whole project and of the JDK.
 */
public sealed interface TypeExpr {

  /** A type whose name is unknowable from the source, such as the result of an untyped lambda. */
  record Unknown() implements TypeExpr {}

  /** The type as written, possibly qualified, with its type arguments. */
  record Named(String written, List<TypeExpr> arguments, Scope scope) implements TypeExpr {
    public Named {
      arguments = List.copyOf(arguments);
    }
  }

  /** A primitive type or {@code void}: never a dependency. */
  record Primitive(String name) implements TypeExpr {}

  /** A type variable of the enclosing type, substituted from the receiver's type arguments. */
  record Variable(String name, String declaringType) implements TypeExpr {}

  /** An array of the component type. */
  record Array(TypeExpr component) implements TypeExpr {}

  /**
   * A dotted name in an expression, such as {@code a.b.C.D}, whose first part is no variable
   * visible in the file: it may be an inherited field, a statically imported field, a type, or a
   * package followed by types, as JLS 6.5.2 describes.
   */
  record Ambiguous(List<String> parts, Scope scope) implements TypeExpr {
    public Ambiguous {
      parts = List.copyOf(parts);
    }
  }

  /** The type of field {@code name} of the receiver's type. */
  record FieldOf(TypeExpr receiver, String name) implements TypeExpr {}

  /**
   * The result type of calling {@code name} with {@code arity} arguments on the receiver, or,
   * when the receiver is {@code null}, of an unqualified call in the given scope: a method of the
   * enclosing types or a statically imported one.
   */
  record CallOf(TypeExpr receiver, String name, int arity, Scope scope) implements TypeExpr {}

  /** The element type of an array, an {@code Iterable} or a similar container. */
  record ElementOf(TypeExpr container) implements TypeExpr {}

  /**
   * The type of parameter {@code parameter} of a lambda passed as argument {@code argument} to
   * the call {@code call}.
   */
  record LambdaParameter(CallOf call, int argument, int parameter) implements TypeExpr {}

  /**
   * A simple name in a switch label: a constant of the selector's type if that is an enum,
   * otherwise a name in the given scope.
   */
  record CaseLabel(TypeExpr selector, String name, Scope scope) implements TypeExpr {}

  /** {@code this} or an enclosing instance of the given type. */
  record This(String type) implements TypeExpr {}

  /** {@code super} seen from the given type. */
  record Super(String type) implements TypeExpr {}

  /** A type known by its binary name, such as {@code java.lang.String} for a string literal. */
  record Known(String binaryName) implements TypeExpr {}
}

package dev.cleave.parse;

import java.util.List;

/**
 * A method, with what call resolution needs: its name, parameter count and result type.
 *
 * @param name the method name
 * @param parameters the declared parameter types
 * @param varargs whether the last parameter is variable arity
 * @param returnType the declared result type; {@code void} is a {@link TypeExpr.Primitive}
 * @param isStatic whether it is static
 * @param line the line of the declaration, 0 for a method that Lombok would generate
 */
public record MethodFact(
    String name,
    List<TypeExpr> parameters,
    boolean varargs,
    TypeExpr returnType,
    boolean isStatic,
    int line) {

  public MethodFact {
    parameters = List.copyOf(parameters);
  }

  /** Returns the number of declared parameters. */
  public int arity() {
    return parameters.size();
  }

  /** Returns whether a call with the given number of arguments can select this method. */
  public boolean accepts(int arguments) {
    return varargs ? arguments >= arity() - 1 : arguments == arity();
  }
}

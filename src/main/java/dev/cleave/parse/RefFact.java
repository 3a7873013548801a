package dev.cleave.parse;

import dev.cleave.model.DependencyKind;

/**
 * One place where code names or uses a type.
 *
 * <p>For a call or a field access, {@code target} is the receiver: the expression before the
 * dot. For an unqualified call it is the call itself, a {@link TypeExpr.CallOf} without a
 * receiver. The resolve stage decides whether a receiver is a type (a static call) or a value.
 *
 * @param from the binary name of the innermost named type around the reference, or {@code null}
 *     for package and module declarations
 * @param kind the construct
 * @param target the type referred to, or the receiver of a member access
 * @param member the method or field name for calls and accesses, else {@code null}
 * @param arity the number of arguments of a call, else -1
 * @param line the line of the reference
 */
public record RefFact(
    String from, DependencyKind kind, TypeExpr target, String member, int arity, int line) {

  /** The member name of the reference from an anonymous class to the type it extends. */
  public static final String ANONYMOUS = "<anonymous>";

  /**
   * The member name of a reference whose target is a dotted name, such as {@code a.B.C}: the
   * resolve stage splits it into package, type and fields and records each field access.
   */
  public static final String NAME_CHAIN = "<name>";

  /** The member name of a reference from a simple name in a switch label. */
  public static final String CASE_LABEL = "<case>";
}

package dev.cleave.parse;

import java.util.List;

/**
 * A place where code may change a field: an assignment, an increment, or a call of a mutating
 * method such as {@code put} or {@code set} on it.
 *
 * <p>The field is named as written, so the plan stage decides which declared field it is. A
 * name that is a local variable or parameter of the enclosing method is not recorded.
 *
 * @param owner the binary name of the top-level type whose code contains the write
 * @param method the outermost method around it; {@code <init>} for constructors and instance
 *     initializers, {@code <clinit>} for static initializers and static field initializers
 * @param annotatedMethod whether that method carries an annotation, such as {@code @Override}
 *     or {@code @PostConstruct}, which suggests that a framework calls it
 * @param target the written name as a chain, such as {@code [vatRates]},
 *     {@code [this, vatRates]} or {@code [ReferenceDataCache, CATEGORY_NAMES]}
 * @param mutator the mutating method called on the field, or {@code null} for an assignment or
 *     increment
 * @param line the line of the write
 */
public record FieldWrite(
    String owner,
    String method,
    boolean annotatedMethod,
    List<String> target,
    String mutator,
    int line) {

  /** The method name of constructors and instance initializers. */
  public static final String CONSTRUCTOR = "<init>";

  /** The method name of static initializers and static field initializers. */
  public static final String STATIC_INITIALIZER = "<clinit>";

  public FieldWrite {
    target = List.copyOf(target);
  }

  /** Returns the written field's simple name: the last part of the target. */
  public String field() {
    return target.get(target.size() - 1);
  }
}

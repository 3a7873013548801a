package dev.cleave.model;

/**
 * The dependencies of the classes of one package on those of another, summed.
 *
 * @param source the depending package
 * @param target the package depended on
 * @param weight the number of code references, Javadoc left out
 * @param classPairs the number of class-to-class dependencies behind it
 */
public record PackageDependency(String source, String target, int weight, int classPairs) {}

package dev.cleave.model;

/**
 * The dependencies between the classes of two services, summed: what the cut between them
 * would turn into remote calls or shared code.
 *
 * @param source the depending service
 * @param target the service depended on
 * @param weight the number of code references
 * @param calls the number of those references that are calls or member accesses
 * @param classPairs the number of class-to-class dependencies behind it
 */
public record ServiceDependency(
    String source, String target, int weight, int calls, int classPairs) {}

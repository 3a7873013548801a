package dev.cleave.graph;

import dev.cleave.model.PackageDependency;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The class and package graphs of a project.
 *
 * <p>Both are directed and weighted by the number of code references, Javadoc left out. Their
 * vertices are class ids and package names; every class is a vertex, with or without edges.
 *
 * @param classes the class graph
 * @param packages the package graph
 * @param packageDependencies the package graph's edges as values, sorted
 * @param packageCycles the packages in each cycle, each sorted, largest cycle first
 */
public record DependencyGraphs(
    Graph<String, DefaultWeightedEdge> classes,
    Graph<String, DefaultWeightedEdge> packages,
    List<PackageDependency> packageDependencies,
    List<List<String>> packageCycles) {}

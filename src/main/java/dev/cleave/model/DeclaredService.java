package dev.cleave.model;

import java.util.List;

/**
 * A service that a project declares in {@code cleave.yaml}: its classes, its owner, its tier and
 * the services it may depend on.
 *
 * <p>Classes are matched by the most specific pattern of any service or shared library: a
 * {@code classes} pattern beats a {@code packages} pattern, and a longer package beats a shorter
 * one.
 *
 * @param name the service's name, unique among services and shared libraries
 * @param team the owning team; blank entries are dropped, and several entries, or one entry
 *     naming several teams separated by commas, break single-team ownership
 * @param tier how critical the service is, from 1 (its failure takes the business down) to 4
 *     (internal, no customer impact), or {@code null} when not declared
 * @param packages packages whose classes belong to the service, subpackages included
 * @param classes binary class names or globs over them: {@code *} matches within one package
 *     segment, {@code **} across segments
 * @param allowedDependencies the services and shared libraries this service may depend on
 */
public record DeclaredService(
    String name,
    List<String> team,
    Integer tier,
    List<String> packages,
    List<String> classes,
    List<AllowedDependency> allowedDependencies) {

  /** The highest tier: failure takes the business down. */
  public static final int HIGHEST_TIER = 1;

  /** The lowest tier: internal, no customer impact. */
  public static final int LOWEST_TIER = 4;

  public DeclaredService {
    team = team == null ? List.of()
        : team.stream().filter(t -> t != null && !t.isBlank()).toList();
    packages = packages == null ? List.of() : List.copyOf(packages);
    classes = classes == null ? List.of() : List.copyOf(classes);
    allowedDependencies = allowedDependencies == null ? List.of() : List.copyOf(allowedDependencies);
  }

  /** Returns the declared dependency on the named service, or {@code null} if it is not allowed. */
  public AllowedDependency allowed(String target) {
    for (AllowedDependency dependency : allowedDependencies) {
      if (dependency.service().equals(target)) {
        return dependency;
      }
    }
    return null;
  }
}

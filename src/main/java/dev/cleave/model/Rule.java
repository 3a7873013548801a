package dev.cleave.model;

/**
 * A rule of a project's declared boundaries, with the stable identifier that output formats,
 * baselines and build logs use.
 */
public enum Rule {
  FORBIDDEN_DEPENDENCY(
      "forbidden-dependency",
      "A class depends on a class of another service that its service may not depend on.",
      "Each declared service lists the services it may depend on under allowedDependencies;"
          + " any other dependency between services, or of a shared library on a service,"
          + " couples code that the declaration keeps apart."),
  SERVICE_CYCLE(
      "service-cycle",
      "Services depend on each other in a cycle.",
      "Services in a dependency cycle cannot be released, deployed or failed independently;"
          + " at least one dependency of the cycle has to be removed or inverted."),
  UNASSIGNED_CLASS(
      "unassigned-class",
      "A class belongs to no declared service or shared library.",
      "Every class needs an owner: add a package or class pattern that matches it to a"
          + " service or shared library in cleave.yaml."),
  AMBIGUOUS_CLASS(
      "ambiguous-class",
      "A class matches equally specific patterns of two services or shared libraries.",
      "The declaration must put every class in exactly one place: make one of the patterns"
          + " more specific."),
  OWNERSHIP(
      "ownership",
      "A service does not have exactly one owning team.",
      "Every service is owned by exactly one team, which builds it, runs it and is paged for"
          + " it; a team may own several services, but a service never has two owners."),
  TIER_INVERSION(
      "tier-inversion",
      "A service depends synchronously on a service of a lower tier.",
      "A service of a higher tier (tier 1 is the highest) must not fail when a less critical"
          + " service fails: the dependency needs asynchronous calls or a fallback, declared"
          + " as mode: async or mode: fallback.");

  private final String id;
  private final String summary;
  private final String explanation;

  Rule(String id, String summary, String explanation) {
    this.id = id;
    this.summary = summary;
    this.explanation = explanation;
  }

  /** Returns the stable identifier, such as {@code forbidden-dependency}. */
  public String id() {
    return id;
  }

  /** Returns a one-sentence description of what the rule finds. */
  public String summary() {
    return summary;
  }

  /** Returns why the rule exists and how a violation is usually fixed. */
  public String explanation() {
    return explanation;
  }

  /** Returns the rule with the identifier, or {@code null} if there is none. */
  public static Rule byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    return null;
  }
}

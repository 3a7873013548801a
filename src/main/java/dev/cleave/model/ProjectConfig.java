package dev.cleave.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The settings a project declares in its {@code cleave.yaml}.
 *
 * <p>Each section belongs to one concern; a section the file leaves out has its defaults. The
 * YAML keys are the component names.
 *
 * @param analysis which files to analyse and how to read them
 * @param clustering how services are proposed
 * @param services the services the project has agreed on; when there are any, Cleave checks the
 *     code against them instead of proposing services from scratch
 * @param sharedLibraries shared code that every declared service may use
 */
public record ProjectConfig(
    Analysis analysis,
    Clustering clustering,
    List<DeclaredService> services,
    List<DeclaredLibrary> sharedLibraries) {

  /** The name of the configuration file at the root of an analysed project. */
  public static final String FILE_NAME = "cleave.yaml";

  public ProjectConfig {
    analysis = analysis == null ? Analysis.DEFAULT : analysis;
    clustering = clustering == null ? Clustering.DEFAULT : clustering;
    services = services == null ? List.of() : List.copyOf(services);
    sharedLibraries = sharedLibraries == null ? List.of() : List.copyOf(sharedLibraries);
  }

  /** Returns the configuration of a project without {@code cleave.yaml}. */
  public static ProjectConfig defaults() {
    return new ProjectConfig(null, null, null, null);
  }

  /** Returns whether the file declares services, so that the code is checked against them. */
  public boolean declaresServices() {
    return !services.isEmpty();
  }

  /** Returns these settings with another analysis section. */
  public ProjectConfig withAnalysis(Analysis value) {
    return new ProjectConfig(value, clustering, services, sharedLibraries);
  }

  /** Returns these settings without the declared services and shared libraries. */
  public ProjectConfig withoutDeclaration() {
    return new ProjectConfig(analysis, clustering, null, null);
  }

  /**
   * Which files to analyse and how to read them.
   *
   * @param includeTests whether test sources are analysed, unless the command line says
   * @param encoding the encoding of all sources, or {@code null} for the build's
   * @param include glob patterns of paths, relative to the root, to analyse; when there are
   *     none, every Java file is a candidate
   * @param exclude glob patterns of paths, relative to the root, that are left out
   */
  public record Analysis(
      Boolean includeTests, String encoding, List<String> include, List<String> exclude) {

    static final Analysis DEFAULT = new Analysis(null, null, List.of(), List.of());

    public Analysis {
      include = include == null ? List.of() : List.copyOf(include);
      exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
  }

  /**
   * How services are proposed. Every setting left out has the default that the clustering
   * stage documents; the command line overrides the number of services and the size limits.
   *
   * <p>Class patterns name a class by its binary name ({@code com.acme.Invoice}), the classes of
   * one package ({@code com.acme.billing.*}), or a package with its subpackages
   * ({@code com.acme.billing.**}).
   *
   * @param weights the weight of each signal; 0 switches a signal off
   * @param resolution a fixed modularity resolution, instead of the automatic choice
   * @param services the number of services to aim for
   * @param minServiceSize the fewest classes a service may have
   * @param maxServiceSize the most classes a service may have
   * @param sharedLibrary when a class goes to the shared library
   * @param pin class patterns to put in the named service, by service name
   * @param together groups of class patterns to keep in one service
   * @param apart groups of class patterns to keep in different services, pairwise
   */
  public record Clustering(
      Weights weights,
      Double resolution,
      Integer services,
      Integer minServiceSize,
      Integer maxServiceSize,
      SharedLibrarySettings sharedLibrary,
      Map<String, List<String>> pin,
      List<List<String>> together,
      List<List<String>> apart) {

    static final Clustering DEFAULT =
        new Clustering(null, null, null, null, null, null, null, null, null);

    public Clustering {
      weights = weights == null ? Weights.DEFAULT : weights;
      sharedLibrary = sharedLibrary == null ? SharedLibrarySettings.DEFAULT : sharedLibrary;
      SortedMap<String, List<String>> pins = new TreeMap<>();
      if (pin != null) {
        pin.forEach((service, patterns) -> pins.put(service, List.copyOf(patterns)));
      }
      pin = Collections.unmodifiableSortedMap(pins);
      together = together == null ? List.of() : together.stream().map(List::copyOf).toList();
      apart = apart == null ? List.of() : apart.stream().map(List::copyOf).toList();
    }
  }

  /**
   * The weight of each clustering signal; a signal left out has its default weight.
   *
   * @param structural static dependencies between the classes
   * @param coChange classes changed in the same commits
   * @param authors classes changed by the same people
   * @param data classes that touch the same tables
   * @param useCases classes reached from the same entry points
   * @param vocabulary classes whose identifiers use the same words
   * @param names classes named after another class and a role word
   * @param packages classes of one package
   */
  public record Weights(
      Double structural,
      Double coChange,
      Double authors,
      Double data,
      Double useCases,
      Double vocabulary,
      Double names,
      Double packages) {

    static final Weights DEFAULT = new Weights(null, null, null, null, null, null, null, null);
  }

  /**
   * When a class goes to the shared library instead of a service.
   *
   * @param minServices the fewest services that must use a class; 0 proposes no shared library
   */
  public record SharedLibrarySettings(Integer minServices) {

    static final SharedLibrarySettings DEFAULT = new SharedLibrarySettings(null);
  }
}

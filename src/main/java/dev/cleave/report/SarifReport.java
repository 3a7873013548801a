package dev.cleave.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.model.Analysis;
import dev.cleave.model.Location;
import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Writes the violations of the declared boundaries as a SARIF 2.1.0 log, {@code cleave.sarif},
 * for code-scanning tools and IDEs.
 *
 * <p>The log has one run. Its driver lists every rule, in the order of {@link Rule}, so a
 * result's {@code ruleIndex} is the rule's ordinal. Paths are URIs relative to the analysed
 * folder, under the base id {@value #ROOT_BASE_ID}. A violation that the baseline accepts is a
 * result with an external suppression. Each result carries its key as a partial fingerprint,
 * so tools can follow it across runs. The log holds no absolute path and no time, so the same
 * analysis gives the same bytes. Format: OASIS Static Analysis Results Interchange Format
 * (SARIF) Version 2.1.0.
 */
public final class SarifReport {

  /** The SARIF version written. */
  static final String SARIF_VERSION = "2.1.0";

  /** The JSON schema of that version, as its specification publishes it. */
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The base id that result paths are relative to: the analysed folder. */
  static final String ROOT_BASE_ID = "%SRCROOT%";

  /** The name under which a result's key is its partial fingerprint. */
  static final String FINGERPRINT = "cleaveKey/v1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SarifReport() {}

  /** Returns the log as text, indented by two spaces, ending in a line break. */
  public static String write(Analysis analysis, String version) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return MAPPER.writer(printer).writeValueAsString(log(analysis, version)) + "\n";
  }

  static ObjectNode log(Analysis analysis, String version) {
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", SARIF_VERSION);
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Cleave");
    driver.put("version", version);
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      rules.add(rule(rule));
    }
    run.putObject("originalUriBaseIds").putObject(ROOT_BASE_ID).putObject("description")
        .put("text", "The analysed folder.");
    ArrayNode results = run.putArray("results");
    for (Violation violation : analysis.conformance().violations()) {
      results.add(result(violation));
    }
    return log;
  }

  private static ObjectNode rule(Rule rule) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", rule.id());
    node.put("name", pascal(rule.id()));
    node.putObject("shortDescription").put("text", rule.summary());
    node.putObject("fullDescription").put("text", rule.explanation());
    node.putObject("defaultConfiguration").put("level", "error");
    return node;
  }

  private static ObjectNode result(Violation violation) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("ruleId", violation.rule().id());
    node.put("ruleIndex", violation.rule().ordinal());
    node.put("level", "error");
    node.putObject("message").put("text", violation.message());
    Location location = violation.location();
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(location.path()));
    if (!location.path().startsWith("/")) {
      artifact.put("uriBaseId", ROOT_BASE_ID);
    }
    if (location.line() > 0) {
      physical.putObject("region").put("startLine", location.line());
    }
    node.putObject("partialFingerprints").put(FINGERPRINT, violation.key());
    if (violation.baselined()) {
      node.putArray("suppressions").addObject()
          .put("kind", "external")
          .put("justification", "accepted in the baseline file");
    }
    return node;
  }

  /**
   * Returns the path as a URI reference: characters that URIs do not allow, non-ASCII letters
   * included, are percent-encoded, and a colon in the first segment is kept from reading as a
   * scheme.
   */
  static String uri(String path) {
    String safe = path;
    int colon = path.indexOf(':');
    int slash = path.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      safe = "./" + path;
    }
    try {
      return new URI(null, null, safe, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot turn the path " + path + " into a URI", e);
    }
  }

  /** Returns {@code forbidden-dependency} as {@code ForbiddenDependency}. */
  private static String pascal(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }
}

package dev.cleave.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.cleave.model.ProjectConfig;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a {@link ProjectConfig} as the text of a {@code cleave.yaml} that a team can edit.
 *
 * <p>Every section of the settings is written with every key, defaults included, so the file
 * shows what can be set. An allowed dependency with synchronous calls is written as the bare
 * service name; enum values are written in lower case, as people type them; a service without
 * a team gets {@code team: ""}, a blank to fill in.
 */
public final class DeclarationYaml {

  /** The lines at the top of the file, which say what it is and what to do with it. */
  static final String HEADER = """
      # The services of this project, as Cleave declares them. Edit this file: rename services,
      # move packages and classes between them, set each service's owning team and tier
      # (1 = its failure takes the business down ... 4 = internal), and list the services each
      # may depend on. Then run `cleave check` to check the code against it.
      # A class goes to the service or shared library whose pattern matches it most
      # specifically: a class name beats a glob, which beats a package; a longer package beats
      # a shorter one. The configuration reference lists every key with its default.
      """;

  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .build());

  private DeclarationYaml() {}

  /** Returns the settings as YAML text, with the explaining header. */
  public static String write(ProjectConfig config) throws IOException {
    ObjectNode tree = YAML.valueToTree(config);
    simplify(tree);
    return HEADER + YAML.writeValueAsString(tree);
  }

  /** Writes bare names for synchronous dependencies and lower-case enum values, recursively. */
  private static void simplify(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("team").isArray() && object.get("team").isEmpty()) {
        object.put("team", "");
      }
      if (object.has("mode") && object.get("mode").isTextual()) {
        object.put("mode", object.get("mode").asText().toLowerCase(Locale.ROOT));
      }
      object.properties().forEach(entry -> simplify(entry.getValue()));
      JsonNode allowed = object.get("allowedDependencies");
      if (allowed instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          JsonNode item = array.get(i);
          if ("sync".equals(item.path("mode").asText())) {
            array.set(i, array.textNode(item.path("service").asText()));
          }
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(DeclarationYaml::simplify);
    }
  }
}

package dev.cleave.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cleave.model.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Reads a {@code cleave.yaml} into {@link ProjectConfig}.
 *
 * <p>Unknown keys are errors, not silently ignored: a misspelt key would otherwise leave a
 * setting at its default without a word. The error names the file, the line, the key and the
 * keys that are allowed there.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ConfigLoader() {}

  /** Reads the file, or returns the defaults if it does not exist. */
  public static ProjectConfig load(Path file) throws ConfigException {
    if (!Files.exists(file)) {
      return ProjectConfig.defaults();
    }
    try {
      String text = Files.readString(file);
      if (text.isBlank()) {
        return ProjectConfig.defaults();
      }
      ProjectConfig config = YAML.readValue(text, ProjectConfig.class);
      return config == null ? ProjectConfig.defaults() : config;
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(file, keyLine(file, e), "unknown key '"
          + e.getPropertyName() + "'; the keys allowed here are: " + known(e.getKnownPropertyIds()));
    } catch (JsonProcessingException e) {
      throw new ConfigException(file, line(e.getLocation()), e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file, 0, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Returns the line of the unknown key. Jackson reports where its parser stopped, which can
   * be a line after the key, so the key is looked for from the start of the mapping instead.
   */
  private static int keyLine(Path file, UnrecognizedPropertyException e) {
    int reported = line(e.getLocation());
    try {
      java.util.List<String> lines = Files.readAllLines(file);
      String key = e.getPropertyName();
      for (int i = Math.min(reported, lines.size()) - 1; i >= 0; i--) {
        String text = lines.get(i).strip();
        if (text.startsWith(key + ":") || text.startsWith("- " + key + ":")
            || text.startsWith("\"" + key + "\":") || text.startsWith("'" + key + "':")) {
          return i + 1;
        }
      }
    } catch (IOException ignored) {
      // The file was just read; if it cannot be read again, the reported line stands.
    }
    return reported;
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : location.getLineNr();
  }

  private static String known(Collection<Object> ids) {
    TreeSet<String> names = new TreeSet<>();
    if (ids != null) {
      ids.forEach(id -> names.add(String.valueOf(id)));
    }
    return String.join(", ", names);
  }
}

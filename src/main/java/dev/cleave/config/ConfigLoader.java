package dev.cleave.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cleave.model.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Reads a {@code cleave.yaml} into {@link ProjectConfig}.
 *
 * <p>Unknown keys are errors, not silently ignored: a misspelt key would otherwise leave a
 * setting at its default without a word. The error names the file, the line, the key and the
 * keys that are allowed there.
 */
public final class ConfigLoader {

  /**
   * Reads YAML strictly, except that a single value stands for a list of one, so that
   * {@code team: payments} and {@code team: [payments]} mean the same, and enum values ignore
   * case, so that {@code mode: async} reads as {@code ASYNC}.
   */
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .build();

  private ConfigLoader() {}

  /**
   * Reads the file, or returns the defaults if it does not exist. The declared services and
   * shared libraries are validated; a problem is reported with the line it is on.
   */
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
      if (config == null) {
        return ProjectConfig.defaults();
      }
      new DeclarationValidator(file, ConfigLines.of(text)).validate(config);
      return config;
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(file, keyLine(file, e), "unknown key '"
          + e.getPropertyName() + "'; the keys allowed here are: " + known(e.getKnownPropertyIds()));
    } catch (InvalidFormatException e) {
      throw new ConfigException(file, line(e.getLocation()), invalidValue(e));
    } catch (JsonProcessingException e) {
      throw new ConfigException(file, line(e.getLocation()), e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file, 0, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Returns the 1-based line of every value of a valid configuration file, keyed by JSON
   * pointer such as {@code /services/2/team}, or an empty map if the file does not exist.
   */
  public static SortedMap<String, Integer> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Collections.emptySortedMap();
    }
    return ConfigLines.of(Files.readString(file));
  }

  /** Returns the line of the value at the pointer, or of the nearest value that contains it. */
  public static int lineOf(SortedMap<String, Integer> lines, String pointer) {
    return ConfigLines.lineOf(lines, pointer);
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

  /** Names the allowed values of an enum in declaration order, as they are written in YAML. */
  private static String invalidValue(InvalidFormatException e) {
    Class<?> type = e.getTargetType();
    if (type == null || !type.isEnum()) {
      return e.getOriginalMessage();
    }
    List<String> names = new java.util.ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      names.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
    }
    return "invalid value '" + e.getValue() + "'; use one of: " + String.join(", ", names);
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

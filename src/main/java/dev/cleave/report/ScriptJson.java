package dev.cleave.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Writes JSON that can be embedded in an HTML {@code <script type="application/json">} element.
 *
 * <p>Inside a script element the HTML parser ends the element at the first {@code </script}
 * and treats {@code <!--} specially, whatever the JSON means. Escaping {@code <}, {@code >} and
 * {@code &} as JSON unicode escapes keeps every such sequence out of the text; the line and
 * paragraph separators U+2028 and U+2029 are escaped too, because older JavaScript engines
 * reject them in string literals. The escapes change no value: a JSON parser reads the same
 * document.
 */
final class ScriptJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ScriptJson() {}

  /** Serializes the tree compactly with Jackson, then escapes it for a script element. */
  static String write(JsonNode tree) throws IOException {
    StringWriter out = new StringWriter();
    MAPPER.writeValue(out, tree);
    return escape(out.toString());
  }

  /**
   * Returns the JSON text with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 replaced by
   * {@code \}{@code u} escapes.
   *
   * <p>Correct for any JSON text, because those characters can occur only inside strings,
   * where an escape means the same character.
   */
  static String escape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

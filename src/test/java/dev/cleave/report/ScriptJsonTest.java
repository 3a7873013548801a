package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  private static final String HOSTILE =
      "</script><!-- <script>alert(1)</script> & \u2028\u2029 \"quoted\" Größe";

  @Test
  void escapeReplacesMarkupCharacters() {
    assertThat(ScriptJson.escape("\"</script>&\u2028\u2029\""))
        .isEqualTo("\"\\u003c/script\\u003e\\u0026\\u2028\\u2029\"");
  }

  @Test
  void escapeKeepsOtherText() {
    assertThat(ScriptJson.escape("{\"a\":\"Größe \\\" 1\"}"))
        .isEqualTo("{\"a\":\"Größe \\\" 1\"}");
  }

  @Test
  void writeLeavesNoMarkupCharacters() throws IOException {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("name", HOSTILE);

    String json = ScriptJson.write(tree);

    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
  }

  @Test
  void writeReadsBackToSameValue() throws IOException {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("name", HOSTILE);
    tree.putArray("list").add(HOSTILE).add(7);

    String json = ScriptJson.write(tree);

    assertThat(new ObjectMapper().readTree(json)).isEqualTo(tree);
  }
}

package dev.cleave.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MyBatis mapper files read into plain statements. */
class MapperXmlTest {

  @TempDir Path temp;

  /** A DOCTYPE whose DTD lives at a port nothing listens on, so any fetch would fail. */
  private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\""
      + " \"http://127.0.0.1:9/mybatis-3-mapper.dtd\">\n";

  @Test
  void dynamicSqlFlattened() throws IOException {
    List<MapperXml.MapperStatement> statements = read(HEADER
        + "<mapper namespace=\"com.acme.OrderMapper\">\n"
        + "  <sql id=\"columns\">o.id, o.total</sql>\n"
        + "  <select id=\"find\">\n"
        + "    SELECT <include refid=\"columns\"/> FROM orders o\n"
        + "    <where>\n"
        + "      <if test=\"id != null\">AND o.id = #{id}</if>\n"
        + "      <choose><when test=\"a\">AND o.state = 'A'</when>"
        + "<otherwise>AND o.state = 'B'</otherwise></choose>\n"
        + "    </where>\n"
        + "  </select>\n"
        + "</mapper>\n");

    assertThat(statements).hasSize(1);
    assertThat(statements.get(0).namespace()).isEqualTo("com.acme.OrderMapper");
    assertThat(statements.get(0).id()).isEqualTo("find");
    assertThat(statements.get(0).location()).isEqualTo(new Location("mapper/OrderMapper.xml", 5));
    assertThat(statements.get(0).sql().replaceAll("\\s+", " ")).isEqualTo(
        "SELECT o.id, o.total FROM orders o WHERE o.id = ? AND o.state = 'A'");
  }

  @Test
  void setForeachAndSelectKeyHandled() throws IOException {
    List<MapperXml.MapperStatement> statements = read(HEADER
        + "<mapper namespace=\"m\">\n"
        + "  <update id=\"u\">UPDATE item <set><if test=\"x\">qty = ${qty},</if></set>"
        + " WHERE id IN <foreach collection=\"ids\" item=\"i\" open=\"(\" separator=\",\""
        + " close=\")\">#{i}</foreach></update>\n"
        + "  <insert id=\"i\"><selectKey keyProperty=\"id\">SELECT nextval('s')</selectKey>"
        + "<![CDATA[INSERT INTO item (id) VALUES (#{id})]]></insert>\n"
        + "</mapper>\n");

    assertThat(statements).extracting(s -> s.sql().replaceAll("\\s+", " ")).containsExactly(
        "UPDATE item SET qty = ? WHERE id IN (?)",
        "INSERT INTO item (id) VALUES (?)");
  }

  @Test
  void otherXmlHasNoStatements() throws IOException {
    assertThat(read("<project><modelVersion>4.0.0</modelVersion></project>")).isEmpty();
    assertThat(read("<configuration><mappers><mapper resource=\"a.xml\"/></mappers>"
        + "</configuration>")).isEmpty();
  }

  @Test
  void malformedMapperRejected() {
    assertThatThrownBy(() -> read("<mapper namespace=\"m\"><select id=\"a\">SELECT"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("mapper/OrderMapper.xml: not well-formed XML");
  }

  @Test
  void externalEntityNotRead() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "users");
    List<MapperXml.MapperStatement> statements = read("<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE mapper [<!ENTITY t SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<mapper namespace=\"m\"><select id=\"a\">SELECT 1 FROM &t;x</select></mapper>");

    assertThat(statements.get(0).sql()).isEqualTo("SELECT 1 FROM x");
  }

  private List<MapperXml.MapperStatement> read(String text) throws IOException {
    Path file = temp.resolve("OrderMapper.xml");
    Files.writeString(file, text);
    return MapperXml.read(file, "mapper/OrderMapper.xml");
  }
}

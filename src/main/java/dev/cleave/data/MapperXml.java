package dev.cleave.data;

import dev.cleave.model.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the statements of a MyBatis mapper XML file as plain SQL.
 *
 * <p>Each {@code <select>}, {@code <insert>}, {@code <update>} and {@code <delete>} of a
 * {@code <mapper namespace="...">} becomes one statement. Dynamic SQL is flattened into one
 * statement that names every table a run could touch: {@code <include refid>} is replaced by its
 * {@code <sql>} fragment, {@code <if>} and {@code <foreach>} keep their text, {@code <choose>}
 * keeps its first {@code <when>}, {@code <where>}, {@code <set>} and {@code <trim>} add their
 * keyword and drop the leading {@code AND}/{@code OR} or trailing comma as MyBatis does, and
 * {@code <selectKey>} and {@code <bind>} are dropped. Parameters {@code #{...}} and
 * {@code ${...}} become {@code ?}.
 *
 * <p>The DOCTYPE is never fetched and no external entity is read, so reading a mapper makes no
 * network access.
 */
final class MapperXml {

  /** Files larger than this are not read: mapper files are a few kilobytes. */
  static final long MAX_BYTES = 4L << 20;

  /**
   * One statement of a mapper.
   *
   * @param namespace the mapper's namespace, normally the binary name of its Java interface
   * @param id the statement id
   * @param sql the flattened SQL
   * @param location where the statement's element starts
   */
  record MapperStatement(String namespace, String id, String sql, Location location) {}

  private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");

  private MapperXml() {}

  /**
   * Returns the statements of the file, or none when it is no MyBatis mapper.
   *
   * @param file the file on disk
   * @param path its path relative to the analysed root, for locations
   * @throws IOException if the file cannot be read or is not well-formed XML
   */
  static List<MapperStatement> read(Path file, String path) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      return List.of();
    }
    byte[] bytes = Files.readAllBytes(file);
    if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("<mapper")) {
      return List.of();
    }
    Element root = parse(bytes, path);
    if (root == null || !root.name.equals("mapper")) {
      return List.of();
    }
    String namespace = root.attributes.getOrDefault("namespace", "");
    Map<String, Element> fragments = new HashMap<>();
    for (Element child : root.elements()) {
      if (child.name.equals("sql") && child.attributes.containsKey("id")) {
        fragments.put(child.attributes.get("id"), child);
        fragments.put(namespace + "." + child.attributes.get("id"), child);
      }
    }
    List<MapperStatement> statements = new ArrayList<>();
    for (Element child : root.elements()) {
      if (STATEMENTS.contains(child.name)) {
        StringBuilder sql = new StringBuilder();
        flatten(child, fragments, sql, 0);
        statements.add(new MapperStatement(namespace, child.attributes.getOrDefault("id", ""),
            parameters(sql.toString()).strip(), new Location(path, child.line)));
      }
    }
    return statements;
  }

  /** Appends the SQL of an element's content, following includes up to a fixed depth. */
  private static void flatten(Element element, Map<String, Element> fragments, StringBuilder out,
      int depth) {
    boolean firstWhen = true;
    for (Object child : element.children) {
      if (child instanceof String text) {
        out.append(text);
        continue;
      }
      Element node = (Element) child;
      switch (node.name) {
        case "include" -> {
          Element fragment = fragments.get(node.attributes.getOrDefault("refid", ""));
          if (fragment != null && depth < 8) {
            flatten(fragment, fragments, out, depth + 1);
          }
        }
        case "selectKey", "bind" -> { }
        case "when" -> {
          if (firstWhen) {
            flatten(node, fragments, out, depth);
            firstWhen = false;
          }
        }
        case "otherwise" -> {
          if (firstWhen) {
            flatten(node, fragments, out, depth);
          }
        }
        case "where" -> trimmed(node, fragments, out, depth, "WHERE", "AND |OR ", "");
        case "set" -> trimmed(node, fragments, out, depth, "SET", "", ",");
        case "trim" -> trimmed(node, fragments, out, depth,
            node.attributes.getOrDefault("prefix", ""),
            node.attributes.getOrDefault("prefixOverrides", ""),
            node.attributes.getOrDefault("suffixOverrides", ""));
        case "foreach" -> {
          out.append(' ').append(node.attributes.getOrDefault("open", ""));
          flatten(node, fragments, out, depth);
          out.append(node.attributes.getOrDefault("close", "")).append(' ');
        }
        default -> flatten(node, fragments, out, depth);
      }
    }
  }

  /** Appends a {@code <trim>}-like element: prefix, then content without the overrides. */
  private static void trimmed(Element node, Map<String, Element> fragments, StringBuilder out,
      int depth, String prefix, String prefixOverrides, String suffixOverrides) {
    StringBuilder content = new StringBuilder();
    flatten(node, fragments, content, depth);
    String text = content.toString().strip();
    if (text.isEmpty()) {
      return;
    }
    for (String override : prefixOverrides.split("\\|")) {
      String word = override.strip().toUpperCase(Locale.ROOT);
      if (!word.isEmpty() && text.toUpperCase(Locale.ROOT).startsWith(word)) {
        text = text.substring(word.length()).strip();
      }
    }
    for (String override : suffixOverrides.split("\\|")) {
      String word = override.strip();
      if (!word.isEmpty() && text.endsWith(word)) {
        text = text.substring(0, text.length() - word.length()).strip();
      }
    }
    out.append(' ').append(prefix).append(' ').append(text).append(' ');
  }

  /** Replaces MyBatis parameters {@code #{...}} and {@code ${...}} with {@code ?}. */
  static String parameters(String sql) {
    return sql.replaceAll("[#$]\\{[^}]*}", "?");
  }

  private static Element parse(byte[] bytes, String path) throws IOException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      SAXParser parser = factory.newSAXParser();
      TreeBuilder builder = new TreeBuilder();
      parser.parse(new InputSource(new ByteArrayInputStream(bytes)), builder);
      return builder.root;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required feature", e);
    } catch (SAXException e) {
      throw new IOException(path + ": not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** An element with its attributes, its children (strings and elements) and first line. */
  private static final class Element {
    final String name;
    final Map<String, String> attributes = new HashMap<>();
    final List<Object> children = new ArrayList<>();
    final int line;

    Element(String name, int line) {
      this.name = name;
      this.line = line;
    }

    List<Element> elements() {
      List<Element> elements = new ArrayList<>();
      children.forEach(child -> {
        if (child instanceof Element element) {
          elements.add(element);
        }
      });
      return elements;
    }
  }

  /** Builds the element tree, keeping the line where each element starts. */
  private static final class TreeBuilder extends DefaultHandler {
    private final List<Element> open = new ArrayList<>();
    private Locator locator;
    Element root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      Element element = new Element(qName, locator == null ? 0 : locator.getLineNumber());
      for (int i = 0; i < attributes.getLength(); i++) {
        element.attributes.put(attributes.getQName(i), attributes.getValue(i));
      }
      if (open.isEmpty()) {
        root = element;
      } else {
        open.get(open.size() - 1).children.add(element);
      }
      open.add(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.remove(open.size() - 1);
    }

    @Override
    public void characters(char[] text, int start, int length) {
      if (!open.isEmpty()) {
        open.get(open.size() - 1).children.add(new String(text, start, length));
      }
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      return new InputSource(new ByteArrayInputStream(new byte[0]));
    }
  }
}

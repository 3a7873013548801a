package dev.cleave.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Recognises build files that mark a module, and reads the source encoding a POM declares. */
final class BuildFiles {

  /** File names whose presence makes a folder a module. */
  static final List<String> MARKERS =
      List.of("pom.xml", "build.gradle", "build.gradle.kts", "build.xml", "settings.gradle");

  private BuildFiles() {}

  static boolean isModule(Path folder) {
    for (String marker : MARKERS) {
      if (Files.isRegularFile(folder.resolve(marker))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the encoding a {@code pom.xml} declares in {@code project.build.sourceEncoding} or in
   * the compiler plugin's {@code encoding}, when it names one that this JVM supports.
   */
  static Optional<Charset> declaredEncoding(Path pom) {
    if (!Files.isRegularFile(pom)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(pom)) {
      Document document = newBuilder().parse(in);
      String name = firstText(document, "project.build.sourceEncoding");
      if (name == null) {
        name = compilerPluginEncoding(document);
      }
      if (name == null || name.isBlank() || name.contains("${")) {
        return Optional.empty();
      }
      return Optional.of(Charset.forName(name.trim()));
    } catch (IOException
        | SAXException
        | ParserConfigurationException
        | IllegalCharsetNameException
        | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static DocumentBuilder newBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    factory.setXIncludeAware(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
    return builder;
  }

  private static String firstText(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }

  private static String compilerPluginEncoding(Document document) {
    NodeList plugins = document.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if ("maven-compiler-plugin".equals(childText(plugin, "artifactId"))) {
        NodeList encodings = plugin.getElementsByTagName("encoding");
        if (encodings.getLength() > 0) {
          return encodings.item(0).getTextContent();
        }
      }
    }
    return null;
  }

  private static String childText(Element parent, String tag) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(tag)) {
        return element.getTextContent().trim();
      }
    }
    return null;
  }
}

package dev.cleave.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The scripts and the style sheet that the report page inlines.
 *
 * <p>The graph libraries come from their WebJars on the class path: cytoscape.js draws the
 * service map, and the fCoSE layout with its two base libraries places it. Each WebJar's
 * version is read from its {@code pom.properties}, so the build's dependency versions are the
 * only place that names them. Cleave's own scripts, {@code report.js} for tables, service
 * pages and search and {@code map.js} for the map, and its style sheet are resources beside the
 * templates.
 */
final class PageAssets {

  private static final String WEBJARS = "/META-INF/resources/webjars/";
  private static final String OWN = "/dev/cleave/report/";

  /** An inline script: its name, for the page's comments, and its text. */
  public record Script(String name, String text) {}

  private PageAssets() {}

  /** Returns the scripts in the order the page must run them. */
  static List<Script> scripts() throws IOException {
    return List.of(
        webJar("layout-base", "layout-base.js"),
        webJar("cose-base", "cose-base.js"),
        webJar("cytoscape-fcose", "cytoscape-fcose.js"),
        webJar("cytoscape", "dist/cytoscape.min.js"),
        own("report.js"),
        own("map.js"));
  }

  static String styleSheet() throws IOException {
    return read(OWN + "report.css");
  }

  private static Script own(String file) throws IOException {
    return new Script(file, checked(file, read(OWN + file)));
  }

  private static Script webJar(String artifact, String file) throws IOException {
    String version = webJarVersion(artifact);
    String path = WEBJARS + artifact + "/" + version + "/" + file;
    return new Script(artifact + " " + version, checked(path, read(path)));
  }

  private static String webJarVersion(String artifact) throws IOException {
    String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    Properties properties = new Properties();
    try (InputStream in = PageAssets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw missing(path);
      }
      properties.load(in);
    }
    return properties.getProperty("version");
  }

  /**
   * Returns the script if it can be inlined as it is: text that contains {@code </script} or
   * {@code <!--} would end or change the script element early.
   */
  private static String checked(String name, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException("the script " + name
          + " contains </script or <!-- and cannot be inlined; this is a bug in Cleave");
    }
    return text;
  }

  /**
   * Returns the resource's text with every line ending as {@code \n}. The HTML parser turns
   * {@code \r\n} and {@code \r} into {@code \n} before the browser hashes an inline element,
   * so the hashes in the Content-Security-Policy must be taken over the same text.
   */
  private static String read(String path) throws IOException {
    try (InputStream in = PageAssets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw missing(path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("\r\n", "\n").replace('\r', '\n');
    }
  }

  private static IOException missing(String path) {
    return new IOException("the report resource " + path
        + " is missing from Cleave's class path; rebuild Cleave with its dependencies");
  }
}

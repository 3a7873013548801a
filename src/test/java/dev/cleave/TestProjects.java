package dev.cleave;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small Java projects into a folder for tests that run the whole pipeline. */
public final class TestProjects {

  private TestProjects() {}

  /**
   * Writes a two-module Maven project with the cases that tend to break determinism: names with
   * non-ASCII letters and {@code <&%#} in files and folders, a Latin-1 module, a package cycle,
   * a class declared twice, a file that does not parse, a binary file, an empty file, a
   * comment-only file and test sources. Returns the paths of the files written, relative to
   * the root, in the order written.
   */
  public static List<String> writeMixedProject(Path root, boolean reverseOrder)
      throws IOException {
    List<String[]> files = new ArrayList<>();
    files.add(new String[] {"pom.xml", "<project><modules><module>shop</module>"
        + "<module>büro</module></modules></project>\n"});
    files.add(new String[] {"shop/pom.xml", "<project><properties>"
        + "<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>"
        + "</properties></project>\n"});
    files.add(new String[] {"büro/pom.xml", "<project><properties>"
        + "<project.build.sourceEncoding>ISO-8859-1</project.build.sourceEncoding>"
        + "</properties></project>\n"});
    String shop = "shop/src/main/java/com/shop/";
    for (String area : List.of("order", "billing", "catalog", "customer", "stock")) {
      for (int i = 0; i < 6; i++) {
        String name = capital(area) + "Part" + i;
        String next = capital(area) + "Part" + ((i + 1) % 6);
        String other = i == 0 ? "com.shop.catalog.CatalogPart1" : "java.util.List<String>";
        files.add(new String[] {shop + area + "/" + name + ".java",
            "package com.shop." + area + ";\n\n"
                + "/** Part " + i + " of the " + area + " area. */\n"
                + "public class " + name + " {\n"
                + "  private " + next + " next;\n"
                + "  private " + other + " other;\n"
                + "  public String describe(int count) {\n"
                + "    return String.valueOf(count).toUpperCase() + next + other;\n"
                + "  }\n"
                + "}\n"});
      }
    }
    files.add(new String[] {shop + "billing/InvoiceLink.java",
        "package com.shop.billing;\nimport com.shop.order.OrderPart0;\n"
            + "public class InvoiceLink { OrderPart0 order; }\n"});
    files.add(new String[] {shop + "order/BillingLink.java",
        "package com.shop.order;\nimport com.shop.billing.BillingPart0;\n"
            + "public class BillingLink { BillingPart0 billing; }\n"});
    files.add(new String[] {shop + "order/Äpfel Öl.java",
        "package com.shop.order;\npublic class Äpfel { Straße street; }\n"
            + "class Straße { Äpfel äpfel; }\n"});
    files.add(new String[] {shop + "order/a <&%# b.java",
        "package com.shop.order;\nclass Odd { OrderPart1 part; }\n"});
    files.add(new String[] {"shop/src/main/java/com/shop/dup/Twice.java",
        "package com.shop.dup;\npublic class Twice { }\n"});
    files.add(new String[] {"shop/src/main/java/other/com/shop/dup/Twice.java",
        "package com.shop.dup;\npublic class Twice { int second; }\n"});
    files.add(new String[] {shop + "broken/Broken.java",
        "package com.shop.broken;\npublic class Broken { void f( { }\n"});
    files.add(new String[] {shop + "broken/Empty.java", ""});
    files.add(new String[] {shop + "broken/OnlyComments.java", "// nothing\n/* at all */\n"});
    files.add(new String[] {shop + "broken/Binary.java", "\u0000\u0001\u0002PK\u0003"});
    files.add(new String[] {"shop/src/test/java/com/shop/order/OrderTest.java",
        "package com.shop.order;\nclass OrderTest { OrderPart0 subject; }\n"});
    files.add(new String[] {"büro/src/main/java/de/büro/Büroklammer.java",
        "package de.büro;\n/** Grüße aus dem Büro. */\npublic class Büroklammer {"
            + " String größe = \"groß\"; com.shop.order.OrderPart2 order; }\n"});
    if (reverseOrder) {
      java.util.Collections.reverse(files);
    }
    List<String> written = new ArrayList<>();
    for (String[] file : files) {
      Path path = root.resolve(file[0]);
      Files.createDirectories(path.getParent());
      Charset charset = file[0].startsWith("büro/src") ? StandardCharsets.ISO_8859_1
          : StandardCharsets.UTF_8;
      Files.write(path, file[1].getBytes(charset));
      written.add(file[0]);
    }
    return written;
  }

  /**
   * Writes a generated project of {@code files} classes in packages of 50, each with {@code
   * methods} methods that call into the next class; large enough to exhaust a small heap.
   */
  public static void writeGeneratedProject(Path root, int files, int methods)
      throws IOException {
    for (int i = 0; i < files; i++) {
      String pkg = "gen.p" + (i / 50);
      Path folder = root.resolve("src/" + pkg.replace('.', '/'));
      Files.createDirectories(folder);
      StringBuilder text = new StringBuilder("package " + pkg + ";\n\nimport java.util.*;\n\n");
      String next = "gen.p" + (((i + 1) % files) / 50) + ".C" + ((i + 1) % files);
      text.append("public class C").append(i).append(" {\n");
      text.append("  private final Map<String, List<Integer>> values = new HashMap<>();\n");
      for (int m = 0; m < methods; m++) {
        text.append("  public int m").append(m).append("(").append(next).append(" other) {\n")
            .append("    List<Integer> list = values.computeIfAbsent(\"k").append(m)
            .append("\", k -> new ArrayList<>());\n")
            .append("    return list.size() + other.m").append(m).append("(null) + ")
            .append(m).append(";\n  }\n");
      }
      text.append("}\n");
      Files.writeString(folder.resolve("C" + i + ".java"), text);
    }
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}

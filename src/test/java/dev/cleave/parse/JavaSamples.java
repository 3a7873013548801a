package dev.cleave.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Java sources of several eras, written for the randomised tests to mutate. */
final class JavaSamples {

  private JavaSamples() {}

  /** Returns the sources below and every Java file of the test fixtures, in path order. */
  static List<String> withFixtures() {
    List<String> all = new java.util.ArrayList<>(SOURCES);
    Path fixtures = Path.of("test-fixtures");
    try (Stream<Path> files = Files.walk(fixtures)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted()
          .toList()) {
        all.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the test fixtures in " + fixtures, e);
    }
    return List.copyOf(all);
  }

  static final List<String> SOURCES = List.of(
      """
      package legacy.billing;

      import java.util.Enumeration;
      import java.util.Vector;

      /** Java 1.4: enum and assert are still names here. */
      public class Ledger {
        private Vector entries = new Vector();

        public int total() {
          int sum = 0;
          for (Enumeration enum = entries.elements(); enum.hasMoreElements();) {
            sum += ((Integer) enum.nextElement()).intValue();
          }
          return sum;
        }
      }
      """,
      """
      package shop.order;

      import java.util.*;
      import java.util.function.Function;

      @SuppressWarnings("unchecked")
      public class OrderService<T extends Comparable<? super T>> implements Runnable {
        private final Map<String, List<T>> byCustomer = new HashMap<>();
        static int counter;

        public void run() {
          byCustomer.computeIfAbsent("x", k -> new ArrayList<>()).sort(null);
          Function<String, Integer> length = String::length;
          new Thread(new Runnable() { public void run() { counter++; } }).start();
          String sql = "SELECT id, total FROM orders WHERE customer = ?";
          int[][] grid = {{1, 2}, {3, 4}};
          label: for (int i = 0; i < grid.length; i++) { if (i > 0) break label; }
        }

        enum State { NEW, PAID { @Override boolean done() { return true; } }; boolean done() {
          return false; } }
      }
      """,
      """
      package modern;

      import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

      public sealed interface Shape permits Circle, Square {
        double area();
      }

      record Circle(double r) implements Shape {
        public double area() { return Math.PI * r * r; }
      }

      record Square(double side) implements Shape {
        public double area() { return side * side; }
      }

      final class Shapes {
        static String describe(Object o) {
          return switch (o) {
            case Circle c when c.r() > 10 -> "big circle";
            case Circle c -> "circle";
            case Square s -> "square";
            default -> \"""
                something
                else\""";
          };
        }

        static double sum(List<? extends Shape> shapes) {
          var total = 0.0;
          for (var s : shapes) {
            if (s instanceof Circle(double r)) total += r;
          }
          return total;
        }
      }
      """,
      """
      // A comment-only file, as generators leave them.
      /* package nowhere; */
      """,
      """
      @Deprecated
      package annotated.pkg;
      """,
      """
      module shop.core {
        requires java.sql;
        exports shop.core.api;
        provides shop.core.api.Plugin with shop.core.Impl;
      }
      """,
      """
      package odd;

      class Ünïcödé\\u0041 {
        String s = "\\u00e9t\\u00e9 <&%#";
        char c = '\\'';
        /** {@link java.util.Map#get(Object)} */
        int x = 0x1F_FF + 0b1010 + 1_000L > 0 ? 1 : 2;
      }
      """);
}

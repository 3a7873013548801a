package dev.cleave.report;

import dev.cleave.Cleave;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small shop monolith whose names carry HTML and script payloads, written for the report's
 * escaping and browser tests.
 *
 * <p>Every payload, if a renderer let it through as markup, would set {@code window.pwned}.
 * They reach the report through the project name (the root folder), a source root folder that
 * becomes part of a path and of a duplicate class's id, a test folder that is listed among the
 * excluded files, a file that does not parse, non-ASCII packages and classes, and string
 * literals holding SQL.
 */
final class HostileProject {

  /** The root folder's name, which becomes the project name. */
  static final String NAME = "shop \"'><svg onload=window.pwned=1>&amp; \u2028";

  /** A source root folder's name, which becomes part of paths and of a duplicate's id. */
  static final String ROOT = "legacy\"><img src=x onerror=window.pwned=2>\u2029&lt;";

  /** A test folder's name, listed among the files left out. */
  static final String TEST_FOLDER = "'><iframe srcdoc=x onload=window.pwned=3>";

  /** SQL in a string literal, with a script payload and the characters HTML treats specially. */
  static final String SQL = "SELECT * FROM orders WHERE note = '</script><script>window.pwned=4"
      + "</script>' AND total < 10 && total > 1";

  private HostileProject() {}

  /** Writes the project into the folder and returns its root. */
  static Path write(Path folder) throws IOException {
    Path root = folder.resolve(NAME);
    Path main = root.resolve("src/main/java/com/shop");
    write(main.resolve("order/Order.java"), """
        package com.shop.order;

        import com.shop.billing.Invoice;

        public class Order {
          private final OrderLine line = new OrderLine();
          private Invoice invoice;

          public Invoice invoice() {
            return invoice;
          }

          public OrderLine line() {
            return line;
          }
        }
        """);
    write(main.resolve("order/OrderLine.java"), """
        package com.shop.order;

        /** A line of an order: <script>window.pwned=5</script>. */
        public class OrderLine {
          String note = "\\"><img src=x onerror=window.pwned=6>";
        }
        """);
    write(main.resolve("order/OrderRepository.java"), """
        package com.shop.order;

        public class OrderRepository {
          static final String FIND = "%s";

          public Order find(Order order) {
            order.line();
            return order;
          }
        }
        """.formatted(SQL.replace("\"", "\\\"")));
    write(main.resolve("order/OrderService.java"), """
        package com.shop.order;

        public class OrderService {
          private final OrderRepository repository = new OrderRepository();

          public Order place(Order order) {
            repository.find(order).line();
            return order;
          }
        }
        """);
    write(main.resolve("billing/Invoice.java"), """
        package com.shop.billing;

        import com.shop.straße.Größe;

        public class Invoice {
          private final Größe size = new Größe();
          private final InvoiceLine line = new InvoiceLine();
        }
        """);
    write(main.resolve("billing/InvoiceLine.java"), """
        package com.shop.billing;

        public class InvoiceLine {
          private Invoice invoice;
        }
        """);
    write(main.resolve("billing/BillingService.java"), """
        package com.shop.billing;

        public class BillingService {
          private final Invoice invoice = new Invoice();
          private final InvoiceLine line = new InvoiceLine();
        }
        """);
    write(main.resolve("straße/Größe.java"), """
        package com.shop.straße;

        public class Größe {
          public static final String LABEL = "<b>&amp;\u2028</b>";
        }
        """);
    write(main.resolve("straße/Maß.java"), """
        package com.shop.straße;

        public class Maß {
          private Größe größe;
        }
        """);
    write(root.resolve(ROOT).resolve("com/shop/order/Order.java"), """
        package com.shop.order;

        public class Order {
          String name = "<svg onload=window.pwned=7>";
        }
        """);
    write(main.resolve("order/Broken.java"), """
        package com.shop.order;

        public class Broken {
          void run() { int x = </script><script>window.pwned=8</script>; }
        }
        """);
    write(root.resolve("src/test/java").resolve(TEST_FOLDER).resolve("OrderTest.java"), """
        class OrderTest {}
        """);
    // NOTE: git author names reach the report once version history is analysed. Commit these
    // files here as an author named "<script>window.pwned=9</script>" when it is.
    return root;
  }

  /** Analyses the project as the command line does. */
  static Analysis analyze(Path root) throws IOException {
    AnalysisOptions options = AnalysisOptions.builder(root).threads(2).build();
    return new Cleave(options, Progress.NONE).analyze(List.of());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

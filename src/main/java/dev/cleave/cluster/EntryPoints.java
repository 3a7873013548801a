package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import java.util.Set;

/**
 * Recognises the classes where requests, messages and scheduled work enter the application.
 *
 * <p>The cases: Spring MVC controllers ({@code @Controller}, {@code @RestController}); servlets
 * ({@code @WebServlet} or a subclass of {@code HttpServlet}); JAX-RS resources ({@code @Path});
 * message listeners ({@code @JmsListener}, {@code @KafkaListener}, {@code @RabbitListener} on a
 * method, {@code @MessageDriven} on the class); scheduled jobs ({@code @Scheduled} on a method);
 * and classes with a {@code main} method. Annotations are matched by simple name, as they are
 * recorded as written where the library is absent.
 */
final class EntryPoints {

  private static final Set<String> TYPE_ANNOTATIONS = Set.of("Controller", "RestController",
      "WebServlet", "Path", "MessageDriven");

  private static final Set<String> METHOD_ANNOTATIONS = Set.of("JmsListener", "KafkaListener",
      "RabbitListener", "Scheduled");

  private static final Set<String> SUPERTYPES = Set.of("HttpServlet", "GenericServlet");

  private EntryPoints() {}

  static boolean isEntryPoint(ClassInfo info) {
    return info.flags().contains(ClassInfo.Flag.MAIN_METHOD)
        || info.annotations().stream().map(EntryPoints::simpleName)
            .anyMatch(TYPE_ANNOTATIONS::contains)
        || info.methodAnnotations().stream().map(EntryPoints::simpleName)
            .anyMatch(METHOD_ANNOTATIONS::contains)
        || info.supertypes().stream().map(EntryPoints::simpleName).anyMatch(SUPERTYPES::contains);
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}

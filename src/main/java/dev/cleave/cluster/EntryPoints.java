package dev.cleave.cluster;

import dev.cleave.model.ClassInfo;
import java.util.List;
import java.util.Set;

/**
 * Recognises the classes where requests, messages and scheduled work enter the application.
 *
 * <p>The cases: Spring MVC controllers ({@code @Controller}, {@code @RestController}); servlets
 * ({@code @WebServlet} or a subclass of {@code HttpServlet}); JAX-RS resources ({@code @Path});
 * WebSocket endpoints ({@code @ServerEndpoint}); JAX-WS web services ({@code @WebService} on a
 * class); message listeners ({@code @JmsListener}, {@code @KafkaListener}, {@code @RabbitListener} on a
 * method, {@code @MessageDriven} on the class); scheduled jobs ({@code @Scheduled} on a method);
 * and classes with a {@code main} method. Annotations are matched by simple name, as they are
 * recorded as written where the library is absent.
 */
public final class EntryPoints {

  /** The sorts of entry point, in the order a class that is several counts as the first. */
  public enum Kind {
    /**
     * A controller, servlet, JAX-RS resource, WebSocket endpoint or web service: requests from
     * browsers and other systems.
     */
    WEB,
    /** A message listener. */
    MESSAGE,
    /** A scheduled job. */
    SCHEDULED,
    /** A class with a {@code main} method. */
    MAIN,
    /** No entry point. */
    NONE
  }

  private static final Set<String> WEB_ANNOTATIONS = Set.of("Controller", "RestController",
      "WebServlet", "Path", "ServerEndpoint", "WebService");

  private static final Set<String> WEB_SUPERTYPES = Set.of("HttpServlet", "GenericServlet");

  private static final Set<String> MESSAGE_METHOD_ANNOTATIONS = Set.of("JmsListener",
      "KafkaListener", "RabbitListener");

  private EntryPoints() {}

  /** Returns whether the class is an entry point of one of the kinds above. */
  public static boolean isEntryPoint(ClassInfo info) {
    return kind(info) != Kind.NONE;
  }

  /** Returns the kind of entry point the class is, or {@link Kind#NONE}. */
  public static Kind kind(ClassInfo info) {
    if (any(info.annotations(), WEB_ANNOTATIONS) || any(info.supertypes(), WEB_SUPERTYPES)) {
      return Kind.WEB;
    }
    if (any(info.annotations(), Set.of("MessageDriven"))
        || any(info.methodAnnotations(), MESSAGE_METHOD_ANNOTATIONS)) {
      return Kind.MESSAGE;
    }
    if (any(info.methodAnnotations(), Set.of("Scheduled"))) {
      return Kind.SCHEDULED;
    }
    return info.flags().contains(ClassInfo.Flag.MAIN_METHOD) ? Kind.MAIN : Kind.NONE;
  }

  private static boolean any(List<String> names, Set<String> simpleNames) {
    return names.stream().map(EntryPoints::simpleName).anyMatch(simpleNames::contains);
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}

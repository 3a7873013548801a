package dev.cleave.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.config.ConfigException;
import dev.cleave.config.ConfigLoader;
import dev.cleave.model.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan section of cleave.yaml, read, checked and defaulted. */
class PlanSettingsTest {

  @TempDir Path temp;

  @Test
  void defaultsWithoutSection() {
    PlanSettings settings = PlanSettings.DEFAULTS;

    assertThat(settings.targets()).isEqualTo(Map.of(1, 0.9995, 2, 0.999, 3, 0.995, 4, 0.99));
    assertThat(settings.instanceAvailability()).isEqualTo(0.999);
    assertThat(settings.tiers()).isEmpty();
    assertThat(settings.async()).isEmpty();
  }

  @Test
  void sectionReadFromYaml() throws IOException, ConfigException {
    Path file = Files.writeString(temp.resolve("cleave.yaml"), "plan:\n"
        + "  tiers:\n"
        + "    shipping: 3\n"
        + "  targets:\n"
        + "    1: 99.99\n"
        + "  availability: 99.5\n"
        + "  serviceAvailability:\n"
        + "    payments: 99.0\n"
        + "  async:\n"
        + "    - orders->notifications\n"
        + "    - \"customers  ->  notifications\"\n");

    PlanSettings settings = PlanSettings.of(ConfigLoader.load(file).plan());

    assertThat(settings.tiers()).isEqualTo(Map.of("shipping", 3));
    assertThat(settings.targets().get(1)).isEqualTo(0.9999);
    assertThat(settings.targets().get(2)).isEqualTo(0.999);
    assertThat(settings.instanceAvailability()).isEqualTo(0.995);
    assertThat(settings.availabilityOf("payments")).isEqualTo(0.99);
    assertThat(settings.availabilityOf("orders")).isEqualTo(0.995);
    assertThat(settings.async()).containsExactly("customers -> notifications",
        "orders -> notifications");
    assertThat(settings.isAsync("orders", "notifications")).isTrue();
    assertThat(settings.isAsync("notifications", "orders")).isFalse();
  }

  @Test
  void unknownPlanKeyRejected() throws IOException {
    Path file = Files.writeString(temp.resolve("cleave.yaml"), "plan:\n  tier:\n    a: 1\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ":2: unknown key 'tier'; the keys allowed here are: async,"
            + " availability, serviceAvailability, targets, tiers");
  }

  @Test
  void invalidValuesNamed() {
    assertThatThrownBy(() -> PlanSettings.of(planning(Map.of("orders", 5), null, null, null)))
        .hasMessage("plan.tiers.orders: 5 is no tier; use 1 (most critical) to 4 (internal)");
    assertThatThrownBy(() -> PlanSettings.of(planning(null, Map.of(5, 99.0), null, null)))
        .hasMessage("plan.targets: 5 is no tier; the keys are the tiers 1 to 4");
    assertThatThrownBy(() -> PlanSettings.of(planning(null, Map.of(1, 100.0), null, null)))
        .hasMessage("plan.targets.1: 100.0 is not a percentage above 0 and below 100,"
            + " such as 99.9");
    assertThatThrownBy(() -> PlanSettings.of(planning(null, null, 0.0, null)))
        .hasMessage("plan.availability: 0.0 is not a percentage above 0 and up to 100,"
            + " such as 99.9");
    assertThatThrownBy(() -> PlanSettings.of(planning(null, null, null,
        List.of("orders notifications"))))
        .hasMessage("plan.async: 'orders notifications' is not a dependency; write it as"
            + " 'from -> to', such as 'orders -> notifications'");
  }

  @Test
  void unknownServicesNoted() {
    PlanSettings settings = ShopPlans.settings(Map.of("billing", 1),
        List.of("orders -> billing"));

    List<String> notes = ShopPlans.plan(settings, ChangeSignals.NONE, java.util.Set.of())
        .notes();

    assertThat(notes).containsExactly(
        "plan.tiers names billing, which is no proposed service; the services are admin,"
            + " catalog, customers, inventory, notifications, orders, payments, shipping.",
        "plan.async names orders -> billing, which joins no two proposed services.");
  }

  @Test
  void declaredServicesAddTiersAndAsync() throws IOException, ConfigException {
    Path file = Files.writeString(temp.resolve("cleave.yaml"), "services:\n"
        + "  - name: orders\n"
        + "    tier: 1\n"
        + "    packages: [com.shop.orders]\n"
        + "    allowedDependencies:\n"
        + "      - prices\n"
        + "      - service: mail\n"
        + "        mode: async\n"
        + "  - name: mail\n"
        + "    tier: 3\n"
        + "    packages: [com.shop.mail]\n"
        + "  - name: prices\n"
        + "    packages: [com.shop.prices]\n"
        + "    allowedDependencies:\n"
        + "      - service: mail\n"
        + "        mode: fallback\n"
        + "plan:\n"
        + "  tiers:\n"
        + "    mail: 4\n");

    PlanSettings settings = PlanSettings.of(ConfigLoader.load(file));

    assertThat(settings.tiers()).isEqualTo(Map.of("orders", 1, "mail", 4));
    assertThat(settings.async()).containsExactly("orders -> mail", "prices -> mail");
  }

  private static ProjectConfig.Planning planning(Map<String, Integer> tiers,
      Map<Integer, Double> targets, Double availability, List<String> async) {
    return new ProjectConfig.Planning(tiers, targets, availability, null, async);
  }
}

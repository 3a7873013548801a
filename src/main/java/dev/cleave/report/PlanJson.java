package dev.cleave.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.model.ApiOperation;
import dev.cleave.model.Availability;
import dev.cleave.model.Plan;
import dev.cleave.model.Risk;
import dev.cleave.model.RiskFactor;
import dev.cleave.model.ServiceApi;
import dev.cleave.model.ServiceAvailability;
import dev.cleave.model.ServiceCycle;
import dev.cleave.model.ServiceRisk;
import dev.cleave.model.ServiceTier;
import dev.cleave.model.SharedDependency;
import dev.cleave.model.TableOwnership;
import dev.cleave.model.TierInversion;
import dev.cleave.model.Wave;
import java.util.Collection;
import java.util.List;

/**
 * Writes the migration plan into {@code analysis.json}: the fields {@code apis}, {@code tables},
 * {@code sqlStatements}, {@code sharedDependencies}, {@code tiers}, {@code availability},
 * {@code risks}, {@code waves} and {@code serviceCycles}. Availabilities are fractions between 0
 * and 1; enum values are lower camel case.
 */
final class PlanJson {

  private final ObjectMapper mapper;

  PlanJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void write(ObjectNode root, Plan plan) {
    ArrayNode apis = root.putArray("apis");
    plan.apis().forEach(api -> apis.add(api(api)));
    ArrayNode tables = root.putArray("tables");
    plan.tables().forEach(table -> tables.add(table(table)));
    ObjectNode statements = root.putObject("sqlStatements");
    statements.put("read", plan.statements());
    statements.put("unparsed", plan.unparsedStatements().size());
    statements.set("unparsedAt", strings(plan.unparsedStatements().stream()
        .map(Object::toString).toList()));
    ArrayNode shared = root.putArray("sharedDependencies");
    plan.sharedDependencies().forEach(dependency -> shared.add(shared(dependency)));
    ObjectNode tiers = root.putObject("tiers");
    ArrayNode services = tiers.putArray("services");
    plan.tiers().forEach(tier -> services.add(tier(tier)));
    ArrayNode inversions = tiers.putArray("inversions");
    plan.tierInversions().forEach(inversion -> inversions.add(inversion(inversion)));
    root.set("availability", availability(plan.availability()));
    root.set("risks", risks(plan));
    ArrayNode waves = root.putArray("waves");
    plan.waves().forEach(wave -> waves.add(wave(wave)));
    ArrayNode cycles = root.putArray("serviceCycles");
    for (ServiceCycle cycle : plan.cycles()) {
      ObjectNode node = cycles.addObject();
      node.set("services", strings(cycle.services()));
      node.set("cuts", cuts(cycle.cuts()));
    }
    root.set("planNotes", strings(plan.notes()));
  }

  private ObjectNode api(ServiceApi api) {
    ObjectNode node = mapper.createObjectNode();
    node.put("service", api.service());
    node.put("calls", api.calls());
    node.put("monolithCalls", api.monolithCalls());
    ArrayNode operations = node.putArray("operations");
    for (ApiOperation operation : api.operations()) {
      ObjectNode item = operations.addObject();
      item.put("name", operation.name());
      item.put("kind", JsonReport.camel(operation.kind().name()));
      item.put("type", operation.type());
      item.set("members", strings(operation.members()));
      item.put("calls", operation.calls());
      ObjectNode byService = item.putObject("callsByService");
      operation.callsByService().forEach(byService::put);
      item.put("monolithCalls", operation.monolithCalls());
      item.set("callers", strings(operation.callers()));
    }
    node.set("types", strings(api.types()));
    return node;
  }

  private ObjectNode table(TableOwnership table) {
    ObjectNode node = mapper.createObjectNode();
    node.put("table", table.table());
    node.put("owner", table.owner());
    node.put("reason", table.reason());
    node.put("shared", table.shared());
    ArrayNode accesses = node.putArray("accesses");
    for (TableOwnership.ServiceAccess access : table.accesses()) {
      ObjectNode item = accesses.addObject();
      item.put("service", access.service());
      item.put("reads", access.reads());
      item.put("writes", access.writes());
      item.set("classes", strings(access.classes()));
    }
    return node;
  }

  private ObjectNode shared(SharedDependency dependency) {
    ObjectNode node = mapper.createObjectNode();
    node.put("kind", JsonReport.camel(dependency.kind().name()));
    node.put("name", dependency.name());
    node.set("services", strings(dependency.services()));
    node.set("classes", strings(dependency.classes()));
    node.put("detail", dependency.detail());
    node.put("remedy", dependency.remedy());
    return node;
  }

  private ObjectNode tier(ServiceTier tier) {
    ObjectNode node = mapper.createObjectNode();
    node.put("service", tier.service());
    node.put("tier", tier.tier());
    node.put("inferredTier", tier.inferredTier());
    node.put("overridden", tier.overridden());
    node.set("reasons", strings(tier.reasons()));
    node.set("customerEntryPoints", strings(tier.customerEntryPoints()));
    node.put("useCases", tier.useCases());
    node.set("dependents", strings(tier.dependents()));
    return node;
  }

  private ObjectNode inversion(TierInversion inversion) {
    ObjectNode node = mapper.createObjectNode();
    node.put("from", inversion.from());
    node.put("fromTier", inversion.fromTier());
    node.put("to", inversion.to());
    node.put("toTier", inversion.toTier());
    node.put("calls", inversion.calls());
    node.set("classPairs", strings(inversion.classPairs()));
    return node;
  }

  private ObjectNode availability(Availability availability) {
    ObjectNode node = mapper.createObjectNode();
    node.put("instanceAvailability", availability.instanceAvailability());
    node.set("asyncEdges", strings(availability.asyncEdges()));
    ArrayNode tiers = node.putArray("tiers");
    for (Availability.TierBudget tier : availability.tiers()) {
      ObjectNode item = tiers.addObject();
      item.put("tier", tier.tier());
      item.put("target", tier.target());
      item.put("instances", tier.instances());
      item.put("instancesForTwoFailures", tier.instancesForTwoFailures());
      item.put("availability", tier.availability());
    }
    ArrayNode services = node.putArray("services");
    for (ServiceAvailability service : availability.services()) {
      ObjectNode item = services.addObject();
      item.put("service", service.service());
      item.put("tier", service.tier());
      item.put("target", service.target());
      item.put("instanceAvailability", service.instanceAvailability());
      item.put("instances", service.instances());
      item.put("instancesForTwoFailures", service.instances() + 2);
      item.put("deployedAvailability", service.deployedAvailability());
      item.set("chain", strings(service.chain()));
      item.put("singleInstanceChain", service.singleInstanceChain());
      item.put("chainAvailability", service.chainAvailability());
      item.put("downtimeMinutesPer30Days", service.downtimeMinutesPer30Days());
      item.put("meetsTarget", service.meetsTarget());
      item.put("shortfall", service.shortfall());
      ArrayNode whatIfs = item.putArray("whatIfs");
      for (ServiceAvailability.WhatIf whatIf : service.whatIfs()) {
        ObjectNode change = whatIfs.addObject();
        change.put("change", JsonReport.camel(whatIf.kind().name()));
        change.put("from", whatIf.from());
        change.put("to", whatIf.to());
        change.put("chainAvailability", whatIf.chainAvailability());
        change.put("meetsTarget", whatIf.meetsTarget());
      }
    }
    return node;
  }

  private ObjectNode risks(Plan plan) {
    ObjectNode node = mapper.createObjectNode();
    node.put("historyRead", plan.historyRead());
    ArrayNode services = node.putArray("services");
    for (ServiceRisk service : plan.risks().services()) {
      ObjectNode item = services.addObject();
      item.put("service", service.service());
      item.put("severity", service.severity());
      ArrayNode factors = item.putArray("factors");
      for (RiskFactor factor : service.factors()) {
        ObjectNode entry = factors.addObject();
        entry.put("name", JsonReport.camel(factor.name().name()));
        if (factor.value() == null) {
          entry.putNull("value");
        } else {
          entry.put("value", factor.value());
        }
        entry.put("likelihood", factor.likelihood());
        entry.put("note", factor.note());
      }
    }
    ArrayNode risks = node.putArray("risks");
    for (Risk risk : plan.risks().risks()) {
      ObjectNode item = risks.addObject();
      item.put("id", risk.id());
      item.put("service", risk.service());
      item.put("wave", risk.wave());
      item.put("factor", JsonReport.camel(risk.factor().name()));
      item.put("title", risk.title());
      item.put("likelihood", risk.likelihood());
      item.put("severity", risk.severity());
      item.put("score", risk.score());
      item.put("measure", risk.measure());
      item.put("mitigation", risk.mitigation());
    }
    node.set("matrix", mapper.valueToTree(plan.risks().matrix()));
    return node;
  }

  private ObjectNode wave(Wave wave) {
    ObjectNode node = mapper.createObjectNode();
    node.put("number", wave.number());
    node.set("services", strings(wave.services()));
    node.set("libraries", strings(wave.libraries()));
    node.set("reasons", strings(wave.reasons()));
    node.set("apis", strings(wave.apis()));
    node.set("tables", strings(wave.tables()));
    node.set("cuts", cuts(wave.cuts()));
    node.set("risks", strings(wave.risks()));
    return node;
  }

  private ArrayNode cuts(List<Wave.CycleCut> cuts) {
    ArrayNode array = mapper.createArrayNode();
    for (Wave.CycleCut cut : cuts) {
      ObjectNode item = array.addObject();
      item.put("from", cut.from());
      item.put("to", cut.to());
      item.put("calls", cut.calls());
    }
    return array;
  }

  private ArrayNode strings(Collection<String> values) {
    ArrayNode array = mapper.createArrayNode();
    values.forEach(array::add);
    return array;
  }
}

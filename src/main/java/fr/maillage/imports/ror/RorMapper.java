package fr.maillage.imports.ror;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps a ROR Bundle (Organization, HealthcareService, Location) to structures (correspondance ROR).
 * An Organization with a FINESS category (TRE_R66) is a structure: its type and sector come from the
 * category; its domains from the activity codes of the HealthcareServices it provides; its territories
 * are the Maillage communes carrying the INSEE codes of its services' zones of intervention
 * ({@code ror-territorial-division}), or failing those of its Locations' and its own address
 * (FR Core {@code fr-core-address-insee-code}).
 */
final class RorMapper {

    static final String FINESS_OID = "urn:oid:1.2.250.1.71.4.2.2";
    private static final String INSEE_EXTENSION = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code";
    private static final String TERRITORIAL_DIVISION = "ror-territorial-division";

    private final RorCodes codes;

    RorMapper(RorCodes codes) {
        this.codes = codes;
    }

    /**
     * @param territoriesByCommune for a set of INSEE commune codes, the Maillage commune of each code
     *                             known (codes no commune carries are absent)
     */
    RorMapping map(Bundle bundle, Function<Set<String>, Map<String, String>> territoriesByCommune) {
        Map<String, Long> resources = new TreeMap<>();
        List<Organization> organizations = new ArrayList<>();
        List<HealthcareService> services = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Map<String, Resource> byReference = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            resources.merge(resource.fhirType(), 1L, Long::sum);
            byReference.put(reference(resource), resource);
            if (entry.hasFullUrl()) {
                byReference.put(entry.getFullUrl(), resource);
            }
            if (resource instanceof Organization o) {
                organizations.add(o);
            } else if (resource instanceof HealthcareService s) {
                services.add(s);
            } else if (resource instanceof Location l) {
                locations.add(l);
            }
        }

        Set<Unmapped> unmapped = new LinkedHashSet<>();
        List<RorMapping.Skipped> skipped = new ArrayList<>();
        Map<Organization, Set<String>> communesOf = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Organization organization : organizations) {
            String ref = reference(organization);
            if (!organization.getActive() && organization.hasActive()) {
                skipped.add(new RorMapping.Skipped(ref, "organisation inactive dans le ROR"));
                continue;
            }
            Coding category = categoryOf(organization);
            if (category == null) {
                skipped.add(new RorMapping.Skipped(ref, "aucune catégorie d'établissement (TRE_R66) : entité juridique ou organisation interne"));
                continue;
            }
            var target = codes.find(category.getSystem(), category.getCode()).filter(t -> t.type() != null);
            if (target.isEmpty()) {
                unmapped.add(new Unmapped(ref, category.getCode(), category.getSystem()));
                skipped.add(new RorMapping.Skipped(ref, "catégorie d'établissement " + category.getCode() + " sans type Maillage"));
                continue;
            }
            if (!organization.hasName()) {
                skipped.add(new RorMapping.Skipped(ref, "organisation sans nom"));
                continue;
            }
            List<HealthcareService> provided = services.stream()
                    .filter(s -> s.hasProvidedBy() && byReference.get(s.getProvidedBy().getReference()) == organization)
                    .toList();
            Set<String> domains = new TreeSet<>();
            for (HealthcareService service : provided) {
                for (CodeableConcept specialty : service.getSpecialty()) {
                    for (Coding coding : specialty.getCoding()) {
                        if (codes.isActivitySystem(coding.getSystem())) {
                            codes.find(coding.getSystem(), coding.getCode()).ifPresentOrElse(t -> domains.add(t.domain()),
                                    () -> unmapped.add(new Unmapped(reference(service), coding.getCode(), coding.getSystem())));
                        }
                    }
                }
            }
            Map<String, String> communes = communes(organization, provided, locations, byReference);
            communesOf.put(organization, communes.keySet());
            candidates.add(new Candidate(organization, ref, target.get(), domains, communes));
        }

        Set<String> allCodes = new TreeSet<>();
        communesOf.values().forEach(allCodes::addAll);
        Map<String, String> territories = allCodes.isEmpty() ? Map.of() : territoriesByCommune.apply(allCodes);
        List<RorMapping.Row> rows = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Set<String> territoryIds = new TreeSet<>();
            candidate.communes().forEach((code, where) -> {
                String territory = territories.get(code);
                if (territory == null) {
                    unmapped.add(new Unmapped(where, code, RorCodes.COMMUNE));
                } else {
                    territoryIds.add(territory);
                }
            });
            if (territoryIds.isEmpty()) {
                skipped.add(new RorMapping.Skipped(candidate.reference(), candidate.communes().isEmpty()
                        ? "aucun code commune INSEE (zone d'intervention, lieu ou adresse)"
                        : "aucune commune Maillage ne porte ses codes INSEE " + candidate.communes().keySet()));
                continue;
            }
            rows.add(new RorMapping.Row(structureId(candidate.organization()), candidate.organization().getName(),
                    candidate.target().type(), candidate.target().sector(), List.copyOf(territoryIds),
                    List.copyOf(candidate.domains())));
        }
        return new RorMapping(resources, rows, skipped,
                unmapped.stream().map(u -> new RorMapping.Unmapped(u.resource(), u.code(), u.system())).toList());
    }

    private record Candidate(Organization organization, String reference, RorCodes.Target target, Set<String> domains,
                             Map<String, String> communes) {
    }

    private record Unmapped(String resource, String code, String system) {
    }

    /** {@code ror-} and the FINESS number when the ROR gives one, else the ROR's own resource id. */
    static String structureId(Organization organization) {
        for (Identifier identifier : organization.getIdentifier()) {
            String system = identifier.getSystem();
            if (identifier.hasValue() && system != null && (system.equals(FINESS_OID) || system.contains("finess"))) {
                return "ror-" + identifier.getValue();
            }
        }
        return "ror-" + organization.getIdElement().getIdPart();
    }

    private static Coding categoryOf(Organization organization) {
        for (CodeableConcept type : organization.getType()) {
            for (Coding coding : type.getCoding()) {
                if (RorCodes.CATEGORY.equals(coding.getSystem()) && coding.hasCode()) {
                    return coding;
                }
            }
        }
        return null;
    }

    /**
     * The INSEE commune codes an organization covers, each with the resource that names it: its
     * services' zones of intervention if any, else its Locations' addresses, else its own address.
     */
    private static Map<String, String> communes(Organization organization, List<HealthcareService> services,
                                                List<Location> locations, Map<String, Resource> byReference) {
        Map<String, String> zone = new TreeMap<>();
        for (HealthcareService service : services) {
            for (Extension division : service.getExtension()) {
                if (division.getUrl() != null && division.getUrl().endsWith(TERRITORIAL_DIVISION)) {
                    for (Extension part : division.getExtension()) {
                        if (part.getValue() instanceof CodeableConcept concept) {
                            communeCodes(concept.getCoding()).forEach(code -> zone.putIfAbsent(code, reference(service)));
                        }
                    }
                }
            }
        }
        if (!zone.isEmpty()) {
            return zone;
        }
        Map<String, String> places = new TreeMap<>();
        Set<Location> located = new LinkedHashSet<>();
        for (HealthcareService service : services) {
            for (Reference location : service.getLocation()) {
                if (byReference.get(location.getReference()) instanceof Location l) {
                    located.add(l);
                }
            }
        }
        for (Location location : locations) {
            if (location.hasManagingOrganization()
                    && byReference.get(location.getManagingOrganization().getReference()) == organization) {
                located.add(location);
            }
        }
        for (Location location : located) {
            inseeCode(location.getAddress()).ifPresent(code -> places.putIfAbsent(code, reference(location)));
        }
        if (places.isEmpty()) {
            for (Address address : organization.getAddress()) {
                inseeCode(address).ifPresent(code -> places.putIfAbsent(code, reference(organization)));
            }
        }
        return places;
    }

    private static List<String> communeCodes(List<Coding> codings) {
        return codings.stream().filter(c -> c.getSystem() != null && c.getSystem().contains("TRE_R13-Commune") && c.hasCode())
                .map(Coding::getCode).toList();
    }

    /** The FR Core INSEE code of an address, set on the address itself or on its city. */
    private static java.util.Optional<String> inseeCode(Address address) {
        if (address == null) {
            return java.util.Optional.empty();
        }
        List<Extension> extensions = new ArrayList<>(address.getExtension());
        if (address.hasCityElement()) {
            extensions.addAll(address.getCityElement().getExtension());
        }
        return extensions.stream().filter(e -> INSEE_EXTENSION.equals(e.getUrl()))
                .map(e -> e.getValue() instanceof Coding c ? c.getCode() : e.getValue() == null ? null : e.getValue().primitiveValue())
                .filter(code -> code != null && !code.isBlank()).findFirst();
    }

    private static String reference(Resource resource) {
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }
}

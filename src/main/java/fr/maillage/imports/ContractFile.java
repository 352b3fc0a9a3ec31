package fr.maillage.imports;

import static fr.maillage.imports.Column.bool;
import static fr.maillage.imports.Column.code;
import static fr.maillage.imports.Column.codes;
import static fr.maillage.imports.Column.date;
import static fr.maillage.imports.Column.integer;
import static fr.maillage.imports.Column.ref;
import static fr.maillage.imports.Column.refs;
import static fr.maillage.imports.Column.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.maillage.api.Window;
import fr.maillage.vocabulary.Approach;
import fr.maillage.vocabulary.Complexity;
import fr.maillage.vocabulary.CoordinationMode;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.EndReason;
import fr.maillage.vocabulary.Funder;
import fr.maillage.vocabulary.FundingPurpose;
import fr.maillage.vocabulary.InvolvementKind;
import fr.maillage.vocabulary.MeetingTable;
import fr.maillage.vocabulary.PartnershipKind;
import fr.maillage.vocabulary.ReferralStatus;
import fr.maillage.vocabulary.Role;
import fr.maillage.vocabulary.Sector;
import fr.maillage.vocabulary.Stage;
import fr.maillage.vocabulary.StructureType;
import fr.maillage.vocabulary.TerritoryKind;

/**
 * The files of an import bundle (fichiers du lot), as the data contract lists them, in the
 * order they are written: every file only references files before it (or itself).
 */
enum ContractFile {
    TERRITORIES("territories.csv", "Territory", false, List.of(), List.of(
            text("id", true), text("name", true), code("kind", true, TerritoryKind.class),
            ref("parent_id", false, "territories.csv", "PART_OF"),
            integer("population", 0, Long.MAX_VALUE), integer("population_75_plus", 0, Long.MAX_VALUE),
            text("insee_code", false))),
    STRUCTURES("structures.csv", "Structure", false, List.of(new DateOrder("opened", "closed")), List.of(
            text("id", true), text("name", true), code("type", true, StructureType.class),
            code("sector", true, Sector.class), refs("territory_ids", true, "territories.csv", "COVERS"),
            codes("domains", Domain.class), codes("complexity", Complexity.class), codes("stages", Stage.class),
            code("approach", false, Approach.class), code("coordination", false, CoordinationMode.class),
            integer("min_age", 0, Long.MAX_VALUE), bool("requires_apa"), integer("capacity", 0, Long.MAX_VALUE),
            date("opened", false), date("closed", false),
            ref("porteur_id", false, "structures.csv", "CARRIED_BY"),
            ref("absorbed_into", false, "structures.csv", "ABSORBED_INTO"))),
    PROFESSIONALS("professionals.csv", "Professional", true, List.of(new DateOrder("since", "until")), List.of(
            text("id", true), code("role", true, Role.class),
            ref("structure_id", true, "structures.csv", "WORKS_AT"),
            text("origin_profession", false), date("since", false), date("until", false))),
    PERSONS("persons.csv", "Person", true, List.of(), List.of(
            text("id", true), ref("territory_id", true, "territories.csv", "LIVES_IN"),
            integer("birth_year", 0, Long.MAX_VALUE), code("complexity", false, Complexity.class),
            codes("needs", Domain.class), bool("lives_alone"), bool("apa"), bool("legal_protection"))),
    ASSESSMENTS("assessments.csv", "Assessment", false, List.of(), List.of(
            text("id", true), ref("person_id", true, "persons.csv", "OF"), date("date", true),
            ref("structure_id", false, "structures.csv", "BY"), code("complexity", false, Complexity.class),
            codes("needs", Domain.class), bool("apa"))),
    REFERRALS("referrals.csv", "Referral", false, List.of(new DateOrder("date", "response_date")), List.of(
            text("id", true), date("date", true), ref("person_id", true, "persons.csv", "ABOUT"),
            ref("to_structure_id", true, "structures.csv", "TO"),
            ref("from_structure_id", false, "structures.csv", "FROM"),
            ref("from_professional_id", false, "professionals.csv", "FROM_PROFESSIONAL"),
            ref("to_professional_id", false, "professionals.csv", "TO_PROFESSIONAL"),
            codes("reasons", Domain.class), code("status", true, ReferralStatus.class),
            date("response_date", false), ref("redirected_to", false, "structures.csv", "REDIRECTED_TO"))),
    INVOLVEMENTS("involvements.csv", "Involvement", false, List.of(new DateOrder("start", "end")), List.of(
            text("id", true), ref("person_id", true, "persons.csv", "OF"),
            ref("structure_id", true, "structures.csv", "BY"), code("kind", true, InvolvementKind.class),
            date("start", true), ref("professional_id", false, "professionals.csv", "BY_PROFESSIONAL"),
            date("end", false), code("end_reason", false, EndReason.class))),
    PARTNERSHIPS("partnerships.csv", "Partnership", false, List.of(new DateOrder("since", "until")), List.of(
            ref("structure_a", true, "structures.csv", "BETWEEN"), ref("structure_b", true, "structures.csv", "BETWEEN"),
            code("kind", true, PartnershipKind.class), date("since", false), date("until", false),
            integer("strength", 1, 5))),
    MEETINGS("meetings.csv", "Meeting", false, List.of(), List.of(
            text("id", true), date("date", true), code("table", true, MeetingTable.class),
            ref("territory_id", true, "territories.csv", "HELD_IN"),
            refs("structure_ids", true, "structures.csv", "ATTENDED"),
            ref("person_id", false, "persons.csv", "ABOUT"))),
    FUNDINGS("fundings.csv", "Funding", false, List.of(), List.of(
            ref("structure_id", true, "structures.csv", "FUNDS"),
            integer("year", true, Window.EARLIEST.getYear(), Window.LATEST.getYear()),
            code("funder", true, Funder.class), integer("amount_eur", true, 0, Long.MAX_VALUE),
            code("purpose", false, FundingPurpose.class)));

    private final String fileName;
    private final String label;
    private final boolean aboutPeople;
    private final List<DateOrder> dateOrders;
    private final List<Column> columns;

    /** Two date columns of a row that must not be in reverse order (end >= start). */
    record DateOrder(String earlier, String later) {
    }

    ContractFile(String fileName, String label, boolean aboutPeople, List<DateOrder> dateOrders, List<Column> columns) {
        this.dateOrders = dateOrders;
        this.fileName = fileName;
        this.label = label;
        this.aboutPeople = aboutPeople;
        this.columns = columns;
    }

    String fileName() {
        return fileName;
    }

    /** The node label of the file's rows. */
    String label() {
        return label;
    }

    /**
     * Files about people (persons, professionals): an extra column there is how a name or an
     * address would leak in, so the message says so.
     */
    boolean aboutPeople() {
        return aboutPeople;
    }

    List<Column> columns() {
        return columns;
    }

    List<DateOrder> dateOrders() {
        return dateOrders;
    }

    Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Whether some contract file references this one's ids. */
    boolean isReferenced() {
        return Arrays.stream(values()).flatMap(f -> f.columns.stream())
                .anyMatch(c -> c.isReference() && c.target().equals(fileName));
    }

    /**
     * The key, in a row ready for the database, of the person the row is about (the person's own id
     * for persons.csv), or null for a file whose rows are about no one person (the key's value may
     * be null too: only a clinical meeting is about a person). Writing such a row
     * locks that person's node.
     */
    String personKey() {
        if (this == PERSONS) {
            return "id";
        }
        return column("person_id").isPresent() ? "person_id" : null;
    }

    /** The Cypher file saving, before a batch of this file is written, the nodes it updates. */
    String journalQuery() {
        return "imports/journal-" + fileName.replace(".csv", ".cypher");
    }

    /** The Cypher file telling which rows of a batch update a node that existed before the import. */
    String updatedQuery() {
        return "imports/updated-" + fileName.replace(".csv", ".cypher");
    }

    /** The Cypher file writing a batch of this file's rows. */
    String writeQuery() {
        return "imports/write-" + fileName.replace(".csv", ".cypher");
    }

    /**
     * The identity of a row: its id, or for the files the contract gives no id, the key of the
     * row: for a partnership {@code a|b|kind} with {@code a <= b}, for a funding
     * {@code structure|year|funder|purpose} (an empty purpose is a purpose of its own, the empty
     * string). Null when a required part is missing.
     */
    String identity(Map<String, Object> values) {
        switch (this) {
            case PARTNERSHIPS: {
                String a = (String) values.get("structure_a");
                String b = (String) values.get("structure_b");
                Object kind = values.get("kind");
                if (a == null || b == null || kind == null) {
                    return null;
                }
                return a.compareTo(b) <= 0 ? a + "|" + b + "|" + kind : b + "|" + a + "|" + kind;
            }
            case FUNDINGS: {
                Object structure = values.get("structure_id");
                Object year = values.get("year");
                Object funder = values.get("funder");
                if (structure == null || year == null || funder == null) {
                    return null;
                }
                Object purpose = values.get("purpose");
                return structure + "|" + year + "|" + funder + "|" + (purpose == null ? "" : purpose);
            }
            default:
                return (String) values.get("id");
        }
    }

    /** The column a duplicate row is located at: {@code id}, or the first column of a key. */
    String identityColumn() {
        return switch (this) {
            case PARTNERSHIPS -> "structure_a";
            case FUNDINGS -> "structure_id";
            default -> "id";
        };
    }

    /** By file name: a reference is resolved for every cell of every row, so not by a stream over the values. */
    private static final Map<String, ContractFile> BY_FILE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(f -> f.fileName, f -> f));

    static Optional<ContractFile> named(String fileName) {
        return Optional.ofNullable(BY_FILE_NAME.get(fileName));
    }
}

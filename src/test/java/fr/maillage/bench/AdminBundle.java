package fr.maillage.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Converts a contract bundle to {@code neo4j-admin database import}'s header format, for the
 * same graph as Maillage's import: one node file per contract file (typed property columns,
 * {@code ID} spaces per label), one relationship file per reference column.
 */
final class AdminBundle {

    /** A property: contract column, graph property, neo4j-admin type ("" for string). */
    private record Property(String column, String name, String type) {
        String header() {
            return type.isEmpty() ? name : name + ":" + type;
        }
    }

    /** A reference column that becomes a relationship to a node of another label. */
    private record Reference(String column, String type, String target) {
    }

    private record NodeFile(String file, String label, List<Property> properties, List<Reference> references) {
    }

    /** Maillage's property names are the contract's columns in camelCase. */
    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("_([a-z0-9])");

    private static final List<NodeFile> FILES = List.of(
            new NodeFile("territories.csv", "Territory", List.of(p("name"), p("kind"), p("population", "long"),
                    new Property("population_75_plus", "population75Plus", "long")),
                    List.of(new Reference("parent_id", "PART_OF", "Territory"))),
            new NodeFile("structures.csv", "Structure", List.of(p("name"), p("type"), p("sector"),
                    p("domains", "string[]"), p("complexity", "string[]"), p("stages", "string[]"), p("approach"),
                    p("coordination"), p("min_age", "long"), p("requires_apa", "boolean"), p("capacity", "long"),
                    p("opened", "date"), p("closed", "date")),
                    List.of(new Reference("territory_ids", "COVERS", "Territory"),
                            new Reference("porteur_id", "CARRIED_BY", "Structure"),
                            new Reference("absorbed_into", "ABSORBED_INTO", "Structure"))),
            new NodeFile("professionals.csv", "Professional", List.of(p("role"), p("origin_profession"),
                    p("since", "date"), p("until", "date")),
                    List.of(new Reference("structure_id", "WORKS_AT", "Structure"))),
            new NodeFile("persons.csv", "Person", List.of(p("birth_year", "long"), p("complexity"),
                    p("needs", "string[]"), p("lives_alone", "boolean"), p("apa", "boolean"),
                    p("legal_protection", "boolean")),
                    List.of(new Reference("territory_id", "LIVES_IN", "Territory"))),
            new NodeFile("assessments.csv", "Assessment", List.of(p("date", "date"), p("complexity"),
                    p("needs", "string[]"), p("apa", "boolean")),
                    List.of(new Reference("person_id", "OF", "Person"), new Reference("structure_id", "BY", "Structure"))),
            new NodeFile("referrals.csv", "Referral", List.of(p("date", "date"), p("reasons", "string[]"), p("status"),
                    p("response_date", "date")),
                    List.of(new Reference("person_id", "ABOUT", "Person"), new Reference("to_structure_id", "TO", "Structure"),
                            new Reference("from_structure_id", "FROM", "Structure"),
                            new Reference("from_professional_id", "FROM_PROFESSIONAL", "Professional"),
                            new Reference("to_professional_id", "TO_PROFESSIONAL", "Professional"),
                            new Reference("redirected_to", "REDIRECTED_TO", "Structure"))),
            new NodeFile("involvements.csv", "Involvement", List.of(p("kind"), p("start", "date"), p("end", "date"),
                    p("end_reason")),
                    List.of(new Reference("person_id", "OF", "Person"), new Reference("structure_id", "BY", "Structure"),
                            new Reference("professional_id", "BY_PROFESSIONAL", "Professional"))),
            new NodeFile("partnerships.csv", "Partnership", List.of(p("kind"), p("since", "date"), p("until", "date"),
                    p("strength", "long")),
                    List.of(new Reference("structure_a", "BETWEEN", "Structure"),
                            new Reference("structure_b", "BETWEEN", "Structure"))),
            new NodeFile("meetings.csv", "Meeting", List.of(p("date", "date"), p("table")),
                    List.of(new Reference("territory_id", "HELD_IN", "Territory"),
                            new Reference("structure_ids", "ATTENDED", "Structure"),
                            new Reference("person_id", "ABOUT", "Person"))),
            new NodeFile("fundings.csv", "Funding", List.of(p("year", "long"), p("funder"), p("amount_eur", "long"),
                    p("purpose")),
                    List.of(new Reference("structure_id", "FUNDS", "Structure"))));

    private AdminBundle() {
    }

    private static Property p(String column) {
        return p(column, "");
    }

    private static Property p(String column, String type) {
        String camel = CAMEL.matcher(column).replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
        return new Property(column, camel, type);
    }

    /** Writes the converted files into {@code target}; returns neo4j-admin's --nodes and --relationships arguments. */
    static List<String> convert(Path bundle, Path target) throws IOException {
        Files.createDirectories(target);
        List<String> args = new ArrayList<>();
        for (NodeFile file : FILES) {
            Path source = bundle.resolve(file.file());
            if (!Files.exists(source)) {
                continue;
            }
            Map<String, CSVPrinter> relationships = new LinkedHashMap<>();
            Path nodes = target.resolve(file.label() + ".csv");
            try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in);
                 CSVPrinter nodeOut = printer(nodes)) {
                List<String> header = new ArrayList<>();
                header.add((keyed(file) ? "key" : "id") + ":ID(" + file.label() + ")");
                file.properties().forEach(p -> header.add(p.header()));
                nodeOut.printRecord(header);
                for (Reference reference : file.references()) {
                    String name = file.label() + "-" + reference.column() + ".csv";
                    CSVPrinter out = printer(target.resolve(name));
                    out.printRecord(":START_ID(" + file.label() + ")", ":END_ID(" + reference.target() + ")");
                    relationships.put(reference.column(), out);
                    args.add("--relationships=" + reference.type() + "=" + target.resolve(name));
                }
                for (CSVRecord row : parser) {
                    String id = keyed(file) ? key(file, row) : row.get("id");
                    List<String> cells = new ArrayList<>();
                    cells.add(id);
                    file.properties().forEach(p -> cells.add(row.get(p.column())));
                    nodeOut.printRecord(cells);
                    for (Reference reference : file.references()) {
                        String value = row.get(reference.column());
                        if (!value.isEmpty()) {
                            for (String target2 : value.split(";")) {
                                relationships.get(reference.column()).printRecord(id, target2);
                            }
                        }
                    }
                }
            } finally {
                for (CSVPrinter out : relationships.values()) {
                    out.close();
                }
            }
            args.add("--nodes=" + file.label() + "=" + nodes);
        }
        return args;
    }

    /** Partnerships and fundings have no id column: Maillage keys them as below. */
    private static boolean keyed(NodeFile file) {
        return file.label().equals("Partnership") || file.label().equals("Funding");
    }

    private static String key(NodeFile file, CSVRecord row) {
        if (file.label().equals("Funding")) {
            return row.get("structure_id") + "|" + row.get("year") + "|" + row.get("funder") + "|" + row.get("purpose");
        }
        String a = row.get("structure_a");
        String b = row.get("structure_b");
        return (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a) + "|" + row.get("kind");
    }

    private static CSVPrinter printer(Path path) throws IOException {
        Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        return new CSVPrinter(out, CSVFormat.RFC4180);
    }
}

package fr.maillage.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import fr.maillage.vocabulary.Vocabulary;

/**
 * One column of a contract file (colonne): its type, whether it is required, and where its
 * value goes in the graph (a property in camelCase, or a relationship for a reference).
 *
 * @param name       the contract's column name
 * @param kind       how a cell is read
 * @param required   an empty cell (or a missing column) is an error
 * @param vocabulary the codes a {@link Kind#CODE}/{@link Kind#CODES} cell may take
 * @param target     the entity (file name) whose ids a {@link Kind#REF}/{@link Kind#REFS} cell names
 * @param relationship the relationship type a reference becomes
 * @param min        smallest integer accepted
 * @param max        largest integer accepted
 */
record Column(String name, Kind kind, boolean required, Class<? extends Enum<?>> vocabulary,
              String target, String relationship, long min, long max) {

    enum Kind { TEXT, INTEGER, BOOLEAN, DATE, CODE, CODES, REF, REFS }

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    static Column text(String name, boolean required) {
        return new Column(name, Kind.TEXT, required, null, null, null, 0, 0);
    }

    static Column integer(String name, long min, long max) {
        return new Column(name, Kind.INTEGER, false, null, null, null, min, max);
    }

    static Column bool(String name) {
        return new Column(name, Kind.BOOLEAN, false, null, null, null, 0, 0);
    }

    static Column date(String name, boolean required) {
        return new Column(name, Kind.DATE, required, null, null, null, 0, 0);
    }

    static Column code(String name, boolean required, Class<? extends Enum<?>> vocabulary) {
        return new Column(name, Kind.CODE, required, vocabulary, null, null, 0, 0);
    }

    static Column codes(String name, Class<? extends Enum<?>> vocabulary) {
        return new Column(name, Kind.CODES, false, vocabulary, null, null, 0, 0);
    }

    static Column ref(String name, boolean required, String target, String relationship) {
        return new Column(name, Kind.REF, required, null, target, relationship, 0, 0);
    }

    static Column refs(String name, boolean required, String target, String relationship) {
        return new Column(name, Kind.REFS, required, null, target, relationship, 0, 0);
    }

    boolean isReference() {
        return kind == Kind.REF || kind == Kind.REFS;
    }

    /** The graph property: the column name in camelCase ({@code population_75_plus} -> {@code population75Plus}). */
    String property() {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /**
     * The graph value of a non-empty cell: a String, Long, Boolean, LocalDate or list of
     * Strings.
     *
     * @throws IllegalArgumentException with the French message of the problem
     */
    Object read(String cell) {
        switch (kind) {
            case TEXT, REF:
                return cell;
            case INTEGER:
                return readInteger(cell);
            case BOOLEAN:
                if (cell.equals("true") || cell.equals("false")) {
                    return Boolean.valueOf(cell);
                }
                throw new IllegalArgumentException("« " + cell + " » n'est pas un booléen (attendu true ou false)");
            case DATE:
                return readDate(cell);
            case CODE:
                checkCode(cell);
                return cell;
            case CODES: {
                List<String> codes = elements(cell);
                codes.forEach(this::checkCode);
                return codes;
            }
            case REFS:
                return elements(cell);
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    static LocalDate readDate(String cell) {
        try {
            return LocalDate.parse(cell, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("« " + cell + " » n'est pas une date AAAA-MM-JJ valide");
        }
    }

    private Long readInteger(String cell) {
        long value;
        try {
            value = Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("« " + cell + " » n'est pas un nombre entier");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(max == Long.MAX_VALUE
                    ? "« " + cell + " » doit être un entier positif ou nul"
                    : "« " + cell + " » doit être un entier entre " + min + " et " + max);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkCode(String code) {
        if (Vocabulary.parse((Class) vocabulary, code).isEmpty()) {
            throw new IllegalArgumentException("« " + code + " » n'est pas un code connu (attendu : "
                    + String.join(", ", Vocabulary.codes(vocabulary)) + ")");
        }
    }

    private static List<String> elements(String cell) {
        List<String> elements = new ArrayList<>();
        for (String element : cell.split(";", -1)) {
            if (element.isEmpty()) {
                throw new IllegalArgumentException("« " + cell + " » contient un élément vide (séparateur « ; » en trop)");
            }
            elements.add(element);
        }
        return elements;
    }
}

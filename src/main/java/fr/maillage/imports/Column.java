package fr.maillage.imports;

import java.time.LocalDate;
import java.time.DateTimeException;
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

    static Column text(String name, boolean required) {
        return new Column(name, Kind.TEXT, required, null, null, null, 0, 0);
    }

    static Column integer(String name, long min, long max) {
        return integer(name, false, min, max);
    }

    static Column integer(String name, boolean required, long min, long max) {
        return new Column(name, Kind.INTEGER, required, null, null, null, min, max);
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

    /**
     * A {@code YYYY-MM-DD} date, strictly (no sign, no other width, an existing day). Read by
     * hand rather than with a {@code DateTimeFormatter}, which cost a fifth of the validation of
     * a bundle (docs/benchmarks.md, "Import").
     */
    static LocalDate readDate(String cell) {
        if (cell.length() == 10 && cell.charAt(4) == '-' && cell.charAt(7) == '-') {
            int year = digits(cell, 0, 4);
            int month = digits(cell, 5, 7);
            int day = digits(cell, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // 2026-02-30, month 13...: reported below like any other malformed date.
                }
            }
        }
        throw new IllegalArgumentException("« " + cell + " » n'est pas une date AAAA-MM-JJ valide");
    }

    /** The number written by the ASCII digits {@code cell[from, to)}, or -1 if one of them is not a digit. */
    private static int digits(String cell, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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

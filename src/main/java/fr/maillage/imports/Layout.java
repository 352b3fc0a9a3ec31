package fr.maillage.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of one bundle file (en-tête): which contract column sits at which position.
 * Unknown columns map to null (they are reported, never read).
 */
record Layout(ContractFile file, List<String> header, Column[] columns) {

    /** Receives the problem of one cell. */
    @FunctionalInterface
    interface ProblemSink {
        void problem(int line, String column, String message);
    }

    static Layout of(ContractFile file, List<String> header) {
        Column[] columns = new Column[header.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = file.column(header.get(i)).orElse(null);
        }
        return new Layout(file, header, columns);
    }

    boolean has(String column) {
        return header.contains(column);
    }

    /**
     * The typed values of a row's non-empty cells, by column name, reporting every bad cell and
     * every pair of dates in reverse order. Null when the row does not have the header's width.
     */
    Map<String, Object> read(CsvFile.Row row, ProblemSink sink) {
        if (row.cells().size() != columns.length) {
            sink.problem(row.line(), null, "la ligne a " + row.cells().size() + " champ(s) alors que l'en-tête en a "
                    + columns.length);
            return null;
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            Column column = columns[i];
            if (column == null) {
                continue;
            }
            String cell = row.cells().get(i);
            int line = row.lineOf(i);
            if (cell.indexOf(CsvFile.INVALID) >= 0) {
                sink.problem(line, column.name(), "octets invalides en UTF-8 (le fichier doit être encodé en UTF-8)");
            } else if (file.aboutPeople() && Pseudonymity.nirShaped(cell)) {
                sink.problem(line, column.name(), "valeur refusée : elle a la forme d'un NIR (numéro de sécurité"
                        + " sociale) ; " + Pseudonymity.WHY);
            } else if (cell.isEmpty()) {
                if (column.required()) {
                    sink.problem(line, column.name(), "valeur obligatoire manquante");
                }
            } else {
                try {
                    values.put(column.name(), column.read(cell));
                } catch (IllegalArgumentException e) {
                    sink.problem(line, column.name(), e.getMessage());
                }
            }
        }
        for (ContractFile.DateOrder order : file.dateOrders()) {
            if (values.get(order.earlier()) instanceof LocalDate earlier
                    && values.get(order.later()) instanceof LocalDate later && later.isBefore(earlier)) {
                sink.problem(row.lineOf(header.indexOf(order.later())), order.later(), "la date « " + order.later()
                        + " » (" + later + ") est antérieure à « " + order.earlier() + " » (" + earlier + ")");
            }
        }
        return values;
    }
}

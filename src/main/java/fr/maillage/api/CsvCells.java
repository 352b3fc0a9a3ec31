package fr.maillage.api;

/**
 * Cells of the CSV files the app writes, made safe for spreadsheets: a cell that a spreadsheet
 * would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) is written
 * after an apostrophe, which spreadsheets show as text (OWASP's "CSV injection" advice).
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}

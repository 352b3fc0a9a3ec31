package fr.maillage.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What gives away who a person is (données identifiantes) in a file about people: Maillage keeps
 * pseudonyms only (the contract's {@code persons.id} is one made by the source system), so a
 * column named like a name, an address, a birth date, a phone, an e-mail or a NIR, and a cell
 * shaped like a NIR (numéro de sécurité sociale), are refused with a message that says why.
 */
final class Pseudonymity {

    static final String WHY = "les données de personnes doivent être pseudonymes : ni nom, ni prénom, ni adresse, ni"
            + " date de naissance, ni téléphone, ni courriel, ni NIR";

    /** Stems of identifying column names, without accents, separators or case. */
    private static final List<String> IDENTIFYING = List.of("nom", "prenom", "name", "firstname", "lastname",
            "surname", "adresse", "address", "rue", "street", "codepostal", "postalcode", "zipcode", "ville", "city",
            "naissance", "birthdate", "datenaissance", "dateofbirth", "dob", "telephone", "tel", "phone", "mobile",
            "portable", "email", "mail", "courriel", "nir", "secu", "numerosecu", "securitesociale", "insee",
            "ssn");

    /**
     * A NIR: sex (1 or 2), year, month, département (digits, or 2A/2B for Corsica), commune, order,
     * then the 2-digit key or not; 13 or 15 characters once spaces are taken out.
     */
    private static final Pattern NIR = Pattern.compile("[12]\\d{4}(?:\\d{2}|2[AaBb])\\d{6}(?:\\d{2})?");

    private Pseudonymity() {
    }

    /** Whether a column's name says it holds who a person is (nom, Prénom, date_naissance, e-mail…). */
    static boolean identifyingColumn(String column) {
        String bare = Normalizer.normalize(column, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String joined = bare.replaceAll("[^a-z0-9]", "");
        for (String word : bare.split("[^a-z0-9]+")) {
            if (IDENTIFYING.contains(word)) {
                return true;
            }
        }
        return IDENTIFYING.stream().anyMatch(stem -> stem.length() > 4 && joined.contains(stem));
    }

    /** Whether a cell is shaped like a NIR (1 85 05 78 006 084 36, or 13 digits without the key). */
    static boolean nirShaped(String cell) {
        return cell.length() <= 24 && NIR.matcher(cell.replace(" ", "")).matches();
    }
}

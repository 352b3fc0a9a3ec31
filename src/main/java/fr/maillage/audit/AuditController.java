package fr.maillage.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.BadParameterException;
import fr.maillage.api.CsvCells;
import fr.maillage.vocabulary.Coded;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail for admins: filtered, as JSON or CSV, and its chain checked. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Journal d'audit")
public class AuditController {

    /** Dates of the filters are days in France. */
    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final int MAX_LIMIT = 100_000;

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Journal d'audit, du plus récent au plus ancien (format=csv : fichier CSV)",
            description = "Connexions, lectures de données personnelles, exports, rapports, imports et modifications "
                    + "d'utilisateurs, refus compris (status 403). Dates du filtre en heure de Paris.")
    public ResponseEntity<?> list(
            @Parameter(description = "Premier jour (AAAA-MM-JJ)") @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @Parameter(description = "Dernier jour (AAAA-MM-JJ)") @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @Parameter(description = "Nom d'utilisateur") @RequestParam(required = false) String user,
            @Parameter(description = "Action (login, login_failed, read_persons, export, report, import, user_change…)")
            @RequestParam(required = false) String action,
            @Parameter(description = "json (par défaut) ou csv") @RequestParam(required = false) String format,
            @Parameter(description = "Nombre maximal d'enregistrements (1000 par défaut)")
            @RequestParam(required = false) Integer limit) {
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new BadParameterException("format", "Paramètre « format » invalide : « " + format + " » (json ou csv)");
        }
        if (action != null && java.util.Arrays.stream(AuditAction.values()).map(Coded::code).noneMatch(action::equals)) {
            throw new BadParameterException("action", "Action inconnue : « " + action + " »");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new BadParameterException("limit", "Paramètre « limit » : entre 1 et " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "La date « from » (" + from + ") est après « to » (" + to + ")");
        }
        AuditQuery query = new AuditQuery(
                from == null ? null : AuditTrail.INSTANT.format(from.atStartOfDay(FRANCE).toInstant()),
                to == null ? null : AuditTrail.INSTANT.format(to.plusDays(1).atStartOfDay(FRANCE).toInstant().minusMillis(1)),
                blankToNull(user), blankToNull(action), limit != null ? limit : 1000);
        List<AuditRecord> records = trail.list(query);
        if (!"csv".equals(format)) {
            return ResponseEntity.ok(records);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("journal-audit.csv").build().toString())
                .body(csv(records));
    }

    @GetMapping("/verify")
    @Operation(summary = "Vérifie la chaîne du journal : chaque enregistrement porte l'empreinte du précédent")
    public AuditTrail.ChainCheck verify() {
        return trail.verify();
    }

    private static String csv(List<AuditRecord> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("seq", "at", "user", "action", "territoryId", "personId", "status", "detail", "hash").get())) {
            for (AuditRecord r : records) {
                printer.printRecord(r.seq(), r.at(), CsvCells.safe(r.user()), r.action(), CsvCells.safe(r.territoryId()),
                        CsvCells.safe(r.personId()), r.status(), CsvCells.safe(r.detail()), r.hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

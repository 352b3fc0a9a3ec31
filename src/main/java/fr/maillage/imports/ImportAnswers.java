package fr.maillage.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The answers of every endpoint that imports (bundle, ROR, INSEE hierarchy), which all go
 * through {@link BundleImporter}: 422 with the located problems of a refused bundle, 500 for a
 * failed write, 409 while another import writes (one writer at a time), and 413 for an upload
 * over {@code maillage.import.max-upload-size}, which Spring refuses before any controller runs.
 */
@RestControllerAdvice
class ImportAnswers {

    private final DataSize maxUploadSize;

    ImportAnswers(ImportProperties properties) {
        this.maxUploadSize = properties.getMaxUploadSize();
    }

    @ExceptionHandler(BundleRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(BundleRejectedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", e.importId());
        body.put("errors", e.problems());
        return ResponseEntity.unprocessableEntity().body(body);
    }

    @ExceptionHandler(ImportFailedException.class)
    ResponseEntity<Map<String, Object>> failed(ImportFailedException e) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Map.of("status", 500, "id", e.importId(), "message", e.getMessage()));
    }

    @ExceptionHandler(ImportBusyException.class)
    ResponseEntity<Map<String, Object>> busy(ImportBusyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "message", e.getMessage(),
                "running", e.runningId(), "instance", e.instance()));
    }

    /**
     * The JVM ran out of memory or stack (the importer has rolled its import back and rethrown
     * it): a French 503 rather than Spring's bare 500, and nothing of the error itself.
     */
    @ExceptionHandler(VirtualMachineError.class)
    ResponseEntity<Map<String, Object>> outOfResources(VirtualMachineError e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("status", 503, "message",
                "Le serveur a manqué de mémoire pendant la requête ; un import en cours a été annulé, rien n'en a"
                        + " été écrit ; réessayez plus tard, ou découpez le lot"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("status", 413, "message",
                "Envoi trop volumineux : un envoi est limité à " + french(maxUploadSize) + " (réglage"
                        + " maillage.import.max-upload-size) ; découpez le lot, ou déposez-le dans le dossier des"
                        + " imports du serveur (maillage.import.folder)"));
    }

    /** A size as a French reader writes it: 2 Go, 10 Ko (binary units, as Spring reads the setting). */
    static String french(DataSize size) {
        long bytes = size.toBytes();
        String[] units = {"Go", "Mo", "Ko"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (3 - i));
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + " " + units[i];
            }
        }
        return bytes + " octets";
    }
}

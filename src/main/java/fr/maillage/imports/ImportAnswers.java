package fr.maillage.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers of every endpoint that imports (bundle, ROR, INSEE hierarchy): they all go through
 * {@link BundleImporter}, so a refused bundle is 422 with its problems, a failed writing 500 with
 * its reason, and another import under way 409 (one writer at a time).
 */
@RestControllerAdvice
class ImportAnswers {

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
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "message", e.getMessage()));
    }
}

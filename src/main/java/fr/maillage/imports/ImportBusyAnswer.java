package fr.maillage.imports;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 409 for every endpoint that imports (bundle, ROR, INSEE hierarchy) while another import
 * writes: they all go through {@link BundleImporter}, which admits one writer at a time.
 */
@RestControllerAdvice
class ImportBusyAnswer {

    @ExceptionHandler(ImportBusyException.class)
    ResponseEntity<Map<String, Object>> busy(ImportBusyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "message", e.getMessage()));
    }
}

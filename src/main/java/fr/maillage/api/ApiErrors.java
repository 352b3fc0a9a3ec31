package fr.maillage.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import fr.maillage.db.QueryTimedOutException;

/**
 * The contract's error answers: 404, 400 and 503 (a read past its timeout) as JSON with a French message; {@link UnexpectedErrors}
 * answers the failures nobody planned for.
 */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<Map<String, Object>> badParameter(BadParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST,
                "Paramètre « " + e.getName() + " » invalide : « " + e.getValue() + " »"
                        + (e.getName().matches("asOf|from|to|previousFrom|previousTo") ? " (format attendu AAAA-MM-JJ)" : ""),
                e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "Paramètre « " + e.getParameterName() + " » manquant", e.getParameterName());
    }

    /** The read stopped by its timeout: nothing is wrong with the request itself, so it may be tried again. */
    @ExceptionHandler(QueryTimedOutException.class)
    ResponseEntity<Map<String, Object>> timedOut(QueryTimedOutException e) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message, String parameter) {
        return ResponseEntity.status(status).body(body(status, message, parameter));
    }

    /** The body of every error answer: {@code status}, a French {@code message}, the {@code parameter} at fault. */
    static Map<String, Object> body(HttpStatus status, String message, String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return body;
    }
}

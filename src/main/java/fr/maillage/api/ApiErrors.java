package fr.maillage.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import fr.maillage.db.QueryTimedOutException;
import tools.jackson.core.JacksonException;

/**
 * The contract's error answers: 404, 400 and 503 (a read past its timeout) as JSON with a French message; {@link UnexpectedErrors}
 * answers the failures nobody planned for.
 */
@RestControllerAdvice
public class ApiErrors {

    /** The characters of a value that an error message shows back. */
    private static final int SHOWN = 100;

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
                "Paramètre « " + e.getName() + " » invalide : « " + shown(e.getValue()) + " »"
                        + (e.getName().matches("asOf|from|to|previousFrom|previousTo") ? " (format attendu AAAA-MM-JJ)" : ""),
                e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "Paramètre « " + e.getParameterName() + " » manquant", e.getParameterName());
    }

    /**
     * A body that is no JSON, or JSON of the wrong shape (a list for a text, a text for a
     * yes/no): the field at fault is named, and nothing of the parser's own message (it names
     * the app's classes) reaches the caller.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        String field = null;
        if (e.getCause() instanceof JacksonException parsing) {
            field = parsing.getPath().stream().map(JacksonException.Reference::getPropertyName)
                    .filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
        }
        return field == null
                ? answer(HttpStatus.BAD_REQUEST, "Corps de la requête illisible : un objet JSON est attendu", "body")
                : answer(HttpStatus.BAD_REQUEST, "Champ « " + field + " » invalide : type inattendu", field);
    }

    /**
     * A value as an error message shows it: each value of a repeated parameter (not the array's
     * Java name), and no more than the beginning of a long one.
     */
    static String shown(Object value) {
        String text = value instanceof Object[] values
                ? String.join(", ", Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "… (" + text.length() + " caractères)" : text;
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

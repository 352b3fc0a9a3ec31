package fr.maillage.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of an answer that holds a person's id: it is written as stored for admins and
 * pilots, as the researcher's pseudonym for a researcher, and never for a planner (the answer
 * fails rather than leak one). See {@link AnswerShaping}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PersonId {
}

package fr.maillage.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a count of persons in an answer: a planner sees it under the small-cell rule of
 * {@link SmallCounts}. With {@link #includes} the field is a sum that contains the count of persons
 * named there (a link's weight holds its shared persons), hidden with it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PersonCount {

    /** The name of the property, in the same answer, holding the count of persons this sum includes. */
    String includes() default "";
}

package fr.maillage.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a count of persons in an answer: a planner sees it under the small-cell rule of
 * {@link SmallCounts}. With {@link #includes} the field is a sum that contains the count of persons
 * named there (a link's weight holds its shared persons), hidden with it. With {@link #parts} too,
 * the sum holds several counts of persons, of which only the small ones matter: {@link #includes}
 * names their total, {@link #parts} how many they are (a structure's weighted degree and its links
 * with few shared persons). Those two may be left out of the answer ({@code @JsonIgnore}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PersonCount {

    /** The name of the property, in the same answer, holding the count of persons this sum includes. */
    String includes() default "";

    /** The name of the property holding how many small counts of persons {@link #includes} adds up. */
    String parts() default "";
}

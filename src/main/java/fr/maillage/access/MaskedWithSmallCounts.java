package fr.maillage.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a figure computed from counts of persons that a planner may not see when some of them are
 * small (a structure's cross-sector share is a part of its weighted degree): a planner reads
 * {@value SmallCounts#MASKED} as soon as the property named by {@link #parts}, in the same answer,
 * counts one small count or more.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MaskedWithSmallCounts {

    /** The property holding how many small counts the figure is computed from. */
    String parts();
}

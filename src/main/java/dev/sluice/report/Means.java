package dev.sluice.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a phrasebook sentence means, for a reader of the features: beside its step annotation, so
 * the README's phrasebook table and the living documentation's phrasebook page are generated from
 * the step definitions themselves ({@code Phrasebook}) and cannot drift from them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Means {
    String value();
}

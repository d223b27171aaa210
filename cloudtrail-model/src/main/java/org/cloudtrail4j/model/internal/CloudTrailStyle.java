package org.cloudtrail4j.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated {@code Immutable*} classes stay package-private, users see the
 * abstract type and its nested {@code Builder}, and {@code build()} returns the abstract type. No {@code with*} copy
 * methods ({@code copy = false}): they would sit on the package-private classes, where no user can call them; a
 * changed copy is made with a builder ({@code toBuilder()} on the event and the identity).
 *
 * <p>Not part of the API: this package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    get = {"is*", "get*"},
    jdkOnly = true,
    deferCollectionAllocation = true,
    allMandatoryParameters = false,
    // no initialisation shim: the two defaults (rawJson, mappers) depend on nothing, and the shim cost an object per
    // event read
    unsafeDefaultAndDerived = true,
    defaults = @Value.Immutable(copy = false, prehash = false))
public @interface CloudTrailStyle {}

package org.cloudtrail4j.eks.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the EKS module, the same as the model's: generated {@code Immutable*} classes stay
 * package-private, users see the abstract type and its nested {@code Builder}, and {@code build()} returns the abstract
 * type.
 *
 * <p>Unlike the model's style it has no {@code is*}/{@code get*} accessor prefixes: EKS member names such as
 * {@code issuer}, {@code issuerUrl} and {@code issues} must keep their first two letters.
 *
 * <p>Not part of the API: this package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    allMandatoryParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface EksStyle {}

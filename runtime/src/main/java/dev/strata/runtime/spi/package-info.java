/**
 * What the code the Strata annotation processor generates calls, and nothing else: applications and
 * their tests use {@link dev.strata.runtime}. These types may change between versions in step with
 * the processor, so compile and run a registry with the same Strata version.
 */
package dev.strata.runtime.spi;

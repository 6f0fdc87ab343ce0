/** Private API: the runtime's machinery. No compatibility guarantees; do not use. */
package dev.strata.runtime.internal;

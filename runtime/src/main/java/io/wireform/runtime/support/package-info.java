/**
 * Helpers that generated codecs call. Public because generated code lives in the user's packages;
 * not meant to be called by hand, and may change between versions without notice.
 */
package io.wireform.runtime.support;

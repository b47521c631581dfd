import type { MetadataJson } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

/**
 * The numbering-plan metadata every phone function reads: libphonenumber-js's `min` set (every country,
 * lengths and formats, no number-type patterns), about 20 KB of the module's 30 KB gzip.
 *
 * This is the one place that chooses it. To shrink the engine bundle, point it at a metadata file generated
 * for fewer countries (libphonenumber-js documents the generator); countries left out then fail as
 * `invalid-country`, and {@link isValidDefaultCountry} rejects them.
 *
 * @internal
 */
export const phoneMetadata: MetadataJson = metadata;

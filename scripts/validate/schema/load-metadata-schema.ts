import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSchemaTypes } from './build-schema';
import { parseTypeDeclarations } from './parse-type-declarations';
import type { MetadataSchema } from './schema-model';

const cache = new Map<string, MetadataSchema>();

/**
 * Path of `@salesforce/types`' Metadata API declarations (`lib/metadata.d.ts`), found through Node's
 * module resolution so it is the installed version.
 */
export function metadataDeclarationsPath(): string {
    return path.join(path.dirname(require.resolve('@salesforce/types/metadata')), 'metadata.d.ts');
}

/**
 * Derives the Metadata API schema from a declarations file: parses it with the TypeScript compiler API and
 * resolves every type. The result is cached per file, so a run pays for this once.
 *
 * @param declarationsPath - Defaults to the installed `@salesforce/types/lib/metadata.d.ts`.
 */
export function loadMetadataSchema(declarationsPath: string = metadataDeclarationsPath()): MetadataSchema {
    const cached = cache.get(declarationsPath);
    if (cached) {
        return cached;
    }
    const started = performance.now();
    const text = readFileSync(declarationsPath, 'utf8');
    const types = buildSchemaTypes(parseTypeDeclarations(declarationsPath, text));
    const schema: MetadataSchema = { types, source: declarationsPath, deriveMs: performance.now() - started };
    cache.set(declarationsPath, schema);
    return schema;
}

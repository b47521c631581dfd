import path from 'node:path';
import { eachMapping, originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { engineBundleWithSourceMap } from '../../scripts/build/engine-bundle';
import { ENGINE_RESOURCE } from '../../scripts/build/index';

/** What a piece of the engine static resource is: the engine's own code, or a library it bundles. */
export type EnginePart = 'engine' | 'bridge' | 'SIP.js' | 'libphonenumber-js' | 'other';

/** The part a bundled source file belongs to, from its path relative to the project root. */
export function enginePartOf(file: string): EnginePart {
    if (file.startsWith('engine/src/bridge/')) return 'bridge';
    if (file.startsWith('engine/')) return 'engine';
    if (file.includes('node_modules/sip.js/')) return 'SIP.js';
    if (file.includes('node_modules/libphonenumber-js/')) return 'libphonenumber-js';
    return 'other';
}

/** The committed engine static resource with its source map, rebuilt in memory with the build's own options. */
export interface EngineSources {
    readonly code: string;
    /** The source file (relative to the project root) of the code at a 0-based line and column, if mapped. */
    fileAt(line: number, column: number): string | undefined;
    /** The resource's text, split by the part each character comes from (unmapped text is `other`). */
    textByPart(): Map<EnginePart, string>;
    /** The resource's text, split by the source file each character comes from (unmapped text is left out). */
    textByFile(): Map<string, string>;
}

/**
 * Rebuilds the engine bundle with a source map and checks that it is byte for byte the committed resource, so
 * that what the bench attributes is what agents load. Throws when the committed resource is stale.
 */
export async function loadEngineSources(root: string, committed: string): Promise<EngineSources> {
    const { code, map } = await engineBundleWithSourceMap(root);
    if (code !== committed) throw new Error(`${ENGINE_RESOURCE} is stale: run npm run build`);
    const traced = new TraceMap(map);
    const resourceDir = path.dirname(path.join(root, ENGINE_RESOURCE));
    const relative = (source: string): string =>
        path.relative(root, path.resolve(resourceDir, source)).split(path.sep).join('/');
    const files = new Map<string, string>();
    const fileOf = (source: string | null): string | undefined => {
        if (source === null) return undefined;
        let file = files.get(source);
        if (file === undefined) {
            file = relative(source);
            files.set(source, file);
        }
        return file;
    };
    /** The code in runs of one source file each, in order (`undefined`: text no source produced). */
    const splitByFile = (): [string | undefined, string][] => {
        const lineStarts = [0];
        for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
        const runs: [string | undefined, string][] = [];
        let from = 0;
        let file: string | undefined;
        const take = (to: number): void => {
            if (to <= from) return;
            runs.push([file, code.slice(from, to)]);
            from = to;
        };
        eachMapping(traced, (mapping) => {
            take((lineStarts[mapping.generatedLine - 1] ?? 0) + mapping.generatedColumn);
            file = fileOf(mapping.source);
        });
        take(code.length);
        return runs;
    };
    return {
        code,
        fileAt: (line, column) => fileOf(originalPositionFor(traced, { line: line + 1, column }).source),
        textByPart: () => {
            const parts = new Map<EnginePart, string[]>();
            for (const [file, text] of splitByFile()) {
                const part = file === undefined ? 'other' : enginePartOf(file);
                const list = parts.get(part) ?? [];
                list.push(text);
                parts.set(part, list);
            }
            return new Map([...parts].map(([name, list]) => [name, list.join('')]));
        },
        textByFile: () => {
            const byFile = new Map<string, string>();
            for (const [file, text] of splitByFile())
                if (file !== undefined) byFile.set(file, (byFile.get(file) ?? '') + text);
            return byFile;
        }
    };
}

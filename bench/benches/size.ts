import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_LINE_RESOURCE, DESK_PHONE_LINE_RESOURCE, ENGINE_RESOURCE } from '../../scripts/build/index';
import type { Bench, Figure } from '../figure';
import { loadEngineSources } from '../profile/engine-sources';
import type { EnginePart } from '../profile/engine-sources';

const STATIC_RESOURCES = 'force-app/main/default/staticresources';
const LWC_DIR = 'force-app/main/default/lwc';
const KB = 1024;
/**
 * How the size budgets count what the Open CTI adapter page loads (decided for issue 17, docs/performance.md):
 * - `SoftphoneEngine.js` is "the Open CTI static resource" of the issue: the engine with SIP.js and every
 *   country's phone-number metadata, ≤ 130 KB gzip, of which the engine's own code ≤ 45 KB.
 * - `SoftphoneUI.js` has a budget of its own: it carries what Lightning Experience serves to every LWC itself (the
 *   LWC engine, synthetic shadow, the base components the house rules say to use) besides our components, so it
 *   is budgeted apart, ≤ 150 KB gzip with room for the sound, device and call-waiting UI, and our components
 *   as the platform deploys them (the compiled LWC) ≤ 40 KB.
 * The two are not summed: the engine budget would then be spent on Salesforce's framework.
 * - `SoftphoneDemoLine.js` (the demo line) is loaded by the engine only in the demo telephony mode, and
 *   `SoftphoneDeskPhoneLine.js` (the desk phone line) only in the click-to-dial-only mode, so neither is
 *   part of the Open CTI figure; each is reported by itself and as its mode's total (engine + line), without
 *   a target, so that nothing an agent downloads goes unreported.
 */
const OPEN_CTI_GZIP_TARGET = 130 * KB;
/** Of which the engine's own code (engine/src, bridge included), gzipped by itself. */
const ENGINE_OWN_GZIP_TARGET = 45 * KB;
/** The Salesforce Voice connector's resource (its own package directory). */
const VOICE = 'force-app-voice/main/default/staticresources/SoftphoneVoiceConnector.js';
const VOICE_GZIP_TARGET = 120 * KB;
/** Other static resources with a budget, by name: the adapter page's UI (LWC, LWC engine, base components). */
const RESOURCE_GZIP_TARGETS: Readonly<Record<string, number>> = { SoftphoneUI: 150 * KB };
/** Our components as the platform deploys them (compiled `.js`, templates, styles). */
const COMPILED_LWC_GZIP_TARGET = 40 * KB;

/** Raw and gzip size of a text, as the browser downloads it. */
function sizes(text: string): { raw: number; gzip: number } {
    return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

function kb(bytes: number): string {
    return `${(bytes / KB).toFixed(1)} KB`;
}

/** The text of a static resource: its file, or every file of a folder resource, in name order. */
function resourceText(file: string): string {
    if (!statSync(file).isDirectory()) return readFileSync(file, 'utf8');
    return readdirSync(file, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((entry) => path.join(file, entry))
        .filter((entry) => statSync(entry).isFile())
        .map((entry) => readFileSync(entry, 'utf8'))
        .join('\n');
}

/** The lines the engine loads only in their telephony mode: their resource, and the mode as the figures name it. */
const LINES = [
    { resource: DEMO_LINE_RESOURCE, line: 'demo line', mode: 'demo' },
    { resource: DESK_PHONE_LINE_RESOURCE, line: 'desk phone line', mode: 'click-to-dial-only' }
] as const;

/** A line's figures: its resource by itself, and its mode's total with the engine resource (gzip each by itself). */
function lineFigures(
    root: string,
    engineGzip: number,
    { resource, line, mode }: (typeof LINES)[number]
): Figure[] {
    const name = `${line} static resource, loaded only in ${mode} mode (gzip)`;
    if (!existsSync(path.join(root, resource))) {
        return [
            {
                name,
                unit: '',
                value: NaN,
                target: 'report',
                pass: false,
                note: `${resource} is missing: run npm run build`
            }
        ];
    }
    const size = sizes(readFileSync(path.join(root, resource), 'utf8'));
    return [
        {
            name,
            unit: 'KB',
            value: size.gzip / KB,
            target: 'report',
            pass: true,
            note: `${kb(size.raw)} raw; ${path.basename(resource)}`
        },
        {
            name: `${mode} mode total: engine + ${line} resources (gzip, each by itself)`,
            unit: 'KB',
            value: (engineGzip + size.gzip) / KB,
            target: 'report',
            pass: true,
            note: `what an agent on the ${line} downloads for telephony; the Open CTI figure is the engine alone`
        }
    ];
}

/** Static resources other than the engine's and the lines', by name (without the `-meta.xml`), with their paths. */
function otherResources(root: string): { name: string; file: string }[] {
    const dir = path.join(root, STATIC_RESOURCES);
    return readdirSync(dir)
        .filter((entry) => !entry.endsWith('-meta.xml'))
        .map((entry) => ({ name: entry.replace(/\.[^.]+$/, ''), file: path.join(dir, entry) }))
        .filter(({ file }) => {
            const relative = path.relative(root, file).split(path.sep).join('/');
            return relative !== ENGINE_RESOURCE && LINES.every((line) => line.resource !== relative);
        });
}

/** Everything the platform deploys for the LWC bundles: compiled `.js`, templates and styles. */
function lwcDeployedText(root: string): string {
    const dir = path.join(root, LWC_DIR);
    const parts: string[] = [];
    for (const bundle of readdirSync(dir, { withFileTypes: true })) {
        if (!bundle.isDirectory()) continue;
        for (const file of readdirSync(path.join(dir, bundle.name))) {
            if (/\.(js|html|css)$/.test(file))
                parts.push(readFileSync(path.join(dir, bundle.name, file), 'utf8'));
        }
    }
    return parts.join('\n');
}

/** The engine folder a bundled source file is in (`telephony/sip`, `softphone`, …), or undefined for a library. */
function engineFolderOf(file: string): string | undefined {
    const match = /^engine\/src\/(telephony\/[^/]+|[^/]+)\//.exec(file);
    return match ? match[1] : undefined;
}

/** The engine's largest folders in the bundle, gzipped each by itself: where the engine's own bytes go. */
function largestFolders(textByFile: Map<string, string>, count = 6): string {
    const byFolder = new Map<string, string[]>();
    for (const [file, text] of textByFile) {
        const folder = engineFolderOf(file);
        if (folder === undefined) continue;
        const list = byFolder.get(folder) ?? [];
        list.push(text);
        byFolder.set(folder, list);
    }
    return [...byFolder]
        .map(([folder, list]) => ({ folder, gzip: sizes(list.join('')).gzip }))
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, count)
        .map(({ folder, gzip }) => `${folder} ${kb(gzip)}`)
        .join(', ');
}

/**
 * Sizes of what an agent's browser loads: the Open CTI engine resource (and how much of it is the engine's own
 * code, SIP.js and libphonenumber-js, from its source map), the Salesforce Voice connector resource, any other
 * static resource of the Open CTI package directory, and the compiled LWC.
 */
export function sizeBench(root: string): Bench {
    return {
        name: 'size',
        run: async (): Promise<Figure[]> => {
            const committed = readFileSync(path.join(root, ENGINE_RESOURCE), 'utf8');
            const engine = sizes(committed);
            const sources = await loadEngineSources(root, committed);
            const parts = sources.textByPart();
            const partSize = (...names: EnginePart[]): { raw: number; gzip: number } =>
                sizes(names.map((name) => parts.get(name) ?? '').join(''));
            const own = partSize('engine', 'bridge');
            const libraries = (['SIP.js', 'libphonenumber-js'] as const)
                .map((name) => `${name} ${kb(partSize(name).gzip)}`)
                .join(', ');
            const figures: Figure[] = [
                {
                    name: 'Open CTI engine static resource (gzip)',
                    unit: 'KB',
                    value: engine.gzip / KB,
                    target: `≤ ${OPEN_CTI_GZIP_TARGET / KB} KB`,
                    pass: engine.gzip <= OPEN_CTI_GZIP_TARGET,
                    note: `${kb(engine.raw)} raw; gzipped by itself: ${libraries}; phone metadata for every country`
                },
                {
                    name: "of which the engine's own code (engine/src, gzipped by itself)",
                    unit: 'KB',
                    value: own.gzip / KB,
                    target: `≤ ${ENGINE_OWN_GZIP_TARGET / KB} KB`,
                    pass: own.gzip <= ENGINE_OWN_GZIP_TARGET,
                    note: `${kb(own.raw)} raw; largest, gzipped each by itself: ${largestFolders(sources.textByFile())}`
                }
            ];
            for (const line of LINES) figures.push(...lineFigures(root, engine.gzip, line));
            if (existsSync(path.join(root, VOICE))) {
                const voice = sizes(readFileSync(path.join(root, VOICE), 'utf8'));
                figures.push({
                    name: 'Salesforce Voice connector static resource (gzip)',
                    unit: 'KB',
                    value: voice.gzip / KB,
                    target: `≤ ${VOICE_GZIP_TARGET / KB} KB`,
                    pass: voice.gzip <= VOICE_GZIP_TARGET,
                    note: `${kb(voice.raw)} raw`
                });
            } else {
                figures.push({
                    name: 'Salesforce Voice connector static resource (gzip)',
                    unit: '',
                    value: NaN,
                    target: `≤ ${VOICE_GZIP_TARGET / KB} KB`,
                    pass: false,
                    note: `${VOICE} is missing: run npm run build`
                });
            }
            for (const resource of otherResources(root)) {
                const measured = sizes(resourceText(resource.file));
                const budget = RESOURCE_GZIP_TARGETS[resource.name];
                figures.push({
                    name: `static resource ${resource.name} (gzip)`,
                    unit: 'KB',
                    value: measured.gzip / KB,
                    target: budget === undefined ? 'report' : `≤ ${budget / KB} KB`,
                    pass: budget === undefined || measured.gzip <= budget,
                    note: `${kb(measured.raw)} raw`
                });
            }
            const lwc = sizes(lwcDeployedText(root));
            figures.push({
                name: 'our components, the compiled LWC (gzip)',
                unit: 'KB',
                value: lwc.gzip / KB,
                target: `≤ ${COMPILED_LWC_GZIP_TARGET / KB} KB`,
                pass: lwc.gzip <= COMPILED_LWC_GZIP_TARGET,
                note: `${kb(lwc.raw)} raw`
            });
            return figures;
        }
    };
}

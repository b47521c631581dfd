import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench, Figure } from '../figure';

const ENGINE = 'force-app/main/default/staticresources/SoftphoneEngine.js';
const LWC_DIR = 'force-app/main/default/lwc';
const ENGINE_GZIP_TARGET = 100 * 1024;
const VOICE = 'force-app-voice/main/default/staticresources/SoftphoneVoiceConnector.js';
const VOICE_GZIP_TARGET = 120 * 1024;

/** Raw and gzip size of a text, as the browser downloads it. */
function sizes(text: string): { raw: number; gzip: number } {
    return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
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

/** Sizes of what an agent's browser loads: the engine static resource and the compiled LWC. */
export function sizeBench(root: string): Bench {
    return {
        name: 'size',
        run: async (): Promise<Figure[]> => {
            const engine = sizes(readFileSync(path.join(root, ENGINE), 'utf8'));
            const lwc = sizes(lwcDeployedText(root));
            const voice = sizes(readFileSync(path.join(root, VOICE), 'utf8'));
            return [
                {
                    name: 'engine static resource (raw)',
                    unit: 'KB',
                    value: engine.raw / 1024,
                    target: 'report',
                    pass: true
                },
                {
                    name: 'engine static resource (gzip)',
                    unit: 'KB',
                    value: engine.gzip / 1024,
                    target: `≤ ${ENGINE_GZIP_TARGET / 1024} KB`,
                    pass: engine.gzip <= ENGINE_GZIP_TARGET
                },
                {
                    name: 'Salesforce Voice connector resource (raw)',
                    unit: 'KB',
                    value: voice.raw / 1024,
                    target: 'report',
                    pass: true
                },
                {
                    name: 'Salesforce Voice connector resource (gzip)',
                    unit: 'KB',
                    value: voice.gzip / 1024,
                    target: `≤ ${VOICE_GZIP_TARGET / 1024} KB`,
                    pass: voice.gzip <= VOICE_GZIP_TARGET
                },
                {
                    name: 'compiled LWC (raw)',
                    unit: 'KB',
                    value: lwc.raw / 1024,
                    target: 'report',
                    pass: true
                },
                {
                    name: 'compiled LWC (gzip)',
                    unit: 'KB',
                    value: lwc.gzip / 1024,
                    target: 'report',
                    pass: true
                }
            ];
        }
    };
}

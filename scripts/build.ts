import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateAll } from './build/index';

/** `npm run build`: writes the compiled LWC `.js` and the engine static resource next to their sources. */
async function main(): Promise<void> {
    const root = path.resolve(__dirname, '..');
    const files = await generateAll(root);
    for (const file of files) {
        const target = path.join(root, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.contents);
        console.log(`built ${file.path} (${Buffer.byteLength(file.contents)} bytes) from ${file.source}`);
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

import {
    appendFileSync,
    cpSync,
    mkdtempSync,
    readFileSync,
    rmSync,
    symlinkSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkGenerated } from './generated';

const REPO = path.resolve(__dirname, '..', '..');
const SOFTPHONE = 'force-app/main/default/lwc/softphone';

/** A copy of what the build reads and writes, so a test can break it without touching the repo. */
function copyBuildInputs(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'generated-'));
    for (const item of [
        'engine/src',
        'force-app/main/default/lwc',
        'force-app/main/default/labels',
        'force-app/main/default/pages',
        'force-app/main/default/staticresources',
        'force-app-voice/main/default/staticresources',
        'types'
    ]) {
        cpSync(path.join(REPO, item), path.join(dir, item), { recursive: true });
    }
    for (const file of ['package.json', 'tsconfig.json', 'tsconfig.base.json', '.prettierrc']) {
        cpSync(path.join(REPO, file), path.join(dir, file));
    }
    // The engine bundles npm packages (libphonenumber-js): resolve them from the repo's own install.
    symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    return dir;
}

// Each case runs a full build (LWC compiler, engine, UI and connector bundles; the UI takes two Rollup passes):
// tens of seconds on a busy 2-core runner. Builds of equal inputs are shared within the file.
jest.setTimeout(240_000);

describe('checkGenerated', () => {
    let dir: string;

    beforeEach(() => {
        dir = copyBuildInputs();
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('passes when every generated file equals a fresh build', async () => {
        await expect(checkGenerated(dir)).resolves.toEqual([]);
    });

    it('rejects a compiled LWC whose TypeScript source changed after the last build, and the UI resource bundling it', async () => {
        const source = path.join(dir, SOFTPHONE, 'softphone.ts');
        writeFileSync(
            source,
            readFileSync(source, 'utf8').replace('ENGINE_WAIT_MS = 5000', 'ENGINE_WAIT_MS = 7000')
        );
        const problems = await checkGenerated(dir);
        expect(problems).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    check: 'generated',
                    file: `${SOFTPHONE}/softphone.js`,
                    message: expect.stringMatching(/^stale: .*softphone\.ts; run `npm run build`/)
                }),
                // Built from the fresh compile, not from the softphone.js on disk.
                expect.objectContaining({
                    check: 'generated',
                    file: 'force-app/main/default/staticresources/SoftphoneUI.js'
                })
            ])
        );
        expect(problems).toHaveLength(2);
    });

    it('rejects an engine static resource edited by hand', async () => {
        appendFileSync(
            path.join(dir, 'force-app/main/default/staticresources/SoftphoneEngine.js'),
            '\n// hotfix'
        );
        await expect(checkGenerated(dir)).resolves.toEqual([
            expect.objectContaining({ file: 'force-app/main/default/staticresources/SoftphoneEngine.js' })
        ]);
    });

    it('rejects a hand-written LWC .js that no TypeScript source generates', async () => {
        writeFileSync(path.join(dir, SOFTPHONE, 'helper.js'), 'export const x = 1;\n');
        await expect(checkGenerated(dir)).resolves.toEqual([
            expect.objectContaining({
                file: `${SOFTPHONE}/helper.js`,
                message: expect.stringContaining('no TypeScript source')
            })
        ]);
    });
});

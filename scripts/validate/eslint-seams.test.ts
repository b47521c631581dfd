import path from 'node:path';
import { ESLint } from 'eslint';

const REPO = path.resolve(__dirname, '..', '..');

/** The rule ids ESLint reports for `code` written at `file` (relative to the repo), with the project's config. */
async function rulesBroken(file: string, code: string): Promise<(string | null)[]> {
    const eslint = new ESLint({ cwd: REPO });
    const [result] = await eslint.lintText(code, { filePath: path.join(REPO, file) });
    return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('the seams ESLint keeps between folders', () => {
    it('keeps bench/ and scripts/ from importing e2e/', async () => {
        const code =
            "import { useConsoleRig } from '../../e2e/test-support/console-rig';\nexport const rig = useConsoleRig;\n";

        await expect(rulesBroken('bench/benches/probe.ts', code)).resolves.toEqual([
            'import/no-restricted-paths'
        ]);
        await expect(rulesBroken('scripts/org/probe.ts', code)).resolves.toEqual([
            'import/no-restricted-paths'
        ]);
    }, 60_000);

    it('keeps the harness from importing e2e/, and lets e2e/ import the harness', async () => {
        await expect(
            rulesBroken(
                'harness/probe.ts',
                "export { useConsoleRig } from '../e2e/test-support/console-rig';\n"
            )
        ).resolves.toEqual(['import/no-restricted-paths']);
        await expect(
            rulesBroken('e2e/probe.ts', "export { launchChromium } from '../harness/chromium';\n")
        ).resolves.toEqual([]);
    }, 60_000);

    it('keeps TS `private` out of the engine, so the bundle can minify its `#private` members', async () => {
        const tsPrivate =
            'export class Counter {\n    private count = 0;\n    constructor(private readonly step: number) {}\n' +
            '    private bump(): number {\n        return (this.count += this.step);\n    }\n}\n';
        const esPrivate =
            'export class Counter {\n    #count = 0;\n    readonly #step: number;\n' +
            '    constructor(step: number) {\n        this.#step = step;\n    }\n' +
            '    bump(): number {\n        return (this.#count += this.#step);\n    }\n}\n';

        await expect(rulesBroken('engine/src/session/probe.ts', tsPrivate)).resolves.toEqual([
            'no-restricted-syntax',
            'no-restricted-syntax',
            'no-restricted-syntax'
        ]);
        await expect(rulesBroken('engine/src/session/probe.ts', esPrivate)).resolves.toEqual([]);
        await expect(rulesBroken('engine/src/session/probe.test.ts', tsPrivate)).resolves.toEqual([]);
    }, 60_000);

    it("keeps the demo line's code out of the engine resource: the engine imports its types only", async () => {
        const value =
            "import { DemoTelephonyProvider } from './telephony/demo';\nexport const D = DemoTelephonyProvider;\n";
        const types =
            "import type { DemoTelephonyProvider } from './telephony/demo';\nexport type D = DemoTelephonyProvider;\n";
        await expect(rulesBroken('engine/src/probe.ts', value)).resolves.toEqual([
            '@typescript-eslint/no-restricted-imports'
        ]);
        await expect(
            rulesBroken('engine/src/telephony/probe.ts', "export { DemoTelephonyProvider } from './demo';\n")
        ).resolves.toEqual(['@typescript-eslint/no-restricted-imports']);
        await expect(rulesBroken('engine/src/probe.ts', types)).resolves.toEqual([]);
        await expect(
            rulesBroken(
                'engine/src/telephony/demo/probe.ts',
                "import { resolveDemoDelays } from './demo-delays';\nexport const r = resolveDemoDelays;\n"
            )
        ).resolves.toEqual([]);
    }, 60_000);
});

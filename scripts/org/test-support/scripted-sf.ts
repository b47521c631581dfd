import type { SfProcessResult, SfRunner } from '../sf-runner';

/** One scripted answer: the command it expects (exact arguments) and what `sf --json` prints. */
export interface ScriptedCall {
    readonly args: readonly string[];
    readonly json: Record<string, unknown>;
    readonly exitCode?: number;
}

/** A success envelope as `sf ... --json` prints it. */
export const ok = (result: unknown): Record<string, unknown> => ({ status: 0, result, warnings: [] });

/** A failure envelope as `sf ... --json` prints it. */
export const failure = (
    name: string,
    message: string,
    extra: Record<string, unknown> = {}
): Record<string, unknown> => ({
    status: 1,
    name,
    message,
    exitCode: 1,
    warnings: [],
    ...extra
});

/** A query result as `sf data query --json` returns it. */
export const records = (...rows: Record<string, unknown>[]): Record<string, unknown> =>
    ok({ records: rows, totalSize: rows.length, done: true });

/**
 * An {@link SfRunner} that answers from a script, in order, and fails the test with a readable message when a
 * command differs from the one scripted. `calls` holds every command run.
 */
export class ScriptedSf {
    public readonly calls: string[][] = [];
    private next = 0;

    public constructor(private readonly script: readonly ScriptedCall[]) {}

    public readonly runner: SfRunner = (args) => {
        this.calls.push([...args]);
        const expected = this.script[this.next];
        this.next += 1;
        if (expected === undefined) {
            return Promise.reject(new Error(`Unscripted command: sf ${args.join(' ')}`));
        }
        if (JSON.stringify(expected.args) !== JSON.stringify(args)) {
            return Promise.reject(
                new Error(`Expected: sf ${expected.args.join(' ')}\nGot:      sf ${args.join(' ')}`)
            );
        }
        const status = typeof expected.json['status'] === 'number' ? expected.json['status'] : 0;
        const result: SfProcessResult = {
            exitCode: expected.exitCode ?? status,
            stdout: JSON.stringify(expected.json, null, 2),
            stderr: ''
        };
        return Promise.resolve(result);
    };

    /** Whether every scripted command ran. */
    public get done(): boolean {
        return this.next === this.script.length;
    }
}

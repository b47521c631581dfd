import { OrgSetupError } from './org-setup-error';
import { parseSfEnvelope } from './sf-json';
import type { SfEnvelope } from './sf-json';
import { formatCommand } from './sf-runner';
import type { SfRunner } from './sf-runner';

/** Where progress lines go: the console in the CLI, an array in tests. */
export type Log = (line: string) => void;

/**
 * Runs `sf` commands with `--json` through an injected {@link SfRunner} and hands back their parsed envelope,
 * echoing each command first so a person can follow and repeat what happened.
 */
export class SfClient {
    public constructor(
        private readonly runner: SfRunner,
        private readonly log: Log
    ) {}

    /**
     * Runs the command and returns its envelope whatever its status, for callers that handle failures
     * themselves (an unknown alias, a duplicate assignment).
     *
     * @throws OrgSetupError when the output is not the CLI's JSON at all
     */
    public async envelope(args: readonly string[]): Promise<SfEnvelope> {
        this.log(`$ ${formatCommand(args)}`);
        const outcome = await this.runner(args);
        const envelope = parseSfEnvelope(outcome.stdout, outcome.stderr, outcome.exitCode);
        if (envelope === undefined) {
            const output = `${outcome.stderr}\n${outcome.stdout}`.trim().slice(0, 500);
            throw new OrgSetupError(
                `"${formatCommand(args)}" did not print the CLI's JSON (exit code ${outcome.exitCode})` +
                    (output ? `: ${output}` : '.')
            );
        }
        return envelope;
    }

    /**
     * Runs the command and returns its `result`.
     *
     * @param what - what the command does, for the message when it fails ("create the scratch org")
     * @throws OrgSetupError naming the command and the CLI's own message when its status is not 0
     */
    public async result(args: readonly string[], what: string): Promise<unknown> {
        const envelope = await this.envelope(args);
        if (envelope.status !== 0) {
            throw new OrgSetupError(
                `Could not ${what}: ${envelope.message ?? envelope.name ?? `exit status ${envelope.status}`}`
            );
        }
        return envelope.result;
    }
}

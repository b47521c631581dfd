import { spawn } from 'node:child_process';

/** What one `sf` process printed and how it ended. */
export interface SfProcessResult {
    readonly exitCode: number;
    readonly stdout: string;
    readonly stderr: string;
}

/**
 * Runs `sf` with the given arguments (never through a shell) and resolves when it ends. Injectable: tests pass
 * a runner that answers from scripted `sf --json` outputs, so the real step logic runs without a CLI or an org.
 */
export type SfRunner = (args: readonly string[]) => Promise<SfProcessResult>;

/** Explains how to get the CLI when `sf` is not on `PATH`. */
export const SF_NOT_FOUND_MESSAGE =
    'The Salesforce CLI (sf) is not installed or not on PATH. Install it with ' +
    '"npm install --global @salesforce/cli", check it with "sf --version", then run this again.';

/** The real runner: spawns `sf` from `PATH` in `cwd`, collecting its output. */
export function createProcessRunner(cwd: string, command = 'sf'): SfRunner {
    return (args) =>
        new Promise((resolve, reject) => {
            const child = spawn(command, [...args], { cwd, shell: false, env: process.env });
            let stdout = '';
            let stderr = '';
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
            child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
            child.on('error', (error: NodeJS.ErrnoException) =>
                reject(error.code === 'ENOENT' ? new Error(SF_NOT_FOUND_MESSAGE) : error)
            );
            child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
        });
}

/** Quotes one argument for a POSIX shell only when it needs it, so printed commands can be pasted as they are. */
export function quoteArgument(argument: string): string {
    if (/^[\w@%+=:,./-]+$/.test(argument)) return argument;
    if (!/["$`\\!]/.test(argument)) return `"${argument}"`;
    return `'${argument.replace(/'/g, `'\\''`)}'`;
}

/** The command line a person would type for these `sf` arguments. */
export function formatCommand(args: readonly string[]): string {
    return ['sf', ...args].map(quoteArgument).join(' ');
}

import path from 'node:path';
import { OrgSetupError } from './org-setup-error';
import { createProcessRunner } from './sf-runner';
import { planSetup, runSetup } from './setup';
import { SETUP_USAGE, parseSetupArgs } from './setup-options';

/** `npm run org:setup -- [options]`: see {@link SETUP_USAGE}. */
async function main(): Promise<void> {
    const root = path.resolve(__dirname, '..', '..');
    try {
        const commandLine = parseSetupArgs(process.argv.slice(2));
        if (commandLine.help) {
            console.log(SETUP_USAGE);
            return;
        }
        if (commandLine.dryRun) {
            console.log(planSetup(root, commandLine.options).join('\n'));
            return;
        }
        await runSetup(root, commandLine.options, createProcessRunner(root), (line) => console.log(line));
    } catch (error) {
        console.error(error instanceof OrgSetupError ? error.message : error);
        process.exitCode = 1;
    }
}

void main();

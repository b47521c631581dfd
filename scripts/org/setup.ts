import { OrgSetupError } from './org-setup-error';
import { SfClient } from './sf-client';
import type { Log } from './sf-client';
import { formatCommand } from './sf-runner';
import type { SfRunner } from './sf-runner';
import type { SetupContext, SetupOptions, SetupStep } from './setup-step';
import { callCenterStep } from './step-call-center';
import { deployStep } from './step-deploy';
import { openConsoleStep } from './step-open-console';
import { permissionSetsStep } from './step-permission-sets';
import { sampleDataStep } from './step-sample-data';
import { scratchOrgStep } from './step-scratch-org';

/** The steps of org:setup for these options, in order. */
export function setupSteps(options: SetupOptions): SetupStep[] {
    return [
        scratchOrgStep,
        deployStep,
        permissionSetsStep,
        callCenterStep,
        ...(options.loadData ? [sampleDataStep] : []),
        ...(options.open ? [openConsoleStep] : [])
    ];
}

/**
 * The dry run: every command org:setup may run, in order, exactly as a real run builds them, with the
 * condition under which each runs. Values only a real run learns are shown as `<placeholders>`.
 */
export function planSetup(root: string, options: SetupOptions): string[] {
    const lines = ['org:setup dry run: nothing is run. A real run executes these commands in this order:'];
    setupSteps(options).forEach((step, index) => {
        lines.push('', `# ${index + 1}. ${step.title}`);
        for (const command of step.plan(root, options)) {
            if (command.when !== undefined) lines.push(`#    (${command.when})`);
            lines.push(formatCommand(command.args));
        }
    });
    return lines;
}

/** A step stopped the setup. */
export class SetupStoppedError extends OrgSetupError {
    public constructor(
        public readonly step: number,
        public readonly title: string,
        reason: string
    ) {
        super(`org:setup stopped at step ${step} (${title}): ${reason}`);
        this.name = 'SetupStoppedError';
    }
}

/**
 * Runs every step in order through `runner`; each checks its own result. The first failure stops the setup
 * with the step and the reason; fixing it and running again picks up where it stopped.
 *
 * @throws SetupStoppedError naming the step that failed and why
 */
export async function runSetup(
    root: string,
    options: SetupOptions,
    runner: SfRunner,
    log: Log
): Promise<void> {
    const context: SetupContext = {
        client: new SfClient(runner, log),
        log,
        root,
        options,
        state: { username: undefined }
    };
    const steps = setupSteps(options);
    for (const [index, step] of steps.entries()) {
        log(`[${index + 1}/${steps.length}] ${step.title}`);
        let summary: string;
        try {
            summary = await step.run(context);
        } catch (error) {
            throw new SetupStoppedError(
                index + 1,
                step.title,
                error instanceof Error ? error.message : String(error)
            );
        }
        log(`      ${summary}`);
    }
    log(`org:setup done: scratch org ${options.alias} is ready.`);
}

import type { SfClient, Log } from './sf-client';

/** The options of `npm run org:setup`. */
export interface SetupOptions {
    /** Alias of the scratch org to create or reuse. */
    readonly alias: string;
    /** Dev Hub username or alias; the CLI's `target-dev-hub` config when undefined. */
    readonly devHub: string | undefined;
    /** Days before a new scratch org expires (1 to 30). */
    readonly durationDays: number;
    /** Move the admin user out of another call center. */
    readonly force: boolean;
    /** Leave out the sample data. */
    readonly loadData: boolean;
    /** Open the console app at the end. */
    readonly open: boolean;
    /** Set up Salesforce Voice too (`--voice`): its scratch definition, package directory and permission set. */
    readonly voice?: boolean;
    /**
     * A phone-system profile's permission set to assign the admin as well (`--phone-system`), so the softphone
     * registers with that profile's PBX instead of the call center's.
     */
    readonly phoneSystemPermissionSet?: string;
    /**
     * Set up the Omni-Channel sync too (`--omni`): force-app-omni (the utility item, the presence mapping, the On
     * a Call presence status) and its permission set.
     */
    readonly omni?: boolean;
}

/** What the steps learn and pass on. */
export interface SetupState {
    /** The scratch org admin's username, from `sf org display` or `sf org create scratch`. */
    username: string | undefined;
}

/** Everything a step needs: the injected CLI client, the project, the options and the shared state. */
export interface SetupContext {
    readonly client: SfClient;
    readonly log: Log;
    readonly root: string;
    readonly options: SetupOptions;
    readonly state: SetupState;
}

/** A command the step may run, for the dry run, with the condition under which it runs. */
export interface PlannedCommand {
    readonly args: readonly string[];
    readonly when?: string;
}

/** One step of org:setup: it checks its own result and is safe to run again. */
export interface SetupStep {
    readonly title: string;
    /** The commands the step runs, in order, as the dry run prints them (placeholders in angle brackets). */
    plan(root: string, options: SetupOptions): readonly PlannedCommand[];
    /** Runs the step; resolves to a one-line summary, or throws OrgSetupError with what to do. */
    run(context: SetupContext): Promise<string>;
}

/** The placeholder the dry run prints for a value only a real run learns. */
export const placeholder = (what: string): string => `<${what}>`;

/** The admin's username, once the scratch org step has run. */
export function requireUsername(context: SetupContext): string {
    if (context.state.username === undefined) {
        throw new Error('The scratch org step must run before this step (no username yet).');
    }
    return context.state.username;
}

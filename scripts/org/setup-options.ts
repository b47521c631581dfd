import { parseArgs } from 'node:util';
import { OrgSetupError } from './org-setup-error';
import { PROJECT_NAMES } from './project-names';
import type { SetupOptions } from './setup-step';

/** Usage of `npm run org:setup -- [options]`. */
export const SETUP_USAGE = `Usage: npm run org:setup -- [options]

Creates (or reuses) a scratch org, deploys the project, assigns Softphone_Agent and Softphone_Admin to the
org's admin, adds the admin to the SoftphoneCallCenter call center, loads sample records with phone numbers
and opens the Softphone Console app. Safe to run again: each step skips what is already done.

Options:
  --dev-hub <alias>       Dev Hub username or alias (default: the CLI's target-dev-hub)
  --alias <alias>         scratch org alias (default: ${PROJECT_NAMES.defaultOrgAlias})
  --duration-days <days>  lifetime of a new scratch org, 1 to 30 (default: 7)
  --force                 move the admin out of another call center
  --no-data               do not load the sample data
  --no-open               do not open the browser
  --phone-system <permission set>
                          also assign this phone-system profile's permission set (e.g.
                          ${PROJECT_NAMES.examplePhoneSystemPermissionSet}), so the softphone registers with
                          that profile's PBX instead of the call center's
  --voice                 Salesforce Voice instead of Open CTI: a scratch org with Partner Telephony,
                          force-app-voice deployed too, Softphone_Voice_Agent, the admin in the
                          ${PROJECT_NAMES.voiceContactCenterInternalName} contact center, the Voice console
  --omni                  the Omni-Channel sync too: force-app-omni deployed (Omni-Channel must be on),
                          ${PROJECT_NAMES.omniSyncPermissionSet} assigned
  --dry-run               print the commands, run nothing
  --help                  show this help`;

/** What the command line asked for. */
export interface SetupCommandLine {
    readonly options: SetupOptions;
    readonly dryRun: boolean;
    readonly help: boolean;
}

/** Parses `org:setup` arguments; throws OrgSetupError with the problem and the usage. */
export function parseSetupArgs(argv: readonly string[]): SetupCommandLine {
    let values;
    try {
        ({ values } = parseArgs({
            args: [...argv],
            strict: true,
            allowPositionals: false,
            options: {
                'dev-hub': { type: 'string' },
                alias: { type: 'string' },
                'duration-days': { type: 'string' },
                force: { type: 'boolean' },
                'no-data': { type: 'boolean' },
                'no-open': { type: 'boolean' },
                voice: { type: 'boolean' },
                'phone-system': { type: 'string' },
                omni: { type: 'boolean' },
                'dry-run': { type: 'boolean' },
                help: { type: 'boolean' }
            }
        }));
    } catch (error) {
        throw new OrgSetupError(
            `${error instanceof Error ? error.message : String(error)}\n\n${SETUP_USAGE}`
        );
    }
    const durationText = values['duration-days'] ?? '7';
    const durationDays = Number(durationText);
    if (!Number.isInteger(durationDays) || durationDays < 1 || durationDays > 30) {
        throw new OrgSetupError(
            `--duration-days must be a whole number from 1 to 30, got "${durationText}".`
        );
    }
    const alias = values.alias ?? PROJECT_NAMES.defaultOrgAlias;
    if (alias.trim() === '' || alias.startsWith('-')) {
        throw new OrgSetupError(`--alias needs a name, got "${alias}".`);
    }
    const phoneSystem = values['phone-system'];
    if (phoneSystem !== undefined && !/^[A-Za-z][A-Za-z0-9_]{0,79}$/.test(phoneSystem)) {
        throw new OrgSetupError(`--phone-system needs a permission set's API name, got "${phoneSystem}".`);
    }
    return {
        options: {
            alias,
            devHub: values['dev-hub'],
            durationDays,
            force: values.force === true,
            loadData: values['no-data'] !== true,
            open: values['no-open'] !== true,
            voice: values.voice === true,
            ...(phoneSystem === undefined ? {} : { phoneSystemPermissionSet: phoneSystem }),
            omni: values.omni === true
        },
        dryRun: values['dry-run'] === true,
        help: values.help === true
    };
}

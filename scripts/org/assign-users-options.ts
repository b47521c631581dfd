import { parseArgs } from 'node:util';
import { OrgSetupError } from './org-setup-error';
import { PROJECT_NAMES } from './project-names';

/** Usage of `npm run org:assign-users -- ...`. */
export const ASSIGN_USERS_USAGE = `Usage: npm run org:assign-users -- <username>... [options]
       npm run org:assign-users -- --permission-set <name> [options]

Adds users to the ${PROJECT_NAMES.callCenterInternalName} call center (User.CallCenterId) in one Bulk API update.
A user belongs to one call center at a time: users already in another call center are reported and left
where they are, unless --force is given. Users already in the call center are left alone.

Options:
  --permission-set <name>  every active user who holds this permission set (for example Softphone_Agent)
  --target-org <alias>     org username or alias (default: the CLI's target-org)
  --call-center <name>     call center internal name (default: ${PROJECT_NAMES.callCenterInternalName})
  --force                  move users out of another call center
  --dry-run                print the commands, run nothing
  --help                   show this help`;

/** The options of `org:assign-users`. */
export interface AssignUsersOptions {
    readonly usernames: readonly string[];
    readonly permissionSet: string | undefined;
    readonly targetOrg: string | undefined;
    readonly callCenter: string;
    readonly force: boolean;
    readonly dryRun: boolean;
    readonly help: boolean;
}

/** Parses `org:assign-users` arguments; throws OrgSetupError with the problem and the usage. */
export function parseAssignUsersArgs(argv: readonly string[]): AssignUsersOptions {
    let parsed;
    try {
        parsed = parseArgs({
            args: [...argv],
            strict: true,
            allowPositionals: true,
            options: {
                'permission-set': { type: 'string' },
                'target-org': { type: 'string' },
                'call-center': { type: 'string' },
                force: { type: 'boolean' },
                'dry-run': { type: 'boolean' },
                help: { type: 'boolean' }
            }
        });
    } catch (error) {
        throw new OrgSetupError(
            `${error instanceof Error ? error.message : String(error)}\n\n${ASSIGN_USERS_USAGE}`
        );
    }
    const { values, positionals } = parsed;
    const options: AssignUsersOptions = {
        usernames: [
            ...new Set(positionals.map((username) => username.trim()).filter((username) => username))
        ],
        permissionSet: values['permission-set'],
        targetOrg: values['target-org'],
        callCenter: values['call-center'] ?? PROJECT_NAMES.callCenterInternalName,
        force: values.force === true,
        dryRun: values['dry-run'] === true,
        help: values.help === true
    };
    if (options.help) return options;
    if (options.usernames.length > 0 === (options.permissionSet !== undefined)) {
        throw new OrgSetupError(
            `Give either usernames or --permission-set, not both and not neither.\n\n${ASSIGN_USERS_USAGE}`
        );
    }
    return options;
}

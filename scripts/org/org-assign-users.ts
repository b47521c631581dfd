import path from 'node:path';
import { ASSIGN_USERS_USAGE, parseAssignUsersArgs } from './assign-users-options';
import { assignUsers, formatAssignUsersReport, planAssignUsers } from './assign-users';
import { OrgSetupError } from './org-setup-error';
import { createProcessRunner } from './sf-runner';

/** `npm run org:assign-users -- <usernames...> | --permission-set <name>`: see {@link ASSIGN_USERS_USAGE}. */
async function main(): Promise<void> {
    const root = path.resolve(__dirname, '..', '..');
    try {
        const options = parseAssignUsersArgs(process.argv.slice(2));
        if (options.help) {
            console.log(ASSIGN_USERS_USAGE);
            return;
        }
        if (options.dryRun) {
            console.log(planAssignUsers(options).join('\n'));
            return;
        }
        const report = await assignUsers(options, createProcessRunner(root), (line) => console.log(line));
        const { lines, ok } = formatAssignUsersReport(report, options.callCenter);
        console.log(lines.join('\n'));
        process.exitCode = ok ? 0 : 1;
    } catch (error) {
        console.error(error instanceof OrgSetupError ? error.message : error);
        process.exitCode = 1;
    }
}

void main();

import { planRecords, readDataPlan } from './data-plan';
import type { DataPlan } from './data-plan';
import { OrgSetupError } from './org-setup-error';
import { PROJECT_NAMES } from './project-names';
import { queryTotalSize } from './records';
import { sfCommands, soql } from './sf-commands';
import type { SetupStep } from './setup-step';

/** The Account names of the plan: how the step recognises sample data that is already loaded. */
export function sampleAccountNames(plan: DataPlan): string[] {
    return planRecords(plan)
        .filter((record) => record.type === 'Account' && typeof record.fields['Name'] === 'string')
        .map((record) => String(record.fields['Name']));
}

function loadPlan(root: string): DataPlan {
    const plan = readDataPlan(root, PROJECT_NAMES.dataPlanFile);
    if (plan.issues.length > 0) {
        throw new OrgSetupError(
            `The data plan is not valid: ${plan.issues.map((issue) => `${issue.file}: ${issue.message}`).join('; ')}`
        );
    }
    return plan;
}

/**
 * Loads the sample Accounts, Contacts, Cases and Leads (all with phone numbers) with
 * `sf data import tree --plan`, unless they are there already: the plan's Account names are counted first,
 * all present means loaded, none means load, some means a half-finished load that a person must look at
 * (importing again would duplicate records). The import's result must list one Id per record of the plan.
 */
export const sampleDataStep: SetupStep = {
    title: 'Sample data',
    plan: (root, options) => [
        {
            args: sfCommands.query(
                options.alias,
                soql.countAccountsByName(sampleAccountNames(loadPlan(root)))
            )
        },
        {
            args: sfCommands.importTree(options.alias, PROJECT_NAMES.dataPlanFile),
            when: 'only when none of the sample Accounts exist yet'
        }
    ],
    run: async ({ client, root, options }) => {
        const plan = loadPlan(root);
        const names = sampleAccountNames(plan);
        const found = queryTotalSize(
            await client.result(
                sfCommands.query(options.alias, soql.countAccountsByName(names)),
                'count the sample Accounts'
            )
        );
        if (found === names.length) return `sample data already loaded (${found} sample Accounts found)`;
        if (found > 0) {
            throw new OrgSetupError(
                `${found} of the ${names.length} sample Accounts are in the org: an earlier import stopped half way. ` +
                    'Delete the sample records (their names end in "(Softphone sample)") and run org:setup again, ' +
                    'or run it with --no-data to keep what is there.'
            );
        }
        const result = await client.result(
            sfCommands.importTree(options.alias, PROJECT_NAMES.dataPlanFile),
            'import the sample data'
        );
        const expected = planRecords(plan).length;
        const imported = Array.isArray(result) ? result.length : 0;
        if (imported !== expected) {
            throw new OrgSetupError(
                `The sample data import reported ${imported} records, but the plan has ${expected}; ` +
                    'check the org before running org:setup again.'
            );
        }
        return `loaded ${imported} sample records (${plan.entries.map((entry) => entry.sobject).join(', ')})`;
    }
};

import { isValidPhoneNumber } from 'libphonenumber-js';
import { readDataPlan, REFERENCE_ID } from '../org/data-plan';
import type { DataPlan } from '../org/data-plan';
import { PROJECT_NAMES } from '../org/project-names';
import type { Check, Problem } from './problem';
import { STANDARD_FIELDS, STANDARD_PICKLIST_VALUES } from './standard-fields';
import type { FieldKind } from './standard-fields';

const CHECK = 'data-plan';

/** A simple address check: something@something.tld (the sample data uses example.com). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

function checkValue(
    sobject: string,
    field: string,
    kind: FieldKind,
    value: unknown,
    refs: Map<string, string>
): string | undefined {
    if (typeof kind === 'object') {
        const ref = typeof value === 'string' && value.startsWith('@') ? value.slice(1) : undefined;
        if (ref === undefined)
            return `${sobject}.${field} must be a @reference to a ${kind.reference} of the plan, got ${JSON.stringify(value)}`;
        const target = refs.get(ref);
        if (target === undefined)
            return `${sobject}.${field} refers to @${ref}, which no earlier record of the plan defines`;
        if (target !== kind.reference)
            return `${sobject}.${field} refers to @${ref}, a ${target}, but must point to a ${kind.reference}`;
        return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') return `${sobject}.${field} must be non-empty text`;
    if (kind === 'phone' && !isValidPhoneNumber(value))
        return `${sobject}.${field} "${value}" is not a valid phone number (write it in international form, +1 415 555 0100)`;
    if (kind === 'email' && !EMAIL.test(value))
        return `${sobject}.${field} "${value}" is not an email address`;
    if (kind === 'picklist') {
        const values = STANDARD_PICKLIST_VALUES[`${sobject}.${field}`];
        if (values !== undefined && !values.includes(value))
            return `${sobject}.${field} "${value}" is not one of the standard values: ${values.join(', ')}`;
    }
    return undefined;
}

/** Checks the records of a plan that {@link readDataPlan} read: objects, fields, values and references. */
export function findDataPlanProblems(plan: DataPlan): Problem[] {
    const problems: Problem[] = plan.issues.map((issue) => ({
        check: CHECK,
        file: issue.file,
        message: issue.message
    }));
    const refs = new Map<string, string>();
    for (const entry of plan.entries) {
        const fields = STANDARD_FIELDS[entry.sobject];
        for (const file of entry.files) {
            const report = (message: string): void =>
                void problems.push({ check: CHECK, file: file.file, message });
            if (fields === undefined) {
                report(
                    `${entry.sobject} is not an object the sample data may load (${Object.keys(STANDARD_FIELDS).join(', ')})`
                );
                continue;
            }
            if (file.records.length === 0 && !plan.issues.some((issue) => issue.file === file.file)) {
                report('the file has no records');
            }
            // The CLI resolves references to records of earlier requests; a record may not point into its own file.
            const pending = new Map<string, string>();
            for (const record of file.records) {
                if (!REFERENCE_ID.test(record.referenceId)) {
                    report(
                        `referenceId "${record.referenceId}" must look like ${entry.sobject}Ref1: the CLI resolves only @<Name>Ref<n> references`
                    );
                }
                if (refs.has(record.referenceId) || pending.has(record.referenceId)) {
                    report(`referenceId ${record.referenceId} is used twice in the plan`);
                }
                pending.set(record.referenceId, record.type);
                for (const [field, value] of Object.entries(record.fields)) {
                    const kind = fields[field];
                    if (kind === undefined) {
                        report(
                            `${record.referenceId}: ${entry.sobject}.${field} is not a standard field the sample data may set`
                        );
                        continue;
                    }
                    const problem = checkValue(entry.sobject, field, kind, value, refs);
                    if (problem !== undefined) report(`${record.referenceId}: ${problem}`);
                }
            }
            for (const [ref, type] of pending) refs.set(ref, type);
        }
        if (
            entry.files.some((file) =>
                file.records.some((record) =>
                    Object.values(record.fields).some((v) => typeof v === 'string' && v.startsWith('@'))
                )
            ) &&
            entry.resolveRefs === false
        ) {
            problems.push({
                check: CHECK,
                file: PROJECT_NAMES.dataPlanFile,
                message: `${entry.sobject} has @references but "resolveRefs" is false; CLI versions before the 2024 tree import need it true`
            });
        }
    }
    return problems;
}

/**
 * Checks the sample data plan `npm run org:setup` imports with `sf data import tree --plan`: the plan's JSON
 * shape and its files (as the CLI's schema requires), that every object and field is a standard one listed in
 * {@link STANDARD_FIELDS}, that picklist values are standard ones, that phone numbers are valid numbers, and
 * that every `@reference` points to a record of the right object defined earlier in the plan.
 */
export const checkDataPlan: Check = (root) =>
    Promise.resolve(findDataPlanProblems(readDataPlan(root, PROJECT_NAMES.dataPlanFile)));

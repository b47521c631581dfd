import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from './sf-json';

/** One record of an sObject tree file: its `attributes` and its field values. */
export interface TreeRecord {
    readonly type: string;
    readonly referenceId: string;
    /** Field values, without `attributes`. */
    readonly fields: Readonly<Record<string, unknown>>;
}

/** One data file of the plan, with its records. */
export interface PlanFile {
    /** Path relative to the project root, with `/`. */
    readonly file: string;
    readonly records: readonly TreeRecord[];
}

/** One entry of the plan: an sObject and its files, in import order. */
export interface PlanEntry {
    readonly sobject: string;
    readonly saveRefs: boolean | undefined;
    readonly resolveRefs: boolean | undefined;
    readonly files: readonly PlanFile[];
}

/** Something wrong with the plan or one of its files, where it is. */
export interface PlanIssue {
    readonly file: string;
    readonly message: string;
}

/** The plan as read, and everything wrong with its shape. */
export interface DataPlan {
    readonly entries: readonly PlanEntry[];
    readonly issues: readonly PlanIssue[];
}

/** The keys `sf data import tree` accepts in a plan entry (plugin-data's DataImportPlanArraySchema). */
const PLAN_ENTRY_KEYS = new Set(['sobject', 'saveRefs', 'resolveRefs', 'files']);

/**
 * The reference id form the CLI resolves: `sf data import tree` treats a value `@<Name>Ref<digits>` as a
 * reference to a record saved earlier in the import (plugin-data's `^@\w+Ref\d+$`).
 */
export const REFERENCE_ID = /^\w+Ref\d+$/;

function relative(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
}

function readJson(file: string): { value?: unknown; error?: string } {
    try {
        return { value: JSON.parse(readFileSync(file, 'utf8')) as unknown };
    } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}

function readTreeFile(root: string, file: string, sobject: string, issues: PlanIssue[]): PlanFile {
    const where = relative(root, file);
    const records: TreeRecord[] = [];
    if (!existsSync(file)) {
        issues.push({ file: where, message: 'the plan lists this file, but it does not exist' });
        return { file: where, records };
    }
    const { value, error } = readJson(file);
    if (error !== undefined || !isRecord(value) || !Array.isArray(value['records'])) {
        issues.push({
            file: where,
            message: error ?? 'an sObject tree file is a JSON object with a "records" array'
        });
        return { file: where, records };
    }
    value['records'].forEach((record: unknown, index) => {
        const attributes = isRecord(record) ? record['attributes'] : undefined;
        const type = isRecord(attributes) ? attributes['type'] : undefined;
        const referenceId = isRecord(attributes) ? attributes['referenceId'] : undefined;
        if (!isRecord(record) || typeof type !== 'string' || typeof referenceId !== 'string') {
            issues.push({
                file: where,
                message: `record ${index + 1} needs "attributes": { "type", "referenceId" }`
            });
            return;
        }
        if (type !== sobject) {
            issues.push({
                file: where,
                message: `record ${referenceId} is of type ${type}, but the plan loads this file as ${sobject}`
            });
        }
        const fields = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'attributes'));
        records.push({ type, referenceId, fields });
    });
    return { file: where, records };
}

/**
 * Reads a `sf data import tree --plan` file and the sObject tree files it lists, checking the shapes the CLI
 * requires: an array of `{ sobject, files, saveRefs?, resolveRefs? }`, file paths relative to the plan, each
 * file `{ records: [{ attributes: { type, referenceId }, ...fields }] }` with roots of the entry's sObject.
 */
export function readDataPlan(root: string, planFile: string): DataPlan {
    const planPath = path.resolve(root, planFile);
    const where = relative(root, planPath);
    const issues: PlanIssue[] = [];
    if (!existsSync(planPath)) {
        return { entries: [], issues: [{ file: where, message: 'the data plan does not exist' }] };
    }
    const { value, error } = readJson(planPath);
    if (error !== undefined || !Array.isArray(value)) {
        return {
            entries: [],
            issues: [{ file: where, message: error ?? 'a data plan is a JSON array of sObject entries' }]
        };
    }
    const entries: PlanEntry[] = [];
    value.forEach((entry: unknown, index) => {
        const label = `plan entry ${index + 1}`;
        if (!isRecord(entry) || typeof entry['sobject'] !== 'string' || !Array.isArray(entry['files'])) {
            issues.push({ file: where, message: `${label} needs "sobject" (text) and "files" (a list)` });
            return;
        }
        const sobject = entry['sobject'];
        for (const key of Object.keys(entry)) {
            if (!PLAN_ENTRY_KEYS.has(key)) {
                issues.push({ file: where, message: `${label} (${sobject}) has an unknown key "${key}"` });
            }
        }
        for (const key of ['saveRefs', 'resolveRefs']) {
            if (entry[key] !== undefined && typeof entry[key] !== 'boolean') {
                issues.push({
                    file: where,
                    message: `${label} (${sobject}): "${key}" must be true or false`
                });
            }
        }
        const files = entry['files'].flatMap((file: unknown) => {
            if (typeof file !== 'string') {
                issues.push({ file: where, message: `${label} (${sobject}): every file must be a path` });
                return [];
            }
            return [readTreeFile(root, path.resolve(path.dirname(planPath), file), sobject, issues)];
        });
        entries.push({
            sobject,
            saveRefs: typeof entry['saveRefs'] === 'boolean' ? entry['saveRefs'] : undefined,
            resolveRefs: typeof entry['resolveRefs'] === 'boolean' ? entry['resolveRefs'] : undefined,
            files
        });
    });
    return { entries, issues };
}

/** Every record of the plan, in import order. */
export function planRecords(plan: DataPlan): TreeRecord[] {
    return plan.entries.flatMap((entry) => entry.files.flatMap((file) => file.records));
}

import { OrgSetupError } from './org-setup-error';
import { isRecord } from './sf-json';

/** The `records` of a `sf data query --json` result. */
export function queryRecords(result: unknown): Record<string, unknown>[] {
    if (!isRecord(result) || !Array.isArray(result['records'])) {
        throw new OrgSetupError(
            'The query result has no records list; is this the Salesforce CLI JSON output?'
        );
    }
    return result['records'].filter(isRecord);
}

/** The `totalSize` of a `sf data query --json` result: the count of a `SELECT COUNT()` query. */
export function queryTotalSize(result: unknown): number {
    if (!isRecord(result) || typeof result['totalSize'] !== 'number') {
        throw new OrgSetupError('The query result has no totalSize; is this the Salesforce CLI JSON output?');
    }
    return result['totalSize'];
}

/** A string field of a record, or undefined when it is missing or not text. */
export function text(record: Record<string, unknown>, field: string): string | undefined {
    const value = record[field];
    return typeof value === 'string' ? value : undefined;
}

/** A string field of a parent record (`CallCenter.InternalName`), or undefined. */
export function parentText(
    record: Record<string, unknown>,
    relationship: string,
    field: string
): string | undefined {
    const parent = record[relationship];
    return isRecord(parent) ? text(parent, field) : undefined;
}

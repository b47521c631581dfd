import { OrgStore } from './org-store';
import type { OrgStoreOptions } from './org-store';

/** One record of the seed file; `@ref` in a field value names an earlier record's `ref`. */
export interface SeedRecord {
    readonly ref?: string;
    readonly sobjectType: string;
    readonly fields: Readonly<Record<string, string | number>>;
}

/** The seed file: the records the console's org starts with. */
export interface SeedFixture {
    readonly records: readonly SeedRecord[];
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the shape of a seed document: `{ records: [{ ref?, sobjectType, fields: { name: text | number } }] }`.
 *
 * @param source - the file's name, for messages
 * @throws Error naming the record and what is wrong
 */
export function parseSeedFixture(value: unknown, source: string): SeedFixture {
    if (!isObject(value) || !Array.isArray(value.records)) {
        throw new Error(`${source}: expected an object with a "records" array`);
    }
    const records = value.records.map((record: unknown, index): SeedRecord => {
        const where = `${source}: records[${index}]`;
        if (!isObject(record) || typeof record.sobjectType !== 'string' || !isObject(record.fields)) {
            throw new Error(`${where} needs "sobjectType" (text) and "fields" (an object)`);
        }
        if (record.ref !== undefined && typeof record.ref !== 'string') {
            throw new Error(`${where}: "ref" must be text`);
        }
        for (const [name, field] of Object.entries(record.fields)) {
            if (typeof field !== 'string' && typeof field !== 'number') {
                throw new Error(`${where}.fields.${name} must be text or a number`);
            }
        }
        return {
            ...(record.ref === undefined ? {} : { ref: record.ref }),
            sobjectType: record.sobjectType,
            fields: record.fields as Record<string, string | number>
        };
    });
    return { records };
}

/**
 * A new org holding the seed records, inserted in order with the org's own checks (so a seed with a field
 * the org does not have fails at start-up, not in the browser). `@ref` values become the referenced
 * record's Id; seeds may set fields the org normally sets, such as `CaseNumber`.
 *
 * @throws Error naming the record (by ref or position) and the org's reason
 */
export function seedOrg(fixture: SeedFixture, options: OrgStoreOptions = {}): OrgStore {
    const store = new OrgStore(options);
    const ids = new Map<string, string>();
    fixture.records.forEach((record, index) => {
        const name = record.ref ?? `records[${index}]`;
        const fields: Record<string, string | number> = {};
        for (const [field, value] of Object.entries(record.fields)) {
            if (typeof value === 'string' && value.startsWith('@')) {
                const id = ids.get(value.slice(1));
                if (!id) throw new Error(`seed record ${name}: ${field} refers to unknown record ${value}`);
                fields[field] = id;
            } else {
                fields[field] = value;
            }
        }
        try {
            const saved = store.insert(record.sobjectType, fields, { allowSystemFields: true });
            if (record.ref) ids.set(record.ref, saved.Id);
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`seed record ${name}: ${reason}`);
        }
    });
    return store;
}

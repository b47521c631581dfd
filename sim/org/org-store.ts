import { salesforceIdProblem } from '../../engine/src/cti/salesforce-id';
import { OrgError } from './org-error';
import type { FieldValue, OrgRecord } from './org-record';
import { createRecordIdFactory } from './record-id-factory';
import type { RecordIdFactory } from './record-id-factory';
import { fieldOf, sobjectNamed, sobjectOfId } from './sobject-catalog';
import type { FieldDefinition, SObjectDefinition } from './sobject-catalog';

/** What changed in the org: the record as it is now. */
export interface OrgChange {
    readonly kind: 'insert' | 'update';
    readonly record: OrgRecord;
}

/** The org as JSON: what {@link OrgStore.snapshot} gives and {@link OrgStore.restore} takes. */
export interface OrgSnapshot {
    readonly records: readonly OrgRecord[];
}

export interface OrgStoreOptions {
    /** Clock for `CreatedDate` / `LastModifiedDate`; `Date.now` by default. */
    readonly now?: () => number;
}

/** Options of one write. */
export interface WriteOptions {
    /**
     * Lets the write set fields the org normally sets itself (`CaseNumber`, `CreatedDate`, ...), as a data
     * load with "Set Audit Fields" permission does. Only the seed data uses it.
     */
    readonly allowSystemFields?: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_CASE_NUMBER = 1001;

function isValidDate(text: string): boolean {
    const parts = DATE.exec(text);
    if (!parts) return false;
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function personName(fields: Readonly<Record<string, FieldValue>>): string {
    return [fields.FirstName, fields.LastName]
        .filter((part): part is string => typeof part === 'string' && part !== '')
        .join(' ');
}

/**
 * The simulator's org: records of the objects in `SOBJECTS`, checked on every write the way Salesforce
 * checks a DML statement (unknown fields, read-only fields, required fields, lengths, picklist values, dates,
 * and references that must point at an existing record of the right object). The org sets `Name` on people,
 * `CaseNumber` on cases, `TaskSubtype` on call Tasks, and the audit dates. Every change is announced.
 */
export class OrgStore {
    private readonly records = new Map<string, OrgRecord>();
    private readonly listeners = new Set<(change: OrgChange) => void>();
    private readonly ids: RecordIdFactory = createRecordIdFactory();
    private readonly now: () => number;
    private nextCaseNumber = FIRST_CASE_NUMBER;

    constructor(options: OrgStoreOptions = {}) {
        this.now = options.now ?? Date.now;
    }

    /** A store holding the records of a snapshot, as they were. */
    static restore(snapshot: OrgSnapshot, options: OrgStoreOptions = {}): OrgStore {
        const store = new OrgStore(options);
        for (const record of snapshot.records) store.put(record);
        return store;
    }

    /** The record with this Id (15 or 18 characters), or `undefined`. */
    get(id: string): OrgRecord | undefined {
        return this.records.get(id) ?? (id.length === 15 ? this.findBy15(id) : undefined);
    }

    /** The records of one object, or of all objects, oldest first. */
    list(sobjectType?: string): OrgRecord[] {
        return [...this.records.values()].filter(
            (record) => sobjectType === undefined || record.sobjectType === sobjectType
        );
    }

    /** Creates a record; returns it as stored. */
    insert(
        sobjectType: string,
        values: Readonly<Record<string, unknown>>,
        options: WriteOptions = {}
    ): OrgRecord {
        const sobject = sobjectNamed(sobjectType);
        if (!sobject) throw new OrgError('INVALID_TYPE', `sObject type '${sobjectType}' is not supported.`);
        const fields = this.checkedFields(sobject, values, options);
        const missing = sobject.fields.filter(
            (field) => field.required && (fields[field.name] === undefined || fields[field.name] === null)
        );
        if (missing.length > 0) {
            const names = missing.map((field) => field.name);
            throw new OrgError(
                'REQUIRED_FIELD_MISSING',
                `Required fields are missing: [${names.join(', ')}]`,
                names
            );
        }
        const stamp = new Date(this.now()).toISOString();
        const record: OrgRecord = {
            Id: this.ids.next(sobject.keyPrefix),
            sobjectType: sobject.apiName,
            fields: this.derived(sobject, { CreatedDate: stamp, LastModifiedDate: stamp, ...fields }, true)
        };
        this.put(record);
        this.announce({ kind: 'insert', record });
        return record;
    }

    /** Changes fields of a record; returns it as stored. Fields left out keep their values. */
    update(id: string, values: Readonly<Record<string, unknown>>, options: WriteOptions = {}): OrgRecord {
        const existing = this.get(id);
        if (!existing) {
            throw new OrgError(
                salesforceIdProblem(id) === undefined ? 'INVALID_CROSS_REFERENCE_KEY' : 'MALFORMED_ID',
                salesforceIdProblem(id) === undefined ? 'invalid cross reference id' : `Malformed Id: ${id}`,
                ['Id']
            );
        }
        const sobject = sobjectNamed(existing.sobjectType);
        if (!sobject)
            throw new OrgError('INVALID_TYPE', `sObject type '${existing.sobjectType}' is not supported.`);
        const changes = this.checkedFields(sobject, values, options);
        for (const field of sobject.fields) {
            if (field.required && field.name in changes && changes[field.name] === null) {
                throw new OrgError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${field.name}]`, [
                    field.name
                ]);
            }
        }
        const record: OrgRecord = {
            ...existing,
            fields: this.derived(
                sobject,
                { ...existing.fields, LastModifiedDate: new Date(this.now()).toISOString(), ...changes },
                false
            )
        };
        this.records.set(record.Id, record);
        this.announce({ kind: 'update', record });
        return record;
    }

    /**
     * Puts a record in as it is, Id and fields unchecked, as {@link restore} does for each record of a snapshot
     * (a data load that keeps its Ids). Tests use it to set up an org.
     */
    load(record: OrgRecord): OrgRecord {
        this.put(record);
        return record;
    }

    /** Tells `listener` about every later change; returns the function that stops it. */
    subscribe(listener: (change: OrgChange) => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /** Every record, for storing the org as JSON. */
    snapshot(): OrgSnapshot {
        return { records: this.list() };
    }

    private findBy15(id: string): OrgRecord | undefined {
        return [...this.records.values()].find((record) => record.Id.slice(0, 15) === id);
    }

    private put(record: OrgRecord): void {
        this.records.set(record.Id, record);
        this.ids.reserve(record.Id);
        const caseNumber = Number(record.fields.CaseNumber);
        if (record.sobjectType === 'Case' && Number.isSafeInteger(caseNumber)) {
            this.nextCaseNumber = Math.max(this.nextCaseNumber, caseNumber + 1);
        }
    }

    private announce(change: OrgChange): void {
        for (const listener of [...this.listeners]) listener(change);
    }

    /** The fields the org computes: a person's Name, a case's number, a call Task's subtype. */
    private derived(
        sobject: SObjectDefinition,
        fields: Readonly<Record<string, FieldValue>>,
        inserting: boolean
    ): Record<string, FieldValue> {
        const result: Record<string, FieldValue> = { ...fields };
        if (fieldOf(sobject, 'FirstName') && fieldOf(sobject, 'Name')) result.Name = personName(fields);
        if (sobject.apiName === 'Case' && inserting && !result.CaseNumber) {
            result.CaseNumber = String(this.nextCaseNumber).padStart(8, '0');
        }
        if (sobject.apiName === 'Task' && result.CallType) result.TaskSubtype = 'Call';
        return result;
    }

    private checkedFields(
        sobject: SObjectDefinition,
        values: Readonly<Record<string, unknown>>,
        options: WriteOptions
    ): Record<string, FieldValue> {
        const fields: Record<string, FieldValue> = {};
        for (const [name, raw] of Object.entries(values)) {
            if (name === 'Id' || name === 'sobjectType') continue;
            const field = fieldOf(sobject, name);
            if (!field) {
                throw new OrgError(
                    'INVALID_FIELD',
                    `No such column '${name}' on entity '${sobject.apiName}'.`,
                    [name]
                );
            }
            if (field.system && !options.allowSystemFields) {
                throw new OrgError(
                    'INVALID_FIELD_FOR_INSERT_UPDATE',
                    `Unable to create/update fields: ${name}. Please check the security settings of this field.`,
                    [name]
                );
            }
            fields[name] = this.checkedValue(sobject, field, raw);
        }
        return fields;
    }

    private checkedValue(sobject: SObjectDefinition, field: FieldDefinition, raw: unknown): FieldValue {
        const bad = (detail: string): OrgError =>
            new OrgError('INVALID_FIELD', `${sobject.apiName}.${field.name}: ${detail}`, [field.name]);
        if (raw === null || raw === undefined || raw === '') return null;
        if (field.kind === 'checkbox') {
            if (typeof raw !== 'boolean') throw bad('true or false is expected');
            return raw;
        }
        if (field.kind === 'integer') {
            const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
            if (typeof number !== 'number' || !Number.isSafeInteger(number))
                throw bad('a whole number is expected');
            return number;
        }
        if (typeof raw !== 'string' && typeof raw !== 'number') throw bad('text is expected');
        const text = String(raw);
        if (field.maxLength !== undefined && text.length > field.maxLength) {
            throw new OrgError(
                'STRING_TOO_LONG',
                `${field.label}: data value too large: ${text.slice(0, 40)} (max length=${field.maxLength})`,
                [field.name]
            );
        }
        if (field.kind === 'picklist' && field.values && !field.values.includes(text)) {
            throw new OrgError(
                'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                `${field.label}: bad value for restricted picklist field: ${text}`,
                [field.name]
            );
        }
        if (field.kind === 'date' && !isValidDate(text)) throw bad(`${text} is not a date (YYYY-MM-DD)`);
        if (field.kind === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) {
            throw new OrgError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${text}`, [
                field.name
            ]);
        }
        if (field.kind === 'reference') return this.checkedReference(field, text);
        return text;
    }

    private checkedReference(field: FieldDefinition, id: string): string {
        const target = this.get(id);
        const allowed = field.referenceTo ?? [];
        if (!target || !allowed.includes(target.sobjectType)) {
            const wrongType = sobjectOfId(id);
            throw new OrgError(
                'INVALID_CROSS_REFERENCE_KEY',
                wrongType && !allowed.includes(wrongType.apiName)
                    ? `${field.label}: id value of incorrect type: ${id}`
                    : `invalid cross reference id`,
                [field.name]
            );
        }
        return target.Id;
    }
}

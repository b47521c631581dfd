import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { SimulatedPhoneSystem, SimulatedPhoneSystems } from './phone-system-service';

const RECORD_FILE = /^Softphone_Phone_System\.([A-Za-z][A-Za-z0-9_]*)\.md-meta\.xml$/;
const API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) => name === 'values'
});

/** The project's `Softphone_Phone_System__mdt` records (`customMetadata/Softphone_Phone_System.*.md-meta.xml`). */
export function readPhoneSystemRecords(customMetadataDir: string): SimulatedPhoneSystem[] {
    if (!existsSync(customMetadataDir)) return [];
    return readdirSync(customMetadataDir)
        .sort()
        .flatMap((file) => {
            const name = RECORD_FILE.exec(file)?.[1];
            if (name === undefined) return [];
            const record = (
                parser.parse(readFileSync(path.join(customMetadataDir, file), 'utf8')) as {
                    CustomMetadata?: { label?: unknown; values?: { field?: unknown; value?: unknown }[] };
                }
            ).CustomMetadata;
            const fields: Record<string, string> = {};
            for (const entry of record?.values ?? []) {
                if (typeof entry.field === 'string' && typeof entry.value === 'string')
                    fields[entry.field] = entry.value;
            }
            const { Custom_Permission__c: permission, ...rest } = fields;
            return [
                {
                    name,
                    label: typeof record?.label === 'string' ? record.label : name,
                    ...(permission ? { permission } : {}),
                    fields: rest
                }
            ];
        });
}

/**
 * The simulated org's phone systems: the project's records, changed or added by `fieldOptions`
 * (`<Record>.<Field__c>=<value>`; a record the project does not have is created, labelled with its name and
 * given by the custom permission `Softphone_Phone_System_<Record>`), and the agent given the profiles named in
 * `grantedProfiles` (the agent holds each one's custom permission).
 * @throws Error naming a malformed option or a profile that does not exist
 */
export function simulatedPhoneSystems(
    projectRecords: readonly SimulatedPhoneSystem[],
    grantedProfiles: readonly string[],
    fieldOptions: readonly string[]
): SimulatedPhoneSystems {
    const records = new Map(projectRecords.map((record) => [record.name, record]));
    for (const option of fieldOptions) {
        const match = /^([^.=]+)\.([A-Za-z][A-Za-z0-9_]*__c)=(.*)$/s.exec(option);
        if (!match || !API_NAME.test(match[1] ?? ''))
            throw new Error(`--phone-system-field ${option}: expected <Record>.<Field__c>=<value>`);
        const [, name = '', field = '', value = ''] = match;
        const record = records.get(name) ?? {
            name,
            label: name,
            permission: `Softphone_Phone_System_${name}`,
            fields: {}
        };
        records.set(
            name,
            field === 'Custom_Permission__c'
                ? { ...record, permission: value }
                : { ...record, fields: { ...record.fields, [field]: value } }
        );
    }
    const permissions = grantedProfiles.map((name) => {
        const record = records.get(name);
        if (!record) {
            throw new Error(
                `--phone-system ${name}: no such profile (known: ${[...records.keys()].join(', ') || 'none'})`
            );
        }
        if (!record.permission)
            throw new Error(`--phone-system ${name}: the profile names no custom permission`);
        return record.permission;
    });
    return { profiles: [...records.values()], permissions };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { PresenceMappingRecord, PresenceStatusInfo } from '../../engine/src/presence/presence-sync';

/** What the Omni-Channel sync utility item reads from the org (`SoftphonePresenceConfiguration`). */
export interface SimulatedPresence {
    readonly mappings: readonly PresenceMappingRecord[];
    readonly statuses: readonly PresenceStatusInfo[];
}

const OMNI_DIR = 'force-app-omni/main/default';

/** The org's own presence statuses and their mapping, as an admin sets them up beside the shipped ones. */
const ORG_STATUSES: readonly PresenceStatusInfo[] = [
    { id: '0N5SIM0000000001', apiName: 'Available', label: 'Available' },
    { id: '0N5SIM0000000002', apiName: 'Away', label: 'Away' }
];
const ORG_MAPPINGS: readonly PresenceMappingRecord[] = [
    { name: 'Available', presenceStatus: 'Available', softphoneStatus: 'available' },
    { name: 'Away', presenceStatus: 'Away', softphoneStatus: 'busy' }
];

const parser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'values' });

function xmlFiles(dir: string, suffix: string): string[] {
    return existsSync(dir)
        ? readdirSync(dir)
              .filter((file) => file.endsWith(suffix))
              .sort()
        : [];
}

/**
 * The simulated org's presence: the presence statuses and `Softphone_Presence_Mapping__mdt` records that
 * force-app-omni ships (read from its files), plus the org's own Available and Away.
 */
export function readSimulatedPresence(root: string): SimulatedPresence {
    const statusesDir = path.join(root, OMNI_DIR, 'servicePresenceStatuses');
    const shippedStatuses = xmlFiles(statusesDir, '.servicePresenceStatus-meta.xml').map((file, index) => {
        const parsed = parser.parse(readFileSync(path.join(statusesDir, file), 'utf8')) as {
            ServicePresenceStatus?: { label?: string };
        };
        const apiName = file.slice(0, -'.servicePresenceStatus-meta.xml'.length);
        return {
            id: `0N5SIM00000001${String(index).padStart(2, '0')}`,
            apiName,
            label: parsed.ServicePresenceStatus?.label ?? apiName
        };
    });
    const recordsDir = path.join(root, OMNI_DIR, 'customMetadata');
    const prefix = 'Softphone_Presence_Mapping.';
    const shippedMappings = xmlFiles(recordsDir, '.md-meta.xml')
        .filter((file) => file.startsWith(prefix))
        .map((file) => {
            const parsed = parser.parse(readFileSync(path.join(recordsDir, file), 'utf8')) as {
                CustomMetadata?: { values?: { field?: string; value?: unknown }[] };
            };
            const value = (field: string): string =>
                String(parsed.CustomMetadata?.values?.find((entry) => entry.field === field)?.value ?? '');
            return {
                name: file.slice(prefix.length, -'.md-meta.xml'.length),
                presenceStatus: value('Presence_Status__c'),
                softphoneStatus: value('Softphone_Status__c')
            };
        });
    return {
        mappings: [...ORG_MAPPINGS, ...shippedMappings],
        statuses: [...ORG_STATUSES, ...shippedStatuses]
    };
}

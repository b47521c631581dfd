import { PROFILE_FIELDS } from '../settings/phone-system-profile';
import type { PhoneSystemChoice, ProfileField } from '../settings/phone-system-profile';
import type { CtiHost } from './cti-host';
import { apexJsonAnswer } from './apex-answer';

/** The Apex class and `webService` method that say which phone-system profile applies to the running user. */
export const PHONE_SYSTEM_APEX = { apexClass: 'SoftphonePhoneSystem', methodName: 'currentProfile' } as const;

const API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
/** A profile label the panel shows: a custom metadata record's label holds at most 40 characters. */
const MAX_LABEL_LENGTH = 40;
const MAX_CONFLICTING = 50;

const fail = (what: string): never => {
    throw new Error(`${PHONE_SYSTEM_APEX.apexClass} answered ${what}.`);
};

/**
 * Reads what `SoftphonePhoneSystem.currentProfile` answered (`{ runApex: "<json>" }` or the JSON itself):
 * `{"version":1,"profile":null}` (no profile: the call center's settings), `{"version":1,"profile":{"name",
 * "label","fields":{...}}}`, or `{"version":1,"profile":null,"conflict":["A","B"]}` when several profiles are
 * granted. Field values must be strings or null; fields the softphone does not know are ignored.
 * @throws Error naming what is wrong with an answer that is not that
 */
export function phoneSystemFromApex(returnValue: unknown): PhoneSystemChoice {
    const read = apexJsonAnswer(returnValue);
    if (read === undefined) return fail('something that is not JSON');
    const parsed = read.json;
    if (typeof parsed !== 'object' || parsed === null) return fail('no JSON object');
    const answer = parsed as Record<string, unknown>;
    if (answer['version'] !== 1) return fail(`version ${String(answer['version'])}; expected 1`);
    const conflict = answer['conflict'];
    if (conflict !== undefined && conflict !== null) {
        if (!Array.isArray(conflict) || conflict.length < 2 || conflict.length > MAX_CONFLICTING)
            return fail('a conflict that is not a list of profile names');
        const names = conflict.map((name) =>
            typeof name === 'string' && API_NAME.test(name)
                ? name
                : fail('a conflict with a bad profile name')
        );
        return { kind: 'conflict', names };
    }
    const profile = answer['profile'];
    if (profile === null || profile === undefined) return { kind: 'call-center' };
    if (typeof profile !== 'object') return fail('a profile that is not an object');
    const { name, label, fields } = profile as Record<string, unknown>;
    if (typeof name !== 'string' || !API_NAME.test(name)) return fail('a profile without a valid API name');
    if (typeof label !== 'string' || label.trim() === '' || label.length > MAX_LABEL_LENGTH)
        return fail(`a profile ${name} without a label of 1 to ${MAX_LABEL_LENGTH} characters`);
    if (typeof fields !== 'object' || fields === null) return fail(`a profile ${name} without fields`);
    const values: Partial<Record<ProfileField, string>> = {};
    for (const field of Object.keys(PROFILE_FIELDS) as ProfileField[]) {
        const value = (fields as Record<string, unknown>)[field];
        if (value === undefined || value === null) continue;
        if (typeof value !== 'string') return fail(`a profile ${name} whose ${field} is not text`);
        values[field] = value;
    }
    return { kind: 'profile', profile: { name, label: label.trim(), fields: values } };
}

/**
 * Asks Apex which phone-system profile applies to the running user, through Open CTI `runApex`.
 * @throws Error when the call fails or the answer is not one {@link phoneSystemFromApex} reads
 */
export async function apexPhoneSystem(host: Pick<CtiHost, 'runApex'>): Promise<PhoneSystemChoice> {
    const returnValue = await host.runApex(PHONE_SYSTEM_APEX.apexClass, PHONE_SYSTEM_APEX.methodName, {});
    return phoneSystemFromApex(returnValue);
}

import { describeValue } from '../text';

const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 3-character suffix that turns a 15-character, case-sensitive id into its 18-character form. */
function checksumOf(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let position = 0; position < 5; position++) {
            const char = id15.charAt(chunk * 5 + position);
            if (char >= 'A' && char <= 'Z') bits |= 1 << position;
        }
        suffix += CHECKSUM_ALPHABET.charAt(bits);
    }
    return suffix;
}

/**
 * Why `value` is not a Salesforce record id, or undefined when it is one: 15 or 18 letters and digits, an
 * 18-character id's last three characters matching the checksum of its first 15, and not the empty id
 * (`000000000000000`).
 *
 * @public
 */
export function salesforceIdProblem(value: string): string | undefined {
    if (!ID_PATTERN.test(value)) return 'is not a 15- or 18-character Salesforce id';
    if (/^0+$/.test(value.slice(0, 15))) return 'is the empty id';
    if (value.length === 18 && checksumOf(value.slice(0, 15)) !== value.slice(15).toUpperCase()) {
        return 'is 18 characters long but its last three do not match its checksum';
    }
    return undefined;
}

/**
 * The 18-character, case-insensitive form of a 15-character id (an 18-character id is returned as it is).
 *
 * @throws RangeError when `id` is not a Salesforce id
 * @public
 */
export function toEighteenCharacterId(id: string): string {
    const problem = salesforceIdProblem(id);
    if (problem !== undefined) throw new RangeError(`${describeValue(id)} ${problem}`);
    return id.length === 18 ? id : id + checksumOf(id);
}

/** True when `value` is a 15- or 18-character Salesforce record id (see {@link salesforceIdProblem}). */
export function isSalesforceId(value: unknown): value is string {
    return typeof value === 'string' && salesforceIdProblem(value) === undefined;
}

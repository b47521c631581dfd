import { describeValue } from '../text';
import type { CtiCallType } from './cti-host';
import type { OpenCtiCallTypes, OpenCtiScreenPopTypes } from './open-cti-types';
import { accepted, isRecord, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';

/**
 * Reads one of `sforce.opencti`'s enum constants (`SCREENPOP_TYPE.SOBJECT`, `CALL_TYPE.INBOUND`, ...) from
 * the loaded API object. The guide names the constants, not their values, so the engine never spells them.
 */
export function openCtiConstant<K extends string>(
    group: 'SCREENPOP_TYPE' | 'CALL_TYPE',
    constants: Partial<Record<K, unknown>> | undefined,
    key: K
): PayloadCheck<string> {
    const value = isRecord(constants) ? (constants as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string' && value !== '') return accepted(value);
    return rejected(
        `sforce.opencti.${group}.${key} is ${describeValue(value)}; is opencti_min.js the Lightning one?`
    );
}

const CALL_TYPE_KEYS: Readonly<Record<CtiCallType, keyof OpenCtiCallTypes>> = {
    inbound: 'INBOUND',
    outbound: 'OUTBOUND',
    internal: 'INTERNAL'
};

/** The `sforce.opencti.CALL_TYPE` value for a call type. */
export function callTypeConstant(
    constants: OpenCtiCallTypes | undefined,
    callType: CtiCallType
): PayloadCheck<string> {
    const key = CALL_TYPE_KEYS[callType];
    if (key === undefined) return rejected(`unknown call type ${describeValue(callType)}`);
    return openCtiConstant('CALL_TYPE', constants, key);
}

/** The `sforce.opencti.SCREENPOP_TYPE` value for a key. */
export function screenPopTypeConstant(
    constants: OpenCtiScreenPopTypes | undefined,
    key: keyof OpenCtiScreenPopTypes
): PayloadCheck<string> {
    return openCtiConstant('SCREENPOP_TYPE', constants, key);
}

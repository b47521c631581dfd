import { describeValue } from '../text';
import type { CallCenterSettings } from './open-cti-types';
import { accepted, isRecord, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';

/**
 * Maps `getCallCenterSettings`' `returnValue`, a flat map keyed by path (`/reqGeneralInfo/reqDisplayName`),
 * to {@link CallCenterSettings}. Numbers and booleans become text; other values are dropped; no map at all is
 * an empty one.
 */
export function callCenterSettingsFromPayload(returnValue: unknown): PayloadCheck<CallCenterSettings> {
    if (returnValue === null || returnValue === undefined) return accepted({});
    if (!isRecord(returnValue)) {
        return rejected(`the settings should be an object but are ${describeValue(returnValue)}`);
    }
    const settings: Record<string, string> = {};
    for (const [path, value] of Object.entries(returnValue)) {
        if (typeof value === 'string') settings[path] = value;
        else if (typeof value === 'number' || typeof value === 'boolean') settings[path] = String(value);
    }
    return accepted(settings);
}

import { TURN_CREDENTIALS_APEX } from '../../engine/src/cti/apex-turn-credentials';
import { CALL_LOG_SERVICE, saveCallLog } from '../org/call-log-service';
import { PHONE_SYSTEM_APEX } from '../../engine/src/cti/apex-phone-system';
import { currentPhoneSystem } from '../org/phone-system-service';
import type { SimulatedPhoneSystems } from '../org/phone-system-service';
import { issueTurnCredentials } from '../org/turn-credential-service';
import type { SimulatedTurnServer } from '../org/turn-credential-service';
import type { OrgStore } from '../org/org-store';
import { failed, invalidParam, succeeded } from '../open-cti/open-cti-answers';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';

/** An Apex method exposed to Open CTI: it receives the decoded `methodParams` and returns its result. */
export type ApexMethod = (params: Readonly<Record<string, string>>) => unknown;

/** The org's Apex methods `runApex` may call, keyed `Class.method`. */
export type ApexMethods = ReadonlyMap<string, ApexMethod>;

/**
 * The project's Apex in the simulator: `SoftphoneCallLogService.saveCallLog` over the org, and
 * `SoftphoneTurnCredentials.issue` with the org's TURN secret (none unless `npm start -- --turn-secret`), and
 * `SoftphonePhoneSystem.currentProfile` over the org's phone-system profiles (`npm start -- --phone-system`).
 */
export function projectApex(
    org: OrgStore,
    turnServer?: SimulatedTurnServer,
    now: () => number = Date.now,
    phoneSystems?: SimulatedPhoneSystems
): ApexMethods {
    return new Map<string, ApexMethod>([
        [
            `${CALL_LOG_SERVICE.apexClass}.${CALL_LOG_SERVICE.methodName}`,
            (params) => saveCallLog(org, params[CALL_LOG_SERVICE.param])
        ],
        [
            `${TURN_CREDENTIALS_APEX.apexClass}.${TURN_CREDENTIALS_APEX.methodName}`,
            () => issueTurnCredentials(turnServer, now())
        ],
        [
            `${PHONE_SYSTEM_APEX.apexClass}.${PHONE_SYSTEM_APEX.methodName}`,
            () => currentPhoneSystem(phoneSystems)
        ]
    ]);
}

/**
 * Decodes `methodParams`: "field value pairs formatted as a valid query string" (`name=acme&phone=...`), or
 * `none` / `{}` for a method without parameters. `undefined` when it is neither.
 */
export function decodeMethodParams(methodParams: unknown): Record<string, string> | undefined {
    if (methodParams === undefined || methodParams === 'none' || methodParams === '') return {};
    if (typeof methodParams === 'object' && methodParams !== null && !Array.isArray(methodParams)) {
        return Object.keys(methodParams).length === 0 ? {} : undefined;
    }
    if (typeof methodParams !== 'string') return undefined;
    return Object.fromEntries(new URLSearchParams(methodParams));
}

/**
 * `runApex({ apexClass, methodName, methodParams })`: runs the method and answers `{ runApex: <result> }`.
 * A class or method the org does not have answers `SERVER_ERROR` "Could not load Apex class: X.", as the
 * guide says; an exception thrown by the method answers `SERVER_ERROR` with its type and message.
 */
export function handleRunApex(apex: ApexMethods, args: Readonly<Record<string, unknown>>): OpenCtiAnswer {
    const { apexClass, methodName } = args;
    if (typeof apexClass !== 'string' || apexClass === '')
        return invalidParam('apexClass', 'A string', apexClass);
    if (typeof methodName !== 'string' || methodName === '') {
        return invalidParam('methodName', 'A string', methodName);
    }
    const params = decodeMethodParams(args.methodParams);
    if (!params) return invalidParam('methodParams', 'A query string', args.methodParams);
    const method = apex.get(`${apexClass}.${methodName}`);
    if (!method) return failed('SERVER_ERROR', `Could not load Apex class: ${apexClass}.`);
    try {
        return succeeded({ runApex: method(params) });
    } catch (error) {
        const name = error instanceof Error ? error.name : 'Exception';
        const message = error instanceof Error ? error.message : String(error);
        return failed('SERVER_ERROR', `${apexClass}.${name}: ${message}`);
    }
}

import type { CallLogEntry } from './call-log-entry';
import type { CallLogFields } from './call-log-fields';

/**
 * Where `runApex` sends call logs: the `webService` method `SoftphoneCallLogService.saveCallLog(String callLog)`
 * in `force-app/main/default/classes`. In a namespaced package the class name needs the namespace prefix
 * (`ns.SoftphoneCallLogService`); pass it to the writer.
 */
export const CALL_LOG_APEX_CLASS = 'SoftphoneCallLogService';
/** The Apex method `runApex` calls. */
export const CALL_LOG_APEX_METHOD = 'saveCallLog';
/** The one parameter of that method: the request as JSON. */
export const CALL_LOG_APEX_PARAM = 'callLog';
/** Version of the request shape; the Apex service rejects other versions with a clear message. */
export const CALL_LOG_REQUEST_VERSION = 1;

/**
 * The JSON document `saveCallLog` receives: the request version, `CallObject`, and the Task fields under their
 * API names. Fields that are absent are left unchanged when the service updates an existing Task.
 *
 * @public
 */
export type ApexCallLogRequest = { readonly version: 1; readonly CallObject: string } & CallLogFields;

/**
 * Every key a request may carry, in the order the Apex class lists them; the service rejects any other. The
 * simulator's port of the service and the test fakes read requests by this list.
 */
export const CALL_LOG_REQUEST_KEYS: readonly (keyof ApexCallLogRequest)[] = [
    'version',
    'CallObject',
    'Subject',
    'CallType',
    'CallDurationInSeconds',
    'CallDisposition',
    'Description',
    'WhoId',
    'WhatId',
    'Softphone_Call_Quality__c',
    'ActivityDate',
    'Status'
];

/** The request for `entry`; the caller's number is not sent, as `Task` has no field for it. */
export function toApexCallLogRequest(entry: CallLogEntry): ApexCallLogRequest {
    return { version: CALL_LOG_REQUEST_VERSION, CallObject: entry.callId, ...entry.fields };
}

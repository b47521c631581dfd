/**
 * The local console's org: a few objects with Salesforce's field names, records checked on every write,
 * search, activity lists, and the call log Apex service, all in memory. Browser-safe except
 * `read-seed-fixture.ts`, which the server uses.
 */
export { activitiesOf } from './activity-list';
export { CALL_LOG_SERVICE, CallLogException, saveCallLog } from './call-log-service';
export { OrgError } from './org-error';
export { fieldText, personAccountPayload } from './org-record';
export type { FieldValue, OrgRecord } from './org-record';
export { recordMatches, recordTitle, searchOrg } from './org-search';
export { OrgStore } from './org-store';
export type { OrgChange, OrgSnapshot, OrgStoreOptions, WriteOptions } from './org-store';
export { phoneDigits, samePhoneNumber } from './phone-digits';
export { createRecordIdFactory } from './record-id-factory';
export type { RecordIdFactory } from './record-id-factory';
export { parseSeedFixture, seedOrg } from './seed-org';
export type { SeedFixture, SeedRecord } from './seed-org';
export {
    CONSOLE_OBJECTS,
    SOBJECTS,
    fieldOf,
    phoneFieldsOf,
    sobjectNamed,
    sobjectOfId
} from './sobject-catalog';
export type { FieldDefinition, FieldKind, SObjectDefinition } from './sobject-catalog';

import { describeValue } from '../text';
import { isSalesforceId } from './salesforce-id';
import type { LogRecordValue } from './cti-host';
import { accepted, isRecord, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';

/**
 * Checks a `saveLog` value before it is sent: the guide creates a record when `value` has `entityApiName`
 * and updates one when it has `Id`. A value with neither would be refused by Salesforce, so it is refused here.
 */
export function checkLogRecordValue(value: LogRecordValue): PayloadCheck<LogRecordValue> {
    const { Id: id, entityApiName } = value;
    if (id !== undefined && id !== null) {
        return isSalesforceId(id)
            ? accepted(value)
            : rejected(`Id should be a Salesforce Id but is ${describeValue(id)}`);
    }
    if (typeof entityApiName === 'string' && entityApiName.trim() !== '') return accepted(value);
    return rejected('the value needs entityApiName (to create a record) or Id (to update one)');
}

/**
 * Maps `saveLog`'s `returnValue` ("ID of object if creating or updating the object was successful") to the
 * record Id. Salesforce answers `{ recordId }`; a bare Id string is accepted too.
 */
export function savedRecordIdFromPayload(returnValue: unknown): PayloadCheck<string> {
    if (isSalesforceId(returnValue)) return accepted(returnValue);
    if (isRecord(returnValue) && isSalesforceId(returnValue.recordId)) return accepted(returnValue.recordId);
    return rejected(`the saved record's Id is missing from ${describeValue(returnValue)}`);
}

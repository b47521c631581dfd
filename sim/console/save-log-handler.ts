import { OrgError } from '../org/org-error';
import type { OrgStore } from '../org/org-store';
import { failed, invalidParam, succeeded } from '../open-cti/open-cti-answers';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `saveLog({ value })`: updates the record named by `value.Id`, or creates a record of `value.entityApiName`,
 * with the other fields of `value`, through the org's checks. Answers `{ recordId }`. A refused save answers
 * `GENERIC_ERROR` with the org's reasons in `details`, as the guide shows. The record page shows the change
 * only after `refreshView`, as in Lightning.
 */
export function handleSaveLog(org: OrgStore, args: Readonly<Record<string, unknown>>): OpenCtiAnswer {
    const { value } = args;
    if (!isObject(value)) return invalidParam('value', 'An object', value);
    const { Id: id, entityApiName, ...fields } = value;
    try {
        if (typeof id === 'string' && id !== '') {
            return succeeded({ recordId: org.update(id, fields).Id });
        }
        if (typeof entityApiName === 'string' && entityApiName !== '') {
            return succeeded({ recordId: org.insert(entityApiName, fields).Id });
        }
        return invalidParam('value', 'An object with entityApiName (to create) or Id (to update)', value);
    } catch (error) {
        if (!(error instanceof OrgError)) throw error;
        return failed(
            'GENERIC_ERROR',
            'An error occurred while calling the saveLog() API method. Review the Details field in the error section.',
            [{ message: error.message, statusCode: error.statusCode, fields: error.fields }]
        );
    }
}

import { describeValue } from '../text';
import type { AppView } from './cti-host';
import { accepted, isRecord, optionalText, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';
import { recordRefFromPayload } from './record-ref-payload';
import { definedFields } from '../object';

/**
 * Maps `getAppViewInfo`'s `returnValue` or an `onNavigationChange` payload
 * (`{ url, recordId, recordName, objectType, accountId | contactId, personAccount }`) to an {@link AppView}.
 * Nothing at all (a console list view) is an empty view.
 */
export function appViewFromPayload(payload: unknown): PayloadCheck<AppView> {
    if (payload === null || payload === undefined) return accepted({});
    if (!isRecord(payload)) return rejected(`the view should be an object but is ${describeValue(payload)}`);
    const url = optionalText(payload, 'url');
    if (!url.ok) return url;
    const record = recordRefFromPayload(payload);
    if (!record.ok) return record;
    return accepted({
        ...definedFields({ url: url.value, record: record.value })
    });
}

import { describeValue } from '../text';
import type { ClickToDialRequest } from './cti-host';
import { accepted, isRecord, optionalText, rejected } from './payload-check';
import type { PayloadCheck } from './payload-check';
import { recordRefFromPayload } from './record-ref-payload';
import { definedFields } from '../object';

/**
 * Maps an `onClickToDial` payload (`{ number, recordId, recordName, objectType, accountId | contactId,
 * personAccount, params }`) to a {@link ClickToDialRequest}. The guide types `number` as a number; a number or
 * a non-blank string is accepted and handed on as text.
 */
export function clickToDialFromPayload(payload: unknown): PayloadCheck<ClickToDialRequest> {
    if (!isRecord(payload)) {
        return rejected(`the click-to-dial payload should be an object but is ${describeValue(payload)}`);
    }
    const raw = payload.number;
    let number: string;
    if (typeof raw === 'number' && Number.isFinite(raw)) number = String(raw);
    else if (typeof raw === 'string' && raw.trim() !== '') number = raw.trim();
    else return rejected(`number should be a phone number but is ${describeValue(raw)}`);

    const record = recordRefFromPayload(payload);
    if (!record.ok) return record;
    const params = optionalText(payload, 'params');
    if (!params.ok) return params;
    return accepted({
        number,
        ...definedFields({ record: record.value, params: params.value })
    });
}

import type { OrgRecord } from '../../org/org-record';
import { phoneFieldsOf, sobjectNamed } from '../../org/sobject-catalog';
import type { ConsoleViewContext } from './console-view-context';
import { phoneValue, recordLink } from './field-value';
import { h } from './dom';

/**
 * A table of records as search results and list views show them: name (a link to the record), object, and
 * phone numbers (click-to-dial links while the softphone allows it).
 */
export function recordTable(context: ConsoleViewContext, records: readonly OrgRecord[]): HTMLElement {
    if (records.length === 0) {
        return h('p', { className: 'slds-text-color_weak slds-p-around_small', text: 'No records.' });
    }
    return h(
        'table',
        {
            className: 'slds-table slds-table_cell-buffer slds-table_bordered',
            attrs: { 'aria-label': 'Records' }
        },
        h(
            'thead',
            {},
            h(
                'tr',
                { className: 'slds-line-height_reset' },
                ...['Name', 'Object', 'Phone'].map((title) =>
                    h(
                        'th',
                        { attrs: { scope: 'col' } },
                        h('div', { className: 'slds-truncate', text: title })
                    )
                )
            )
        ),
        h(
            'tbody',
            {},
            ...records.map((record) => {
                const sobject = sobjectNamed(record.sobjectType);
                const phones = sobject
                    ? phoneFieldsOf(sobject).filter((field) => record.fields[field.name])
                    : [];
                return h(
                    'tr',
                    { attrs: { 'data-row': record.Id } },
                    h('th', { attrs: { scope: 'row' } }, recordLink(context, record)),
                    h('td', { text: sobject?.label ?? record.sobjectType }),
                    h(
                        'td',
                        {},
                        ...phones.flatMap((field, index) => [
                            index > 0 ? ' · ' : '',
                            phoneValue(context, record, field.name)
                        ])
                    )
                );
            })
        )
    );
}

import type { OrgRecord } from '../../org/org-record';
import { fieldText } from '../../org/org-record';
import { recordTitle } from '../../org/org-search';
import type { FieldDefinition } from '../../org/sobject-catalog';
import type { ConsoleViewContext } from './console-view-context';
import { h, sldsIcon } from './dom';

/** A link that opens a record page. */
export function recordLink(
    context: ConsoleViewContext,
    record: OrgRecord,
    text = recordTitle(record)
): HTMLElement {
    return h('a', {
        text,
        attrs: { href: '#', 'data-record-link': record.Id },
        on: {
            click: (event) => {
                event.preventDefault();
                context.state.navigate({ kind: 'record', recordId: record.Id });
            }
        }
    });
}

/**
 * A phone number on a record: a click-to-dial link while the softphone has click-to-dial enabled (clicking
 * hands the number to its `onClickToDial` listener), plain text otherwise, as in Lightning.
 */
export function phoneValue(context: ConsoleViewContext, record: OrgRecord, field: string): HTMLElement {
    const number = fieldText(record, field);
    if (!context.state.clickToDialEnabled) {
        return h('span', { text: number, attrs: { 'data-phone': field } });
    }
    return h(
        'a',
        {
            className: 'sim-click-to-dial',
            attrs: { href: '#', 'data-click-to-dial': field, title: `Call ${number}` },
            on: {
                click: (event) => {
                    event.preventDefault();
                    context.clickToDial(record.Id, field);
                }
            }
        },
        sldsIcon(
            'utility',
            'call',
            'slds-icon slds-icon_xx-small slds-icon-text-default slds-m-right_xx-small'
        ),
        number
    );
}

/** A field's value as a record page shows it: phones dial, references link, dates read as dates. */
export function fieldValue(context: ConsoleViewContext, record: OrgRecord, field: FieldDefinition): Node {
    const text = fieldText(record, field.name);
    if (text === '') return document.createTextNode('');
    if (field.kind === 'phone') return phoneValue(context, record, field.name);
    if (field.kind === 'reference') {
        const target = context.org.get(text);
        return target ? recordLink(context, target) : document.createTextNode(text);
    }
    if (field.kind === 'datetime') return document.createTextNode(new Date(text).toLocaleString());
    return document.createTextNode(text);
}

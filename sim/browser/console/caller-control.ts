import type { CallerLine } from '../../caller/caller-line';
import { fieldText } from '../../org/org-record';
import type { OrgStore } from '../../org/org-store';
import { recordTitle } from '../../org/org-search';
import { phoneFieldsOf, sobjectNamed } from '../../org/sobject-catalog';
import { h, replaceChildren } from './dom';

/** The SIP header an IVR sets to the case number the caller keyed in. */
export const CASE_NUMBER_HEADER = 'X-Case-Number';

/** Reads "Name: value" lines into headers; lines without a colon are ignored. */
export function parseHeaderLines(text: string): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name !== '' && value !== '') headers[name] = value;
    }
    return headers;
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
    const id = control.id;
    return h(
        'div',
        { className: 'slds-form-element slds-m-bottom_x-small' },
        h('label', { className: 'slds-form-element__label', text: label, attrs: { for: id } }),
        h('div', { className: 'slds-form-element__control' }, control),
        hint ? h('div', { className: 'slds-form-element__help slds-text-color_weak', text: hint }) : null
    );
}

/**
 * The "Call the agent" card: a caller number (the org's numbers are suggested), an optional caller name and
 * IVR data (`X-Case-Number`, other SIP headers), Ring, and Hang up as the caller (before the agent answers, a
 * missed call). It works through a {@link CallerLine}, so the same card can drive a real phone system.
 */
export function mountCallerControl(root: HTMLElement, line: CallerLine, org: OrgStore): void {
    const suggestions = h('datalist', { attrs: { id: 'sim-caller-numbers' } });
    const fillSuggestions = (): void => {
        replaceChildren(
            suggestions,
            ...org.list().flatMap((record) => {
                const sobject = sobjectNamed(record.sobjectType);
                return (sobject ? phoneFieldsOf(sobject) : [])
                    .filter((phone) => fieldText(record, phone.name) !== '')
                    .map((phone) =>
                        h('option', {
                            attrs: { value: fieldText(record, phone.name) },
                            text: `${recordTitle(record)} (${sobject?.label ?? ''} ${phone.label})`
                        })
                    );
            })
        );
    };
    fillSuggestions();
    org.subscribe(fillSuggestions);

    const from = h('input', {
        className: 'slds-input',
        attrs: {
            id: 'sim-caller-from',
            name: 'from',
            type: 'tel',
            list: 'sim-caller-numbers',
            value: '+1 415 555 0123',
            required: true
        }
    });
    const displayName = h('input', {
        className: 'slds-input',
        attrs: { id: 'sim-caller-name', name: 'displayName', type: 'text' }
    });
    const caseNumber = h('input', {
        className: 'slds-input',
        attrs: { id: 'sim-caller-case', name: 'caseNumber', type: 'text' }
    });
    const otherHeaders = h('textarea', {
        className: 'slds-textarea',
        attrs: { id: 'sim-caller-headers', name: 'headers', rows: 2, placeholder: 'X-Queue: Support' }
    });
    const status = h('p', {
        className: 'slds-text-body_small slds-m-top_x-small',
        attrs: { role: 'status', 'data-caller-status': true }
    });
    const hangUp = h('button', {
        className: 'slds-button slds-button_destructive',
        text: 'Caller hangs up',
        attrs: { type: 'button', disabled: true, 'data-caller-hang-up': true }
    });
    const ring = h('button', {
        className: 'slds-button slds-button_brand',
        text: 'Ring the agent',
        attrs: { type: 'submit', 'data-ring': true }
    });
    let lastCallId: string | undefined;

    const show = (text: string, error = false): void => {
        status.textContent = text;
        status.className = `slds-text-body_small slds-m-top_x-small${error ? ' slds-text-color_error' : ''}`;
    };

    hangUp.addEventListener('click', () => {
        if (!lastCallId) return;
        const callId = lastCallId;
        hangUp.disabled = true;
        void line.hangUp(callId).then((result) => {
            if (result.ok) show(`The caller hung up (${callId}).`);
            else show(result.error, true);
        });
    });

    const form = h(
        'form',
        {
            on: {
                submit: (event) => {
                    event.preventDefault();
                    const headers = parseHeaderLines(otherHeaders.value);
                    if (caseNumber.value.trim() !== '') headers[CASE_NUMBER_HEADER] = caseNumber.value.trim();
                    const name = displayName.value.trim();
                    ring.disabled = true;
                    show('Ringing…');
                    void line
                        .ring({
                            from: from.value.trim(),
                            ...(name === '' ? {} : { displayName: name }),
                            headers
                        })
                        .then((result) => {
                            ring.disabled = false;
                            if (!result.ok) {
                                show(result.error, true);
                                return;
                            }
                            lastCallId = result.callId;
                            hangUp.disabled = false;
                            show(`Placed call ${result.callId} to the agent.`);
                        });
                }
            }
        },
        field('Caller number', from),
        field(
            'Caller name (optional)',
            displayName,
            'What the phone system signals; the softphone prefers a matching record.'
        ),
        field(`IVR case number (${CASE_NUMBER_HEADER}, optional)`, caseNumber),
        field('Other IVR data (Name: value per line)', otherHeaders),
        h('div', { className: 'slds-button-group', attrs: { role: 'group' } }, ring, hangUp),
        status
    );
    replaceChildren(
        root,
        h(
            'div',
            { className: 'slds-card__header slds-grid' },
            h('h2', { className: 'slds-card__header-title', text: 'Call the agent' })
        ),
        h(
            'div',
            { className: 'slds-card__body slds-card__body_inner' },
            h('p', {
                className: 'slds-text-body_small slds-text-color_weak slds-m-bottom_x-small',
                text: `A caller on ${line.description}.`
            }),
            form,
            suggestions
        )
    );
}

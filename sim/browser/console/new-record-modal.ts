import type { NewRecordModal } from '../../console/console-location';
import { OrgError } from '../../org/org-error';
import { fieldOf, sobjectNamed } from '../../org/sobject-catalog';
import type { FieldDefinition } from '../../org/sobject-catalog';
import type { ConsoleViewContext } from './console-view-context';
import { h } from './dom';
import { recordForm } from './record-form';

function dialog(title: string, content: readonly Node[], footer: readonly Node[]): HTMLElement {
    return h(
        'div',
        { attrs: { 'data-new-record-modal': true } },
        h(
            'section',
            {
                className: 'slds-modal slds-fade-in-open',
                attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'sim-new-record-heading' }
            },
            h(
                'div',
                { className: 'slds-modal__container' },
                h(
                    'div',
                    { className: 'slds-modal__header' },
                    h('h1', {
                        className: 'slds-modal__title',
                        text: title,
                        attrs: { id: 'sim-new-record-heading' }
                    })
                ),
                h('div', { className: 'slds-modal__content slds-p-around_medium' }, ...content),
                h('div', { className: 'slds-modal__footer' }, ...footer)
            )
        ),
        h('div', { className: 'slds-backdrop slds-backdrop_open', attrs: { role: 'presentation' } })
    );
}

/**
 * The new-record form a `NEW_RECORD_MODAL` screen pop opens: the object's fields, filled in from
 * `defaultFieldValues` (values for fields the object does not have are listed and left out). Save creates
 * the record through the org's checks and opens it, as Lightning does; Cancel goes back to the page below.
 */
export function newRecordModal(context: ConsoleViewContext, modal: NewRecordModal): HTMLElement {
    const cancel = h('button', {
        className: 'slds-button slds-button_neutral',
        text: 'Cancel',
        on: { click: () => context.state.closeModal() }
    });
    const sobject = sobjectNamed(modal.entityName);
    if (!sobject) {
        return dialog(
            `New ${modal.entityName}`,
            [
                h('p', {
                    text: `The org has no object ${modal.entityName}, so no record can be created here.`
                })
            ],
            [cancel]
        );
    }
    const fields = sobject.layout
        .map((name) => fieldOf(sobject, name))
        .filter((field): field is FieldDefinition => field !== undefined && !field.system);
    const unknown = Object.keys(modal.defaultFieldValues).filter((name) => !fieldOf(sobject, name));
    const form = recordForm(context.org, fields, modal.defaultFieldValues);
    const error = h('div', {
        className: 'slds-text-color_error slds-m-bottom_x-small',
        attrs: { role: 'alert' }
    });
    const save = (): void => {
        try {
            const record = context.org.insert(sobject.apiName, form.values());
            context.state.navigate({ kind: 'record', recordId: record.Id });
        } catch (problem) {
            if (!(problem instanceof OrgError)) throw problem;
            error.textContent = problem.message;
        }
    };
    return dialog(
        `New ${sobject.label}`,
        [
            error,
            unknown.length > 0 &&
                h('p', {
                    className: 'slds-text-color_weak slds-m-bottom_x-small',
                    text: `Not fields of ${sobject.label}, left out: ${unknown.join(', ')}`
                }),
            form.element
        ].filter((node): node is HTMLElement => node instanceof HTMLElement),
        [
            cancel,
            h('button', {
                className: 'slds-button slds-button_brand',
                text: 'Save',
                attrs: { 'data-save': true },
                on: { click: save }
            })
        ]
    );
}

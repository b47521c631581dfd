import type { OrgStore } from '../../org/org-store';
import { recordTitle } from '../../org/org-search';
import type { FieldDefinition } from '../../org/sobject-catalog';
import { h } from './dom';

/** A form's fields and how to read them. */
export interface RecordForm {
    readonly element: HTMLElement;
    /** What the agent entered, by field; '' for an empty field. */
    values(): Record<string, string>;
}

let formCount = 0;

function control(org: OrgStore, field: FieldDefinition, id: string, value: string): HTMLElement {
    const common = { id, name: field.name, 'data-form-field': field.name, required: field.required };
    if (field.kind === 'textarea') {
        const area = h('textarea', { className: 'slds-textarea', attrs: common });
        area.value = value;
        return area;
    }
    if (field.kind === 'picklist' || field.kind === 'reference') {
        const options =
            field.kind === 'picklist'
                ? (field.values ?? []).map((option) => ({ value: option, label: option }))
                : (field.referenceTo ?? []).flatMap((type) =>
                      org.list(type).map((record) => ({ value: record.Id, label: recordTitle(record) }))
                  );
        const select = h(
            'select',
            { className: 'slds-select', attrs: common },
            h('option', { text: '--None--', attrs: { value: '' } }),
            ...options.map((option) => h('option', { text: option.label, attrs: { value: option.value } }))
        );
        select.value = value;
        return h('div', { className: 'slds-select_container' }, select);
    }
    const type =
        field.kind === 'phone'
            ? 'tel'
            : field.kind === 'email'
              ? 'email'
              : field.kind === 'date'
                ? 'date'
                : 'text';
    const input = h('input', {
        className: 'slds-input',
        attrs: { ...common, type: field.kind === 'integer' ? 'number' : type, maxlength: field.maxLength }
    });
    input.value = value;
    return input;
}

/**
 * A Lightning-style record form (SLDS form elements) for the given fields, starting with `values`; picklists
 * and references are selects. Reading it gives the entered values; the org checks them on save.
 */
export function recordForm(
    org: OrgStore,
    fields: readonly FieldDefinition[],
    values: Readonly<Record<string, string>>
): RecordForm {
    formCount += 1;
    const element = h(
        'div',
        { className: 'slds-form', attrs: { role: 'list' } },
        ...fields.map((field) => {
            const id = `sim-form-${formCount}-${field.name}`;
            return h(
                'div',
                { className: 'slds-form-element slds-m-bottom_x-small' },
                h(
                    'label',
                    { className: 'slds-form-element__label', attrs: { for: id } },
                    field.required
                        ? h('abbr', { className: 'slds-required', text: '*', attrs: { title: 'required' } })
                        : null,
                    field.label
                ),
                h(
                    'div',
                    { className: 'slds-form-element__control' },
                    control(org, field, id, values[field.name] ?? '')
                )
            );
        })
    );
    return {
        element,
        values() {
            const result: Record<string, string> = {};
            for (const input of element.querySelectorAll<
                HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
            >('[data-form-field]')) {
                result[input.name] = input.value.trim();
            }
            return result;
        }
    };
}

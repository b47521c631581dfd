import { OrgError } from '../../org/org-error';
import { fieldText } from '../../org/org-record';
import { recordTitle } from '../../org/org-search';
import { fieldOf, sobjectNamed } from '../../org/sobject-catalog';
import type { FieldDefinition, SObjectDefinition } from '../../org/sobject-catalog';
import { activityCard } from './activity-list-view';
import type { ConsoleViewContext } from './console-view-context';
import { fieldValue } from './field-value';
import { h, replaceChildren, sldsIcon } from './dom';
import { recordForm } from './record-form';

/** A drawn record page, and what the workspace may do with it when the view is refreshed. */
export interface RecordPage {
    readonly element: HTMLElement;
    /** Whether the agent is editing the record (a refresh must not throw their changes away). */
    editing(): boolean;
    /** Redraws the Activity card from the org. */
    refreshActivity(): void;
}

/** The icon of an object in its SLDS colour. */
export function objectIcon(sobject: SObjectDefinition, size = 'slds-icon_small'): HTMLElement {
    return h(
        'span',
        { className: `slds-icon_container slds-icon-standard-${sobject.icon.replace(/_/g, '-')}` },
        sldsIcon('standard', sobject.icon, `slds-icon ${size}`)
    );
}

function layoutFields(sobject: SObjectDefinition): FieldDefinition[] {
    return sobject.layout
        .map((name) => fieldOf(sobject, name))
        .filter((field): field is FieldDefinition => field !== undefined);
}

function missingPage(recordId: string): RecordPage {
    const element = h(
        'article',
        { className: 'slds-card', attrs: { 'data-record-missing': recordId } },
        h(
            'div',
            { className: 'slds-card__body slds-card__body_inner slds-p-vertical_medium' },
            h('h1', { className: 'slds-text-heading_medium', text: 'Looks like there’s a problem.' }),
            h('p', { text: `Record ${recordId} isn’t in this org, or you don’t have access to it.` })
        )
    );
    return { element, editing: () => false, refreshActivity: () => undefined };
}

/**
 * A record page: the record's header and fields (phone numbers as click-to-dial links while the softphone
 * allows it), an Edit form that saves through the org's checks, and the Activity card.
 */
export function recordPage(context: ConsoleViewContext, recordId: string): RecordPage {
    const record = context.org.get(recordId);
    const sobject = record && sobjectNamed(record.sobjectType);
    if (!record || !sobject) return missingPage(recordId);
    const fields = layoutFields(sobject);
    const body = h('div', { className: 'slds-card__body slds-card__body_inner' });
    let activity = activityCard(context, record.Id);
    let isEditing = false;

    const showDetails = (): void => {
        isEditing = false;
        const current = context.org.get(record.Id) ?? record;
        replaceChildren(
            body,
            h(
                'dl',
                { className: 'slds-list_horizontal slds-wrap' },
                ...fields.flatMap((field) => [
                    h('dt', {
                        className: 'slds-item_label slds-text-color_weak slds-truncate',
                        text: field.label
                    }),
                    h(
                        'dd',
                        { className: 'slds-item_detail', attrs: { 'data-field': field.name } },
                        fieldValue(context, current, field)
                    )
                ])
            )
        );
    };

    const showForm = (): void => {
        isEditing = true;
        const current = context.org.get(record.Id) ?? record;
        const editable = fields.filter((field) => !field.system);
        const values = Object.fromEntries(
            editable.map((field) => [field.name, fieldText(current, field.name)])
        );
        const form = recordForm(context.org, editable, values);
        const error = h('div', {
            className: 'slds-text-color_error slds-m-bottom_x-small',
            attrs: { role: 'alert' }
        });
        const save = (): void => {
            try {
                context.org.update(record.Id, form.values());
                isEditing = false;
                context.state.refresh();
            } catch (problem) {
                if (!(problem instanceof OrgError)) throw problem;
                error.textContent = problem.message;
            }
        };
        replaceChildren(
            body,
            error,
            form.element,
            h(
                'div',
                { className: 'slds-m-top_small' },
                h('button', {
                    className: 'slds-button slds-button_neutral',
                    text: 'Cancel',
                    on: { click: showDetails }
                }),
                h('button', {
                    className: 'slds-button slds-button_brand',
                    text: 'Save',
                    attrs: { 'data-save': true },
                    on: { click: save }
                })
            )
        );
    };

    showDetails();
    const header = h(
        'div',
        { className: 'slds-page-header slds-page-header_record-home' },
        h(
            'div',
            { className: 'slds-page-header__row' },
            h(
                'div',
                { className: 'slds-page-header__col-title' },
                h(
                    'div',
                    { className: 'slds-media' },
                    h('div', { className: 'slds-media__figure' }, objectIcon(sobject)),
                    h(
                        'div',
                        { className: 'slds-media__body' },
                        h('p', { className: 'slds-text-body_small', text: sobject.label }),
                        h('h1', {
                            className: 'slds-page-header__title slds-truncate',
                            text: recordTitle(record),
                            attrs: { 'data-record-title': true }
                        })
                    )
                )
            ),
            h(
                'div',
                { className: 'slds-page-header__col-actions' },
                h('button', {
                    className: 'slds-button slds-button_neutral',
                    text: 'Edit',
                    attrs: { 'data-edit': true },
                    on: { click: showForm }
                })
            )
        )
    );
    const components = h('div', { className: 'slds-m-top_small', attrs: { 'data-record-components': true } });
    const element = h(
        'div',
        { attrs: { 'data-record-page': record.Id, 'data-sobject': sobject.apiName } },
        header,
        components,
        h('article', { className: 'slds-card slds-m-top_small' }, body),
        activity
    );
    context.recordComponents?.(components, { id: record.Id, objectApiName: sobject.apiName });
    return {
        element,
        editing: () => isEditing,
        refreshActivity() {
            const next = activityCard(context, record.Id);
            activity.replaceWith(next);
            activity = next;
        }
    };
}

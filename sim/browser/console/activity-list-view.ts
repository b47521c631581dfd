import { activitiesOf } from '../../org/activity-list';
import type { OrgRecord } from '../../org/org-record';
import { fieldText } from '../../org/org-record';
import type { ConsoleViewContext } from './console-view-context';
import { recordLink } from './field-value';
import { h, sldsIcon } from './dom';

function duration(task: OrgRecord): string {
    const seconds = Number(task.fields.CallDurationInSeconds ?? 0);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function taskItem(context: ConsoleViewContext, task: OrgRecord): HTMLElement {
    const related = ['WhoId', 'WhatId']
        .map((field) => context.org.get(fieldText(task, field)))
        .filter((record): record is OrgRecord => record !== undefined);
    const facts = [
        fieldText(task, 'CallType') && `${fieldText(task, 'CallType')} call`,
        task.fields.CallDurationInSeconds !== undefined && task.fields.CallDurationInSeconds !== null
            ? `talk time ${duration(task)}`
            : '',
        fieldText(task, 'CallDisposition') && `Call result: ${fieldText(task, 'CallDisposition')}`,
        fieldText(task, 'Softphone_Call_Quality__c') &&
            `Call quality: ${fieldText(task, 'Softphone_Call_Quality__c')}`,
        fieldText(task, 'Status')
    ].filter(Boolean);
    return h(
        'li',
        { className: 'slds-item', attrs: { 'data-task': task.Id } },
        h(
            'div',
            { className: 'slds-grid slds-grid_align-spread' },
            h(
                'p',
                { className: 'slds-text-title_bold' },
                sldsIcon(
                    'standard',
                    'log_a_call',
                    'slds-icon slds-icon_x-small slds-icon-standard-log-a-call slds-m-right_x-small'
                ),
                h('span', { text: fieldText(task, 'Subject'), attrs: { 'data-task-field': 'Subject' } })
            ),
            h('p', {
                className: 'slds-text-body_small slds-text-color_weak',
                text: fieldText(task, 'ActivityDate'),
                attrs: { 'data-task-field': 'ActivityDate' }
            })
        ),
        h('p', {
            className: 'slds-text-body_small',
            text: facts.join(' · '),
            attrs: { 'data-task-field': 'facts' }
        }),
        fieldText(task, 'Description') &&
            h('p', {
                className: 'sim-pre-wrap slds-m-top_xx-small',
                text: fieldText(task, 'Description'),
                attrs: { 'data-task-field': 'Description' }
            }),
        related.length > 0 &&
            h(
                'p',
                { className: 'slds-text-body_small slds-text-color_weak' },
                'Related to ',
                ...related.flatMap((record, index) => [index > 0 ? ', ' : '', recordLink(context, record)])
            )
    );
}

/**
 * The record page's Activity card: the calls logged against the record (and, on an Account, against its
 * Contacts and Cases), newest first, as the org holds them when the page was last drawn or refreshed.
 */
export function activityCard(context: ConsoleViewContext, recordId: string): HTMLElement {
    const tasks = activitiesOf(context.org, recordId);
    return h(
        'article',
        { className: 'slds-card slds-m-top_small', attrs: { 'data-activity': recordId } },
        h(
            'div',
            { className: 'slds-card__header slds-grid' },
            h('h2', { className: 'slds-card__header-title', text: `Activity (${tasks.length})` })
        ),
        h(
            'div',
            { className: 'slds-card__body slds-card__body_inner' },
            tasks.length === 0
                ? h('p', {
                      className: 'slds-text-color_weak',
                      text: 'No activities yet. Logged calls show here.'
                  })
                : h(
                      'ul',
                      { className: 'slds-has-dividers_bottom-space' },
                      ...tasks.map((task) => taskItem(context, task))
                  )
        )
    );
}

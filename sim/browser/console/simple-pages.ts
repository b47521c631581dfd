import type { ConsoleLocation } from '../../console/console-location';
import { recordTitle, searchOrg } from '../../org/org-search';
import { CONSOLE_OBJECTS, sobjectNamed } from '../../org/sobject-catalog';
import type { ConsoleViewContext } from './console-view-context';
import { h } from './dom';
import { objectIcon } from './record-page';
import { recordTable } from './record-table';

function card(
    title: string,
    attrs: Readonly<Record<string, string | boolean>>,
    body: readonly Node[],
    action?: HTMLElement
): HTMLElement {
    return h(
        'article',
        { className: 'slds-card', attrs },
        h(
            'div',
            { className: 'slds-card__header slds-grid slds-grid_vertical-align-center' },
            h('h1', { className: 'slds-card__header-title slds-col', text: title }),
            action ?? null
        ),
        h('div', { className: 'slds-card__body slds-card__body_inner' }, ...body)
    );
}

/** The home page: how to try the softphone, and the org's records to open. */
export function homePage(context: ConsoleViewContext): HTMLElement {
    const steps = [
        'In the Phone panel, set your status to Available.',
        'Under “Call the agent”, pick a caller and ring: the softphone rings and pops the caller’s record.',
        'Answer, type notes and a call result, hang up, and Save: the call is logged as a Task on the record.',
        'Open an Account or Contact and click a phone number to call out (click-to-dial).'
    ];
    return h(
        'div',
        { attrs: { 'data-home': true } },
        card('Try the softphone', {}, [
            h('ol', { className: 'slds-list_ordered' }, ...steps.map((step) => h('li', { text: step })))
        ]),
        ...CONSOLE_OBJECTS.map((type) => {
            const sobject = sobjectNamed(type);
            const records = context.org.list(type);
            return sobject
                ? h(
                      'article',
                      { className: 'slds-card slds-m-top_small' },
                      h(
                          'div',
                          { className: 'slds-card__header slds-grid slds-grid_vertical-align-center' },
                          h(
                              'div',
                              { className: 'slds-m-right_x-small' },
                              objectIcon(sobject, 'slds-icon_x-small')
                          ),
                          h('h2', {
                              className: 'slds-card__header-title',
                              text: `${sobject.pluralLabel} (${records.length})`
                          })
                      ),
                      recordTable(context, records)
                  )
                : null;
        })
    );
}

/** The search page for a term: every object's matches, as Lightning's Top Results. */
export function searchPage(context: ConsoleViewContext, searchString: string): HTMLElement {
    const results = searchOrg(context.org, searchString);
    return card(`Search results for “${searchString}”`, { 'data-search-results': searchString }, [
        h('p', {
            className: 'slds-m-bottom_x-small',
            text: `${results.length} result${results.length === 1 ? '' : 's'}`
        }),
        recordTable(context, results)
    ]);
}

/** An object's home or one of its list views. */
export function listPage(context: ConsoleViewContext, sobjectType: string, listViewId?: string): HTMLElement {
    const sobject = sobjectNamed(sobjectType);
    if (!sobject) {
        return card('This page isn’t available.', { 'data-unknown-object': sobjectType }, [
            h('p', { text: `The org has no object ${sobjectType}.` })
        ]);
    }
    const title = listViewId ? `${sobject.pluralLabel} — list view ${listViewId}` : sobject.pluralLabel;
    const create = h('button', {
        className: 'slds-button slds-button_neutral',
        text: 'New',
        attrs: { type: 'button', 'data-new-record': sobject.apiName },
        on: { click: () => context.state.openModal({ entityName: sobject.apiName, defaultFieldValues: {} }) }
    });
    return card(
        title,
        { 'data-object-home': sobject.apiName },
        [recordTable(context, context.org.list(sobject.apiName))],
        create
    );
}

/** A URL pop or a flow: what Lightning would open, since the simulator has neither pages nor flows. */
export function placeholderPage(location: Extract<ConsoleLocation, { kind: 'url' | 'flow' }>): HTMLElement {
    if (location.kind === 'url') {
        return card('URL', { 'data-url-page': location.url }, [
            h('p', {}, 'Lightning would open ', h('code', { text: location.url }), '.')
        ]);
    }
    return card(`Flow: ${location.flowDevName}`, { 'data-flow-page': location.flowDevName }, [
        h('p', { text: 'Lightning would run this screen flow with these inputs:' }),
        h(
            'ul',
            { className: 'slds-list_dotted' },
            ...location.flowArgs.map((arg) =>
                h('li', { text: `${arg.name} (${arg.type}) = ${JSON.stringify(arg.value)}` })
            )
        )
    ]);
}

/** A short title for a location, for the workspace tab. */
export function locationTitle(context: ConsoleViewContext, location: ConsoleLocation): string {
    switch (location.kind) {
        case 'home':
            return 'Home';
        case 'record': {
            const record = context.org.get(location.recordId);
            return record ? recordTitle(record) : 'Record';
        }
        case 'search':
            return `Search: ${location.searchString}`;
        case 'object-home':
        case 'list':
            return sobjectNamed(location.sobjectType)?.pluralLabel ?? location.sobjectType;
        case 'url':
            return location.url;
        case 'flow':
            return location.flowDevName;
    }
}

import type { ConsoleViewContext } from './console-view-context';
import { h, replaceChildren } from './dom';
import { newRecordModal } from './new-record-modal';
import { recordPage } from './record-page';
import type { RecordPage } from './record-page';
import { homePage, listPage, locationTitle, placeholderPage, searchPage } from './simple-pages';

/**
 * Draws the console's workspace into `root` and keeps it in step with the console state: the open page
 * (home, record, search, list, URL, flow) under a workspace tab, and the new-record form over it. A page's
 * data is read when it is drawn and again on `refreshView` (as in Lightning, a Task saved through Open CTI
 * shows on the record page only after the softphone refreshes the view); an edit in progress survives a
 * refresh.
 */
export function mountWorkspace(root: HTMLElement, context: ConsoleViewContext): void {
    const tab = h('span', { className: 'slds-truncate', attrs: { 'data-workspace-tab': true } });
    const page = h('div', { className: 'slds-p-top_small', attrs: { 'data-workspace-page': true } });
    const modalRoot = h('div');
    replaceChildren(
        root,
        h(
            'div',
            { className: 'slds-tabs_default' },
            h(
                'ul',
                { className: 'slds-tabs_default__nav', attrs: { role: 'tablist' } },
                h(
                    'li',
                    { className: 'slds-tabs_default__item slds-is-active', attrs: { role: 'presentation' } },
                    h('span', { className: 'slds-tabs_default__link' }, tab)
                )
            )
        ),
        page,
        modalRoot
    );
    let current: RecordPage | undefined;

    const draw = (): void => {
        const { location, modal } = context.state;
        current = undefined;
        tab.textContent = locationTitle(context, location);
        switch (location.kind) {
            case 'record':
                current = recordPage(context, location.recordId);
                replaceChildren(page, current.element);
                break;
            case 'search':
                replaceChildren(page, searchPage(context, location.searchString));
                break;
            case 'object-home':
                replaceChildren(page, listPage(context, location.sobjectType));
                break;
            case 'list':
                replaceChildren(page, listPage(context, location.sobjectType, location.listViewId));
                break;
            case 'url':
            case 'flow':
                replaceChildren(page, placeholderPage(location));
                break;
            case 'home':
                replaceChildren(page, homePage(context));
                break;
        }
        replaceChildren(modalRoot, modal ? newRecordModal(context, modal) : null);
    };

    /**
     * `refreshView` redraws the page's data, but the components on a record page stay as they are (as Lightning
     * keeps a record page's custom components mounted), with what they hold.
     */
    const redrawKeepingComponents = (): void => {
        const kept = page.querySelector<HTMLElement>('[data-record-components]');
        const keptFor = kept?.closest('[data-record-page]')?.getAttribute('data-record-page');
        draw();
        const fresh = page.querySelector<HTMLElement>('[data-record-components]');
        const freshFor = fresh?.closest('[data-record-page]')?.getAttribute('data-record-page');
        if (kept && fresh && keptFor === freshFor) fresh.replaceWith(kept);
    };

    context.state.subscribe((change) => {
        if (change === 'location' || change === 'click-to-dial') draw();
        else if (change === 'refresh') {
            if (current?.editing()) current.refreshActivity();
            else redrawKeepingComponents();
        }
    });
    draw();
}

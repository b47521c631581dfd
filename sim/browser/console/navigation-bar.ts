import { CONSOLE_OBJECTS, sobjectNamed } from '../../org/sobject-catalog';
import type { ConsoleViewContext } from './console-view-context';
import { h, replaceChildren } from './dom';

/**
 * The console's navigation bar: Home, one item per object (its list), and the global search box, which
 * opens the search page for what the agent typed.
 */
export function mountNavigationBar(root: HTMLElement, context: ConsoleViewContext): void {
    const item = (label: string, open: () => void, attrs: Readonly<Record<string, string>>): HTMLElement =>
        h(
            'li',
            { className: 'slds-context-bar__item' },
            h('a', {
                className: 'slds-context-bar__label-action',
                text: label,
                attrs: { href: '#', ...attrs },
                on: {
                    click: (event) => {
                        event.preventDefault();
                        open();
                    }
                }
            })
        );
    const search = h('input', {
        className: 'slds-input',
        attrs: {
            type: 'search',
            placeholder: 'Search…',
            'aria-label': 'Search Salesforce',
            'data-global-search': true
        }
    });
    const form = h(
        'form',
        {
            className: 'sim-search',
            attrs: { role: 'search' },
            on: {
                submit: (event) => {
                    event.preventDefault();
                    const searchString = search.value.trim();
                    if (searchString !== '') context.state.navigate({ kind: 'search', searchString });
                }
            }
        },
        search
    );
    replaceChildren(
        root,
        h(
            'div',
            { className: 'slds-context-bar__primary' },
            h('span', {
                className: 'slds-context-bar__label-action slds-context-bar__app-name',
                text: 'Softphone Console'
            })
        ),
        h(
            'nav',
            { className: 'slds-context-bar__secondary', attrs: { role: 'navigation' } },
            h(
                'ul',
                { className: 'slds-grid' },
                item('Home', () => context.state.navigate({ kind: 'home' }), { 'data-nav': 'home' }),
                ...CONSOLE_OBJECTS.map((type) =>
                    item(
                        sobjectNamed(type)?.pluralLabel ?? type,
                        () => context.state.navigate({ kind: 'object-home', sobjectType: type }),
                        { 'data-nav': type }
                    )
                )
            )
        ),
        form
    );
}

import { iconUrl } from '../../site/routes';

/** Attributes, properties and listeners of an element made by {@link h}. */
export interface ElementOptions {
    readonly className?: string;
    readonly text?: string;
    /** Attributes, set as given; `false` and `undefined` leave one out, `true` sets it empty. */
    readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
    readonly on?: Readonly<Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>>;
}

/** A child of {@link h}: an element, text, or nothing. */
export type Child = Node | string | false | null | undefined;

/**
 * Creates an element: `h('button', { className: 'slds-button', on: { click } }, 'Save')`. Text goes in as
 * text nodes, never as markup, so record values from the org cannot inject HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    options: ElementOptions = {},
    ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    if (options.className) element.className = options.className;
    if (options.text !== undefined) element.textContent = options.text;
    for (const [name, value] of Object.entries(options.attrs ?? {})) {
        if (value === undefined || value === false) continue;
        element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const [type, listener] of Object.entries(options.on ?? {})) {
        if (listener) element.addEventListener(type, listener);
    }
    for (const child of children) {
        if (child === false || child === null || child === undefined) continue;
        element.append(child);
    }
    return element;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SLDS icon (`<svg><use href="…/name.svg#name">`), hidden from assistive technology. */
export function sldsIcon(category: 'utility' | 'standard', name: string, className: string): SVGSVGElement {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', className);
    svg.setAttribute('aria-hidden', 'true');
    const use = document.createElementNS(SVG, 'use');
    use.setAttribute('href', iconUrl(category, name));
    svg.append(use);
    return svg;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: readonly Child[]): void {
    parent.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}

/** Reads a JSON `<script type="application/json">` element the server put in the page. */
export function readJsonElement(id: string): unknown {
    const element = document.getElementById(id);
    if (!element?.textContent) throw new Error(`[simulator] #${id} is missing from the page`);
    return JSON.parse(element.textContent) as unknown;
}

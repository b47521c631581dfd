/** The SLDS icon categories the simulator's console shows. */
export const ICON_CATEGORIES = ['utility', 'standard'] as const;
export type IconCategory = (typeof ICON_CATEGORIES)[number];

const ICON_NAME = /^[a-z0-9_]{1,64}$/;
const ROOT = /^\s*<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/;

/** The icon file of one SLDS icon, relative to the design system's `assets` folder; undefined for a bad name. */
export function iconFile(category: string, name: string): string | undefined {
    if (!(ICON_CATEGORIES as readonly string[]).includes(category) || !ICON_NAME.test(name)) return undefined;
    return `icons/${category}/${name}.svg`;
}

/**
 * Turns one SLDS icon file (`<svg viewBox fill="#fff">paths</svg>`) into a document with a single `<symbol>`
 * of that id, so `<use href="…/call.svg#call">` draws it in the colour CSS gives the icon. The console refers
 * to icons one file each instead of by the 450 KB sprites: the browser parses a sprite again for every new
 * `<use>` that points into it, tens of milliseconds each on the main thread the softphone panel shares.
 */
export function iconSymbolDocument(name: string, svg: string): string {
    const root = ROOT.exec(svg);
    const viewBox = root ? /\bviewBox="([^"]*)"/.exec(root[1] ?? '') : null;
    if (!root || !viewBox) throw new Error(`icon ${name} is not a single <svg> with a viewBox`);
    return [
        '<svg xmlns="http://www.w3.org/2000/svg">',
        `<symbol id="${name}" viewBox="${viewBox[1]}">${root[2]}</symbol>`,
        '</svg>'
    ].join('');
}

import type { VendorBundle } from './vendor-bundle';

/** The icon categories of SLDS, as `lightning-icon` names them: `utility:call`, `standard:account`, ... */
export const ICON_CATEGORIES: readonly string[] = ['utility', 'standard', 'action', 'doctype', 'custom'];

const ICON_NAME = new RegExp(`["'\`](${ICON_CATEGORIES.join('|')}):[a-z0-9_]+["'\`]`, 'g');

/**
 * The icon categories a bundle names in string literals (`icon-name="utility:call"` compiles to one), in
 * {@link ICON_CATEGORIES} order.
 */
export function iconCategoriesOf(code: string): string[] {
    const named = new Set([...code.matchAll(ICON_NAME)].map((match) => match[1]));
    return ICON_CATEGORIES.filter((category) => named.has(category));
}

/**
 * The chunk in which the base components keep one category's icon templates (`lightning/iconSvgTemplatesUtility`
 * and so on), which `lightning-icon` loads with `import()` when it first draws an icon of that category.
 */
export function iconTemplatesChunkName(category: string): string {
    return `iconSvgTemplates${category.charAt(0).toUpperCase()}${category.slice(1)}`;
}

/**
 * The vendor files a page that imports `specifiers` should preload (`<link rel="modulepreload">`), so that the
 * browser fetches and compiles them in parallel instead of discovering them one import level at a time:
 * the entries of the specifiers and everything they import statically, then the icon templates of each
 * category in `iconCategories` (loaded on demand, but as soon as the first such icon renders) with their
 * own static imports. Each file once, entries first, in import order.
 *
 * @param vendor - the vendor bundle with its import graph
 * @param specifiers - the bare specifiers the app imports (`lwc`, `lightning/button`, ...)
 * @param iconCategories - the icon categories the app's components show, see {@link iconCategoriesOf}
 * @returns paths relative to the vendor URL
 */
export function modulePreloads(
    vendor: VendorBundle,
    specifiers: readonly string[],
    iconCategories: readonly string[]
): string[] {
    const files: string[] = [];
    const visit = (file: string): void => {
        if (files.includes(file)) return;
        const chunk = vendor.chunks[file];
        if (!chunk) throw new Error(`the vendor bundle has no chunk ${file}`);
        files.push(file);
        for (const imported of chunk.imports) visit(imported);
    };
    for (const specifier of specifiers) {
        const entry = vendor.entries[specifier];
        if (!entry) throw new Error(`the vendor bundle has no entry for ${specifier}`);
        visit(entry);
    }
    const names = new Set(iconCategories.map(iconTemplatesChunkName));
    const loadable = files.flatMap((file) => vendor.chunks[file]?.dynamicImports ?? []);
    for (const file of loadable) {
        if (names.has(vendor.chunks[file]?.name ?? '')) visit(file);
    }
    return files;
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'rollup';

/** The icon categories of SLDS, as `lightning-icon` names them: `utility:call`, `standard:account`, ... */
export const ICON_CATEGORIES: readonly string[] = ['utility', 'standard', 'action', 'doctype', 'custom'];

const ICON_NAME = new RegExp(`["'\`](${ICON_CATEGORIES.join('|')}):([a-zA-Z0-9_]+)["'\`]`, 'g');

/**
 * The icons a bundle names in string literals (`icon-name="utility:call"` compiles to one, as does every icon
 * a base component draws), as `category:name`, sorted. An icon whose name is computed at run time from parts
 * is not found: name icons whole.
 */
export function iconNamesIn(code: string): string[] {
    return [...new Set([...code.matchAll(ICON_NAME)].map((match) => `${match[1]}:${match[2]}`))].sort();
}

/** `lightning/iconSvgTemplatesUtility/iconSvgTemplatesUtility.js` (and the `…Rtl` twins) import this. */
const TEMPLATES_IMPORT = './buildTemplates/templates';
const LIBRARY_FILE = /[\\/]iconSvgTemplates(Utility|Standard|Action|Doctype|Custom)(Rtl)?\.js$/;
const SUBSET_PREFIX = '\0softphone-icon-subset:';
/** `lightning/iconUtils` keeps every icon's background colour in this module. */
const COLORS_IMPORT = './iconColors';
const COLORS_IMPORTER = /[\\/]iconUtils[\\/]iconUtils\.js$/;
const COLORS_PREFIX = '\0softphone-icon-colors:';

/**
 * The background colours of `icons` (`category:name`) from the base components' `iconColors` module
 * (`export const iconColors = { standard: { account: 'rgb(…)' }, … }`), in the same shape.
 */
export function iconColorsSubset(
    source: string,
    icons: readonly string[]
): Record<string, Record<string, string>> {
    const all = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as Record<
        string,
        Record<string, string>
    >;
    const subset: Record<string, Record<string, string>> = {};
    for (const icon of icons) {
        const [category = '', name = ''] = icon.split(':');
        const color = all[category]?.[name];
        if (color !== undefined) subset[category] = { ...subset[category], [name]: color };
    }
    return subset;
}

/**
 * Rollup plugin that gives each of the base components' icon libraries (`lightning/iconSvgTemplates<Category>`,
 * hundreds of compiled SVG templates that `lightning-icon` loads when it first draws an icon of that category)
 * only the templates of `icons` (`category:name`), so the icons the components show ship inside the bundle at
 * a few hundred bytes each instead of megabytes. A name the library does not have is left out (the icon then
 * renders empty, as on the platform). Likewise `lightning/iconUtils` gets the background colours of these icons
 * only.
 */
export function iconSubsetPlugin(icons: readonly string[]): Plugin {
    return {
        name: 'softphone-icon-subset',
        resolveId(source, importer) {
            if (source === COLORS_IMPORT && importer && COLORS_IMPORTER.test(importer)) {
                return COLORS_PREFIX + path.join(path.dirname(importer), 'iconColors.js');
            }
            if (source !== TEMPLATES_IMPORT || !importer || !LIBRARY_FILE.test(importer)) return null;
            return SUBSET_PREFIX + path.join(path.dirname(importer), 'buildTemplates');
        },
        load(id) {
            if (id.startsWith(COLORS_PREFIX)) {
                const colors = iconColorsSubset(readFileSync(id.slice(COLORS_PREFIX.length), 'utf8'), icons);
                return `export const iconColors = ${JSON.stringify(colors)};`;
            }
            if (!id.startsWith(SUBSET_PREFIX)) return null;
            const dir = id.slice(SUBSET_PREFIX.length);
            const category = /iconSvgTemplates(\w+?)(?:Rtl)?[\\/]buildTemplates$/
                .exec(dir)?.[1]
                ?.toLowerCase();
            const lines: string[] = [];
            const keys: string[] = [];
            for (const icon of icons) {
                const [iconCategory, name] = icon.split(':');
                if (!category || iconCategory !== category || !name) continue;
                const file = path.join(dir, category, `${name}.html`);
                if (!existsSync(file)) continue;
                const key = `${category}_${name}`;
                lines.push(`import ${key} from ${JSON.stringify(file)};`);
                keys.push(key);
            }
            lines.push(`export default { ${keys.join(', ')} };`);
            return lines.join('\n');
        }
    };
}

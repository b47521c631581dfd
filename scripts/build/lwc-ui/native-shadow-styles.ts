import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import type { Plugin } from 'rollup';
import { BASE_COMPONENTS_PACKAGE } from './base-components';

/** The attribute selector a base component's native-shadow rules start with. */
const NATIVE_SHADOW_HOST = /:host\(\s*\[data-render-mode=(['"])shadow\1\]/;

const BASE_COMPONENT_STYLESHEET = new RegExp(
    `[\\\\/]${BASE_COMPONENTS_PACKAGE}[\\\\/]src[\\\\/]lightning[\\\\/][^\\\\/]+[\\\\/][^\\\\/]+\\.css$`
);

/**
 * A base component's stylesheet without its native-shadow rules: those whose every selector starts with
 * `:host([data-render-mode='shadow'])`, which a base component matches only when it does not run in synthetic
 * shadow (it sets the attribute then). They are the base components' own copy of SLDS for native shadow DOM.
 * The UI runs in synthetic shadow with the page's SLDS (`<apex:slds/>`), as in Lightning Experience, so these
 * rules never apply there. At-rules left empty go too; everything else stays as written.
 */
export function withoutNativeShadowRules(css: string): string {
    const root = postcss.parse(css);
    root.walkRules((rule) => {
        if (rule.selectors.every((selector) => NATIVE_SHADOW_HOST.test(selector))) rule.remove();
    });
    root.walkAtRules((atRule) => {
        if (atRule.nodes !== undefined && atRule.nodes.length === 0) atRule.remove();
    });
    root.walkComments((comment) => {
        comment.remove();
    });
    return root.toString().trim();
}

const NO_STYLES = '\0softphone-no-styles';

/**
 * Rollup plugin that drops the base components' native-shadow rules (see {@link withoutNativeShadowRules}) so
 * the bundle does not carry SLDS a second time in rules that cannot apply. A stylesheet left with nothing
 * resolves to an empty list of stylesheets (the LWC compiler turns an empty one into `undefined`, which a
 * component cannot take). Place it before the LWC plugin.
 */
export function nativeShadowStylesPlugin(): Plugin {
    const kept = new Map<string, string>();
    const keptOf = (file: string): string => {
        let css = kept.get(file);
        if (css === undefined) {
            css = withoutNativeShadowRules(readFileSync(file, 'utf8'));
            kept.set(file, css);
        }
        return css;
    };
    return {
        name: 'softphone-native-shadow-styles',
        async resolveId(source, importer, options) {
            if (!importer || !(source.endsWith('.css') || source.startsWith('lightning/'))) return null;
            const resolved = await this.resolve(source, importer, {
                isEntry: options.isEntry,
                skipSelf: true
            });
            if (!resolved || !BASE_COMPONENT_STYLESHEET.test(resolved.id)) return null;
            return keptOf(resolved.id) === '' ? NO_STYLES : null;
        },
        load(id) {
            if (id === NO_STYLES) return 'export default [];';
            return BASE_COMPONENT_STYLESHEET.test(id) ? keptOf(id) : null;
        }
    };
}

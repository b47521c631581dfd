import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_LINE_RESOURCE_NAME } from '../../engine/src/telephony/demo-line/demo-line';
import { DESK_PHONE_LINE_RESOURCE_NAME } from '../../engine/src/telephony/desk-phone-line/desk-phone-line';
import { ENGINE_RESOURCE } from '../build/engine-bundle';
import { STATIC_RESOURCES_DIR, UI_RESOURCES } from '../build/ui-resource';
import type { Check, Problem } from './problem';

const CHECK = 'visualforce-page';
export const PAGES_DIR = 'force-app/main/default/pages';
/** The engine's static resource, by name. */
const ENGINE_RESOURCE_NAME = path.basename(ENGINE_RESOURCE, '.js');
/**
 * The static resources the engine loads itself, only when it needs them, by the `startEngine` option the page
 * passes their URL in: a page that loads the engine must pass each (JSENCODEd, as any merge field in a script).
 */
export const ENGINE_ON_DEMAND_RESOURCES = [
    { option: 'demoLineUrl', resource: DEMO_LINE_RESOURCE_NAME },
    { option: 'deskPhoneLineUrl', resource: DESK_PHONE_LINE_RESOURCE_NAME }
] as const;

/** Line and column (1-based) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/**
 * Whether a URL in a page stays on the page's own origin, as the Visualforce content security policy and our
 * rule of no external origin ask: a static resource (`{!$Resource.X}`, `{!URLFOR($Resource.X, 'path')}`), an
 * `$Asset` or a path on the same host (`/support/api/...`).
 */
export function isSameOriginUrl(url: string): boolean {
    const value = url.trim();
    if (/^\{!\s*(?:\$Resource\.\w+|URLFOR\(\s*\$(?:Resource\.\w+|Asset\.\w+)[^}]*\))\s*\}$/.test(value))
        return true;
    return value.startsWith('/') && !value.startsWith('//');
}

/**
 * The problems of one Visualforce page's markup:
 * - Lightning Out (`<apex:includeLightning/>`, `$Lightning`): the UI is mounted from our own UI resource;
 * - a script, stylesheet, image or frame from another origin;
 * - an inline event handler or `javascript:` URL, and an inline script without a merge field (code that
 *   needs nothing from the page belongs in a static resource);
 * - a `$Resource` that the project does not have;
 * - for a page that loads the engine resource: the URL of a resource the engine loads on demand (the demo line, the desk
 *   phone line)
 *   not passed to `startEngine`, where only an org with that telephony mode would notice;
 * - for a page that loads a UI resource: SLDS not loaded with `<apex:slds/>`, a body without `slds-scope`
 *   (SLDS styles only inside it when `applyBodyTag` is false), or no element with the id the UI mounts into
 *   before the UI's script.
 *
 * @param resources - names of the project's static resources
 */
export function pageProblems(file: string, markup: string, resources: ReadonlySet<string>): Problem[] {
    const problems: Problem[] = [];
    const report = (offset: number, message: string): void => {
        problems.push({ check: CHECK, file, ...position(markup, offset), message });
    };
    const code = markup.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
    for (const match of code.matchAll(/<apex:includeLightning\b|\$Lightning\.\w+|lightning\.out\.js/g)) {
        report(
            match.index,
            `${match[0]}: Lightning Out is not used; mount the UI from its UI static resource`
        );
    }
    for (const match of code.matchAll(
        /<(script|link|img|iframe|apex:includeScript|apex:stylesheet)\b[^>]*>/g
    )) {
        const url = /\b(?:src|href|value)\s*=\s*"([^"]*)"/.exec(match[0])?.[1];
        if (url !== undefined && !isSameOriginUrl(url)) {
            report(
                match.index,
                `<${match[1]}> loads ${url}, not from this org: load it from a static resource`
            );
        }
    }
    for (const match of code.matchAll(/\s(on[a-z]+)\s*=\s*"|javascript:/gi)) {
        report(
            match.index,
            `${match[1] ?? 'javascript:'}: inline event handlers and javascript: URLs do not pass a strict CSP`
        );
    }
    for (const match of code.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attributes = match[1] ?? '';
        if (/\bsrc\s*=/.test(attributes) || /\btype\s*=\s*"application\/json"/.test(attributes)) continue;
        if (!(match[2] ?? '').includes('{!')) {
            report(match.index, 'an inline script without merge fields: move it into a static resource');
        }
    }
    for (const match of code.matchAll(/\$Resource\.(\w+)/g)) {
        if (!resources.has(match[1] ?? '')) {
            report(match.index, `$Resource.${match[1]}: the project has no static resource of that name`);
        }
    }
    const engine = new RegExp(`<script\\b[^>]*\\$Resource\\.${ENGINE_RESOURCE_NAME}\\b`).exec(code);
    for (const { option, resource } of engine ? ENGINE_ON_DEMAND_RESOURCES : []) {
        const passed = new RegExp(
            `\\b${option}\\s*:\\s*'\\{!\\s*JSENCODE\\(\\s*(?:URLFOR\\(\\s*\\$Resource\\.${resource}\\s*\\)|\\$Resource\\.${resource})\\s*\\)\\s*\\}'`
        );
        if (!passed.test(code)) {
            report(
                engine?.index ?? 0,
                `${ENGINE_RESOURCE_NAME} loads ${resource} when it needs it: pass ${option}: '{!JSENCODE(URLFOR($Resource.${resource}))}' to startEngine`
            );
        }
    }
    for (const ui of UI_RESOURCES) {
        const script = new RegExp(`<script\\b[^>]*\\$Resource\\.${ui.name}\\b`).exec(code);
        if (!script) continue;
        if (!/<apex:slds\s*\/>/.test(code)) {
            report(script.index, `${ui.name} runs on the page's SLDS: add <apex:slds /> to the head`);
        }
        const body = /<body\b[^>]*>/.exec(code);
        if (!body || !/\bclass\s*=\s*"[^"]*\bslds-scope\b/.test(body[0])) {
            report(body?.index ?? 0, 'the body needs class="slds-scope": SLDS styles only inside it');
        }
        const root = new RegExp(`\\bid\\s*=\\s*"${ui.mount.rootId}"`).exec(code);
        if (!root || root.index > script.index) {
            report(
                script.index,
                `${ui.name} mounts ${ui.mount.tag} into #${ui.mount.rootId}: put that element before its script`
            );
        }
    }
    return problems;
}

/** The names of the project's static resources (`<name>.resource-meta.xml`). */
export function staticResourceNames(root: string): Set<string> {
    const dir = path.join(root, STATIC_RESOURCES_DIR);
    if (!existsSync(dir)) return new Set();
    return new Set(
        readdirSync(dir)
            .filter((file) => file.endsWith('.resource-meta.xml'))
            .map((file) => file.slice(0, -'.resource-meta.xml'.length))
    );
}

/** Every Visualforce page of the project passes {@link pageProblems}. */
export const checkVisualforcePages: Check = (root) => {
    const dir = path.join(root, PAGES_DIR);
    if (!existsSync(dir)) return Promise.resolve([]);
    const resources = staticResourceNames(root);
    const problems = readdirSync(dir)
        .filter((file) => file.endsWith('.page'))
        .flatMap((file) =>
            pageProblems(
                path.posix.join(PAGES_DIR, file),
                readFileSync(path.join(dir, file), 'utf8'),
                resources
            )
        );
    return Promise.resolve(problems);
};

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'rollup';
import { BASE_COMPONENTS_PACKAGE } from './base-components';

/**
 * Parts of `lightning-input` for types the softphone does not use, by the module its template creates for
 * them: date, time and colour pickers, file upload, checkboxes, radios and toggles. They are most of
 * `lightning-input`'s weight. The build fails if a component asks for one of these types.
 */
export const LEFT_OUT_INPUT_PARTS: Readonly<Record<string, readonly string[]>> = {
    'lightning/datepicker': ['date'],
    'lightning/datetimepicker': ['datetime', 'datetime-local'],
    'lightning/timepicker': ['time'],
    'lightning/primitiveInputCheckbox': ['checkbox'],
    'lightning/primitiveInputCheckboxButton': ['checkbox-button'],
    'lightning/primitiveInputColor': ['color'],
    'lightning/primitiveInputFile': ['file'],
    'lightning/primitiveInputRadio': ['radio'],
    'lightning/primitiveInputToggle': ['toggle']
};

const INPUT_TEMPLATE = new RegExp(
    `[\\\\/]${BASE_COMPONENTS_PACKAGE}[\\\\/]src[\\\\/]lightning[\\\\/]input[\\\\/]input\\.html$`
);
const LEFT_OUT_COMPONENT = path.join(__dirname, 'left-out', 'leftOut.js');

/** The `type` of every `<lightning-input>` in a template; `{…}` for a bound one. */
export function inputTypesIn(html: string): string[] {
    return [...html.matchAll(/<lightning-input(?=[\s>/])([^>]*)>/g)].map((match) => {
        const type = /\btype\s*=\s*("([^"]*)"|'([^']*)'|\{[^}]*\})/.exec(match[1] ?? '');
        if (!type) return 'text';
        return type[2] ?? type[3] ?? '{…}';
    });
}

/**
 * Problems with the org's `<lightning-input>` types: a type whose part is left out, or a type bound to a
 * property (which the build cannot check).
 */
export function leftOutInputProblems(lwcDir: string): string[] {
    const leftOut = new Map(
        Object.entries(LEFT_OUT_INPUT_PARTS).flatMap(([part, types]) =>
            types.map((type) => [type, part] as const)
        )
    );
    const problems: string[] = [];
    for (const bundle of readdirSync(lwcDir, { withFileTypes: true })) {
        if (!bundle.isDirectory()) continue;
        for (const file of readdirSync(path.join(lwcDir, bundle.name)).filter((name) =>
            name.endsWith('.html')
        )) {
            const where = `${bundle.name}/${file}`;
            for (const type of inputTypesIn(readFileSync(path.join(lwcDir, bundle.name, file), 'utf8'))) {
                const part = leftOut.get(type);
                if (type === '{…}') {
                    problems.push(
                        `${where}: <lightning-input type={…}> is bound; write the type out so the build can check it`
                    );
                } else if (part) {
                    problems.push(
                        `${where}: <lightning-input type="${type}"> needs ${part}, which the UI bundle leaves out; remove it from LEFT_OUT_INPUT_PARTS`
                    );
                }
            }
        }
    }
    return problems;
}

/**
 * Rollup plugin that gives `lightning-input`'s template a stand-in for each left-out part (see
 * {@link LEFT_OUT_INPUT_PARTS}), after checking that no org component uses those types.
 */
export function leftOutPartsPlugin(lwcDir: string): Plugin {
    return {
        name: 'softphone-left-out-parts',
        buildStart() {
            const problems = leftOutInputProblems(lwcDir);
            if (problems.length > 0) this.error(problems.join('\n'));
        },
        resolveId(source, importer) {
            if (!importer || !INPUT_TEMPLATE.test(importer) || !(source in LEFT_OUT_INPUT_PARTS)) return null;
            return LEFT_OUT_COMPONENT;
        }
    };
}

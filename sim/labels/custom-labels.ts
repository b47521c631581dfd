import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** File name suffix of CustomLabels metadata. */
export const LABELS_SUFFIX = '.labels-meta.xml';

/** Custom label values by full name (`Softphone_Ready` → `Ready`), as `@salesforce/label/c.<name>` gives them. */
export type CustomLabels = ReadonlyMap<string, string>;

interface LabelXml {
    readonly fullName?: string;
    readonly value?: string;
}

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (_name, jpath) => jpath === 'CustomLabels.labels'
});

/**
 * Reads the labels of one CustomLabels metadata file.
 *
 * @param xml - the contents of a `.labels-meta.xml` file
 * @param source - the file's name, for error messages
 * @throws Error when a label has no full name or the same name appears twice
 */
export function customLabelsFromXml(xml: string, source: string): Map<string, string> {
    const document = parser.parse(xml) as { CustomLabels?: { labels?: readonly LabelXml[] } | string };
    const root = document.CustomLabels;
    if (root === undefined) throw new Error(`${source}: the file has no <CustomLabels> element`);
    const labels = new Map<string, string>();
    for (const label of typeof root === 'object' ? (root.labels ?? []) : []) {
        const name = typeof label.fullName === 'string' ? label.fullName : '';
        if (!name) throw new Error(`${source}: a label has no <fullName>`);
        if (labels.has(name)) throw new Error(`${source}: label ${name} is defined twice`);
        labels.set(name, typeof label.value === 'string' ? label.value : '');
    }
    return labels;
}

/**
 * Reads every `*.labels-meta.xml` of a labels directory into one map.
 *
 * @param dir - the project's `labels` directory
 * @throws Error when two files define the same label
 */
export function readCustomLabels(dir: string): CustomLabels {
    const labels = new Map<string, string>();
    if (!existsSync(dir)) return labels;
    for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith(LABELS_SUFFIX)) continue;
        for (const [name, value] of customLabelsFromXml(readFileSync(path.join(dir, file), 'utf8'), file)) {
            if (labels.has(name))
                throw new Error(`${file}: label ${name} is already defined in another file`);
            labels.set(name, value);
        }
    }
    return labels;
}

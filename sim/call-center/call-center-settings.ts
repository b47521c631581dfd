import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { CallCenterSettings } from '../../engine/src/cti';

/** File name suffix of CallCenter metadata; what precedes it is the call center's internal name. */
export const CALL_CENTER_SUFFIX = '.callCenter-meta.xml';

interface CallCenterItemXml {
    readonly name?: string;
    readonly value?: string;
}

interface CallCenterSectionXml {
    readonly name?: string;
    readonly label?: string;
    readonly items?: readonly CallCenterItemXml[];
}

interface CallCenterXml {
    readonly adapterUrl?: string;
    readonly displayName?: string;
    readonly displayNameLabel?: string;
    readonly internalNameLabel?: string;
    readonly sections?: readonly CallCenterSectionXml[];
}

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (_name, jpath) => jpath === 'CallCenter.sections' || jpath === 'CallCenter.sections.items'
});

/** Text of an element that fast-xml-parser gives as a string, or '' for an empty element (`<value/>`). */
function text(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

/**
 * Maps a CallCenter metadata file to what Open CTI for Lightning's `getCallCenterSettings` answers: a flat
 * map of strings keyed by path. Every section item becomes `/<section>/<item>` and every section label
 * `/<section>/label`; the top-level labels become `/displayNameLabel` and `/internalNameLabel`. The display
 * name and internal name are not items in the Metadata API format, yet Salesforce reports them as
 * `/reqGeneralInfo/reqDisplayName` (from `<displayName>`) and `/reqGeneralInfo/reqInternalName` (the file
 * name), so they are added here; `<adapterUrl>` fills `/reqGeneralInfo/reqAdapterUrl` when no item does.
 *
 * @param xml - the contents of a `.callCenter-meta.xml` file
 * @param internalName - the call center's internal name: the file name without `.callCenter-meta.xml`
 * @throws Error when the XML has no `<CallCenter>` root
 */
export function callCenterSettingsFromXml(xml: string, internalName: string): CallCenterSettings {
    const document = parser.parse(xml) as { CallCenter?: CallCenterXml | string };
    const callCenter = document.CallCenter;
    if (callCenter === undefined || typeof callCenter !== 'object') {
        throw new Error(`call center ${internalName}: the file has no <CallCenter> element`);
    }
    const settings: Record<string, string> = {};
    if (callCenter.displayNameLabel !== undefined) {
        settings['/displayNameLabel'] = text(callCenter.displayNameLabel);
    }
    if (callCenter.internalNameLabel !== undefined) {
        settings['/internalNameLabel'] = text(callCenter.internalNameLabel);
    }
    for (const section of callCenter.sections ?? []) {
        const sectionName = text(section.name);
        if (!sectionName) continue;
        if (section.label !== undefined) settings[`/${sectionName}/label`] = text(section.label);
        for (const item of section.items ?? []) {
            const itemName = text(item.name);
            if (itemName) settings[`/${sectionName}/${itemName}`] = text(item.value);
        }
    }
    if (callCenter.adapterUrl !== undefined) {
        settings['/reqGeneralInfo/reqAdapterUrl'] ??= text(callCenter.adapterUrl);
    }
    settings['/reqGeneralInfo/reqInternalName'] = internalName;
    if (callCenter.displayName !== undefined) {
        settings['/reqGeneralInfo/reqDisplayName'] = text(callCenter.displayName);
    }
    return settings;
}

/**
 * Reads a CallCenter metadata file into `getCallCenterSettings`' flat map; see {@link callCenterSettingsFromXml}.
 *
 * @param file - path of a `<InternalName>.callCenter-meta.xml` file
 */
export function readCallCenterSettings(file: string): CallCenterSettings {
    const base = path.basename(file);
    if (!base.endsWith(CALL_CENTER_SUFFIX)) {
        throw new Error(`${file} is not a call center file (*${CALL_CENTER_SUFFIX})`);
    }
    return callCenterSettingsFromXml(readFileSync(file, 'utf8'), base.slice(0, -CALL_CENTER_SUFFIX.length));
}

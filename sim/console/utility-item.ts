import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/** Component name of Salesforce's standard "Open CTI Softphone" utility item. */
export const OPEN_CTI_UTILITY = 'opencti:softPhone';

/** How the console shows the softphone utility: its label, SLDS utility icon and panel size in pixels. */
export interface UtilityItem {
    readonly label: string;
    readonly icon: string;
    readonly width: number;
    readonly height: number;
}

/** What Lightning shows when the utility item sets nothing. */
export const DEFAULT_UTILITY_ITEM: UtilityItem = { label: 'Phone', icon: 'call', width: 340, height: 480 };

interface PropertyXml {
    readonly name?: string;
    readonly value?: string;
}

interface ComponentInstanceXml {
    readonly componentName?: string;
    readonly componentInstanceProperties?: readonly PropertyXml[];
}

interface RegionXml {
    readonly itemInstances?: readonly { readonly componentInstance?: ComponentInstanceXml }[];
}

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (_name, jpath) =>
        jpath === 'FlexiPage.flexiPageRegions' ||
        jpath === 'FlexiPage.flexiPageRegions.itemInstances' ||
        jpath === 'FlexiPage.flexiPageRegions.itemInstances.componentInstance.componentInstanceProperties'
});

function pixels(value: string | undefined, fallback: number): number {
    const number = Number(value);
    return Number.isInteger(number) && number > 0 ? number : fallback;
}

/**
 * Reads the Open CTI softphone item of a utility bar FlexiPage: label, icon, width and height, each falling
 * back to {@link DEFAULT_UTILITY_ITEM} when the page does not set it.
 *
 * @param xml - the contents of a UtilityBar `.flexipage-meta.xml` file
 * @returns the item, or `undefined` when the utility bar has no Open CTI softphone
 */
export function utilityItemFromXml(xml: string): UtilityItem | undefined {
    const page = parser.parse(xml) as { FlexiPage?: { flexiPageRegions?: readonly RegionXml[] } };
    const instances = (page.FlexiPage?.flexiPageRegions ?? []).flatMap(
        (region) => region.itemInstances ?? []
    );
    const softphone = instances
        .map((instance) => instance.componentInstance)
        .find((component) => component?.componentName === OPEN_CTI_UTILITY);
    if (!softphone) return undefined;
    const properties = new Map(
        (softphone.componentInstanceProperties ?? []).map((p) => [p.name ?? '', p.value ?? ''] as const)
    );
    return {
        label: properties.get('label') || DEFAULT_UTILITY_ITEM.label,
        icon: properties.get('icon') || DEFAULT_UTILITY_ITEM.icon,
        width: pixels(properties.get('width'), DEFAULT_UTILITY_ITEM.width),
        height: pixels(properties.get('height'), DEFAULT_UTILITY_ITEM.height)
    };
}

/**
 * Reads the softphone utility item from a utility bar file; {@link DEFAULT_UTILITY_ITEM} when the file or
 * the item is missing.
 */
export function readUtilityItem(file: string): UtilityItem {
    if (!existsSync(file)) return DEFAULT_UTILITY_ITEM;
    return utilityItemFromXml(readFileSync(file, 'utf8')) ?? DEFAULT_UTILITY_ITEM;
}

import path from 'node:path';
import { DEFAULT_UTILITY_ITEM, readUtilityItem, utilityItemFromXml } from './utility-item';

const ROOT = path.resolve(__dirname, '..', '..');

function utilityBar(properties: string, componentName = 'opencti:softPhone'): string {
    return `<FlexiPage><flexiPageRegions><itemInstances><componentInstance>${properties}
        <componentName>${componentName}</componentName></componentInstance></itemInstances>
        <name>utilityItems</name></flexiPageRegions><type>UtilityBar</type></FlexiPage>`;
}

const property = (name: string, value: string): string =>
    `<componentInstanceProperties><name>${name}</name><type>decorator</type><value>${value}</value></componentInstanceProperties>`;

describe('utilityItemFromXml', () => {
    it("reads the Open CTI softphone item's label, icon and size", () => {
        const xml = utilityBar(
            property('label', 'Calls') +
                property('icon', 'phone_portrait') +
                property('width', '400') +
                property('height', '600')
        );
        expect(utilityItemFromXml(xml)).toEqual({
            label: 'Calls',
            icon: 'phone_portrait',
            width: 400,
            height: 600
        });
    });

    it('falls back to the defaults for what the item does not set or sets wrongly', () => {
        expect(utilityItemFromXml(utilityBar(property('width', 'wide')))).toEqual(DEFAULT_UTILITY_ITEM);
    });

    it('finds nothing in a utility bar without the softphone', () => {
        expect(utilityItemFromXml(utilityBar('', 'force:recentItems'))).toBeUndefined();
    });
});

describe('readUtilityItem', () => {
    it("reads the project's utility bar", () => {
        const file = path.join(
            ROOT,
            'force-app/main/default/flexipages/Softphone_Console_UtilityBar.flexipage-meta.xml'
        );
        expect(readUtilityItem(file)).toEqual({ label: 'Phone', icon: 'call', width: 320, height: 480 });
    });

    it('gives the defaults when there is no utility bar file', () => {
        expect(readUtilityItem(path.join(ROOT, 'no-such.flexipage-meta.xml'))).toEqual(DEFAULT_UTILITY_ITEM);
    });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHECK_NAME, checkMetadataSchema, checkMetadataXml } from './metadata-schema';
import type { Problem } from './problem';
import { buildSchemaTypes } from './schema/build-schema';
import { loadMetadataSchema } from './schema/load-metadata-schema';
import { parseTypeDeclarations } from './schema/parse-type-declarations';
import { complexType, enumType } from './schema/schema-model';

const FIXTURES = path.join(__dirname, '__fixtures__', 'metadata-schema');
const VALID_PROJECT = path.join(FIXTURES, 'valid-project');
const INVALID_PROJECT = path.join(FIXTURES, 'invalid-project');
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** Checks a file of the invalid fixture project, by its path relative to that project. */
function checkInvalidFixture(file: string): Problem[] {
    return checkMetadataXml(readFileSync(path.join(INVALID_PROJECT, file), 'utf8'), file);
}

/** Wraps child elements in a root element with the metadata namespace. */
function document(root: string, body: string, attributes = NS): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} ${attributes}>\n${body}\n</${root}>\n`;
}

describe('schema derivation from @salesforce/types', () => {
    const schema = loadMetadataSchema();

    it('derives every type from metadata.d.ts quickly', () => {
        expect(schema.source).toMatch(/@salesforce[\\/]types[\\/]lib[\\/]metadata\.d\.ts$/);
        expect(schema.types.size).toBeGreaterThan(2000);
        expect(schema.deriveMs).toBeLessThan(10_000);
    });

    it('knows CallCenter.sections is a list of CallCenterSection, CallCenter.version one string', () => {
        const callCenter = complexType(schema, 'CallCenter');
        expect(callCenter?.isMetadata).toBe(true);
        expect(callCenter?.fields.get('sections')).toMatchObject({
            isList: true,
            type: { kind: 'complex', name: 'CallCenterSection' }
        });
        expect(callCenter?.fields.get('version')).toMatchObject({ isList: false, type: { kind: 'string' } });
        expect([...(complexType(schema, 'CallCenterItem')?.fields.keys() ?? [])]).toEqual([
            'label',
            'name',
            'value'
        ]);
    });

    it('knows CspTrustedSite.context is the CspTrustedSiteContext enum and its booleans are booleans', () => {
        const site = complexType(schema, 'CspTrustedSite');
        expect(site?.fields.get('context')?.type).toEqual({ kind: 'enum', name: 'CspTrustedSiteContext' });
        expect(enumType(schema, 'CspTrustedSiteContext')?.values).toEqual(
            expect.arrayContaining(['All', 'LEX', 'Communities', 'VisualForce'])
        );
        expect(site?.fields.get('isActive')?.type).toEqual({ kind: 'boolean' });
    });

    it('includes fields inherited through intersections and base types', () => {
        const apexClass = complexType(schema, 'ApexClass');
        expect(apexClass?.bases).toEqual(['MetadataWithContent', 'Metadata']);
        expect(apexClass?.fields.get('fullName')?.declaredIn).toBe('Metadata');
        expect(apexClass?.fields.get('content')?.declaredIn).toBe('MetadataWithContent');
        expect(apexClass?.fields.get('apiVersion')?.type).toEqual({ kind: 'number' });
        expect(complexType(schema, 'CallCenterItem')?.isMetadata).toBe(false);
        expect(complexType(schema, 'EmailFolder')?.fields.has('accessType')).toBe(true);
    });

    it('reads the declarations it is given rather than a built-in list', () => {
        const types = buildSchemaTypes(
            parseTypeDeclarations(
                'widget.d.ts',
                [
                    'export type Metadata = { fullName?: string; };',
                    "export type WidgetMode = 'On' | 'Off';",
                    'export type Label = string;',
                    'export type Widget = Metadata & {',
                    '    parts: Part[]; mode?: WidgetMode | null; caption: Label;',
                    '};',
                    'export type Part = { size: number; sizes?: Array<number> };'
                ].join('\n')
            )
        );
        const widget = types.get('Widget');
        expect(widget?.kind === 'complex' && [...widget.fields.keys()]).toEqual([
            'fullName',
            'parts',
            'mode',
            'caption'
        ]);
        expect(widget?.kind === 'complex' && widget.fields.get('mode')).toMatchObject({
            isList: false,
            optional: true,
            type: { kind: 'enum', name: 'WidgetMode' }
        });
        expect(widget?.kind === 'complex' && widget.fields.get('caption')?.type).toEqual({ kind: 'string' });
        const part = types.get('Part');
        expect(part?.kind === 'complex' && part.fields.get('sizes')?.isList).toBe(true);
        expect(types.has('Label')).toBe(false);
    });
});

describe('checkMetadataXml', () => {
    it('passes a valid CallCenter', () => {
        const file = 'force-app/main/default/callCenters/Softphone.callCenter-meta.xml';
        expect(checkMetadataXml(readFileSync(path.join(VALID_PROJECT, file), 'utf8'), file)).toEqual([]);
    });

    it('rejects an unknown element, naming it, its type, a suggestion and its line', () => {
        const problems = checkInvalidFixture(
            'force-app/main/default/callCenters/UnknownElement.callCenter-meta.xml'
        );
        expect(problems).toEqual([
            {
                check: CHECK_NAME,
                file: 'force-app/main/default/callCenters/UnknownElement.callCenter-meta.xml',
                line: 10,
                column: 13,
                message: expect.stringMatching(
                    /^`<reqAdaptrUrl>` is not an element of CallCenterItem; did you mean `<name>`\?/
                ) as unknown as string
            },
            expect.objectContaining({
                line: 15,
                message: '`<vesion>` is not an element of CallCenter; did you mean `<version>`?'
            })
        ]);
    });

    it('rejects a CspTrustedSite context of Everywhere, naming the allowed values', () => {
        const [problem, ...rest] = checkInvalidFixture(
            'force-app/main/default/cspTrustedSites/Everywhere.cspTrustedSite-meta.xml'
        );
        expect(rest).toEqual([]);
        expect(problem).toMatchObject({ line: 3, column: 5 });
        expect(problem?.message).toContain('`<context>` of CspTrustedSite has `Everywhere`');
        for (const value of [
            'All',
            'LEX',
            'Communities',
            'FieldServiceMobileExtension',
            'LightningOut',
            'VisualForce'
        ]) {
            expect(problem?.message).toContain(`\`${value}\``);
        }
    });

    it('rejects a FlexiPage type of UtilityBars, suggesting UtilityBar among the allowed values', () => {
        const problems = checkInvalidFixture(
            'force-app/main/default/flexipages/Utility_Bars.flexipage-meta.xml'
        );
        expect(problems).toHaveLength(1);
        expect(problems[0]?.line).toBe(7);
        expect(problems[0]?.message).toMatch(
            new RegExp(
                '^`<type>` of FlexiPage has `UtilityBars`, which is not a FlexiPageType value; ' +
                    'did you mean `UtilityBar`\\? Allowed: `AppPage`, `ObjectPage`, .*`RecordPage`'
            )
        );
    });

    it('rejects malformed XML with the line and column XMLValidator reports', () => {
        expect(
            checkInvalidFixture('force-app/main/default/callCenters/Malformed.callCenter-meta.xml')
        ).toEqual([
            {
                check: CHECK_NAME,
                file: 'force-app/main/default/callCenters/Malformed.callCenter-meta.xml',
                line: 6,
                column: 1,
                message: expect.stringContaining(
                    "malformed XML: Expected closing tag 'displayName'"
                ) as unknown as string
            }
        ]);
    });

    it('rejects a root element that differs from the type SDR infers from the file name', () => {
        const problems = checkInvalidFixture(
            'force-app/main/default/cspTrustedSites/WrongRoot.cspTrustedSite-meta.xml'
        );
        expect(problems[0]).toMatchObject({ line: 2, column: 1 });
        expect(problems[0]?.message).toBe(
            'root element `<CallCenter>` does not match the file: source-deploy-retrieve resolves ' +
                'WrongRoot.cspTrustedSite-meta.xml as CspTrustedSite, so the root must be `<CspTrustedSite>`'
        );
    });

    it('tells an Aura application from a CustomApplication by folder, as SDR does', () => {
        const body = '<apiVersion>66.0</apiVersion>';
        expect(
            checkMetadataXml(
                document('AuraDefinitionBundle', body),
                'force-app/main/default/aura/Out/Out.app-meta.xml'
            )
        ).toEqual([]);
        const [problem] = checkMetadataXml(
            document('AuraDefinitionBundle', body),
            'force-app/main/default/applications/Out.app-meta.xml'
        );
        expect(problem?.message).toContain('resolves Out.app-meta.xml as CustomApplication');
    });

    it('rejects a non-number, text in a complex element, a missing xmlns and a repeated single value', () => {
        const messages = checkInvalidFixture('force-app/main/default/classes/BadValues.cls-meta.xml').map(
            (problem) => `${problem.line ?? 0}: ${problem.message}`
        );
        expect(messages).toEqual([
            `2: root element \`<ApexClass>\` must declare ${NS}; it has none`,
            '3: `<apiVersion>` of ApexClass must be a number; found `sixty-six`',
            '4: `<packageVersions>` of ApexClass holds PackageVersion elements, not text; found `1.0`',
            '6: `<status>` appears more than once in ApexClass, but it holds a single value, not a list'
        ]);
    });

    it('rejects a boolean not true/false, child elements in a string and an undeclared xsi prefix', () => {
        const messages = checkInvalidFixture('force-app/main/default/lwc/dialer/dialer.js-meta.xml').map(
            (problem) => `${problem.line ?? 0}:${problem.column ?? 0}: ${problem.message}`
        );
        expect(messages).toEqual([
            '4:5: `<isExposed>` of LightningComponentBundle must be `true` or `false`; found `yes`',
            '5:18: `<masterLabel>` of LightningComponentBundle is a string and takes text, ' +
                'not child elements; found `<b>`',
            expect.stringMatching(
                /^6:5: `<description>` uses the attribute xsi:nil but the prefix xsi: is not declared/
            )
        ]);
    });

    it('accepts xsi:nil, fullName where the schema has it, LWC targetConfigs, any text in a string', () => {
        const labels = document(
            'CustomLabels',
            '<labels><fullName>Hello</fullName><language>en_US</language><protected>false</protected>' +
                '<shortDescription xsi:nil="true"/><value>&lt;b&gt; {0} &amp; more</value></labels>',
            `${NS} ${XSI}`
        );
        expect(
            checkMetadataXml(labels, 'force-app/main/default/labels/CustomLabels.labels-meta.xml')
        ).toEqual([]);
        const item = document(
            'CallCenter',
            '<sections><items><fullName>x</fullName><name>a</name></items><name>s</name></sections>'
        );
        expect(checkMetadataXml(item, 'force-app/main/default/callCenters/X.callCenter-meta.xml')).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(/^`<fullName>` is not an element of CallCenterItem/)
            })
        ]);
        const lwc = document(
            'LightningComponentBundle',
            '<isExposed>true</isExposed><targetConfigs><targetConfig targets="lightning__AppPage">' +
                '<property name="x" type="String"/></targetConfig></targetConfigs>'
        );
        expect(checkMetadataXml(lwc, 'force-app/main/default/lwc/x/x.js-meta.xml')).toEqual([]);
    });

    it('checks a nil element stays empty and honours xsi:type', () => {
        const site = document(
            'CspTrustedSite',
            '<context xsi:nil="true">LEX</context><isActive xsi:type="xsd:boolean">maybe</isActive>',
            `${NS} ${XSI} xmlns:xsd="http://www.w3.org/2001/XMLSchema"`
        );
        expect(
            checkMetadataXml(site, 'force-app/main/default/cspTrustedSites/X.cspTrustedSite-meta.xml').map(
                (p) => p.message
            )
        ).toEqual([
            '`<context>` of CspTrustedSite has xsi:nil="true" but is not empty',
            '`<isActive>` of CspTrustedSite must be `true` or `false`; found `maybe`'
        ]);
    });

    it('reports an unknown root type as a problem instead of crashing', () => {
        const problems = checkMetadataXml(
            document('CallCentre', '<version>4</version>'),
            'force-app/main/default/foo/X.bogus-meta.xml'
        );
        expect(problems.map((problem) => problem.message)).toEqual([
            expect.stringMatching(
                /^cannot tell which metadata type X\.bogus-meta\.xml is: source-deploy-retrieve/
            ),
            'root element `<CallCentre>` is not a Metadata API type; did you mean `<CallCenter>`?'
        ]);
        expect(
            checkMetadataXml('', 'force-app/main/default/callCenters/X.callCenter-meta.xml')[0]?.message
        ).toMatch(/^malformed XML/);
    });

    it('accepts a Settings file whose root is <Name>Settings', () => {
        const settings = document(
            'AccountSettings',
            '<enableAccountOwnerReport>true</enableAccountOwnerReport>'
        );
        expect(
            checkMetadataXml(settings, 'force-app/main/default/settings/Account.settings-meta.xml')
        ).toEqual([]);
        const [problem] = checkMetadataXml(
            settings,
            'force-app/main/default/settings/Case.settings-meta.xml'
        );
        expect(problem?.message).toContain('so the root must be `<CaseSettings>`');
    });

    it('counts lines the same with CRLF line ends', () => {
        const text = document('CspTrustedSite', '    <isActive>nope</isActive>').replace(/\n/g, '\r\n');
        expect(
            checkMetadataXml(text, 'force-app/main/default/cspTrustedSites/X.cspTrustedSite-meta.xml')
        ).toEqual([expect.objectContaining({ line: 3, column: 5 })]);
    });
});

describe('checkMetadataSchema', () => {
    it('finds nothing wrong in a project of valid metadata of every kind the softphone uses', async () => {
        await expect(checkMetadataSchema(VALID_PROJECT)).resolves.toEqual([]);
    });

    it('scans the sfdx-project.json package directories, reporting paths relative to the root', async () => {
        const problems = await checkMetadataSchema(INVALID_PROJECT);
        expect(new Set(problems.map((problem) => problem.check))).toEqual(new Set([CHECK_NAME]));
        expect([...new Set(problems.map((problem) => problem.file))].sort()).toEqual([
            'force-app/main/default/callCenters/Malformed.callCenter-meta.xml',
            'force-app/main/default/callCenters/UnknownElement.callCenter-meta.xml',
            'force-app/main/default/classes/BadValues.cls-meta.xml',
            'force-app/main/default/cspTrustedSites/Everywhere.cspTrustedSite-meta.xml',
            'force-app/main/default/cspTrustedSites/WrongRoot.cspTrustedSite-meta.xml',
            'force-app/main/default/flexipages/Utility_Bars.flexipage-meta.xml',
            'force-app/main/default/lwc/dialer/dialer.js-meta.xml'
        ]);
    });
});

import path from 'node:path';
import { callCenterSettingsFromXml, readCallCenterSettings } from './call-center-settings';

const ROOT = path.resolve(__dirname, '..', '..');
const PROJECT_CALL_CENTER = path.join(
    ROOT,
    'force-app/main/default/callCenters/SoftphoneCallCenter.callCenter-meta.xml'
);

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<CallCenter xmlns="http://soap.sforce.com/2006/04/metadata">
    <adapterUrl>/apex/Adapter</adapterUrl>
    <displayName>Support &amp; Sales</displayName>
    <displayNameLabel>Display Name</displayNameLabel>
    <internalNameLabel>Internal Name</internalNameLabel>
    <sections>
        <!-- comments are not settings -->
        <items>
            <label>CTI Adapter URL</label>
            <name>reqAdapterUrl</name>
            <value>/apex/Softphone</value>
        </items>
        <items>
            <label>Softphone Height</label>
            <name>reqSoftphoneHeight</name>
            <value>0480</value>
        </items>
        <label>General Information</label>
        <name>reqGeneralInfo</name>
    </sections>
    <sections>
        <items>
            <label>Telephony Mode</label>
            <name>telephonyMode</name>
            <value>demo</value>
        </items>
        <items>
            <label>Empty</label>
            <name>iceServers</name>
            <value/>
        </items>
        <label>Softphone Settings</label>
        <name>softphoneSettings</name>
    </sections>
</CallCenter>`;

describe('callCenterSettingsFromXml', () => {
    it('maps every section item to /<section>/<item>, keeping values as the exact strings', () => {
        expect(callCenterSettingsFromXml(XML, 'SupportLine')).toEqual({
            '/displayNameLabel': 'Display Name',
            '/internalNameLabel': 'Internal Name',
            '/reqGeneralInfo/label': 'General Information',
            '/reqGeneralInfo/reqAdapterUrl': '/apex/Softphone',
            '/reqGeneralInfo/reqSoftphoneHeight': '0480',
            '/reqGeneralInfo/reqDisplayName': 'Support & Sales',
            '/reqGeneralInfo/reqInternalName': 'SupportLine',
            '/softphoneSettings/label': 'Softphone Settings',
            '/softphoneSettings/telephonyMode': 'demo',
            '/softphoneSettings/iceServers': ''
        });
    });

    it('takes the adapter URL from <adapterUrl> when no item sets it', () => {
        const xml =
            '<CallCenter><adapterUrl>/apex/Adapter</adapterUrl><displayName>X</displayName></CallCenter>';
        expect(callCenterSettingsFromXml(xml, 'X')).toEqual({
            '/reqGeneralInfo/reqAdapterUrl': '/apex/Adapter',
            '/reqGeneralInfo/reqDisplayName': 'X',
            '/reqGeneralInfo/reqInternalName': 'X'
        });
    });

    it('refuses a file that is not a call center', () => {
        expect(() => callCenterSettingsFromXml('<CustomLabels/>', 'Nope')).toThrow(/no <CallCenter> element/);
    });
});

describe('readCallCenterSettings', () => {
    it("reads the project's call center: names from the file, adapter URL and telephony mode from items", () => {
        const settings = readCallCenterSettings(PROJECT_CALL_CENTER);
        expect(settings).toMatchObject({
            '/reqGeneralInfo/reqInternalName': 'SoftphoneCallCenter',
            '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
            '/reqGeneralInfo/reqAdapterUrl': '/apex/Softphone',
            '/reqGeneralInfo/reqSalesforceCompatibilityMode': 'Lightning'
        });
        expect(settings['/softphoneSettings/telephonyMode']).toMatch(/^(sip|demo|click-to-dial-only)$/);
        expect(settings['/softphoneSettings/microphoneBetweenCalls']).toMatch(/^(open|closed)$/);
        expect(Object.values(settings).every((value) => typeof value === 'string')).toBe(true);
    });

    it('refuses a file without the .callCenter-meta.xml suffix', () => {
        expect(() => readCallCenterSettings(path.join(ROOT, 'package.json'))).toThrow(
            /not a call center file/
        );
    });
});

import { PROFILE_FIELDS, profileOverrides } from './phone-system-profile';
import type { PhoneSystemChoice, PhoneSystemProfile } from './phone-system-profile';
import { readSettings } from './read-settings';
import { SETTING_TABLE } from './setting-table';

const section = (items: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(items).map(([name, value]) => [`/softphoneSettings/${name}`, value]));

/** The call center as an org runs it on SIP: the default phone system. */
const CALL_CENTER = {
    '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
    ...section({
        telephonyMode: 'sip',
        pbxWebSocketUrl: 'wss://pbx.acme.test:8089/ws',
        sipDomain: 'pbx.acme.test',
        iceServers: 'stun:stun.acme.test:3478',
        iceTransportPolicy: 'all',
        defaultCountry: 'US',
        dialPrefix: 'none',
        wrapUpSeconds: '60'
    })
};

const BRANCH: PhoneSystemProfile = {
    name: 'Branch_Office',
    label: 'Branch office (London)',
    fields: {
        WebSocket_URL__c: 'wss://pbx.london.acme.test/ws',
        SIP_Domain__c: 'london.acme.test',
        ICE_Servers__c: 'stun:stun.london.acme.test, turn:turn.london.acme.test:3478?transport=udp',
        Default_Country__c: 'gb',
        Dial_Prefix__c: '900'
    }
};

const withProfile = (profile: PhoneSystemProfile): PhoneSystemChoice => ({ kind: 'profile', profile });

describe('phone-system profiles', () => {
    it('maps every profile field to a setting of the call center table', () => {
        const items = SETTING_TABLE.map((entry) => entry.item);
        for (const item of Object.values(PROFILE_FIELDS)) expect(items).toContain(item);
    });

    it("uses the call center's settings when no profile applies", () => {
        const { settings, problems } = readSettings(CALL_CENTER, { kind: 'call-center' });
        expect(problems).toEqual([]);
        expect(settings.phoneSystem).toBeUndefined();
        expect(settings).toMatchObject({ sipDomain: 'pbx.acme.test', defaultCountry: 'US', dialPrefix: '' });
        expect(readSettings(CALL_CENTER)).toEqual({ settings, problems });
    });

    it("merges the profile's values over the call center's, parsed by the same setting table", () => {
        const { settings, problems } = readSettings(CALL_CENTER, withProfile(BRANCH));
        expect(problems).toEqual([]);
        expect(settings).toMatchObject({
            phoneSystem: { name: 'Branch_Office', label: 'Branch office (London)' },
            telephonyMode: 'sip',
            pbxWebSocketUrl: 'wss://pbx.london.acme.test/ws',
            sipDomain: 'london.acme.test',
            iceServers: ['stun:stun.london.acme.test', 'turn:turn.london.acme.test:3478?transport=udp'],
            defaultCountry: 'GB',
            dialPrefix: '900',
            // Not a profile field: still the call center's.
            wrapUpSeconds: 60,
            callCenterName: 'Softphone for Salesforce'
        });
    });

    it("keeps the call center's value for each field the profile leaves blank", () => {
        const { settings } = readSettings(
            CALL_CENTER,
            withProfile({
                ...BRANCH,
                fields: { SIP_Domain__c: 'london.acme.test', Default_Country__c: '  ' }
            })
        );
        expect(settings).toMatchObject({
            pbxWebSocketUrl: 'wss://pbx.acme.test:8089/ws',
            sipDomain: 'london.acme.test',
            iceServers: ['stun:stun.acme.test:3478'],
            defaultCountry: 'US'
        });
    });

    it('names the profile field of a bad value, with the same words as the call center setting gets', () => {
        const bad = {
            ...BRANCH,
            fields: {
                WebSocket_URL__c: 'https://pbx.london.acme.test/ws',
                SIP_Domain__c: 'sip:london.acme.test',
                Default_Country__c: 'UK',
                Dial_Prefix__c: '9-'
            }
        };
        const fromProfile = readSettings(CALL_CENTER, withProfile(bad)).problems;
        expect(fromProfile.map((problem) => problem.setting)).toEqual([
            'Softphone_Phone_System__mdt.Branch_Office.WebSocket_URL__c',
            'Softphone_Phone_System__mdt.Branch_Office.SIP_Domain__c',
            'Softphone_Phone_System__mdt.Branch_Office.Default_Country__c',
            'Softphone_Phone_System__mdt.Branch_Office.Dial_Prefix__c'
        ]);
        const fromCallCenter = readSettings({
            ...CALL_CENTER,
            ...section({
                pbxWebSocketUrl: 'https://pbx.london.acme.test/ws',
                sipDomain: 'sip:london.acme.test',
                defaultCountry: 'UK',
                dialPrefix: '9-'
            })
        }).problems;
        // The same problems, only the name in front differs.
        expect(fromProfile.map((problem) => problem.message.replace(/^\S+ /, ''))).toEqual(
            fromCallCenter.map((problem) => problem.message.replace(/^\S+ /, ''))
        );
        expect(fromProfile[0]).toMatchObject({
            message:
                'Softphone_Phone_System__mdt.Branch_Office.WebSocket_URL__c must start with wss:// (got https://)',
            stopsPhone: true
        });
        // The bad URL and domain stop the phone (nothing to register with); a bad country does not.
        expect(fromProfile.map((problem) => problem.stopsPhone === true)).toEqual([true, true, false, false]);
    });

    it("checks the profile's ICE servers against the call center's ICE transport policy", () => {
        const relay = { ...CALL_CENTER, ...section({ iceTransportPolicy: 'relay' }) };
        const stunOnly = { ...BRANCH, fields: { ICE_Servers__c: 'stun:stun.london.acme.test' } };
        expect(readSettings(relay, withProfile(stunOnly)).problems).toEqual([
            expect.objectContaining({
                setting: 'iceTransportPolicy',
                message: expect.stringMatching(/names no turn/)
            })
        ]);
    });

    it('stops the phone, naming the profiles, when several are given to the user', () => {
        const { problems } = readSettings(CALL_CENTER, {
            kind: 'conflict',
            names: ['Branch_Office', 'Head_Office']
        });
        expect(problems).toEqual([
            {
                setting: 'Softphone_Phone_System__mdt',
                value: 'Branch_Office, Head_Office',
                message:
                    'Softphone_Phone_System__mdt gives this user several phone-system profiles (Branch_Office, ' +
                    'Head_Office); remove all but one of their permission sets (or custom permissions) so the ' +
                    'softphone knows which phone system to register with',
                stopsPhone: true
            }
        ]);
    });

    it('names each override by its record and field', () => {
        const overrides = profileOverrides(BRANCH);
        expect([...overrides.values.keys()]).toEqual([
            'pbxWebSocketUrl',
            'sipDomain',
            'iceServers',
            'defaultCountry',
            'dialPrefix'
        ]);
        expect(overrides.sourceOf('sipDomain')).toBe(
            'Softphone_Phone_System__mdt.Branch_Office.SIP_Domain__c'
        );
    });
});

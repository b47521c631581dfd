import { parseSettingsOverrides, withSettingsOverrides } from './settings-override';

describe('settings overrides', () => {
    it('reads name=value pairs into Softphone Settings items', () => {
        expect(
            parseSettingsOverrides([
                'telephonyMode=sip',
                ' pbxWebSocketUrl = ws://127.0.0.1:5080/ws ',
                'sipDomain=softphone.test',
                'iceServers='
            ])
        ).toEqual({
            '/softphoneSettings/telephonyMode': 'sip',
            '/softphoneSettings/pbxWebSocketUrl': 'ws://127.0.0.1:5080/ws',
            '/softphoneSettings/sipDomain': 'softphone.test',
            '/softphoneSettings/iceServers': ''
        });
    });

    it('keeps an = inside the value', () => {
        expect(parseSettingsOverrides(['dispositionValues=a=b,c'])).toEqual({
            '/softphoneSettings/dispositionValues': 'a=b,c'
        });
    });

    it.each(['telephonyMode', '=sip', '/reqGeneralInfo/reqAdapterUrl=x', 'telephony mode=sip'])(
        'refuses %j',
        (pair) => {
            expect(() => parseSettingsOverrides([pair])).toThrow(/expected <item>=<value>/);
        }
    );

    it('refuses a value over 1024 characters', () => {
        expect(() => parseSettingsOverrides([`sipDomain=${'x'.repeat(1025)}`])).toThrow(/longer than 1024/);
    });

    it('applies the overrides on top of the call center file, leaving the rest', () => {
        const settings = {
            '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
            '/softphoneSettings/telephonyMode': 'demo',
            '/softphoneSettings/defaultCountry': 'US'
        };
        expect(withSettingsOverrides(settings, parseSettingsOverrides(['telephonyMode=sip']))).toEqual({
            '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
            '/softphoneSettings/telephonyMode': 'sip',
            '/softphoneSettings/defaultCountry': 'US'
        });
        expect(settings['/softphoneSettings/telephonyMode']).toBe('demo');
    });
});

import { DEFAULT_SETTINGS } from './softphone-settings';
import { checkWebSocketUrl, readSettings } from './read-settings';

const section = (items: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(items).map(([name, value]) => [`/softphoneSettings/${name}`, value]));

describe('readSettings', () => {
    it('reads the call center shipped with the project', () => {
        const { settings, problems } = readSettings({
            '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
            ...section({
                telephonyMode: 'demo',
                pbxWebSocketUrl: 'wss://pbx.example.com:8089/ws',
                sipDomain: 'pbx.example.com',
                iceServers: 'none',
                defaultCountry: 'US',
                logObject: 'Task',
                screenPopNoMatch: 'NEW_RECORD_MODAL',
                screenPopNewRecordObject: 'Contact',
                screenPopMultipleMatches: 'SEARCH',
                wrapUpSeconds: '60',
                dispositionValues: 'Answered,Left voicemail, No answer ,Answered'
            })
        });
        expect(problems).toEqual([]);
        expect(settings).toEqual({
            callCenterName: 'Softphone for Salesforce',
            telephonyMode: 'demo',
            pbxWebSocketUrl: 'wss://pbx.example.com:8089/ws',
            sipDomain: 'pbx.example.com',
            iceServers: [],
            defaultCountry: 'US',
            logObject: 'Task',
            screenPopNoMatch: 'NEW_RECORD_MODAL',
            screenPopNewRecordObject: 'Contact',
            screenPopMultipleMatches: 'SEARCH',
            wrapUpSeconds: 60,
            dispositions: ['Answered', 'Left voicemail', 'No answer']
        });
    });

    it('uses the defaults for a call center without the settings section', () => {
        expect(readSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    });

    it.each([
        ['telephonyMode', 'voip', /telephonyMode must be sip, demo or click-to-dial-only/],
        ['pbxWebSocketUrl', 'http://pbx.example.com', /must start with wss:\/\//],
        ['pbxWebSocketUrl', 'ws://pbx.example.com:8080', /must start with wss:\/\//],
        ['pbxWebSocketUrl', 'wss://agent:secret@pbx.example.com', /user name or password/],
        ['pbxWebSocketUrl', 'not a url', /is not a URL/],
        ['sipDomain', 'pbx example com', /host name/],
        ['iceServers', 'stun:stun.example.com, http://x', /bad: http:\/\/x/],
        ['defaultCountry', 'USA', /two-letter/],
        ['logObject', 'Event', /Task or VoiceCall/],
        ['logObject', 'VoiceCall', /not supported by this softphone yet; calls are logged as Tasks/],
        ['screenPopNoMatch', 'POPUP', /NEW_RECORD_MODAL, SEARCH or NONE/],
        ['screenPopNewRecordObject', "Contact'; DROP", /object API name/],
        ['screenPopMultipleMatches', 'ALL', /SEARCH, PICKER or NONE/],
        ['wrapUpSeconds', '-5', /whole number/],
        ['wrapUpSeconds', '99999', /from 0 to 3600/],
        ['dispositionValues', `Answered,${'x'.repeat(300)}`, /at most 255/]
    ])('names %s when its value %j is unusable', (setting, value, message) => {
        const { problems } = readSettings(section({ [setting]: value }));
        expect(problems).toEqual([{ setting, value, message: expect.stringMatching(message) }]);
    });

    it('keeps the default for an unusable value so the softphone still starts', () => {
        const { settings } = readSettings(section({ telephonyMode: 'voip', wrapUpSeconds: 'soon' }));
        expect(settings.telephonyMode).toBe('demo');
        expect(settings.wrapUpSeconds).toBe(60);
    });

    it('requires the PBX URL and SIP domain in sip mode', () => {
        const { problems } = readSettings(section({ telephonyMode: 'sip' }));
        expect(problems.map((problem) => problem.setting)).toEqual(['pbxWebSocketUrl', 'sipDomain']);
    });

    it('keeps valid dispositions when one is too long', () => {
        const { settings } = readSettings(section({ dispositionValues: `Answered,${'x'.repeat(300)}` }));
        expect(settings.dispositions).toEqual(['Answered']);
    });

    it('reads STUN and TURN servers', () => {
        const { settings } = readSettings(
            section({ iceServers: 'stun:stun.example.com:3478, turns:turn.example.com' })
        );
        expect(settings.iceServers).toEqual(['stun:stun.example.com:3478', 'turns:turn.example.com']);
    });
});

describe('checkWebSocketUrl', () => {
    it.each(['wss://pbx.example.com:8089/ws', 'ws://127.0.0.1:8080/ws', 'ws://localhost:5080'])(
        'accepts %s',
        (url) => {
            expect(checkWebSocketUrl(url)).toBeUndefined();
        }
    );
});

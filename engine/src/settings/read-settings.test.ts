import { checkWebSocketUrl, DEFAULT_SETTINGS } from './setting-table';
import { readSettings } from './read-settings';

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
                microphoneBetweenCalls: 'open',
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
            iceTransportPolicy: 'all',
            microphoneBetweenCalls: 'open',
            defaultCountry: 'US',
            dialPrefix: '',
            logObject: 'Task',
            screenPopNoMatch: 'NEW_RECORD_MODAL',
            screenPopNewRecordObject: 'Contact',
            screenPopMultipleMatches: 'SEARCH',
            wrapUpSeconds: 60,
            dispositions: ['Answered', 'Left voicemail', 'No answer'],
            callWaiting: 'on'
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
        ['microphoneBetweenCalls', 'always', /microphoneBetweenCalls must be open or closed \(got always\)/],
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
        expect(problems).toEqual([
            {
                setting,
                value,
                message: expect.stringMatching(message),
                // Only an unknown telephony mode stops the phone; every other value has a default to use.
                ...(setting === 'telephonyMode' ? { stopsPhone: true } : {})
            }
        ]);
    });

    it('keeps the default for an unusable value so the softphone still starts', () => {
        const { settings } = readSettings(section({ telephonyMode: 'voip', wrapUpSeconds: 'soon' }));
        expect(settings.telephonyMode).toBe('demo');
        expect(settings.wrapUpSeconds).toBe(60);
    });

    it('keeps the microphone open between calls unless the call center says closed', () => {
        expect(readSettings({}).settings.microphoneBetweenCalls).toBe('open');
        expect(
            readSettings(section({ microphoneBetweenCalls: 'open' })).settings.microphoneBetweenCalls
        ).toBe('open');
        const { settings, problems } = readSettings(section({ microphoneBetweenCalls: ' closed ' }));
        expect(problems).toEqual([]);
        expect(settings.microphoneBetweenCalls).toBe('closed');
    });

    it('keeps the microphone open, with a problem naming the item, for a value other than open or closed', () => {
        const { settings, problems } = readSettings(section({ microphoneBetweenCalls: 'off' }));
        expect(settings.microphoneBetweenCalls).toBe('open');
        expect(problems).toEqual([
            {
                setting: 'microphoneBetweenCalls',
                value: 'off',
                message: 'microphoneBetweenCalls must be open or closed (got off)'
            }
        ]);
    });

    it('requires the PBX URL and SIP domain in sip mode', () => {
        const { problems } = readSettings(section({ telephonyMode: 'sip' }));
        expect(problems.map((problem) => problem.setting)).toEqual(['pbxWebSocketUrl', 'sipDomain']);
    });

    it('keeps valid dispositions when one is too long', () => {
        const { settings } = readSettings(section({ dispositionValues: `Answered,${'x'.repeat(300)}` }));
        expect(settings.dispositions).toEqual(['Answered']);
    });

    it('reads STUN servers', () => {
        const { settings, problems } = readSettings(
            section({ iceServers: 'stun:stun.example.com:3478, stuns:stun.example.com:5349' })
        );
        expect(problems).toEqual([]);
        expect(settings.iceServers).toEqual(['stun:stun.example.com:3478', 'stuns:stun.example.com:5349']);
    });
});

describe('readSettings: TURN servers, whose credentials come from Apex', () => {
    it.each([
        ['turn:turn.example.com:3478'],
        ['turns:turn.example.com:5349?transport=tcp'],
        ['TURN:turn.example.com'],
        ['Turns:turn.example.com']
    ])('keeps %s beside the STUN servers, in order', (turn) => {
        const value = `stun:stun.example.com:3478, ${turn}, stun:[2001:db8::1]`;
        const { settings, problems } = readSettings(section({ iceServers: value }));
        expect(problems).toEqual([]);
        expect(settings.iceServers).toEqual(['stun:stun.example.com:3478', turn, 'stun:[2001:db8::1]']);
    });

    it('refuses a TURN entry with a user name and password in it, and shows it redacted', () => {
        const value = 'turn:agent:hunter2@turn.example.com';
        const { settings, problems } = readSettings(section({ iceServers: value }));
        expect(settings.iceServers).toEqual([]);
        expect(problems).toEqual([
            expect.objectContaining({
                setting: 'iceServers',
                value: 'turn:***@turn.example.com',
                message: expect.stringMatching(/must not contain a user name or password/)
            })
        ]);
        expect(JSON.stringify(problems)).not.toContain('hunter2');
    });

    it.each([
        ['relay', 'turn:turn.example.com', 'relay', []],
        ['all', 'turn:turn.example.com', 'all', []],
        [undefined, 'stun:stun.example.com', 'all', []]
    ])('reads ICE Transport Policy %s', (policy, iceServers, expected, problems) => {
        const read = readSettings(
            section(policy === undefined ? { iceServers } : { iceServers, iceTransportPolicy: policy })
        );
        expect(read.settings.iceTransportPolicy).toBe(expected);
        expect(read.problems).toEqual(problems);
    });

    it('reports relay without a TURN server, and an unknown policy', () => {
        expect(
            readSettings(section({ iceServers: 'stun:stun.example.com', iceTransportPolicy: 'relay' }))
                .problems
        ).toEqual([
            expect.objectContaining({
                setting: 'iceTransportPolicy',
                message: expect.stringMatching(/is relay, but ICE Servers names no turn: or turns: server/)
            })
        ]);
        const unknown = readSettings(section({ iceTransportPolicy: 'nohost' }));
        expect(unknown.settings.iceTransportPolicy).toBe('all');
        expect(unknown.problems[0]?.message).toMatch(/must be all or relay \(got nohost\)/);
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

describe('readSettings: every setting checked at start', () => {
    const general = (items: Record<string, string>): Record<string, string> =>
        Object.fromEntries(Object.entries(items).map(([name, value]) => [`/reqGeneralInfo/${name}`, value]));

    it.each([
        ['pbxWebSocketUrl', 'wss://pbx_example:8089/ws', /no valid host name/],
        ['pbxWebSocketUrl', 'wss://pbx.example.com/ws#frag', /# fragment/],
        ['pbxWebSocketUrl', 'https://pbx.example.com', /must start with wss:\/\//],
        ['sipDomain', 'sip:pbx.acme.com', /without sip:/],
        ['sipDomain', 'pbx.acme.com/path', /host name/],
        ['iceServers', 'stun:', /bad: stun: is not a stun/],
        ['iceServers', 'stun:stun.acme.com:99999', /port outside 1-65535/],
        ['iceServers', 'turn:turn.acme.com?transport=sctp', /is not a stun/],
        ['defaultCountry', 'UK', /must be GB/],
        ['defaultCountry', 'XX', /not a country with a known numbering plan \(got XX\)/],
        ['defaultCountry', 'U1', /two-letter country code/],
        ['telephonyMode', 'SIP ', /\(got SIP\)/],
        ['microphoneBetweenCalls', 'Closed', /must be open or closed \(got Closed\)/],
        ['screenPopNoMatch', 'popup', /\(got popup\)/]
    ])('names %s when its value %j is unusable', (setting, value, message) => {
        const { problems } = readSettings(section({ [setting]: value }));
        expect(problems).toEqual([
            {
                setting,
                value: value.trim(),
                message: expect.stringMatching(message),
                ...(setting === 'telephonyMode' ? { stopsPhone: true } : {})
            }
        ]);
    });

    it('keeps a password typed into an ICE server out of the problem it shows and logs', () => {
        const { problems, settings } = readSettings(
            section({ iceServers: 'stun:stun.acme.com, turn:user:secret@turn.acme.com' })
        );
        expect(problems).toEqual([
            {
                setting: 'iceServers',
                value: 'stun:stun.acme.com, turn:***@turn.acme.com',
                message: expect.stringMatching(
                    /bad: turn:\*\*\*@turn\.acme\.com must not contain a user name or password/
                )
            }
        ]);
        expect(JSON.stringify(problems)).not.toContain('secret');
        expect(settings.iceServers).toEqual([]);
    });

    it.each([
        ['pbxWebSocketUrl', 'wss://192.0.2.10:8089/ws'],
        ['pbxWebSocketUrl', 'wss://[2001:db8::1]:8089/ws'],
        ['sipDomain', '192.0.2.10'],
        ['iceServers', 'stun:stun.acme.com:3478, stuns:stun.acme.com:5349, stun:[2001:db8::1]'],
        ['defaultCountry', 'gb'],
        ['defaultCountry', 'DE']
    ])('accepts %s %j', (setting, value) => {
        expect(readSettings(section({ [setting]: value })).problems).toEqual([]);
    });

    it('reads the default country in upper case', () => {
        expect(readSettings(section({ defaultCountry: 'gb' })).settings.defaultCountry).toBe('GB');
    });

    it("refuses the project's placeholders once telephonyMode is sip", () => {
        const { problems } = readSettings(
            section({
                telephonyMode: 'sip',
                pbxWebSocketUrl: 'wss://pbx.example.com:8089/ws',
                sipDomain: 'pbx.example.com'
            })
        );
        expect(problems.map(({ setting, message }) => [setting, message])).toEqual([
            ['pbxWebSocketUrl', expect.stringMatching(/placeholder/)],
            ['sipDomain', expect.stringMatching(/placeholder/)]
        ]);
    });

    it('names an item the softphone does not know, with the closest known name', () => {
        const { problems, settings } = readSettings(section({ telephonymode: 'sip', wrapUpSecs: '30' }));
        expect(problems).toEqual([
            {
                setting: 'telephonymode',
                value: 'sip',
                message: expect.stringMatching(/not a setting.*did you mean telephonyMode\?/)
            },
            {
                setting: 'wrapUpSecs',
                value: '30',
                message: expect.stringMatching(/did you mean wrapUpSeconds\?/)
            }
        ]);
        expect(settings.telephonyMode).toBe('demo');
    });

    it("does not take the section's own label for an item", () => {
        expect(readSettings(section({ label: 'Softphone Settings' })).problems).toEqual([]);
    });

    it('checks the Open CTI settings of General Information, by name', () => {
        const { problems } = readSettings(
            general({
                reqSalesforceCompatibilityMode: 'Classic',
                reqSoftphoneHeight: '100',
                reqSoftphoneWidth: 'wide',
                reqTimeout: '500',
                reqStandbyUrl: 'javascript:alert(1)',
                reqAdapterUrl: '//evil.example.com/x',
                reqUseApi: 'yes'
            })
        );
        expect(problems.map(({ setting, message }) => [setting, message])).toEqual([
            ['reqSalesforceCompatibilityMode', expect.stringMatching(/Lightning or Classic_and_Lightning/)],
            ['reqSoftphoneHeight', expect.stringMatching(/from 240 to 2560.*got 100/)],
            ['reqSoftphoneWidth', expect.stringMatching(/from 200 to 1920/)],
            ['reqTimeout', expect.stringMatching(/at least 1000/)],
            ['reqAdapterUrl', expect.stringMatching(/\/apex\/Softphone or an https:\/\/ URL/)],
            ['reqStandbyUrl', expect.stringMatching(/\/apex\/Softphone or an https:\/\/ URL/)],
            ['reqUseApi', expect.stringMatching(/true or false/)]
        ]);
    });

    it('accepts the Open CTI settings the project ships with', () => {
        const { problems } = readSettings(
            general({
                reqAdapterUrl: '/apex/Softphone',
                reqStandbyUrl: '/apex/SoftphoneStandby',
                reqTimeout: '10000',
                reqUseApi: 'true',
                reqSoftphoneHeight: '480',
                reqSoftphoneWidth: '320',
                reqSalesforceCompatibilityMode: 'Lightning'
            })
        );
        expect(problems).toEqual([]);
    });

    it('keeps every message and name short enough for the UI, whatever the value', () => {
        const huge = `<script>${'x'.repeat(10_000)}</script>`;
        const { problems, settings } = readSettings({
            '/reqGeneralInfo/reqDisplayName': huge,
            ...section({
                telephonyMode: huge,
                iceServers: `stun:${huge}, ${huge}`,
                sipDomain: huge,
                [huge]: 'x'
            })
        });
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) {
            expect(problem.message.length).toBeLessThanOrEqual(1000);
            expect(problem.setting.length).toBeLessThanOrEqual(80);
        }
        expect(settings.callCenterName?.length).toBeLessThanOrEqual(255);
    });

    it('offers at most 100 call results', () => {
        const values = Array.from({ length: 150 }, (_, index) => `Result ${index}`).join(',');
        const { settings, problems } = readSettings(section({ dispositionValues: values }));
        expect(settings.dispositions).toHaveLength(100);
        expect(problems).toEqual([
            expect.objectContaining({
                setting: 'dispositionValues',
                message: expect.stringMatching(/150 values/)
            })
        ]);
    });

    it('lists at most 50 problems, the last one counting the rest', () => {
        const items = Object.fromEntries(Array.from({ length: 80 }, (_, index) => [`unknown${index}`, 'x']));
        const { problems } = readSettings(section(items));
        expect(problems).toHaveLength(50);
        expect(problems[49]?.message).toMatch(/31 more settings have problems/);
    });
});

/**
 * Hostile input, table-driven: what a phone system, the console, another script or the agent could send,
 * from markup to kilobytes of garbage. Every row must end as inert text or a refusal with a logged reason:
 * never executed, never a crash, never a lost call, never a snapshot the UI refuses (a blank panel).
 *
 * The tables grow: when a new kind of input surprises the softphone, add a row here first.
 */
import { FakeBrowserProfile } from '../test-support/fake-browser';
import { settle } from '../test-support/settle';
import { ScriptedProvider } from '../test-support/scripted-provider';
import {
    BRIDGE_CHANNEL,
    BRIDGE_MAX_MESSAGE_LENGTH,
    BRIDGE_PROTOCOL_VERSION,
    parseEngineMessage,
    serializeBridgeMessage,
    stateMessage,
    uiMessage
} from './bridge';
import type { EngineSnapshot, UiCommand } from './bridge';
import { createSoftphoneEngineRig } from '../test-support/softphone-engine-rig';

/** Text that has hurt (or could hurt) softphones: shown, searched, stored or parsed somewhere. */
const HOSTILE_TEXT: readonly (readonly [name: string, text: string])[] = [
    ['markup', '<b>Ada</b> <i>Lovelace</i>'],
    ['a script element', '<script>alert(1)</script>'],
    ['an image with onerror', '"><img src=x onerror=alert(1)>'],
    ['a closing script tag and JSON', '</script><script>alert(1)</script>{"a":1}'],
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['an LWC/Visualforce expression', '{!$User.Id} {{7*7}} ${alert(1)}'],
    ['SOSL reserved characters', '4155550100 ? & | ! { } [ ] ( ) ^ ~ * : \\ " \' + -'],
    ['a SOSL injection', '4155550100} RETURNING User(Id, Email) FIND {a'],
    ['a SOQL injection', "4155550100' OR Name LIKE '%"],
    ['10 KB', `+1415${'5'.repeat(10_240)}`],
    ['control characters and a header injection', '+1415555\u0000\u0007\u001b[31m0100\r\nX-Evil: 1'],
    ['a right-to-left override', '+1 415 \u202e0010 555'],
    ['bidi isolates and marks', '\u2067Ada\u2069 \u200f+14155550100\u200e'],
    ['zero-width characters', 'A\u200bd\u200ba \ufeff'],
    ['emoji', '📞 Ada 👩🏽‍💻 +14155550100'],
    ['half an emoji (a lone surrogate)', 'Ada \ud83d +14155550100'],
    ['empty', ''],
    ['white space only', ' \t\u00a0 '],
    ['a SIP URI', 'sip:+14155550100@evil.example.com;transport=tcp?X-Evil=1'],
    ['prototype names', '__proto__ constructor toString'],
    ['the withheld caller', 'anonymous'],
    ['digits only, too many', '1'.repeat(300)]
];

// eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const PHONE_TEXT = /^[0-9+()./\s-]{0,40}$/;
const ADA = { Id: '003000000000001AAA', RecordType: 'Contact', Name: 'Ada Lovelace', Phone: '+14155550100' };

/** A softphone on a phone system the test speaks for, with every snapshot checked as the UI reads it. */
async function rig() {
    const provider = new ScriptedProvider();
    const refusedByUi: string[] = [];
    const warnings: string[] = [];
    const { clock, fake, apex, engine } = createSoftphoneEngineRig({
        settings: {
            '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
            '/softphoneSettings/telephonyMode': 'demo',
            '/softphoneSettings/screenPopNoMatch': 'NEW_RECORD_MODAL',
            '/softphoneSettings/wrapUpSeconds': '0'
        },
        records: [ADA],
        log: { info: () => undefined, warn: (message) => warnings.push(message) },
        publish: (snapshot) => {
            const read = parseEngineMessage(serializeBridgeMessage(stateMessage(snapshot)));
            if (!read.ok) refusedByUi.push(read.reason);
        },
        createProvider: () => provider
    });
    await engine.start();
    const send = async (command: UiCommand): Promise<void> => {
        await engine.handle(command);
        await settle();
    };
    await send({ type: 'set-agent-status', status: 'available' });
    const last = (): EngineSnapshot => engine.snapshot();
    /** Takes the call on screen through answer, hang-up and save. */
    const finish = async (callId: string): Promise<void> => {
        if (last().call?.state === 'ringing') await send({ type: 'answer', callId });
        clock.advance(5_000);
        await send({ type: 'hang-up', callId });
        await send({ type: 'save-wrap-up', callId });
    };
    /** A well-formed call taken end to end: the softphone still works. */
    const normalCall = async (callId: string): Promise<void> => {
        provider.raw('onIncomingCall', { callId, from: '+14155550100', headers: {} });
        await settle();
        expect(last().call).toMatchObject({ id: callId, state: 'ringing' });
        await finish(callId);
        expect(apex.tasks().filter((task) => task.CallObject === callId)).toHaveLength(1);
    };
    return { clock, fake, apex, provider, engine, send, last, finish, normalCall, refusedByUi, warnings };
}

function expectInert(text: string | undefined, max: number): void {
    expect(typeof text === 'string' ? text : '').not.toMatch(INVISIBLE);
    expect((text ?? '').length).toBeLessThanOrEqual(max);
}

describe('hostile input from the phone system, as text', () => {
    describe.each(HOSTILE_TEXT)('%s', (_name, text) => {
        it('as the caller id: inert on screen, only phone characters searched, logged once', async () => {
            const r = await rig();
            r.provider.raw('onIncomingCall', {
                callId: 'call-1',
                from: text,
                displayName: 'Caller',
                headers: {}
            });
            await settle();

            expect(r.last().call).toMatchObject({ id: 'call-1', state: 'ringing' });
            expectInert(r.last().call?.number, 256);
            expectInert(r.last().call?.displayNumber, 256);
            for (const search of r.fake.callsTo('searchAndScreenPop'))
                expect(String(search['searchParams'])).toMatch(PHONE_TEXT);
            for (const pop of r.fake.callsTo('screenPop')) {
                const values = (pop['params'] as { defaultFieldValues?: Record<string, string> })
                    .defaultFieldValues;
                for (const value of Object.values(values ?? {})) expect(value).toMatch(PHONE_TEXT);
            }
            await r.finish('call-1');
            expect(r.apex.tasks()).toHaveLength(1);
            expect(String(r.apex.tasks()[0]?.['Subject']).length).toBeLessThanOrEqual(255);
            expect(r.refusedByUi).toEqual([]);
        });

        it('as the display name: inert on screen and in the recent calls', async () => {
            const r = await rig();
            r.provider.raw('onIncomingCall', {
                callId: 'call-1',
                from: '+14155550100',
                displayName: text,
                headers: {}
            });
            await settle();
            expect(r.last().call?.state).toBe('ringing');
            expectInert(r.last().call?.displayName, 256);
            await r.finish('call-1');
            expectInert(r.last().recentCalls[0]?.displayName, 256);
            expect(r.apex.tasks()).toHaveLength(1);
            expect(r.refusedByUi).toEqual([]);
        });

        it('as IVR data: never pops a record by it unless it is a case number', async () => {
            const r = await rig();
            r.provider.raw('onIncomingCall', {
                callId: 'call-1',
                from: '+14155550100',
                headers: { 'x-case-number': text, 'x-account': text }
            });
            await settle();
            expect(r.last().call?.state).toBe('ringing');
            for (const search of r.fake.callsTo('searchAndScreenPop'))
                expect(String(search['searchParams'])).toMatch(/^[A-Za-z0-9_+-]{0,40}$/);
            await r.finish('call-1');
            expect(r.apex.tasks()).toHaveLength(1);
            expect(r.refusedByUi).toEqual([]);
        });
    });
});

describe('hostile input from the console and the agent, as text', () => {
    describe.each(HOSTILE_TEXT)('%s', (_name, text) => {
        it('as a number dialled or clicked: dialled as digits only, or refused with a notice', async () => {
            const r = await rig();
            await r.send({ type: 'dial', number: text.slice(0, 64) });
            const dialled = r.provider.commands.filter((command) => command.startsWith('dial '));
            // Either dialled as digits, or refused with the invalid-number notice.
            expect(dialled.length > 0 || r.last().notice?.key === 'invalid-number').toBe(true);
            for (const command of dialled) expect(command).toMatch(/^dial \+?\d{2,15}$/);
            if (r.last().call) await r.finish(r.last().call?.id ?? '');

            r.fake.clickToDial({ number: text, recordId: ADA.Id, recordName: text, objectType: 'Contact' });
            await settle();
            for (const command of r.provider.commands.filter((entry) => entry.startsWith('dial ')))
                expect(command).toMatch(/^dial \+?\d{2,15}$/);
            expect(r.refusedByUi).toEqual([]);
        });

        it('as notes and a call result: stored as text on the one Task', async () => {
            const r = await rig();
            r.provider.raw('onIncomingCall', { callId: 'call-1', from: '+14155550100', headers: {} });
            await settle();
            await r.send({ type: 'answer', callId: 'call-1' });
            await r.send({
                type: 'update-wrap-up',
                callId: 'call-1',
                notes: text.slice(0, 32_000),
                disposition: text.slice(0, 1024)
            });
            await r.finish('call-1');
            const tasks = r.apex.tasks();
            expect(tasks).toHaveLength(1);
            expect(String(tasks[0]?.['Description'] ?? '').length).toBeLessThanOrEqual(32_000);
            expect(String(tasks[0]?.['CallDisposition'] ?? '').length).toBeLessThanOrEqual(255);
            expect(r.refusedByUi).toEqual([]);
        });
    });
});

/** Malformed calls of the provider delegate; `shows` is what the agent sees after it. */
const MALFORMED_FROM_PHONE_SYSTEM: readonly (readonly [
    name: string,
    send: (provider: ScriptedProvider) => void,
    shows: 'nothing' | 'a ringing call'
])[] = [
    ['an incoming call that is null', (p) => p.raw('onIncomingCall', null), 'nothing'],
    ['an incoming call that is a number', (p) => p.raw('onIncomingCall', 42), 'nothing'],
    ['an incoming call that is a list', (p) => p.raw('onIncomingCall', ['call-9']), 'nothing'],
    [
        'an incoming call without a call id',
        (p) => p.raw('onIncomingCall', { from: '+14155550100' }),
        'nothing'
    ],
    ['a blank call id', (p) => p.raw('onIncomingCall', { callId: '', from: '+1' }), 'nothing'],
    [
        'a 300-character call id',
        (p) => p.raw('onIncomingCall', { callId: 'x'.repeat(300), from: '+1' }),
        'nothing'
    ],
    [
        'a call id with a line break',
        (p) => p.raw('onIncomingCall', { callId: 'a\r\nb', from: '+1' }),
        'nothing'
    ],
    ['a call id that is a number', (p) => p.raw('onIncomingCall', { callId: 9, from: '+1' }), 'nothing'],
    [
        'a caller id that is a number',
        (p) => p.raw('onIncomingCall', { callId: 'call-9', from: 4155550100 }),
        'a ringing call'
    ],
    [
        'a caller id that is an object',
        (p) => p.raw('onIncomingCall', { callId: 'call-9', from: { toString: () => '1' } }),
        'a ringing call'
    ],
    ['no caller id', (p) => p.raw('onIncomingCall', { callId: 'call-9' }), 'a ringing call'],
    [
        'headers that are text',
        (p) =>
            p.raw('onIncomingCall', { callId: 'call-9', from: '+14155550100', headers: 'x-case-number: 1' }),
        'a ringing call'
    ],
    [
        'headers that are a list',
        (p) => p.raw('onIncomingCall', { callId: 'call-9', from: '+14155550100', headers: ['a'] }),
        'a ringing call'
    ],
    [
        'headers with prototype names, spaces, non-text values and thousands of entries',
        (p) =>
            p.raw('onIncomingCall', {
                callId: 'call-9',
                from: '+14155550100',
                headers: {
                    ...JSON.parse('{"__proto__": {"polluted": true}}'),
                    'X Bad Name': 'v',
                    'x-number': 5,
                    'x-object': { a: 1 },
                    ...Object.fromEntries(
                        Array.from({ length: 5_000 }, (_, index) => [`x-h${index}`, 'v'.repeat(2_000)])
                    )
                }
            }),
        'a ringing call'
    ],
    [
        'a display name that is an object',
        (p) =>
            p.raw('onIncomingCall', { callId: 'call-9', from: '+14155550100', displayName: { html: '<b>' } }),
        'a ringing call'
    ],
    ['connected for an unknown call', (p) => p.raw('onConnected', 'nobody'), 'nothing'],
    ['connected without a call id', (p) => p.raw('onConnected', undefined), 'nothing'],
    ['ended for an unknown call', (p) => p.raw('onEnded', 'nobody', 'remote-hang-up'), 'nothing'],
    ['ended with a 10 KB detail', (p) => p.raw('onEnded', 'nobody', 'error', 'x'.repeat(10_240)), 'nothing'],
    ['progress that does not exist', (p) => p.raw('onProgress', 'nobody', 'warp-speed'), 'nothing'],
    ['a hold change that is not true or false', (p) => p.raw('onHoldChanged', 'nobody', 'yes'), 'nothing'],
    [
        'a registration state that does not exist',
        (p) => p.raw('onRegistrationChanged', 'hacked', '<script>'),
        'nothing'
    ],
    [
        'a registration failure with 10 KB of reason',
        (p) => p.raw('onRegistrationChanged', 'failed', `<img src=x onerror=alert(1)>${'x'.repeat(10_240)}`),
        'nothing'
    ],
    ['DTMF that is not digits', (p) => p.raw('onDtmf', 'nobody', '<script>'), 'nothing']
];

describe('malformed messages from the phone system, at the provider boundary', () => {
    it.each(MALFORMED_FROM_PHONE_SYSTEM)(
        '%s: refused or shown as inert text, and the next call works',
        async (_name, send, shows) => {
            const r = await rig();
            expect(() => send(r.provider)).not.toThrow();
            await settle();
            const ringing = shows === 'a ringing call';
            expect([r.last().call?.id, r.last().call?.state]).toEqual(
                ringing ? ['call-9', 'ringing'] : [undefined, undefined]
            );
            if (ringing) await r.finish('call-9');
            // A call the softphone showed is logged once; one it refused never reaches the org.
            expect(r.apex.tasks().map((task) => task.CallObject)).toEqual(ringing ? ['call-9'] : []);
            expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
            expect(r.refusedByUi).toEqual([]);
            await r.normalCall('call-ok');
        }
    );

    it('logs why it refused what it refused', async () => {
        const r = await rig();
        r.provider.raw('onIncomingCall', { callId: 'x'.repeat(300), from: '+1' });
        r.provider.raw('onProgress', 'call-1', 'warp-speed');
        expect(r.warnings).toEqual([
            expect.stringMatching(
                /Ignored an incoming call from the phone system: its call id is text of 300 characters/
            ),
            expect.stringMatching(/Call call-1: ignored progress warp-speed/)
        ]);
    });

    it('ignores a second offer of the call on screen instead of declining the real one', async () => {
        const r = await rig();
        r.provider.raw('onIncomingCall', { callId: 'call-1', from: '+14155550100', headers: {} });
        await settle();
        await r.send({ type: 'answer', callId: 'call-1' });
        r.provider.raw('onIncomingCall', { callId: 'call-1', from: '+19995550100', headers: {} });
        await settle();
        expect(r.provider.commands).not.toContain('decline call-1');
        expect(r.last().call).toMatchObject({ id: 'call-1', state: 'connected', number: '+14155550100' });
        expect(r.warnings).toContainEqual(expect.stringMatching(/second offer of call call-1/));
    });

    it('ends a call whose end cause it does not know, as an error, and logs it', async () => {
        const r = await rig();
        r.provider.raw('onIncomingCall', { callId: 'call-1', from: '+14155550100', headers: {} });
        await settle();
        await r.send({ type: 'answer', callId: 'call-1' });
        r.provider.raw('onEnded', 'call-1', 'eaten-by-a-grue', '<b>bye</b>');
        await settle();
        expect(r.last().call).toMatchObject({ id: 'call-1', state: 'wrap-up', endCause: 'error' });
        await r.send({ type: 'save-wrap-up', callId: 'call-1' });
        expect(r.apex.tasks()).toHaveLength(1);
    });

    it('logs a call once when the phone system reports its end twice', async () => {
        const r = await rig();
        r.provider.raw('onIncomingCall', { callId: 'call-1', from: '+14155550100', headers: {} });
        await settle();
        r.provider.raw('onEnded', 'call-1', 'caller-cancelled');
        r.provider.raw('onEnded', 'call-1', 'caller-cancelled');
        await settle();
        expect(r.apex.tasks()).toEqual([
            expect.objectContaining({ CallObject: 'call-1', CallDisposition: 'Missed' })
        ]);
        expect(r.apex.writes).toBe(1);
    });
});

/** Raw `postMessage` data the engine's bridge may receive; `ours` says whether it must log a reason. */
const MALFORMED_BRIDGE_MESSAGES: readonly (readonly [name: string, data: unknown, ours: boolean])[] = [
    ['an object instead of text', { channel: BRIDGE_CHANNEL }, false],
    ['a number', 42, false],
    ['null', null, false],
    ['text that is not JSON', '{"channel": "softphone-bridge", ', false],
    ['JSON that is a list', JSON.stringify([BRIDGE_CHANNEL]), false],
    ['another channel', JSON.stringify({ channel: 'other', version: 2, source: 'ui', type: 'dial' }), false],
    [
        'an old protocol version',
        JSON.stringify({ channel: BRIDGE_CHANNEL, version: 1, source: 'ui', type: 'ui-ready' }),
        true
    ],
    [
        'a version that is text',
        JSON.stringify({ channel: BRIDGE_CHANNEL, version: '2', source: 'ui', type: 'ui-ready' }),
        true
    ],
    [
        'an unknown command',
        JSON.stringify({
            channel: BRIDGE_CHANNEL,
            version: BRIDGE_PROTOCOL_VERSION,
            source: 'ui',
            type: 'format-disk'
        }),
        true
    ],
    [
        'a prototype name as command',
        JSON.stringify({
            channel: BRIDGE_CHANNEL,
            version: BRIDGE_PROTOCOL_VERSION,
            source: 'ui',
            type: '__proto__'
        }),
        true
    ],
    [
        'toString as command',
        JSON.stringify({
            channel: BRIDGE_CHANNEL,
            version: BRIDGE_PROTOCOL_VERSION,
            source: 'ui',
            type: 'toString'
        }),
        true
    ],
    [
        'a command without its fields',
        JSON.stringify({
            channel: BRIDGE_CHANNEL,
            version: BRIDGE_PROTOCOL_VERSION,
            source: 'ui',
            type: 'hang-up'
        }),
        true
    ],
    [
        'a field of the wrong type',
        serializeBridgeMessage({ ...uiMessage({ type: 'dial', number: '1' }), number: 1 } as never),
        true
    ],
    [
        'a status that does not exist',
        serializeBridgeMessage({
            ...uiMessage({ type: 'set-agent-status', status: 'available' }),
            status: 'god-mode'
        } as never),
        true
    ],
    [
        'a 2,000-character call id',
        serializeBridgeMessage(uiMessage({ type: 'answer', callId: 'x'.repeat(2_000) })),
        true
    ],
    [
        'notes over 32,000 characters',
        serializeBridgeMessage(uiMessage({ type: 'update-wrap-up', callId: 'c', notes: 'n'.repeat(40_000) })),
        true
    ],
    [
        'a message over the size limit',
        `{"channel":"${BRIDGE_CHANNEL}","pad":"${'x'.repeat(BRIDGE_MAX_MESSAGE_LENGTH)}"}`,
        true
    ],
    [
        // The engine reads only commands: a state message is skipped unread; the UI reads it and logs its reason.
        'a malformed state message, which only the UI reads',
        JSON.stringify({
            channel: BRIDGE_CHANNEL,
            version: BRIDGE_PROTOCOL_VERSION,
            source: 'engine',
            type: 'state',
            snapshot: { status: 'ready' }
        }),
        false
    ],
    [
        'deeply nested JSON',
        `{"channel":"${BRIDGE_CHANNEL}","version":2,"source":"ui","type":"dial","number":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
        true
    ]
];

describe('malformed bridge messages, at the engine', () => {
    it.each(MALFORMED_BRIDGE_MESSAGES)(
        '%s: refused, with a logged reason when it is ours',
        async (_name, data, ours) => {
            const profile = new FakeBrowserProfile();
            const tab = await profile.openTab('A', { coordination: 'none' });
            const before = tab.snapshot();
            const warned = tab.log.warn.length;
            tab.window.deliver(data, tab.window.location.origin);
            await settle();
            expect(tab.snapshot()).toEqual(before);
            const reasons = tab.log.warn
                .slice(warned)
                .filter((message) => message.startsWith('Ignored a bridge message'));
            expect(reasons).toHaveLength(ours ? 1 : 0);
            for (const reason of reasons) expect(reason.length).toBeLessThan(500);
            await tab.send({ type: 'set-agent-status', status: 'busy' });
            expect(tab.snapshot().agentStatus).toBe('busy');
            await profile.closeAll();
        }
    );
});

import {
    BRIDGE_CHANNEL,
    BRIDGE_MAX_MESSAGE_LENGTH,
    BRIDGE_PROTOCOL_VERSION,
    initialSnapshot,
    parseEngineMessage,
    parseUiMessage,
    serializeBridgeMessage,
    stateMessage,
    uiMessage,
    uiReadyMessage
} from './protocol';
import type { EngineSnapshot, UiCommand } from './protocol';

const envelope = { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION };

const busySnapshot: EngineSnapshot = {
    ...initialSnapshot(),
    status: 'ready',
    callCenterName: 'Softphone for Salesforce',
    telephonyMode: 'demo',
    agentStatus: 'busy',
    registration: 'registered',
    call: {
        id: 'demo-1',
        direction: 'inbound',
        state: 'held',
        number: '+14155550100',
        displayNumber: '(415) 555-0100',
        displayName: 'Ada Lovelace',
        muted: true,
        startedAt: 1_767_258_000_000,
        connectedAt: 1_767_258_010_000,
        holdStartedAt: 1_767_258_040_000,
        heldTotalMs: 5000,
        matches: [{ id: '003000000000001AAA', name: 'Ada Lovelace', objectType: 'Contact' }],
        relatedRecord: { id: '003000000000001AAA', name: 'Ada Lovelace', objectType: 'Contact' },
        notes: 'Asked about her invoice',
        disposition: 'Answered'
    },
    recentCalls: [
        {
            id: 'demo-0',
            direction: 'outbound',
            state: 'ended',
            number: '+442079460000',
            displayNumber: '+44 20 7946 0000',
            startedAt: 1_767_257_000_000,
            talkSeconds: 42
        }
    ],
    pendingLogs: [
        { callId: 'demo-0', attempts: 2, lastError: 'timed out', nextAttemptAt: 1_767_258_100_000 }
    ],
    settingsProblems: [{ setting: 'sipDomain', message: 'sipDomain must be a host name' }],
    dispositions: ['Answered', 'No answer'],
    notice: { kind: 'error', key: 'log-failed', detail: 'timed out' }
};

describe('bridge protocol', () => {
    it('round-trips a full snapshot through JSON', () => {
        const message = stateMessage(busySnapshot);
        expect(parseEngineMessage(serializeBridgeMessage(message))).toEqual({ ok: true, message });
    });

    it.each<UiCommand>([
        { type: 'ui-ready' },
        { type: 'set-agent-status', status: 'available' },
        { type: 'dial', number: '+1 415 555 0100' },
        { type: 'answer', callId: 'c1' },
        { type: 'decline', callId: 'c1' },
        { type: 'hang-up', callId: 'c1' },
        { type: 'hold', callId: 'c1' },
        { type: 'resume', callId: 'c1' },
        { type: 'mute', callId: 'c1' },
        { type: 'unmute', callId: 'c1' },
        { type: 'send-dtmf', callId: 'c1', digits: '12#' },
        { type: 'blind-transfer', callId: 'c1', target: '+14155550101' },
        {
            type: 'update-wrap-up',
            callId: 'c1',
            notes: 'n',
            disposition: 'Answered',
            relatedRecordId: '001000000000001'
        },
        { type: 'save-wrap-up', callId: 'c1' },
        { type: 'retry-logs' }
    ])('round-trips the UI command $type', (command) => {
        const message = uiMessage(command);
        expect(parseUiMessage(serializeBridgeMessage(message))).toEqual({ ok: true, message });
    });

    it('builds the ready message the UI sends on connect', () => {
        expect(uiReadyMessage()).toEqual({ ...envelope, source: 'ui', type: 'ui-ready' });
    });

    it.each([
        ['a live object instead of a JSON string', { ...envelope, source: 'ui', type: 'ui-ready' }],
        ['text that is not JSON', '<script>alert(1)</script>'],
        ['JSON from another channel', JSON.stringify({ channel: 'other', version: 2, type: 'state' })],
        ['a JSON array', '[1,2,3]']
    ])('ignores %s as not ours', (_name, raw) => {
        expect(parseUiMessage(raw)).toMatchObject({ ok: false, ours: false });
        expect(parseEngineMessage(raw)).toMatchObject({ ok: false, ours: false });
    });

    it("reads on the engine side only UI commands: a state message is the engine's own, skipped as an echo", () => {
        const state = serializeBridgeMessage(stateMessage(busySnapshot));
        expect(parseUiMessage(state)).toEqual({
            ok: false,
            ours: true,
            echo: true,
            reason: '"engine"/"state" is not a message from the ui'
        });
        // Not read at all: a malformed snapshot is no concern of the engine's.
        const malformed = JSON.stringify({ ...envelope, source: 'engine', type: 'state', snapshot: 'x' });
        expect(parseUiMessage(malformed)).toMatchObject({ ok: false, ours: true, echo: true });
    });

    it("reads on the UI side only engine messages: a command is the UI's own, skipped as an echo", () => {
        const command = serializeBridgeMessage(uiMessage({ type: 'dial', number: '+14155550100' }));
        expect(parseEngineMessage(command)).toEqual({
            ok: false,
            ours: true,
            echo: true,
            reason: '"ui"/"dial" is not a message from the engine'
        });
        const malformed = JSON.stringify({ ...envelope, source: 'ui', type: 'dial', number: 1 });
        expect(parseEngineMessage(malformed)).toMatchObject({ ok: false, ours: true, echo: true });
    });

    it('refuses, not as an echo, our message from neither side', () => {
        const stranger = JSON.stringify({ ...envelope, source: 'pbx', type: 'state', snapshot: {} });
        for (const parse of [parseUiMessage, parseEngineMessage]) {
            const result = parse(stranger);
            expect(result).toMatchObject({ ok: false, ours: true, reason: 'unknown message "pbx"/"state"' });
            expect(result.ok || result.echo).toBeFalsy();
        }
    });

    const snapshotWith = (patch: Record<string, unknown>): Record<string, unknown> => ({
        ...envelope,
        source: 'engine',
        type: 'state',
        snapshot: { ...initialSnapshot(), ...patch }
    });

    it.each([
        [
            'another protocol version',
            { ...envelope, version: 1, source: 'ui', type: 'ui-ready' },
            /version 1 is not 2/
        ],
        ['an unknown command', { ...envelope, source: 'ui', type: 'format-disk' }, /unknown message/],
        [
            'a command from the wrong side',
            { ...envelope, source: 'engine', type: 'dial', number: '1' },
            /unknown message/
        ],
        [
            'a command without its call id',
            { ...envelope, source: 'ui', type: 'answer' },
            /answer\.callId must be text/
        ],
        [
            'an agent status that does not exist',
            { ...envelope, source: 'ui', type: 'set-agent-status', status: 'asleep' },
            /"asleep" is not one of/
        ],
        [
            'a dialled number of 10 KB',
            { ...envelope, source: 'ui', type: 'dial', number: '1'.repeat(10_000) },
            /longer than 64/
        ],
        [
            'a snapshot with an unknown status',
            snapshotWith({ status: 'on-fire' }),
            /snapshot\.status "on-fire"/
        ],
        [
            'a snapshot without its lists',
            { ...envelope, source: 'engine', type: 'state', snapshot: { status: 'ready' } },
            /snapshot\.agentStatus/
        ],
        [
            'a call whose caller name is markup in an object',
            snapshotWith({ call: { ...busySnapshot.call, displayName: { html: '<b>' } } }),
            /snapshot\.call\.displayName must be text/
        ],
        [
            'a call with a negative time',
            snapshotWith({ call: { ...busySnapshot.call, startedAt: -1 } }),
            /startedAt must be a number/
        ],
        [
            'a notice key the UI has no words for',
            snapshotWith({ notice: { kind: 'error', key: 'pbx-on-fire' } }),
            /snapshot\.notice\.key "pbx-on-fire"/
        ],
        [
            'a state message without a snapshot',
            { ...envelope, source: 'engine', type: 'state' },
            /snapshot must be an object/
        ]
    ])('refuses our message with %s, saying why', (_name, data, reason) => {
        // Read by the side it is sent to.
        const parse = data.source === 'engine' ? parseEngineMessage : parseUiMessage;
        const result = parse(JSON.stringify(data));
        expect(result).toMatchObject({ ok: false, ours: true });
        expect(result.ok ? '' : result.reason).toMatch(reason);
    });

    it('refuses an oversized message without parsing it', () => {
        const huge = JSON.stringify({
            ...envelope,
            source: 'ui',
            type: 'ui-ready',
            pad: 'x'.repeat(BRIDGE_MAX_MESSAGE_LENGTH)
        });
        const result = parseUiMessage(huge);
        expect(result).toMatchObject({ ok: false, ours: true });
        expect(result.ok ? '' : result.reason).toMatch(/over the limit/);
    });

    it('drops fields a message does not define', () => {
        const raw = JSON.stringify({ ...snapshotWith({ status: 'ready', evil: 'x' }), extra: 1 });
        const result = parseEngineMessage(raw);
        expect(result.ok ? result.message.snapshot : undefined).toEqual({
            ...initialSnapshot(),
            status: 'ready'
        });
        const command = parseUiMessage(
            JSON.stringify({ ...envelope, source: 'ui', type: 'hold', callId: 'c1', __proto__x: 1 })
        );
        expect(command).toEqual({ ok: true, message: uiMessage({ type: 'hold', callId: 'c1' }) });
    });
});

describe('bridge protocol: SIP sign-in', () => {
    const envelopeOf = { channel: BRIDGE_CHANNEL, version: BRIDGE_PROTOCOL_VERSION };

    it('round-trips the sign-in command with the user and password as typed', () => {
        const message = uiMessage({ type: 'sign-in', user: '1001', password: ' p@ss word ' });
        expect(parseUiMessage(serializeBridgeMessage(message))).toEqual({ ok: true, message });
    });

    it.each([
        ['without a password', { user: '1001' }, /sign-in.password must be text/],
        ['with a user that is not text', { user: 1001, password: 'x' }, /sign-in.user must be text/],
        [
            'with a password over 256 characters',
            { user: '1001', password: 'x'.repeat(257) },
            /longer than 256/
        ]
    ])('refuses a sign-in %s, without echoing the password', (_name, fields, reason) => {
        const result = parseUiMessage(
            JSON.stringify({ ...envelopeOf, source: 'ui', type: 'sign-in', ...fields })
        );
        expect(result).toMatchObject({ ok: false, ours: true, reason: expect.stringMatching(reason) });
        expect(JSON.stringify(result)).not.toContain('xxxx');
    });

    it.each(['needed', 'ok'] as const)('carries credentials %s in the snapshot', (credentials) => {
        const message = stateMessage({
            ...initialSnapshot(),
            status: 'ready',
            telephonyMode: 'sip',
            credentials
        });
        expect(parseEngineMessage(serializeBridgeMessage(message))).toEqual({ ok: true, message });
    });

    it('keeps reading snapshots without credentials, and refuses an unknown value', () => {
        const plain = stateMessage({ ...initialSnapshot(), status: 'ready' });
        expect(parseEngineMessage(serializeBridgeMessage(plain))).toEqual({ ok: true, message: plain });
        const odd = JSON.stringify({
            ...envelopeOf,
            source: 'engine',
            type: 'state',
            snapshot: { ...initialSnapshot(), credentials: 'maybe' }
        });
        expect(parseEngineMessage(odd)).toMatchObject({
            ok: false,
            reason: expect.stringMatching(/credentials/)
        });
    });
});

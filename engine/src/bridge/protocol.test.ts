import {
    BRIDGE_CHANNEL,
    BRIDGE_MAX_MESSAGE_LENGTH,
    parseBridgeMessage,
    serializeBridgeMessage,
    stateMessage,
    uiReadyMessage
} from './protocol';

const envelope = { channel: BRIDGE_CHANNEL, version: 1 };

describe('bridge protocol', () => {
    it('round-trips a state snapshot through JSON', () => {
        const message = stateMessage({ status: 'ready', callCenterName: 'Softphone for Salesforce' });
        expect(parseBridgeMessage(serializeBridgeMessage(message))).toEqual({ ok: true, message });
    });

    it('round-trips the UI ready message', () => {
        const message = uiReadyMessage();
        expect(parseBridgeMessage(serializeBridgeMessage(message))).toEqual({ ok: true, message });
    });

    it.each([
        ['a live object instead of a JSON string', { ...envelope, source: 'ui', type: 'ui-ready' }],
        ['text that is not JSON', '<script>alert(1)</script>'],
        ['JSON from another channel', JSON.stringify({ channel: 'other', version: 1, type: 'state' })],
        ['a JSON array', '[1,2,3]']
    ])('ignores %s as not ours', (_name, raw) => {
        expect(parseBridgeMessage(raw)).toMatchObject({ ok: false, ours: false });
    });

    it.each([
        [
            'another protocol version',
            { ...envelope, version: 2, source: 'ui', type: 'ui-ready' },
            /version 2/
        ],
        ['an unknown type', { ...envelope, source: 'ui', type: 'dial' }, /unknown message/],
        [
            'a snapshot with an unknown status',
            { ...envelope, source: 'engine', type: 'state', snapshot: { status: 'on-fire' } },
            /status "on-fire"/
        ],
        [
            'a snapshot with an unknown reason',
            {
                ...envelope,
                source: 'engine',
                type: 'state',
                snapshot: { status: 'signed-out', reason: 'bad' }
            },
            /reason "bad"/
        ],
        [
            'a snapshot whose call center is not text',
            {
                ...envelope,
                source: 'engine',
                type: 'state',
                snapshot: { status: 'ready', callCenterName: { html: '<b>' } }
            },
            /must be strings/
        ],
        [
            'a state message without a snapshot',
            { ...envelope, source: 'engine', type: 'state' },
            /not an object/
        ]
    ])('refuses our message with %s, saying why', (_name, data, reason) => {
        const result = parseBridgeMessage(JSON.stringify(data));
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
        const result = parseBridgeMessage(huge);
        expect(result).toMatchObject({ ok: false, ours: true });
        expect(result.ok ? '' : result.reason).toMatch(/over the limit/);
    });

    it('drops fields a snapshot does not define', () => {
        const raw = JSON.stringify({
            ...envelope,
            source: 'engine',
            type: 'state',
            snapshot: { status: 'ready', evil: () => 1, extra: 'x' }
        });
        const result = parseBridgeMessage(raw);
        expect(result.ok && result.message.type === 'state' ? result.message.snapshot : undefined).toEqual({
            status: 'ready'
        });
    });
});

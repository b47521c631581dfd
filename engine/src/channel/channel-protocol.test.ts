import { initialSnapshot } from '../bridge';
import type { EngineSnapshot } from '../bridge';
import { channelCommand, channelResult, readChannelCommand, readSoftphoneMessage } from './channel-protocol';
import { channelStateOf, phoneStateOf } from './channel-state';

const READY: EngineSnapshot = {
    ...initialSnapshot(),
    status: 'ready',
    telephonyMode: 'sip',
    agentStatus: 'available',
    registration: 'registered'
};

describe('the message channel protocol', () => {
    it('reads a dial command with its record, and builds the same one', () => {
        const command = channelCommand(
            { type: 'dial', number: '+14155550100', recordId: '003000000000001AAA', recordName: 'Ada' },
            'r1',
            'callWithSoftphone'
        );
        expect(readChannelCommand(JSON.parse(JSON.stringify(command)))).toEqual({ ok: true, value: command });
    });

    it.each([
        [{ version: 1, type: 'dial', number: '+1 415 555 0100' }, 'malformed', 'requestId is missing'],
        [{ version: 1, type: 'dial', requestId: 'r', number: '' }, 'malformed', 'number is empty'],
        [{ version: 1, type: 'dial', requestId: 'r', number: ' ' }, 'malformed', 'number is empty'],
        [{ version: 1, type: 'dial', requestId: 'r', number: '1'.repeat(65) }, 'malformed', 'longer than 64'],
        [{ version: 1, type: 'set-status', requestId: 'r', status: 'away' }, 'malformed', 'status "away"'],
        [{ version: '1', type: 'get-state' }, 'unsupported-version', 'version "1" is not 1'],
        ['dial', 'malformed', 'not an object']
    ])('refuses %j: %s (%s)', (payload, reason, detail) => {
        const read = readChannelCommand(payload);
        expect(read).toMatchObject({ ok: false, reason });
        expect(read.ok ? '' : read.detail).toContain(detail);
    });

    it('reads what the softphone published, and nothing else', () => {
        const state = channelStateOf(READY);
        expect(readSoftphoneMessage(JSON.parse(JSON.stringify(state)))).toEqual(state);
        const refusal = channelResult('r1', 'dial', { reason: 'busy', detail: 'on a call' });
        expect(readSoftphoneMessage(refusal)).toEqual(refusal);
        expect(readSoftphoneMessage({ ...state, version: 2 })).toBeUndefined();
        expect(readSoftphoneMessage({ ...state, source: 'someone' })).toBeUndefined();
        expect(readSoftphoneMessage({ ...state, status: 'lunch' })).toBeUndefined();
        expect(readSoftphoneMessage(channelCommand({ type: 'get-state' }, 'r2'))).toBeUndefined();
    });

    it('says the phone is ready only when it can place calls in this tab', () => {
        expect(phoneStateOf(initialSnapshot())).toBe('starting');
        expect(phoneStateOf(READY)).toBe('ready');
        expect(phoneStateOf({ ...READY, tab: { role: 'standby' } })).toBe('unavailable');
        expect(phoneStateOf({ ...READY, registration: 'failed' })).toBe('unavailable');
        expect(phoneStateOf({ ...READY, credentials: 'needed' })).toBe('unavailable');
        expect(phoneStateOf({ ...READY, status: 'signed-out', reason: 'open-cti-missing' })).toBe(
            'unavailable'
        );
    });

    it('tells a declined call as ended with its result once it has left the screen', () => {
        const ringing = channelStateOf({
            ...READY,
            call: {
                id: 'c1',
                direction: 'inbound',
                state: 'ringing',
                number: '+14155550100',
                displayNumber: '(415) 555-0100',
                muted: false,
                startedAt: 1,
                heldTotalMs: 0,
                matches: [],
                notes: ''
            }
        });
        const after = channelStateOf(
            {
                ...READY,
                recentCalls: [
                    {
                        id: 'c1',
                        direction: 'inbound',
                        state: 'declined',
                        number: '+14155550100',
                        displayNumber: '',
                        startedAt: 1,
                        talkSeconds: 0
                    }
                ]
            },
            ringing.call
        );
        expect(after.call).toMatchObject({ id: 'c1', state: 'ended', result: 'declined' });
        expect(channelStateOf(READY, after.call).call).toBeUndefined();
    });
});

import { SIMULATOR_CHANNEL, decodeFrameMessage, encodeFrameMessage } from './frame-envelope';
import { parseDemoLineCommand, parseDemoLineResult } from './demo-line-messages';
import { parseOpenCtiReply, parseOpenCtiRequest } from './open-cti-messages';

const text = (message: object): string => JSON.stringify({ channel: SIMULATOR_CHANNEL, ...message });

describe('frame messages', () => {
    it('round-trips each message through JSON text on the simulator channel', () => {
        const request = {
            type: 'open-cti-request',
            id: 3,
            method: 'saveLog',
            args: { value: { Id: 'x' } }
        } as const;
        const response = {
            type: 'open-cti-response',
            id: 3,
            response: {
                success: false,
                returnValue: null,
                errors: [{ code: 'GENERIC_ERROR', description: 'd' }]
            }
        } as const;
        const event = {
            type: 'open-cti-event',
            listener: 'onClickToDial',
            payload: { number: '1' }
        } as const;
        const ring = {
            type: 'demo-line-command',
            id: 1,
            command: {
                kind: 'ring',
                from: '+1',
                displayName: 'Ada',
                headers: { 'X-Case-Number': '00001026' }
            }
        } as const;
        const hangUp = {
            type: 'demo-line-command',
            id: 2,
            command: { kind: 'hang-up', callId: 'demo-1' }
        } as const;
        const result = { type: 'demo-line-result', id: 1, result: { ok: false, error: 'no' } } as const;

        expect(parseOpenCtiRequest(encodeFrameMessage(request))).toEqual(request);
        expect(parseOpenCtiReply(encodeFrameMessage(response))).toEqual(response);
        expect(parseOpenCtiReply(encodeFrameMessage(event))).toEqual(event);
        expect(parseDemoLineCommand(encodeFrameMessage(ring))).toEqual(ring);
        expect(parseDemoLineCommand(encodeFrameMessage(hangUp))).toEqual(hangUp);
        expect(parseDemoLineResult(encodeFrameMessage(result))).toEqual(result);
        expect(decodeFrameMessage(encodeFrameMessage(request))?.channel).toBe(SIMULATOR_CHANNEL);
    });

    it.each([
        ['a live object', { channel: SIMULATOR_CHANNEL, type: 'open-cti-request' }],
        ['text that is not JSON', 'nope'],
        [
            'another channel',
            JSON.stringify({
                channel: 'softphone-bridge',
                type: 'open-cti-request',
                id: 1,
                method: 'saveLog',
                args: {}
            })
        ],
        [
            'a method Open CTI for Lightning does not have',
            text({ type: 'open-cti-request', id: 1, method: 'isInConsole', args: {} })
        ],
        ['a request without args', text({ type: 'open-cti-request', id: 1, method: 'saveLog' })],
        ['a negative id', text({ type: 'open-cti-request', id: -1, method: 'saveLog', args: {} })]
    ])('ignores %s as a request', (_name, raw) => {
        expect(parseOpenCtiRequest(raw)).toBeUndefined();
    });

    it.each([
        [
            'a response without success',
            text({ type: 'open-cti-response', id: 1, response: { returnValue: 1 } })
        ],
        [
            'errors that are not a list',
            text({ type: 'open-cti-response', id: 1, response: { success: false, errors: 'x' } })
        ],
        [
            'an event for a method without listeners',
            text({ type: 'open-cti-event', listener: 'saveLog', payload: {} })
        ],
        ['an event without a payload', text({ type: 'open-cti-event', listener: 'onClickToDial' })]
    ])('ignores %s as a reply', (_name, raw) => {
        expect(parseOpenCtiReply(raw)).toBeUndefined();
    });

    it.each([
        [
            'a ring without a number',
            text({ type: 'demo-line-command', id: 1, command: { kind: 'ring', headers: {} } })
        ],
        [
            'headers that are not text',
            text({
                type: 'demo-line-command',
                id: 1,
                command: { kind: 'ring', from: '1', headers: { a: 1 } }
            })
        ],
        ['an unknown command', text({ type: 'demo-line-command', id: 1, command: { kind: 'transfer' } })]
    ])('ignores %s as a demo line command', (_name, raw) => {
        expect(parseDemoLineCommand(raw)).toBeUndefined();
    });

    it('ignores a demo line result that is neither a call id nor an error', () => {
        expect(
            parseDemoLineResult(text({ type: 'demo-line-result', id: 1, result: { ok: true } }))
        ).toBeUndefined();
    });
});

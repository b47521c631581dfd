import {
    initialSnapshot,
    parseEngineMessage,
    parseUiMessage,
    readSnapshot,
    serializeBridgeMessage,
    stateMessage,
    uiMessage
} from './protocol';
import type { EngineSnapshot } from './protocol';

const READY: EngineSnapshot = { ...initialSnapshot(), status: 'ready' };

describe('bridge protocol: tabs, connection problems, log storage (additive fields)', () => {
    it('carries the tab role, its refusal, connection problems and the log storage problem', () => {
        const snapshot: EngineSnapshot = {
            ...READY,
            tab: { role: 'standby', refusal: 'call-in-progress' },
            connectionProblems: [
                { kind: 'csp-blocked', origin: 'wss://pbx.acme.com:8089', directive: 'connect-src' },
                { kind: 'socket-failed', origin: 'wss://pbx.acme.com' }
            ],
            logStorageProblem: 'Browser storage is full.'
        };
        expect(readSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    });

    it('still reads a snapshot without them (an engine of the previous release)', () => {
        expect(readSnapshot(READY)).toEqual(READY);
    });

    it.each([
        ['a tab role it does not know', { tab: { role: 'king' } }, /snapshot.tab.role "king" is not one of/],
        ['a refusal it does not know', { tab: { role: 'standby', refusal: 'because' } }, /tab.refusal/],
        [
            'a connection problem of an unknown kind',
            { connectionProblems: [{ kind: 'cors', origin: 'x' }] },
            /kind/
        ],
        [
            'more than 20 connection problems',
            {
                connectionProblems: Array.from({ length: 21 }, () => ({ kind: 'socket-failed', origin: 'x' }))
            },
            /more than 20/
        ],
        [
            'a storage problem over 1024 characters',
            { logStorageProblem: 'x'.repeat(1025) },
            /longer than 1024/
        ]
    ])('refuses %s', (_name, fields, reason) => {
        expect(() => readSnapshot({ ...READY, ...fields })).toThrow(reason);
    });

    it('carries the take-over command', () => {
        const parsed = parseUiMessage(serializeBridgeMessage(uiMessage({ type: 'take-over' })));
        expect(parsed).toMatchObject({ ok: true, message: { source: 'ui', type: 'take-over' } });
    });

    it('carries the active-in-another-tab notice', () => {
        const parsed = parseEngineMessage(
            serializeBridgeMessage(
                stateMessage({ ...READY, notice: { kind: 'info', key: 'active-in-another-tab' } })
            )
        );
        expect(parsed.ok).toBe(true);
    });
});

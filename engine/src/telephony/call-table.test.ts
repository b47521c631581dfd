import { CallTable } from './call-table';
import { TelephonyError } from './telephony-error';

interface Call {
    readonly callId: string;
    state: 'ringing' | 'connected';
}

describe('CallTable', () => {
    it('refuses an unknown or ended call with no-such-call', () => {
        const table = new CallTable<Call>();
        table.add({ callId: 'a', state: 'ringing' });
        expect(table.live('a').state).toBe('ringing');
        table.remove('a');
        expect(() => table.live('a')).toThrow(
            expect.objectContaining({
                code: 'no-such-call',
                message: expect.stringMatching(/No call a: it has ended/)
            })
        );
    });

    it('refuses a command in the wrong state with invalid-state, in the words the provider gives', () => {
        const table = new CallTable<Call>();
        const call = table.add({ callId: 'a', state: 'ringing' });
        expect(() => table.requireState(call, ['ringing'], () => 'never')).not.toThrow();
        let error: unknown;
        try {
            table.requireState(call, ['connected'], (refused) => `Answer ${refused.callId} first.`);
        } catch (caught) {
            error = caught;
        }
        expect(error).toBeInstanceOf(TelephonyError);
        expect(error).toMatchObject({ code: 'invalid-state', message: 'Answer a first.' });
    });

    it('finds a free id next to one in use, and refuses to add a call under a used id', () => {
        const table = new CallTable<Call>();
        table.add({ callId: 'x', state: 'ringing' });
        table.add({ callId: table.freeId('x'), state: 'ringing' });
        expect(table.list().map((call) => call.callId)).toEqual(['x', 'x~2']);
        expect(table.freeId('x')).toBe('x~3');
        expect(() => table.add({ callId: 'x', state: 'connected' })).toThrow(/already in use/);
    });
});

import { succeeded } from '../open-cti/open-cti-answers';
import { answerWithFaults, FaultControls } from './fault-controls';

function counter() {
    let runs = 0;
    return {
        handle: () => {
            runs += 1;
            return succeeded({ runApex: '00T000000000001AAA' });
        },
        runs: () => runs
    };
}

describe('FaultControls', () => {
    it('answers every method as usual until a fault is set', () => {
        const faults = new FaultControls();
        const apex = counter();
        expect(answerWithFaults(faults, 'runApex', apex.handle)).toEqual(
            succeeded({ runApex: '00T000000000001AAA' })
        );
        expect(apex.runs()).toBe(1);
        expect(faults.affected).toBe(0);
    });

    it('makes runApex fail without running it, and leaves saveLog alone', () => {
        const faults = new FaultControls();
        faults.set({ runApex: 'fail' });
        const apex = counter();
        const log = counter();
        expect(answerWithFaults(faults, 'runApex', apex.handle)).toMatchObject({
            success: false,
            errors: [{ code: 'SERVER_ERROR' }]
        });
        expect(answerWithFaults(faults, 'saveLog', log.handle)).toMatchObject({ success: true });
        expect([apex.runs(), log.runs(), faults.affected]).toEqual([0, 1, 1]);
    });

    it('loses a request (nothing done, no answer) or only its answer (done, no answer)', () => {
        const faults = new FaultControls();
        const log = counter();
        faults.set({ saveLog: 'lose' });
        expect(answerWithFaults(faults, 'saveLog', log.handle)).toBeUndefined();
        expect(log.runs()).toBe(0);
        faults.set({ saveLog: 'commit-then-lose' });
        expect(answerWithFaults(faults, 'saveLog', log.handle)).toBeUndefined();
        expect(log.runs()).toBe(1);
    });

    it('offline: every method that needs Salesforce fails, what runs in the page still works', () => {
        const faults = new FaultControls();
        faults.set({ offline: true });
        for (const method of ['runApex', 'saveLog', 'searchAndScreenPop', 'getCallCenterSettings'] as const) {
            expect(answerWithFaults(faults, method, counter().handle)).toMatchObject({
                success: false,
                errors: [{ description: expect.stringMatching(/offline/) }]
            });
        }
        expect(answerWithFaults(faults, 'screenPop', counter().handle)).toMatchObject({ success: true });
        faults.set({ offline: false });
        expect(answerWithFaults(faults, 'runApex', counter().handle)).toMatchObject({ success: true });
    });

    it('refuses a fault it does not know, and tells listeners of each change', () => {
        const faults = new FaultControls();
        const heard: unknown[] = [];
        faults.subscribe((now) => heard.push(now));
        expect(() => faults.set({ runApex: 'explode' as never })).toThrow(/runApex fault must be one of/);
        faults.set({ offline: true });
        expect(heard).toEqual([{ runApex: 'normal', saveLog: 'normal', offline: true }]);
    });
});

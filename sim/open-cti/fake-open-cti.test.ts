import { createFakeOpenCti, unsupportedMessage } from './fake-open-cti';
import { OPEN_CTI_METHODS } from './open-cti-methods';

const SETTINGS = { '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce' };

/** A fake whose callbacks wait in a queue until the test runs them, and whose clock the test sets. */
function setUp() {
    const queue: (() => void)[] = [];
    let time = 1000;
    const seen: string[] = [];
    const fake = createFakeOpenCti({
        settings: SETTINGS,
        schedule: (task) => queue.push(task),
        now: () => time,
        onCall: (call) => seen.push(call.method)
    });
    const flush = (): void => queue.splice(0).forEach((task) => task());
    const advance = (ms: number): void => {
        time += ms;
    };
    return { fake, flush, advance, seen };
}

describe('createFakeOpenCti', () => {
    it('answers getCallCenterSettings with the settings, later, through the callback', () => {
        const { fake, flush } = setUp();
        const callback = jest.fn();
        fake.api.getCallCenterSettings({ callback });
        expect(callback).not.toHaveBeenCalled();
        flush();
        expect(callback).toHaveBeenCalledWith({ success: true, returnValue: SETTINGS, errors: null });
    });

    it('answers notifyInitializationComplete with success, with or without a callback', () => {
        const { fake, flush } = setUp();
        const callback = jest.fn();
        fake.api.notifyInitializationComplete();
        fake.api.notifyInitializationComplete({ callback });
        flush();
        expect(callback).toHaveBeenCalledWith({ success: true, returnValue: null, errors: null });
    });

    it('answers every other Open CTI method with success false and a "not supported yet" error', () => {
        const { fake, flush } = setUp();
        const others = OPEN_CTI_METHODS.filter(
            (name) => name !== 'getCallCenterSettings' && name !== 'notifyInitializationComplete'
        );
        const answers = others.map((name) => {
            const callback = jest.fn();
            fake.api[name]({ callback });
            return { name, callback };
        });
        flush();
        for (const { name, callback } of answers) {
            expect(callback).toHaveBeenCalledWith({
                success: false,
                returnValue: null,
                errors: [unsupportedMessage(name)]
            });
        }
        expect(unsupportedMessage('saveLog')).toBe(
            'sforce.opencti.saveLog is not supported by the local simulator yet'
        );
    });

    it('records each call in order with its outcome and time, and reports it as it happens', () => {
        const { fake, advance, seen } = setUp();
        fake.api.getCallCenterSettings({ callback: jest.fn() });
        advance(5);
        fake.api.notifyInitializationComplete();
        fake.api.screenPop({ type: 'url', params: { url: '/' } });
        expect(fake.calls()).toEqual([
            { method: 'getCallCenterSettings', outcome: 'success', at: 0 },
            { method: 'notifyInitializationComplete', outcome: 'success', at: 5 },
            { method: 'screenPop', outcome: 'unsupported', at: 5 }
        ]);
        expect(seen).toEqual(['getCallCenterSettings', 'notifyInitializationComplete', 'screenPop']);
    });

    it("refuses Salesforce Classic's style (a callback function instead of an argument object)", () => {
        const { fake } = setUp();
        expect(() => fake.api.getCallCenterSettings(() => undefined)).toThrow(
            /takes one argument object .* Salesforce Classic API/
        );
        expect(() => fake.api.getCallCenterSettings({ callback: 'nope' })).toThrow(
            /callback must be a function/
        );
    });

    it('hands out copies, so the adapter cannot change the settings or the record', () => {
        const { fake, flush } = setUp();
        const callback = jest.fn();
        fake.api.getCallCenterSettings({ callback });
        flush();
        (callback.mock.calls[0][0].returnValue as Record<string, string>)['/x'] = 'changed';
        fake.api.getCallCenterSettings({ callback });
        flush();
        expect(callback.mock.calls[1][0].returnValue).toEqual(SETTINGS);
        expect(Object.isFrozen(fake.api)).toBe(true);
    });
});

import type { CallCenterSettings, OpenCtiApi, OpenCtiResponse } from '../src/cti';

type Answer<T> = OpenCtiResponse<T> | 'never' | 'throw';

/**
 * A stand-in for Salesforce's Lightning `sforce.opencti` with the documented shape: one argument object,
 * results through `callback({ success, returnValue, errors })`. Each method's answer is scripted; calls are
 * recorded so tests can count round-trips.
 */
export class FakeOpenCti implements OpenCtiApi {
    readonly calls: string[] = [];
    settingsAnswer: Answer<CallCenterSettings> = { success: true, returnValue: {}, errors: null };
    initAnswer: Answer<null> = { success: true, returnValue: null, errors: null };

    notifyInitializationComplete(args?: { callback?: (response: OpenCtiResponse<null>) => void }): void {
        this.calls.push('notifyInitializationComplete');
        this.answer(this.initAnswer, args?.callback);
    }

    getCallCenterSettings(args: { callback: (response: OpenCtiResponse<CallCenterSettings>) => void }): void {
        this.calls.push('getCallCenterSettings');
        this.answer(this.settingsAnswer, args.callback);
    }

    private answer<T>(answer: Answer<T>, callback?: (response: OpenCtiResponse<T>) => void): void {
        if (answer === 'throw') throw new Error('opencti exploded');
        if (answer === 'never' || !callback) return;
        queueMicrotask(() => callback(answer));
    }
}

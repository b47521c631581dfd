import { CtiError, CtiTimeoutError } from '../errors';
import type { CtiHost } from './cti-host';
import type { CallCenterSettings, OpenCtiApi, OpenCtiCallback, OpenCtiResponse } from './open-cti-types';

/** Time limit for one Open CTI call unless the caller gives another. */
export const DEFAULT_CTI_TIMEOUT_MS = 10_000;

export interface OpenCtiHostOptions {
    readonly timeoutMs?: number;
    readonly setTimer?: (handler: () => void, ms: number) => unknown;
    readonly clearTimer?: (timer: unknown) => void;
}

function describeErrors(errors: readonly unknown[] | null): string[] {
    return (errors ?? []).map((error) => {
        if (typeof error === 'string') return error;
        if (typeof error === 'object' && error !== null && 'description' in error) {
            return String((error as { description: unknown }).description);
        }
        return JSON.stringify(error);
    });
}

/** `CtiHost` over Salesforce's Lightning `sforce.opencti`. */
export class OpenCtiHost implements CtiHost {
    private readonly timeoutMs: number;
    private readonly setTimer: (handler: () => void, ms: number) => unknown;
    private readonly clearTimer: (timer: unknown) => void;

    constructor(
        private readonly api: OpenCtiApi,
        options: OpenCtiHostOptions = {}
    ) {
        this.timeoutMs = options.timeoutMs ?? DEFAULT_CTI_TIMEOUT_MS;
        this.setTimer = options.setTimer ?? ((handler, ms) => setTimeout(handler, ms));
        this.clearTimer =
            options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    }

    notifyInitializationComplete(): Promise<void> {
        return this.call<null>('notifyInitializationComplete', (callback) =>
            this.api.notifyInitializationComplete({ callback })
        ).then(() => undefined);
    }

    getCallCenterSettings(): Promise<CallCenterSettings> {
        return this.call<CallCenterSettings>('getCallCenterSettings', (callback) =>
            this.api.getCallCenterSettings({ callback })
        ).then((settings) => settings ?? {});
    }

    /** Runs one Open CTI method and settles once: on its callback, on a throw, or at the time limit. */
    private call<T>(method: string, invoke: (callback: OpenCtiCallback<T>) => void): Promise<T | null> {
        return new Promise<T | null>((resolve, reject) => {
            let settled = false;
            const timer = this.setTimer(() => {
                if (settled) return;
                settled = true;
                reject(new CtiTimeoutError(method, this.timeoutMs));
            }, this.timeoutMs);
            const settle = (response: OpenCtiResponse<T>): void => {
                if (settled) return;
                settled = true;
                this.clearTimer(timer);
                if (response?.success) {
                    resolve(response.returnValue);
                } else {
                    reject(new CtiError(method, describeErrors(response?.errors ?? null)));
                }
            };
            try {
                invoke(settle);
            } catch (error) {
                settle({ success: false, returnValue: null, errors: [String(error)] });
            }
        });
    }
}

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchProblems } from '../../harness/page-problems';
import type {
    MediaCounters,
    PhoneEvent,
    PhoneStartOptions,
    PhoneWindow
} from '../../harness/phone-page/phone-page-api';
import { poll } from './sip-agent-media';

/** A test phone page (caller, callee or transfer target). */
export interface Phone {
    readonly page: Page;
    readonly problems: string[];
    call(target: string, headers?: readonly string[]): Promise<string>;
    answer(): Promise<void>;
    reject(statusCode: number): Promise<void>;
    earlyMedia(): Promise<void>;
    hangUp(): Promise<void>;
    events(): Promise<readonly PhoneEvent[]>;
    media(): Promise<MediaCounters>;
    /** How loud each frequency is in what the phone's current call receives, in dB. */
    levels(frequencies: readonly number[]): Promise<Record<number, number>>;
    /** Waits until an event matching `predicate` happened, and returns it. */
    waitFor(what: string, predicate: (event: PhoneEvent) => boolean): Promise<PhoneEvent>;
}

/**
 * Opens a test phone page (served at `phoneUrl`) in `where` and starts it with `options`; `front` is brought
 * back to the front afterwards (a page behind gets its animation frames throttled).
 */
export async function openPhone(
    where: Browser | BrowserContext,
    phoneUrl: string,
    options: PhoneStartOptions,
    front?: Page
): Promise<Phone> {
    const page = await where.newPage();
    const problems = watchProblems(page);
    await page.goto(phoneUrl);
    await page.waitForFunction(() => (window as PhoneWindow).phone !== undefined);
    await page.evaluate((startOptions) => (window as PhoneWindow).phone?.start(startOptions), options);
    await front?.bringToFront();
    const phone: Phone = {
        page,
        problems,
        call: (target, headers = []) =>
            page.evaluate(
                ([to, extra]) => (window as PhoneWindow).phone?.call(to, extra) ?? Promise.resolve(''),
                [target, headers] as const
            ),
        answer: () => page.evaluate(() => (window as PhoneWindow).phone?.answer()),
        earlyMedia: () => page.evaluate(() => (window as PhoneWindow).phone?.earlyMedia()),
        reject: (statusCode) =>
            page.evaluate((status) => (window as PhoneWindow).phone?.reject(status), statusCode),
        hangUp: () => page.evaluate(() => (window as PhoneWindow).phone?.hangUp()),
        events: () => page.evaluate(() => (window as PhoneWindow).phone?.events() ?? []),
        media: () =>
            page.evaluate(
                () =>
                    (window as PhoneWindow).phone?.media() ?? {
                        bytesReceived: 0,
                        bytesSent: 0,
                        remoteCandidates: []
                    }
            ),
        levels: (frequencies) =>
            page.evaluate(
                (list) => (window as PhoneWindow).phone?.levels(list) ?? Promise.resolve({}),
                [...frequencies]
            ),
        waitFor: async (what, predicate) => {
            const events = await poll(
                what,
                () => phone.events(),
                (list) => list.some(predicate)
            );
            return events.find(predicate) as PhoneEvent;
        }
    };
    return phone;
}

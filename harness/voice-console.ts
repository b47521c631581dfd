import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { VoiceHostEvent } from '../sim/voice/salesforce-voice-host';
import type { VoiceConsoleApi } from '../sim/voice/browser/voice-console';
import type { MediaCounters, PhoneEvent, PhoneStartOptions, PhoneWindow } from './phone-page/phone-page-api';
import type { PeerWindow } from './peer-connections';
import { poll } from './poll';

/** How long a step of a Voice journey may take: SIP over loopback answers within a second or two. */
export const VOICE_TIMEOUT_MS = 15_000;

type ConsoleWindow = Window & { voiceConsole?: VoiceConsoleApi };

export { RECORD_PEER_CONNECTIONS } from './peer-connections';

/** Polls `read` until `done` holds. */
export function pollUntil<T>(
    what: string,
    read: () => Promise<T>,
    done: (value: T) => boolean,
    ms = VOICE_TIMEOUT_MS
): Promise<T> {
    return poll(what, read, done, ms);
}

/** Audio counters of the newest peer connection of a page or frame. */
export function audioCounters(target: Page | Frame): Promise<MediaCounters> {
    return target.evaluate(async () => {
        const connections = (window as PeerWindow).__peerConnections ?? [];
        const connection = connections[connections.length - 1];
        if (!connection) return { bytesReceived: 0, bytesSent: 0, remoteCandidates: [] };
        let bytesReceived = 0;
        let bytesSent = 0;
        (await connection.getStats()).forEach((stat: Record<string, unknown>) => {
            if (stat.type === 'inbound-rtp' && stat.kind === 'audio')
                bytesReceived += Number(stat.bytesReceived ?? 0);
            if (stat.type === 'outbound-rtp' && stat.kind === 'audio')
                bytesSent += Number(stat.bytesSent ?? 0);
        });
        return { bytesReceived, bytesSent, remoteCandidates: [] };
    });
}

/** The simulated Voice console: its widget stand-in, the connector frame, and Salesforce's side of the protocol. */
export interface VoiceConsole {
    readonly page: Page;
    /** The connector's frame (the real SoftphoneVoiceConnector page); found anew after a reload. */
    connector(): Promise<Frame>;
    /** Types SIP credentials into the connector's sign-in frame. */
    signIn(user: string, password: string): Promise<void>;
    /** Picks a status in the widget (Offline, Online, AfterCallWork). */
    setStatus(status: string): Promise<void>;
    click(buttonId: string): Promise<void>;
    fill(inputId: string, value: string): Promise<void>;
    events(): Promise<VoiceHostEvent[]>;
    /** Waits for the first event of `type` after `after` events that `accept` takes. */
    waitForEvent(
        type: string,
        accept?: (payload: Record<string, unknown>) => boolean,
        after?: number
    ): Promise<VoiceHostEvent>;
    calls(): Promise<ReturnType<VoiceConsoleApi['calls']>>;
    errorText(): Promise<string>;
}

/** Opens the Voice console in `context` and waits until the connector answered SETUP_CONNECTOR. */
export async function openVoiceConsole(context: BrowserContext, url: string): Promise<VoiceConsole> {
    const page = await context.newPage();
    await page.goto(url, { timeout: VOICE_TIMEOUT_MS });
    await page.waitForFunction(() => (window as ConsoleWindow).voiceConsole !== undefined);
    const events = (): Promise<VoiceHostEvent[]> =>
        page.evaluate(() => (window as ConsoleWindow).voiceConsole?.events() ?? []);
    const voiceConsole: VoiceConsole = {
        page,
        connector: async () => {
            // Attached, not visible: Salesforce keeps the connector's frame zero-sized unless it asks for a sign-in.
            const handle = await page.waitForSelector('iframe#connector', { state: 'attached' });
            const frame = await handle.contentFrame();
            if (!frame) throw new Error('the connector frame has no document');
            return frame;
        },
        signIn: async (user, password) => {
            const frame = await voiceConsole.connector();
            await frame
                .locator('#softphone-voice-sign-in')
                .waitFor({ state: 'visible', timeout: VOICE_TIMEOUT_MS });
            await frame.locator('#softphone-voice-user').fill(user);
            await frame.locator('#softphone-voice-password').fill(password);
            await frame.locator('#softphone-voice-sign-in-submit').click();
        },
        setStatus: async (status) => {
            await page.selectOption('#status', status);
        },
        click: async (id) => {
            const button = page.locator(`#${id}`);
            await pollUntil(
                `#${id} enabled`,
                () => button.isEnabled(),
                (enabled) => enabled
            );
            await button.click();
        },
        fill: (id, value) => page.locator(`#${id}`).fill(value),
        events,
        waitForEvent: async (type, accept = () => true, after = 0) => {
            const list = await pollUntil(`${type} from the connector`, events, (all) =>
                all
                    .slice(after)
                    .some(
                        (event) =>
                            event.type === type && accept((event.payload ?? {}) as Record<string, unknown>)
                    )
            );
            return list
                .slice(after)
                .find(
                    (event) => event.type === type && accept((event.payload ?? {}) as Record<string, unknown>)
                ) as VoiceHostEvent;
        },
        calls: () => page.evaluate(() => (window as ConsoleWindow).voiceConsole?.calls() ?? []),
        errorText: () => page.locator('#error').innerText()
    };
    return voiceConsole;
}

/** A SIP.js test phone page (caller, callee or transfer target) on the local PBX. */
export interface VoicePhone {
    readonly page: Page;
    call(target: string): Promise<string>;
    answer(): Promise<void>;
    hangUp(): Promise<void>;
    events(): Promise<readonly PhoneEvent[]>;
    waitFor(what: string, predicate: (event: PhoneEvent) => boolean): Promise<PhoneEvent>;
}

/** Opens a test phone from the harness phone server and registers it. */
export async function openVoicePhone(
    browser: Browser,
    phoneUrl: string,
    options: PhoneStartOptions
): Promise<VoicePhone> {
    const page = await browser.newPage();
    await page.goto(phoneUrl);
    await page.waitForFunction(() => (window as PhoneWindow).phone !== undefined);
    await page.evaluate((start) => (window as PhoneWindow).phone?.start(start), options);
    const events = (): Promise<readonly PhoneEvent[]> =>
        page.evaluate(() => (window as PhoneWindow).phone?.events() ?? []);
    return {
        page,
        call: (target) =>
            page.evaluate((to) => (window as PhoneWindow).phone?.call(to, []) ?? Promise.resolve(''), target),
        answer: () => page.evaluate(() => (window as PhoneWindow).phone?.answer()),
        hangUp: () => page.evaluate(() => (window as PhoneWindow).phone?.hangUp()),
        events,
        waitFor: async (what, predicate) => {
            const list = await pollUntil(what, events, (all) => all.some(predicate));
            return list.find(predicate) as PhoneEvent;
        }
    };
}

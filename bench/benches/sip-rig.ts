import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS, closeWithin, launchChromium } from '../../harness/chromium';
import { signInToPbx, UI_TIMEOUT_MS } from '../../harness/console-page';
import { sipModeArgs, startServe } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';
import type { PhoneEvent, PhoneStartOptions, PhoneWindow } from '../../harness/phone-page/phone-page-api';
import { startKamailio } from '../../harness/kamailio/kamailio-process';
import type { KamailioProcess } from '../../harness/kamailio/kamailio-process';
import { startPhoneServer } from '../../harness/phone-page/phone-server';
import type { PhoneServer } from '../../harness/phone-page/phone-server';
import { startDeskPhone } from '../../harness/desk-phone/desk-phone-process';
import type { DeskPhone } from '../../harness/desk-phone/desk-phone-process';
import { startRtpengine } from '../../harness/rtpengine/rtpengine-process';
import type { RtpengineProcess } from '../../harness/rtpengine/rtpengine-process';

/** Shared set-up of the SIP benches: a real Kamailio, `npm start` in sip mode, SIP.js phones, one Chromium. */

export const DOMAIN = 'softphone.test';
export const AGENT = { user: '1001', password: 'not checked by the test PBX' };

/** A moment on this machine's clock, in milliseconds since the epoch with sub-millisecond precision. */
export interface Marks {
    /** SIP requests this page put on its WebSocket (INVITE only), with their Call-ID. */
    sent: { callId: string; t: number }[];
    /** INVITEs that arrived on this page's WebSocket. */
    received: { callId: string; t: number }[];
    /** 200 OK answers to REGISTER that arrived on this page's WebSocket. */
    registered: number[];
    /** Clicks in this frame (capture phase on the window, before any component sees them). */
    clicks: number[];
    /** Watched elements shown (inserted, or unhidden): when that was observed and when the next frame was painted. */
    cards: { tag: string; inserted: number; painted?: number }[];
    /** Screen-pop requests from the panel's `sforce.opencti` as the console received them (top frame only). */
    pops: { method: string; t: number }[];
}

/** How much slower than this machine an agent's laptop may be: DevTools' CPU throttling rate. */
export const CPU_THROTTLING = 4;

/** The line the bare SIP.js phone page shows an incoming call in (`#ringing`, text set in `onInvite`). */
export const RINGING_LINE = '#ringing';
/** The softphone's ringing card. */
export const RINGING_CARD = 'c-softphone-incoming-call';

export type MarkedWindow = Window & { __benchMarks?: Marks; __benchWaiters?: (() => void)[] };

/**
 * Runs in every frame before the page's own scripts (so before SIP.js and LWC's synthetic shadow patch
 * anything). Timestamps are `performance.timeOrigin + performance.now()`: one clock for every page of the
 * machine. Hooks: WebSocket send (INVITE leaving) and receive (INVITE arriving, REGISTER 200), clicks,
 * a MutationObserver on the ringing card, the sign-in form and the bare phone's ringing line (each shown: inserted
 * not hidden, or the `hidden` attribute taken away from it or from around it) followed by
 * requestAnimationFrame (the frame that shows it) and a user-blocking task posted from that frame (the first
 * task after it was painted, whatever the page queued meanwhile),
 * each of them also a `performance.mark` (`bench:invite-received`, `bench:painted`) for traces, and in the
 * console window a
 * capturing `message` listener that sees each request the panel's `sforce.opencti` posts before the console
 * does. (Wrapping `postMessage` instead would change the message's `source`, which the console checks.)
 */
const MARKS_SCRIPT = `(() => {
    if (window.__benchMarks) return;
    const RINGING_LINE = ${JSON.stringify(RINGING_LINE)};
    const now = () => performance.timeOrigin + performance.now();
    const marks = { sent: [], received: [], registered: [], clicks: [], cards: [], pops: [] };
    window.__benchMarks = marks;
    const waiters = [];
    window.__benchWaiters = waiters;
    const notify = () => { for (const waiter of waiters.splice(0)) waiter(); };
    const callIdOf = (text) => (/^(?:Call-ID|i):\\s*(\\S+)/im.exec(text) || [])[1] || '';
    const send = WebSocket.prototype.send;
    WebSocket.prototype.send = function (data) {
        if (typeof data === 'string' && data.startsWith('INVITE ')) marks.sent.push({ callId: callIdOf(data), t: now() });
        return send.call(this, data);
    };
    window.WebSocket = new Proxy(WebSocket, {
        construct(target, args) {
            const socket = new target(...args);
            socket.addEventListener('message', (event) => {
                const t = now();
                const data = event.data;
                if (typeof data !== 'string') return;
                if (data.startsWith('INVITE ')) {
                    marks.received.push({ callId: callIdOf(data), t });
                    performance.mark('bench:invite-received');
                }
                else if (data.startsWith('SIP/2.0 200') && /^CSeq:\\s*\\d+\\s+REGISTER/im.test(data)) marks.registered.push(t);
            });
            return socket;
        }
    });
    window.addEventListener('click', () => marks.clicks.push(now()), true);
    // From an animation callback: the first task after that frame is painted, ahead of the page's own
    // tasks queued meanwhile (a user-blocking task; a message where the scheduler API is missing).
    const afterFrame = (callback) => {
        if (window.scheduler && window.scheduler.postTask) {
            window.scheduler.postTask(callback, { priority: 'user-blocking' });
            return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { channel.port1.close(); callback(); };
        channel.port2.postMessage(0);
    };
    const watched = ['c-softphone-incoming-call', 'c-softphone-sign-in', RINGING_LINE];
    const querySelector = Element.prototype.querySelector;
    // Shown: inserted, or the hidden attribute taken away from it or from an element around it (a card kept
    // between calls); not when inserted hidden.
    const closest = Element.prototype.closest;
    const hidden = (element) => closest.call(element, '[hidden]') !== null;
    const within = (node, tag) =>
        node.nodeType !== 1 ? null : node.localName === tag ? node : querySelector.call(node, tag);
    const shown = (node, tag) => {
        const element = within(node, tag);
        return element !== null && !hidden(element);
    };
    const changed = (record, tag) =>
        record.type === 'attributes'
            ? !record.target.hidden && shown(record.target, tag)
            : [...record.addedNodes].some((node) => shown(node, tag)) ||
              (tag === RINGING_LINE && record.target.nodeType === 1 && record.target.matches(tag));
    const observer = new MutationObserver((records) => {
        const t = now();
        for (const tag of watched) {
            if (!records.some((record) => changed(record, tag))) continue;
            const card = { tag, inserted: t };
            marks.cards.push(card);
            requestAnimationFrame(() => afterFrame(() => {
                card.painted = now();
                performance.mark('bench:painted');
                notify();
            }));
        }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    if (window === window.top) {
        window.addEventListener('message', (event) => {
            const t = now();
            if (typeof event.data !== 'string') return;
            const method = (/"method":"(searchAndScreenPop|screenPop)"/.exec(event.data) || [])[1];
            if (method) { marks.pops.push({ method, t }); notify(); }
        }, true);
    }
})();`;

export async function marksOf(target: Page | Frame): Promise<Marks> {
    return target.evaluate(() => {
        const marks = (window as MarkedWindow).__benchMarks;
        return marks
            ? (JSON.parse(JSON.stringify(marks)) as Marks)
            : { sent: [], received: [], registered: [], clicks: [], cards: [], pops: [] };
    });
}

/**
 * The script of a promise, evaluated in a page, for the first `card` (a watched tag or selector: the ringing card,
 * the bare phone's line) shown after `after` (a script expression) and painted, in that frame, or the first
 * screen-pop request after it, in the console. It waits inside the page, which tells when a mark is added, so the
 * measurement does not poll the pages it measures; with `armedId` it says, in `window.__benchArmed`, that it is
 * waiting. A string, not a function: the bench runs through tsx, whose helpers a function would drag along.
 */
function markWaitScript(what: { card: string } | 'pop', after: string, ms: number, armedId?: string): string {
    const tag = JSON.stringify(what === 'pop' ? null : what.card);
    const id = armedId === undefined ? null : JSON.stringify(armedId);
    return `new Promise((resolve, reject) => {
        const tag = ${tag}, after = ${after}, ms = ${ms}, id = ${id};
        if (id) (window.__benchArmed = window.__benchArmed || new Set()).add(id);
        const timer = setTimeout(() => reject(new Error('no ' + (tag || 'pop') + ' mark within ' + ms + ' ms')), ms);
        const check = () => {
            const marks = window.__benchMarks;
            const card = marks && marks.cards.find((mark) => mark.tag === tag && mark.inserted > after && mark.painted);
            const pop = marks && marks.pops.find((mark) => mark.t > after);
            const found = tag ? card && { t: card.painted } : pop && { t: pop.t, method: pop.method };
            if (!found) return window.__benchWaiters.push(check);
            clearTimeout(timer);
            if (id) window.__benchArmed.delete(id);
            resolve(found);
        };
        check();
    })`;
}

/** The first `card` shown and painted, or screen pop requested, after `after` in the page (see {@link markWaitScript}). */
export function nextMark(
    target: Page | Frame,
    what: { card: string } | 'pop',
    after: number,
    ms = UI_TIMEOUT_MS
): Promise<{ t: number; method?: string }> {
    return target.evaluate(markWaitScript(what, String(after), ms));
}

/**
 * {@link nextMark} armed before the ring, for a measurement the bench's own DevTools messages stay out of: the
 * wait is installed in the page (and checked installed) before the call is placed, so nothing is evaluated in the
 * measured page between the INVITE and the paint; `shown` is the first such mark after the wait was armed.
 */
export async function armNextMark(
    target: Page | Frame,
    what: { card: string } | 'pop',
    ms = UI_TIMEOUT_MS
): Promise<{ shown: Promise<{ t: number; method?: string }> }> {
    const id = `armed-${++armedWaits}`;
    const shown = target.evaluate<{ t: number; method?: string }>(
        markWaitScript(what, 'performance.timeOrigin + performance.now()', ms, id)
    );
    // The caller awaits `shown`; until then a failure is held, not reported as unhandled.
    shown.catch(() => undefined);
    await until('the mark waiter armed', async () =>
        (await target.evaluate(
            `Boolean(window.__benchArmed && window.__benchArmed.has(${JSON.stringify(id)}))`
        ))
            ? true
            : undefined
    );
    return { shown };
}

let armedWaits = 0;

/**
 * Slows the CPU of `page`'s renderer (and the frames it runs, the utility panel among them) by `rate`, as
 * DevTools' CPU throttling does, for as long as the DevTools session lasts; the returned function ends it.
 */
export async function throttleCpu(page: Page, rate: number): Promise<() => Promise<void>> {
    const session = await page.context().newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate });
    return async () => {
        await session.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
        await session.detach().catch(() => undefined);
    };
}

/** Polls `read` until it gives a value, within `ms`. */
export async function until<T>(
    what: string,
    read: () => Promise<T | undefined>,
    ms = UI_TIMEOUT_MS
): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
        const value = await read();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
}

/** A plain SIP.js phone page (the e2e test phone). */
export interface BenchPhone {
    readonly page: Page;
    /** Calls `target`; resolves with the Call-ID once the INVITE is sent. */
    call(target: string): Promise<string>;
    hangUp(): Promise<void>;
    events(): Promise<readonly PhoneEvent[]>;
    /** The page's `performance.timeOrigin`. */
    origin(): Promise<number>;
}

/** The agent's console with the softphone signed in to Kamailio. */
export interface SignedInAgent {
    readonly page: Page;
    readonly panel: Frame;
    readonly softphone: Locator;
}

export interface SipRig {
    readonly kamailio: KamailioProcess;
    /** With `deskPhone`: baresip registered over UDP, its media bridged by rtpengine. */
    readonly deskPhone: DeskPhone | undefined;
    readonly server: ServeProcess;
    readonly phones: PhoneServer;
    readonly browser: Browser;
    /** A fresh browser context with the marks installed in every frame. */
    newContext(): Promise<BrowserContext>;
    /** Opens a test phone in `context` and registers it as `user`. */
    openPhone(context: BrowserContext, user: string): Promise<BenchPhone>;
    /** Opens the console in `context`, shows the sign-in form and signs the agent in; resolves when Ready. */
    signIn(page: Page): Promise<SignedInAgent>;
}

/** What else the rig starts. */
export interface SipRigOptions {
    /** A desk phone (baresip) with this number, behind rtpengine and Kamailio's media bridge. */
    readonly deskPhone?: string;
}

/**
 * Starts Kamailio, the server and Chromium (with `deskPhone`, rtpengine and the desk phone too), runs `body`,
 * and stops them all whatever happens.
 */
export async function withSipRig<T>(
    body: (rig: SipRig) => Promise<T>,
    options: SipRigOptions = {}
): Promise<T> {
    let rtpengine: RtpengineProcess | undefined;
    let deskPhone: DeskPhone | undefined;
    let kamailio: KamailioProcess | undefined;
    let server: ServeProcess | undefined;
    let phones: PhoneServer | undefined;
    let browser: Browser | undefined;
    try {
        if (options.deskPhone !== undefined) rtpengine = await startRtpengine();
        kamailio = await startKamailio(
            undefined,
            undefined,
            rtpengine ? { mediaBridge: { controlSocket: rtpengine.controlSocket } } : {}
        );
        const pbx = kamailio;
        if (options.deskPhone !== undefined && pbx.udpPort !== undefined) {
            deskPhone = await startDeskPhone({
                user: options.deskPhone,
                domain: DOMAIN,
                proxyPort: pbx.udpPort
            });
        }
        const started = await Promise.allSettled([
            startPhoneServer(),
            // The committed UI static resource: LWC production mode, as the Softphone page runs it.
            startServe(90_000, sipModeArgs(pbx.url, DOMAIN)),
            launchChromium(CHROMIUM_MEDIA_ARGS)
        ]);
        if (started[0].status === 'fulfilled') phones = started[0].value;
        if (started[1].status === 'fulfilled') server = started[1].value;
        if (started[2].status === 'fulfilled') browser = started[2].value;
        for (const result of started) if (result.status === 'rejected') throw result.reason;
        const [phoneServer, serve, chromium] = [phones, server, browser] as [
            PhoneServer,
            ServeProcess,
            Browser
        ];
        const rig: SipRig = {
            kamailio: pbx,
            deskPhone,
            server: serve,
            phones: phoneServer,
            browser: chromium,
            async newContext() {
                const context = await chromium.newContext({ viewport: { width: 1280, height: 800 } });
                await context.addInitScript(MARKS_SCRIPT);
                return context;
            },
            async openPhone(context, user) {
                const page = await context.newPage();
                await page.goto(phoneServer.url);
                await page.waitForFunction(() => (window as PhoneWindow).phone !== undefined);
                const options: PhoneStartOptions = { server: pbx.url, domain: DOMAIN, user };
                await page.evaluate((start) => (window as PhoneWindow).phone?.start(start), options);
                return {
                    page,
                    call: (target) =>
                        page.evaluate(
                            (to) => (window as PhoneWindow).phone?.call(to) ?? Promise.resolve(''),
                            target
                        ),
                    hangUp: () => page.evaluate(() => (window as PhoneWindow).phone?.hangUp()),
                    events: () => page.evaluate(() => (window as PhoneWindow).phone?.events() ?? []),
                    origin: () => page.evaluate(() => performance.timeOrigin)
                };
            },
            async signIn(page) {
                await page.goto(serve.url, { timeout: UI_TIMEOUT_MS });
                const element = await page.waitForSelector('iframe[data-utility-panel]', {
                    timeout: UI_TIMEOUT_MS
                });
                const panel = await element.contentFrame();
                if (!panel) throw new Error('no utility panel');
                const softphone = panel.locator('c-softphone');
                await signInToPbx(softphone, AGENT.user, AGENT.password);
                return { page, panel, softphone };
            }
        };
        return await body(rig);
    } finally {
        await closeWithin(browser, 5000);
        await Promise.all([server?.stop(), phones?.stop(), deskPhone?.stop()]);
        await kamailio?.stop();
        await rtpengine?.stop();
    }
}

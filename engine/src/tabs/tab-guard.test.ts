import { FakeBroadcastHub, FakeLockBroker } from '../../test-support/fake-tabs';
import type { TabView, TakeOverRefusal } from '../bridge';
import { ManualClock } from '../time';
import { TAB_LOCK_PREFIX, createTabGuard } from './create-tab-guard';
import type { TabGuard } from './tab-guard';
import { settle } from '../../test-support/settle';

type Mechanism = 'web-locks' | 'broadcast-channel';

/** One browser profile: shared Web Locks, BroadcastChannel and time. */
class Browser {
    readonly clock = new ManualClock();
    readonly locks = new FakeLockBroker();
    readonly hub = new FakeBroadcastHub();
    readonly tabs: Tab[] = [];

    constructor(readonly mechanism: Mechanism) {}

    async open(name: string, ownerKey = 'org1:user1'): Promise<Tab> {
        const tab = new Tab(this, name, ownerKey);
        this.tabs.push(tab);
        await this.advance(1000);
        return tab;
    }

    /** Moves time in small steps, letting promises settle between them. */
    async advance(ms: number): Promise<void> {
        await settle();
        for (let passed = 0; passed < ms; passed += 50) {
            this.clock.advance(Math.min(50, ms - passed));
            await settle();
        }
    }

    /** Tabs whose telephony runs now. */
    registered(): string[] {
        return this.tabs.filter((tab) => tab.telephony).map((tab) => tab.name);
    }
}

/** One tab: its guard, and a softphone that records what the guard asks of it. */
class Tab {
    readonly guard: TabGuard;
    readonly views: TabView[] = [];
    readonly events: string[] = [];
    telephony = false;
    blocker: TakeOverRefusal | undefined;
    closed = false;

    constructor(
        private readonly browser: Browser,
        readonly name: string,
        ownerKey: string
    ) {
        const guard = createTabGuard(
            {
                BroadcastChannel: browser.hub.channelClass(name),
                ...(browser.mechanism === 'web-locks'
                    ? { navigator: { locks: browser.locks.manager(name) } }
                    : { navigator: {} })
            },
            {
                ownerKey,
                clock: browser.clock,
                tabId: name,
                random: () => 0.5,
                log: { info: () => undefined, warn: (message) => this.events.push(`warn: ${message}`) },
                delegate: {
                    becameOwner: () => {
                        this.events.push('owner');
                        this.telephony = true;
                    },
                    handOverBlocker: () => this.blocker,
                    release: async () => {
                        this.events.push('release');
                        // Unregistering takes a moment; the new owner must not register before it is done.
                        await Promise.resolve();
                        this.telephony = false;
                        this.events.push('released');
                    },
                    changed: (view) => this.views.push(view)
                }
            }
        );
        if (!guard) throw new Error('no guard');
        this.guard = guard;
        void guard.start();
    }

    get view(): TabView {
        return this.guard.view();
    }

    /** The tab is closed (or crashes): the browser releases its Web Locks; a normal close also disposes. */
    close(crash = false): void {
        this.closed = true;
        this.telephony = false;
        if (!crash) this.guard.dispose();
        this.browser.locks.closeTab(this.name);
        this.browser.hub.closeTab(this.name);
    }
}

describe.each<Mechanism>(['web-locks', 'broadcast-channel'])('TabGuard over %s', (mechanism) => {
    let browser: Browser;

    beforeEach(() => {
        browser = new Browser(mechanism);
    });

    afterEach(() => {
        for (const tab of browser.tabs) if (!tab.closed) tab.guard.dispose();
    });

    it('lets the first tab own the phone line and makes the second stand by', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        expect(first.view).toEqual({ role: 'owner' });
        expect(second.view).toEqual({ role: 'standby' });
        expect(second.views[0]).toEqual({ role: 'claiming' });
        expect(browser.registered()).toEqual(['A']);
        expect(second.events).toEqual([]);
    });

    it('hands over on request: the old owner unregisters first, then the new one registers', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        const order: string[] = [];
        const track = (tab: Tab): void => {
            const push = tab.events.push.bind(tab.events);
            tab.events.push = (...items: string[]): number => {
                order.push(...items.map((item) => `${tab.name} ${item}`));
                return push(...items);
            };
        };
        track(first);
        track(second);

        second.guard.takeOver();
        expect(second.view).toEqual({ role: 'taking-over' });
        await browser.advance(1000);

        expect(first.view).toEqual({ role: 'standby' });
        expect(second.view).toEqual({ role: 'owner' });
        expect(order).toEqual(['A release', 'A released', 'B owner']);
        expect(browser.registered()).toEqual(['B']);
        expect(first.views.map((view) => view.role)).toContain('handing-over');
    });

    it('refuses a take-over while the owner is on a call, and says why', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        first.blocker = 'call-in-progress';

        second.guard.takeOver();
        await browser.advance(1000);

        expect(second.view).toEqual({ role: 'standby', refusal: 'call-in-progress' });
        expect(first.view).toEqual({ role: 'owner' });
        expect(browser.registered()).toEqual(['A']);
        expect(first.events).toEqual(['owner']);

        // Once the call is over, the same request goes through.
        first.blocker = undefined;
        second.guard.takeOver();
        expect(second.view).toEqual({ role: 'taking-over' });
        await browser.advance(1000);
        expect(browser.registered()).toEqual(['B']);
    });

    it('hands over when the owner tab is closed', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        first.close();
        await browser.advance(3000);
        expect(second.view).toEqual({ role: 'owner' });
        expect(browser.registered()).toEqual(['B']);
    });

    it('hands over when the owner tab crashes without a word', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        first.close(true);
        await browser.advance(5000);
        expect(second.view).toEqual({ role: 'owner' });
        expect(browser.registered()).toEqual(['B']);
    });

    it('gives the line to exactly one of several waiting tabs when the owner closes', async () => {
        const first = await browser.open('A');
        await browser.open('B');
        await browser.open('C');
        await browser.open('D');
        first.close();
        await browser.advance(5000);
        expect(browser.registered()).toHaveLength(1);
        expect(browser.tabs.filter((tab) => !tab.closed && tab.view.role === 'owner')).toHaveLength(1);
        await browser.advance(10_000);
        expect(browser.registered()).toHaveLength(1);
    });

    it('counts a take-over the owner never answers as refused (no-answer)', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        // The owner's guard stops answering while its lock stays held (a hung tab).
        browser.hub.closeChannel('A', `${TAB_LOCK_PREFIX}:org1:user1:guard`);
        second.guard.takeOver();
        await browser.advance(6000);
        expect(second.view).toEqual({ role: 'standby', refusal: 'no-answer' });
        expect(first.view).toEqual({ role: 'owner' });
        expect(browser.registered()).toEqual(['A']);
    });

    it('keeps the line when the tab that asked for it goes away before taking it', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        second.guard.takeOver();
        // B vanishes right after asking: A unregisters, says handed-over, and nobody takes the lock.
        await settle();
        second.close(true);
        await browser.advance(8000);
        expect(first.view).toEqual({ role: 'owner' });
        expect(first.events).toEqual(['owner', 'release', 'released', 'owner']);
        expect(browser.registered()).toEqual(['A']);
    });

    it('keeps users apart: another owner key gets its own phone line', async () => {
        await browser.open('A', 'org1:user1');
        const other = await browser.open('B', 'org1:user2');
        expect(other.view).toEqual({ role: 'owner' });
        expect(browser.registered()).toEqual(['A', 'B']);
    });

    it('ignores hostile messages on its channels', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        const name = `${TAB_LOCK_PREFIX}:org1:user1:guard`;
        for (const data of [
            null,
            'take-over',
            42,
            [],
            { kind: 'softphone-tab-guard', type: 'handed-over', to: 'B', id: 'B#1' },
            { kind: 'softphone-tab-guard', type: 'take-over', from: 'A', id: 'x'.repeat(10_000) },
            { kind: 'softphone-tab-guard', type: 'refused', to: 'B', id: 'B#1', reason: '<script>' },
            { kind: 'softphone-tab-lock', type: 'steal', from: 'evil', epoch: 'NaN', since: 1 },
            { kind: 'softphone-tab-lock', type: 'free', from: 'evil' }
        ]) {
            browser.hub.inject(name, data);
            browser.hub.inject(`${TAB_LOCK_PREFIX}:org1:user1:lock`, data);
        }
        await browser.advance(3000);
        expect(first.view).toEqual({ role: 'owner' });
        expect(second.view).toEqual({ role: 'standby' });
        expect(browser.registered()).toEqual(['A']);
    });

    it('leaves no timer and no open channel behind when every tab is disposed', async () => {
        const first = await browser.open('A');
        const second = await browser.open('B');
        second.guard.takeOver();
        await browser.advance(1000);
        first.guard.dispose();
        second.guard.dispose();
        first.closed = true;
        second.closed = true;
        await browser.advance(5000);
        expect(browser.hub.openCount).toBe(0);
        expect(browser.clock.pendingTimers).toBe(0);
        expect(browser.locks.heldNames()).toEqual([]);
    });
});

describe('createTabGuard', () => {
    it('returns undefined where the browser has no BroadcastChannel', () => {
        const clock = new ManualClock();
        const guard = createTabGuard(
            { navigator: { locks: new FakeLockBroker().manager('A') } },
            {
                ownerKey: 'k',
                clock,
                log: { info: () => undefined, warn: () => undefined },
                delegate: {
                    becameOwner: () => undefined,
                    handOverBlocker: () => undefined,
                    release: () => Promise.resolve(),
                    changed: () => undefined
                }
            }
        );
        expect(guard).toBeUndefined();
    });
});

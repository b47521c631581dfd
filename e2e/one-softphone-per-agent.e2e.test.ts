import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { UI_TIMEOUT_MS, goAvailable, label, ringAgent } from '../harness/console-page';
import { closeWithin, launchChromium } from '../harness/chromium';
import { watchProblems } from '../harness/page-problems';
import { startServe } from '../harness/serve-process';
import type { ServeProcess } from '../harness/serve-process';

/** One console tab of a browser profile, with the softphone in its utility panel. */
interface Tab {
    readonly page: Page;
    readonly softphone: Locator;
    readonly problems: string[];
}

/**
 * Two tabs of one browser profile in Debian's Chromium, with its real Web Locks and BroadcastChannel: one
 * softphone registers, the other says so and can take over.
 */
describe('one softphone per agent, in Chromium', () => {
    let server: ServeProcess | undefined;
    let browser: Browser | undefined;
    let profile: BrowserContext | undefined;

    beforeAll(async () => {
        const [served, launched] = await Promise.allSettled([startServe(50_000), launchChromium()]);
        if (served.status === 'fulfilled') server = served.value;
        if (launched.status === 'fulfilled') browser = launched.value;
        if (served.status === 'rejected') throw served.reason;
        if (launched.status === 'rejected') throw launched.reason;
    }, 60_000);

    afterEach(async () => {
        await profile?.close();
        profile = undefined;
    });

    afterAll(async () => {
        await closeWithin(browser, 5000);
        await server?.stop();
    }, 20_000);

    async function openTab(): Promise<Tab> {
        if (!server || !browser) throw new Error('the server or the browser did not start');
        profile ??= await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await profile.newPage();
        const problems = watchProblems(page);
        await page.goto(server.url, { timeout: UI_TIMEOUT_MS });
        const frame = await (await page.waitForSelector('iframe[data-utility-panel]')).contentFrame();
        if (!frame) throw new Error('the utility panel has no frame');
        return { page, softphone: frame.locator('c-softphone'), problems };
    }

    const callButton = (tab: Tab): Locator =>
        tab.softphone.getByRole('button', { name: label('Softphone_Call'), exact: true });
    const standbyText = (tab: Tab): Locator =>
        tab.softphone.getByText(label('Softphone_ActiveInAnotherTab'), { exact: true });
    const takeOver = (tab: Tab): Locator =>
        tab.softphone.getByRole('button', { name: label('Softphone_TakeOver'), exact: true });

    it('lets one tab register, the other take over, and hands back when that tab closes', async () => {
        const first = await openTab();
        await callButton(first).waitFor({ timeout: UI_TIMEOUT_MS });
        const second = await openTab();
        await standbyText(second).waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(callButton(second).count()).resolves.toBe(0);

        await takeOver(second).click();
        await callButton(second).waitFor({ timeout: UI_TIMEOUT_MS });
        await standbyText(first).waitFor({ timeout: UI_TIMEOUT_MS });

        await second.page.close();
        await callButton(first).waitFor({ timeout: UI_TIMEOUT_MS });
        expect([...first.problems, ...second.problems]).toEqual([]);
    });

    it('refuses to take over while the other tab is on a call, and says why', async () => {
        const first = await openTab();
        await callButton(first).waitFor({ timeout: UI_TIMEOUT_MS });
        await goAvailable(first.softphone);
        const second = await openTab();
        await standbyText(second).waitFor({ timeout: UI_TIMEOUT_MS });

        await ringAgent(first.page, { from: '+1 415 555 0135' });
        await first.softphone.locator('c-softphone-incoming-call').waitFor({ timeout: UI_TIMEOUT_MS });
        await takeOver(second).click();
        await second.softphone
            .getByText(label('Softphone_TakeOverRefusedOnCall'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(first.softphone.locator('c-softphone-incoming-call').isVisible()).resolves.toBe(true);
        expect([...first.problems, ...second.problems]).toEqual([]);
    });
});

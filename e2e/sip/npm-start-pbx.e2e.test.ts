import type { Browser } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS, closeWithin, startingChromium } from '../../harness/chromium';
import { label, signInToPbx, UI_TIMEOUT_MS } from '../../harness/console-page';
import { startServe } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';
import { startingService, startTogether } from '../../harness/started-services';

/** Waits until the server has printed the caller page's address (it follows the ready line). */
async function callerUrl(server: ServeProcess): Promise<string> {
    for (let waited = 0; waited < 10_000; waited += 100) {
        const match = /ring it from (\S+)/.exec(server.output());
        if (match?.[1]) return match[1];
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`npm start -- --pbx printed no caller page:\n${server.output()}`);
}

describe('npm start -- --pbx', () => {
    let server: ServeProcess | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
        [server, browser] = await startTogether(
            startingService(startServe(60_000, ['--pbx'])),
            startingChromium(CHROMIUM_MEDIA_ARGS)
        );
    }, 90_000);

    afterAll(async () => {
        await closeWithin(browser, 5000);
        await server?.stop();
    }, 20_000);

    it('starts a local Kamailio and a caller page, and a caller rings the signed-in agent over real SIP', async () => {
        if (!server || !browser) throw new Error('the server or the browser did not start');
        const context = await browser.newContext();
        const agent = await context.newPage();
        await agent.goto(server.url, { timeout: UI_TIMEOUT_MS });
        const frame = await (await agent.waitForSelector('iframe[data-utility-panel]')).contentFrame();
        if (!frame) throw new Error('no utility panel');
        const softphone = frame.locator('c-softphone');
        await signInToPbx(softphone, '1001', 'any');

        const caller = await context.newPage();
        await caller.goto(await callerUrl(server), { timeout: UI_TIMEOUT_MS });
        await caller.getByRole('status').getByText('ready').waitFor({ timeout: UI_TIMEOUT_MS });
        await caller.getByRole('button', { name: 'Call the agent' }).click();

        await agent.bringToFront();
        await softphone.getByText('(415) 555-0123').first().waitFor({ timeout: UI_TIMEOUT_MS });
        await softphone.getByRole('button', { name: label('Softphone_Answer') }).click();
        await caller.getByRole('status').getByText('Established').waitFor({ timeout: UI_TIMEOUT_MS });
        expect(await caller.locator('#state').textContent()).toBe('Established');
        await caller.getByRole('button', { name: 'Hang up' }).click();
        await caller.getByRole('status').getByText('Terminated').waitFor({ timeout: UI_TIMEOUT_MS });
        await context.close();
    });
});

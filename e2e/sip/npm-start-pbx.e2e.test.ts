import type { Browser } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS, closeWithin, startingChromium } from '../../harness/chromium';
import { label, pathsFetched, UI_TIMEOUT_MS } from '../../harness/console-page';
import { startServe, waitForPrinted } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';
import { startingService, startTogether } from '../../harness/started-services';
import { ROUTES } from '../../sim/site/routes';
import { openSignedInAgent } from '../test-support/sip-rig';

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
        const {
            context,
            page: agent,
            panel,
            softphone
        } = await openSignedInAgent({ browser, server }, '1001', 'any');
        // An agent on a real phone system never downloads the demo line's static resource.
        const fetched = await pathsFetched(panel);
        expect(fetched).toContain(ROUTES.engineResource);
        expect(fetched).not.toContain(ROUTES.demoLineResource);

        const caller = await context.newPage();
        await caller.goto(await waitForPrinted(server, /ring it from (\S+)/), { timeout: UI_TIMEOUT_MS });
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

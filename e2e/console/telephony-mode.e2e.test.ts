import type { Browser } from 'playwright-core';
import { closeWithin, launchChromium } from '../../harness/chromium';
import { label, openConsole, UI_TIMEOUT_MS } from '../../harness/console-page';
import { startServe } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';

describe('console journey: a call center whose telephony mode is a typo', () => {
    let server: ServeProcess | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
        const [served, launched] = await Promise.allSettled([
            startServe(50_000, ['--setting', 'telephonyMode=bogus']),
            launchChromium()
        ]);
        if (served.status === 'fulfilled') server = served.value;
        if (launched.status === 'fulfilled') browser = launched.value;
        if (served.status === 'rejected') throw served.reason;
        if (launched.status === 'rejected') throw launched.reason;
    }, 60_000);

    afterAll(async () => {
        await closeWithin(browser, 5000);
        await server?.stop();
    }, 20_000);

    it('stops the phone: no demo line, "The phone can\'t start" naming telephonyMode, its problem shown open', async () => {
        if (!server || !browser) throw new Error('the server or the browser did not start');
        const { page, softphone } = await openConsole(browser, server.url, false);
        try {
            await softphone
                .getByText(label('Softphone_PhoneCannotStart'), { exact: true })
                .waitFor({ timeout: UI_TIMEOUT_MS });
            const detail = softphone.locator('.softphone-status-bar__registration-detail');
            await expect(detail.textContent()).resolves.toContain('telephonyMode');
            // The problem is on screen without a click, naming the setting and the value.
            const problems = softphone.locator('c-softphone-settings-problems');
            await problems
                .getByText(/telephonyMode must be sip, demo or click-to-dial-only \(got bogus\)/)
                .waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
            // Nothing says calls are simulated, and no demo line answers the console's caller.
            await expect(softphone.getByText(label('Softphone_TelephonyModeDemo')).count()).resolves.toBe(0);
            await expect(softphone.getByText(label('Softphone_RegistrationFailed')).count()).resolves.toBe(0);
        } finally {
            await page.context().close();
        }
    });
});

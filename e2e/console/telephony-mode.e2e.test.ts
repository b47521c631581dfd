import type { Browser } from 'playwright-core';
import { closeWithin, launchChromium } from '../../harness/chromium';
import { label, openConsole, pathsFetched, UI_TIMEOUT_MS } from '../../harness/console-page';
import { startServe } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';
import { ROUTES } from '../../sim/site/routes';
import { useConsoleRig } from '../test-support/console-rig';

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
        const { page, panel, softphone } = await openConsole(browser, server.url, false);
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
            // Nor is the demo line's static resource downloaded.
            await expect(pathsFetched(panel)).resolves.not.toContain(ROUTES.demoLineResource);
        } finally {
            await page.context().close();
        }
    });
});

describe('console journey: an agent whose phone is a desk phone (click-to-dial-only)', () => {
    const rig = useConsoleRig(['--setting', 'telephonyMode=click-to-dial-only']);

    it('never downloads the demo line: the engine and the desk phone line are the resources the panel fetched for telephony', async () => {
        const { panel, softphone, problems } = await rig.open('', false);
        await softphone
            .getByText(label('Softphone_TelephonyModeClickToDial'))
            .first()
            .waitFor({ timeout: UI_TIMEOUT_MS });
        const fetched = await pathsFetched(panel);
        expect(fetched).toEqual(
            expect.arrayContaining([ROUTES.engineResource, ROUTES.deskPhoneLineResource, ROUTES.uiResource])
        );
        expect(fetched).not.toContain(ROUTES.demoLineResource);
        expect(problems).toEqual([]);
    });
});

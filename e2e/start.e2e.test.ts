import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { readCallCenterSettings } from '../sim/call-center/call-center-settings';
import { PROJECT_FILES } from '../sim/project-files';
import { ROUTES } from '../sim/site/routes';
import type { PanelWindow } from '../sim/browser/simulator-globals';
import { closeWithin, startingChromium } from '../harness/chromium';
import { label, UI_TIMEOUT_MS } from '../harness/console-page';
import { watchProblems } from '../harness/page-problems';
import { ROOT } from '../harness/project-root';
import { startServe } from '../harness/serve-process';
import type { ServeProcess } from '../harness/serve-process';
import { startingService, startTogether } from '../harness/started-services';

/** The call center settings the agent's softphone starts with (its labels come from the harness). */
const settings = readCallCenterSettings(path.join(ROOT, PROJECT_FILES.callCenter));

/** The utility panel's frame (the adapter page), once it has loaded. */
async function panelFrame(page: Page): Promise<Frame> {
    const element = await page.waitForSelector('iframe[data-utility-panel]', { timeout: UI_TIMEOUT_MS });
    const frame = await element.contentFrame();
    if (!frame) throw new Error('the utility panel has no frame');
    await frame.waitForLoadState('load', { timeout: UI_TIMEOUT_MS });
    return frame;
}

describe('npm start', () => {
    let server: ServeProcess | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
        [server, browser] = await startTogether(startingService(startServe(50_000)), startingChromium());
        console.log(`server ready in ${Math.round(server.startMs)} ms at ${server.url}`);
    }, 60_000);

    afterAll(async () => {
        await closeWithin(browser, 5000);
        await server?.stop();
    }, 20_000);

    async function open(
        query: string,
        before?: (page: Page) => Promise<unknown>
    ): Promise<{ page: Page; panel: Frame; problems: string[] }> {
        if (!browser || !server) throw new Error('the server or the browser did not start');
        const page = await browser.newPage({ viewport: { width: 1100, height: 640 } });
        const problems = watchProblems(page);
        await before?.(page);
        await page.goto(server.url + query, { timeout: UI_TIMEOUT_MS });
        return { page, panel: await panelFrame(page), problems };
    }

    it('starts under the call center over the fake Open CTI, and the agent goes Available on the demo line', async () => {
        const { page, panel, problems } = await open('');
        const softphone = panel.locator('c-softphone');

        const callCenterName = settings['/reqGeneralInfo/reqDisplayName'] ?? '(no display name)';
        expect(callCenterName).toBe('Softphone for Salesforce');
        await softphone.getByText(callCenterName, { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await softphone.getByText(label('Softphone_TelephonyModeDemo')).waitFor({ timeout: UI_TIMEOUT_MS });
        await softphone
            .getByRole('button', { name: label('Softphone_Call'), exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });

        // The agent picks Available: UI -> bridge -> engine -> demo phone system -> registered -> UI.
        await softphone.locator('lightning-combobox button').first().click();
        await softphone.getByRole('option', { name: label('Softphone_Available') }).click();
        await softphone
            .getByText(label('Softphone_Ready'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await softphone.locator('lightning-icon svg').first().waitFor({ timeout: UI_TIMEOUT_MS });

        const calls = await panel.evaluate(
            () =>
                (window as PanelWindow).softphoneSimulator?.openCti
                    .calls()
                    .map((call) => `${call.method}: ${call.outcome}`) ?? []
        );
        expect(calls).toEqual(
            expect.arrayContaining([
                'getCallCenterSettings: success',
                'notifyInitializationComplete: success'
            ])
        );
        const listed = page.locator('[data-open-cti-calls] [data-method="notifyInitializationComplete"]');
        await listed.first().waitFor({ timeout: UI_TIMEOUT_MS });

        expect(problems).toEqual([]);
        await page.close();
    });

    it('shows the Open CTI missing message when the panel loads without sforce.opencti (?opencti=off)', async () => {
        const { page, panel, problems } = await open('?opencti=off');
        const softphone = panel.locator('c-softphone');

        await softphone
            .getByText(label('Softphone_OpenCtiMissing'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await softphone
            .getByText(label('Softphone_SignedOut'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        expect(await panel.evaluate(() => (window as PanelWindow).sforce === undefined)).toBe(true);
        expect(await page.locator('[data-open-cti-calls] [data-method]').count()).toBe(0);
        expect(problems).toEqual([]);
        await page.close();
    });

    it('runs the committed UI, engine and demo line static resources byte for byte, as the Softphone page loads them', async () => {
        const { page, panel, problems } = await open('');
        await panel
            .locator('c-softphone')
            .getByText(label('Softphone_TelephonyModeDemo'))
            .waitFor({ timeout: UI_TIMEOUT_MS });

        // The panel's scripts: the page's own, then the two resources, and no other copy of the UI; in demo mode
        // the engine has added the demo line's resource to the head.
        const scripts = await panel.evaluate(() =>
            [...document.scripts].filter((script) => script.src).map((script) => new URL(script.src).pathname)
        );
        expect(scripts).toEqual([
            ROUTES.fakeOpenCti,
            ROUTES.engineResource,
            ROUTES.demoLineResource,
            ROUTES.startEngine,
            ROUTES.uiResource
        ]);

        for (const [route, file] of [
            [ROUTES.uiResource, PROJECT_FILES.uiResource],
            [ROUTES.engineResource, PROJECT_FILES.engineResource],
            [ROUTES.demoLineResource, PROJECT_FILES.demoLineResource]
        ] as const) {
            // What the panel loaded, as the browser received it, against the committed file: length and SHA-256.
            const served = await panel.evaluate(async (url) => {
                const bytes = await (await fetch(url, { cache: 'force-cache' })).arrayBuffer();
                const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
                return {
                    length: bytes.byteLength,
                    sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
                };
            }, route);
            const committed = readFileSync(path.join(ROOT, file));
            expect(served).toEqual({
                length: committed.length,
                sha256: createHash('sha256').update(committed).digest('hex')
            });
        }
        expect(problems).toEqual([]);
        await page.close();
    });

    it("says it couldn't connect to the phone system, naming the demo line's resource, when that does not load", async () => {
        const { page, panel, problems } = await open('', (page) =>
            page.route(`**${ROUTES.demoLineResource}`, (route) => route.fulfill({ status: 404, body: '' }))
        );
        const softphone = panel.locator('c-softphone');

        await softphone
            .getByText(label('Softphone_RegistrationFailed'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        const detail = softphone.locator('.softphone-status-bar__registration-detail');
        await expect(detail.textContent()).resolves.toContain(
            `The demo line (static resource SoftphoneDemoLine) did not load from ${ROUTES.demoLineResource}`
        );
        // The engine took its script out again; the only problems the page reports are about the missing file.
        await expect(
            panel.evaluate(
                (route) => [...document.scripts].some((script) => script.src.endsWith(route)),
                ROUTES.demoLineResource
            )
        ).resolves.toBe(false);
        expect(
            problems.filter(
                (problem) =>
                    !problem.endsWith(ROUTES.demoLineResource) &&
                    !problem.startsWith('console.error: Failed to load resource')
            )
        ).toEqual([]);
        await page.close();
    });
});

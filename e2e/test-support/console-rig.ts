import type { Browser, Page } from 'playwright-core';
import { closeWithin, launchChromium } from '../../harness/chromium';
import { openConsole } from '../../harness/console-page';
import type { ConsoleSession } from '../../harness/console-page';
import { startServe } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';

/** The running server and browser of one test file. */
export interface ConsoleRig {
    /**
     * Opens a fresh console (its own browser context: its own org and softphone storage) and waits for the
     * softphone, unless the query turns Open CTI off or `waitForSoftphone` is false (a phone that can't start).
     */
    open(query?: string, waitForSoftphone?: boolean): Promise<ConsoleSession>;
}

/**
 * Starts `npm start`'s server (with `serveArgs`, e.g. `--console-components`) and Debian's Chromium for the test file (`beforeAll`) and stops them after it
 * (`afterAll`); pages opened through the rig are closed after each test.
 */
export function useConsoleRig(serveArgs: readonly string[] = []): ConsoleRig {
    let server: ServeProcess | undefined;
    let browser: Browser | undefined;
    const pages: Page[] = [];
    beforeAll(async () => {
        // Both start at once; whichever started is kept (and stopped in afterAll) even if the other failed.
        const [served, launched] = await Promise.allSettled([
            startServe(50_000, serveArgs),
            launchChromium()
        ]);
        if (served.status === 'fulfilled') server = served.value;
        if (launched.status === 'fulfilled') browser = launched.value;
        if (served.status === 'rejected') throw served.reason;
        if (launched.status === 'rejected') throw launched.reason;
    }, 60_000);
    afterEach(async () => {
        await Promise.all(pages.splice(0).map((page) => page.context().close()));
    });
    afterAll(async () => {
        await closeWithin(browser, 5000);
        await server?.stop();
    }, 20_000);
    return {
        async open(query = '', waitForSoftphone = !query.includes('opencti=off')) {
            if (!server || !browser) throw new Error('the server or the browser did not start');
            const session = await openConsole(browser, server.url + query, waitForSoftphone);
            pages.push(session.page);
            return session;
        }
    };
}

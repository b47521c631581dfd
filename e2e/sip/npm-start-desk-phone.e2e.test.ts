import type { Browser } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS, closeWithin, startingChromium } from '../../harness/chromium';
import { label, UI_TIMEOUT_MS } from '../../harness/console-page';
import { DESK_PHONE_TONE_HZ } from '../../harness/desk-phone/desk-phone-process';
import { startServe, waitForPrinted } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';
import { agentHearsIn, poll } from '../test-support/sip-agent-media';
import { openSignedInAgent } from '../test-support/sip-rig';
import { startingService, startTogether } from '../../harness/started-services';

describe('npm start -- --pbx --desk-phone', () => {
    let server: ServeProcess | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
        [server, browser] = await startTogether(
            startingService(startServe(60_000, ['--pbx', '--desk-phone'])),
            startingChromium(CHROMIUM_MEDIA_ARGS)
        );
    }, 90_000);

    afterAll(async () => {
        await closeWithin(browser, 5000);
        // rtpengine takes about 1.4 s to exit after the desk phone and Kamailio.
        await server?.stop(10_000);
    }, 30_000);

    it('starts a desk phone that rings the agent when "call" is typed, with its tone heard through rtpengine', async () => {
        if (!server || !browser) throw new Error('the server or the browser did not start');
        const { context, panel, softphone } = await openSignedInAgent({ browser, server }, '1001', 'any');

        // What the terminal says is what a newcomer follows.
        const number = await waitForPrinted(server, /Desk phone: baresip registered as (\+\d+)/);
        await waitForPrinted(server, /Make the desk phone call the agent: type (call) and Enter here/);
        server.type('call');

        const incoming = softphone.locator('c-softphone-incoming-call');
        await incoming.getByText('Charles Babbage').first().waitFor({ timeout: UI_TIMEOUT_MS });
        expect(number).toBe('+14155550134');
        await softphone.getByRole('button', { name: label('Softphone_Answer') }).click();
        await softphone
            .locator('c-softphone-active-call')
            .getByText(label('Softphone_CallConnected'))
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await waitForPrinted(server, /Desk phone: (connected)/);
        const heard = await poll(
            'the desk phone tone at the agent',
            () => agentHearsIn(panel),
            (sound) => Math.abs(sound.peakHz - DESK_PHONE_TONE_HZ) <= 25
        );
        expect(heard.peakDb).toBeGreaterThan(-60);

        server.type('hangup');
        await softphone.locator('c-softphone-wrap-up').waitFor({ timeout: UI_TIMEOUT_MS });
        await waitForPrinted(server, /Desk phone: call (ended)/);
        await context.close();
    });
});

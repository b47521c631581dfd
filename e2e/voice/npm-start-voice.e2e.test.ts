import type { Browser } from 'playwright-core';
import { CHROMIUM_MEDIA_ARGS, closeWithin, launchChromium } from '../../harness/chromium';
import { startServe, waitForPrinted } from '../../harness/serve-process';
import type { ServeProcess } from '../../harness/serve-process';
import { openVoiceConsole } from '../../harness/voice-console';
import { VOICE_EVENT } from '../../sim/voice/salesforce-voice-host';

/** What `npm start -- --voice` prints after its ready line: the console URL and the Chromium flags that reach it. */
async function voiceInstructions(
    server: ServeProcess
): Promise<{ url: string; flags: string[]; caller: string }> {
    const url = await waitForPrinted(server, /Salesforce Voice simulator: (\S+)/, 15_000);
    const command = await waitForPrinted(server, /^\s+chromium (.+)$/m, 15_000);
    const caller = await waitForPrinted(server, /ring it from (\S+)/, 15_000);
    const flags = [...command.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
    return { url, flags, caller };
}

describe('npm start -- --voice', () => {
    let server: ServeProcess | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
        server = await startServe(90_000, ['--voice']);
    }, 120_000);

    afterAll(async () => {
        await closeWithin(browser, 5000);
        await server?.stop();
    }, 20_000);

    it('prints a console URL and Chromium flags that reach the real connector; a caller rings the agent', async () => {
        if (!server) throw new Error('the server did not start');
        const { url, flags, caller } = await voiceInstructions(server);
        expect(new URL(url).hostname).toMatch(/\.lightning\.force\.com$/);
        browser = await launchChromium([...CHROMIUM_MEDIA_ARGS, ...flags]);
        const omni = await openVoiceConsole(await browser.newContext(), url);
        await omni.waitForEvent(VOICE_EVENT.SHOW_LOGIN);
        await omni.signIn('1001', 'any');
        await omni.waitForEvent(VOICE_EVENT.CONNECTOR_READY);
        await omni.setStatus('Online');
        await omni.waitForEvent(VOICE_EVENT.SET_AGENT_STATUS_RESULT, (result) => result['success'] === true);

        const callerPage = await browser.newPage();
        await callerPage.goto(caller);
        await callerPage.getByRole('status').getByText('ready').waitFor();
        await callerPage.getByRole('button', { name: 'Call the agent' }).click();
        const started = await omni.waitForEvent(VOICE_EVENT.CALL_STARTED);
        expect(started.payload).toMatchObject({
            callType: 'Inbound',
            callAttributes: { voiceCallId: expect.stringMatching(/^0LQ/) }
        });
        await callerPage.getByRole('button', { name: 'Hang up' }).click();
        await omni.waitForEvent(VOICE_EVENT.HANGUP);
    });
});

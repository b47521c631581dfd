import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { label, UI_TIMEOUT_MS, waitForTasks } from '../../harness/console-page';
import { agentMediaIn as agentMedia, poll } from '../test-support/sip-agent-media';
import { openPhone } from '../test-support/sip-phones';
import type { Phone } from '../test-support/sip-phones';
import { softphoneActions } from '../test-support/softphone-actions';
import { openAgentPage, SIP_TEST_DOMAIN, startSipRig } from '../test-support/sip-rig';
import type { SipRig } from '../test-support/sip-rig';

/**
 * A PBX that challenges, as production ones do: Kamailio with `-A WITH_AUTH` answers every REGISTER with 401
 * and every new INVITE with 407 until the digest matches its password. The agent signs in through the
 * softphone's form; the callers are SIP.js pages that know the password too.
 */

const DOMAIN = SIP_TEST_DOMAIN;
const AGENT = '1001';
// Distinctive, so any copy of it in a log or in storage is found.
const PASSWORD = `Pa55-${Date.now().toString(36)}-secret`;
const WRONG_PASSWORD = `Wr0ng-${Date.now().toString(36)}-guess`;
/** How long the softphone is watched for more REGISTERs after a refusal. */
const QUIET_MS = 4_000;

describe('digest authentication against a PBX that challenges', () => {
    let rig: SipRig | undefined;
    let context: BrowserContext | undefined;
    let agentPage: Page | undefined;
    let panel: Frame | undefined;
    let softphone: Locator;
    let problems: string[] = [];
    /** Every console message of every frame of the agent's console, whatever its level. */
    let consoleOutput: string[] = [];
    const phonePages: Phone[] = [];

    beforeAll(async () => {
        rig = await startSipRig({ kamailio: { auth: { password: PASSWORD } } });
        ({ context, page: agentPage, panel, softphone, problems, consoleOutput } = await openAgentPage(rig));
    }, 60_000);

    afterAll(async () => {
        await rig?.stop();
    }, 30_000);

    const { button, see, saveWrapUp } = softphoneActions(() => softphone);

    async function phone(user: string): Promise<Phone> {
        if (!rig) throw new Error('not started');
        const started = await openPhone(
            context ?? rig.browser,
            rig.phones.url,
            { user, password: PASSWORD, server: rig.kamailio.url, domain: DOMAIN },
            agentPage
        );
        phonePages.push(started);
        return started;
    }

    async function signIn(password: string): Promise<Locator> {
        const form = softphone.locator('c-softphone-sign-in');
        await see(label('Softphone_SipSignInTitle'), form);
        await form.getByLabel(label('Softphone_SipUser')).fill(AGENT);
        await form.getByLabel(label('Softphone_SipPassword')).fill(password);
        await button(label('Softphone_SipSignIn'), form).click();
        return form;
    }

    it('shows the sign-in form again with the reason after a wrong password, without trying again', async () => {
        const pbx = rig?.kamailio;
        if (!pbx) throw new Error('not started');
        const form = await signIn(WRONG_PASSWORD);
        await see(/did not accept this user name and password \(401/);
        await form.getByLabel(label('Softphone_SipPassword')).waitFor({ timeout: UI_TIMEOUT_MS });
        // One REGISTER without credentials (401), one with the wrong digest (401 again), then nothing more.
        const afterRefusal = pbx.registerCount(AGENT);
        await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
        expect({ afterRefusal, later: pbx.registerCount(AGENT) }).toEqual({ afterRefusal: 2, later: 2 });
        await expect(pbx.registeredUsers()).resolves.not.toContain(AGENT);
        console.log(
            `wrong password: ${pbx.registerCount(AGENT)} REGISTERs in ${QUIET_MS} ms after the refusal`
        );
    });

    it('registers with the right password', async () => {
        const pbx = rig?.kamailio;
        if (!pbx) throw new Error('not started');
        const before = pbx.registerCount(AGENT);
        const form = await signIn(PASSWORD);
        await see(label('Softphone_Ready'));
        await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        await expect(pbx.registeredUsers()).resolves.toContain(AGENT);
        // Challenged once (401), then accepted.
        expect(pbx.registerCount(AGENT) - before).toBe(2);
    });

    it('takes a call from a caller the PBX challenged (407), with audio both ways', async () => {
        if (!panel) throw new Error('no panel');
        const caller = await phone('+14155550131');
        const callId = await caller.call(AGENT);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await see('(415) 555-0131', incoming);
        await button(label('Softphone_Answer'), incoming).click();
        const active = softphone.locator('c-softphone-active-call');
        await see(label('Softphone_CallConnected'), active);
        await caller.waitFor('the caller connected', (event) => event.type === 'established');
        await poll(
            'audio at the caller',
            () => caller.media(),
            (media) => media.bytesReceived > 0
        );
        const framePanel = panel;
        await poll(
            'audio at the agent',
            () => agentMedia(framePanel),
            (media) => media.bytesReceived > 0
        );
        await caller.hangUp();
        await saveWrapUp();
        const tasks = await waitForTasks(agentPage as Page);
        expect(tasks.map((task) => task.fields.CallObject)).toContain(callId);
    });

    it('places a call the PBX challenges with 407, answering with the agent password, with audio both ways', async () => {
        if (!panel) throw new Error('no panel');
        const callee = await phone('+14155550132');
        const dialPad = softphone.locator('c-softphone-dial-pad');
        await dialPad.getByLabel(label('Softphone_NumberToDial')).fill('415 555 0132');
        await button(label('Softphone_Call'), dialPad).click();
        const incoming = await callee.waitFor('the call at the callee', (event) => event.type === 'incoming');
        expect(incoming).toMatchObject({ from: AGENT });
        await callee.answer();
        const active = softphone.locator('c-softphone-active-call');
        await see(label('Softphone_CallConnected'), active);
        await poll(
            'audio at the callee',
            () => callee.media(),
            (media) => media.bytesReceived > 0
        );
        const framePanel = panel;
        await poll(
            'audio at the agent',
            () => agentMedia(framePanel),
            (media) => media.bytesReceived > 0
        );
        await callee.hangUp();
        await saveWrapUp();
    });

    it('never shows, logs or stores either password', async () => {
        const page = agentPage;
        if (!page || !panel) throw new Error('not started');
        const stored = async (frame: Frame | Page): Promise<string> =>
            frame.evaluate(async () => {
                const dump = (storage: Storage): string[] =>
                    Array.from({ length: storage.length }, (_, index) => {
                        const key = storage.key(index) ?? '';
                        return `${key}=${storage.getItem(key) ?? ''}`;
                    });
                const databases = (await indexedDB.databases?.()) ?? [];
                return [
                    ...dump(localStorage),
                    ...dump(sessionStorage),
                    document.cookie,
                    ...databases.map((database) => database.name ?? '')
                ].join('\n');
            });
        const storage = `${await stored(page)}\n${await stored(panel)}`;
        const shown = await page.evaluate(() => document.body.innerText);
        const panelText = await panel.evaluate(() => document.body.innerText);
        const tasks = JSON.stringify(await waitForTasks(page));
        expect(storage.length).toBeGreaterThan(0);
        expect(consoleOutput.length).toBeGreaterThan(0);
        for (const secret of [PASSWORD, WRONG_PASSWORD]) {
            const where = {
                console: consoleOutput.some((line) => line.includes(secret)),
                problems: problems.some((line) => line.includes(secret)),
                storage: storage.includes(secret),
                screen: shown.includes(secret) || panelText.includes(secret),
                tasks: tasks.includes(secret),
                server: rig?.server.output().includes(secret) ?? false
            };
            expect(where).toEqual({
                console: false,
                problems: false,
                storage: false,
                screen: false,
                tasks: false,
                server: false
            });
        }
        expect(problems).toEqual([]);
        for (const other of phonePages) expect(other.problems).toEqual([]);
    });
});

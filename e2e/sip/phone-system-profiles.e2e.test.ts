import type { BrowserContext, Locator, Page } from 'playwright-core';
import { label, UI_TIMEOUT_MS } from '../../harness/console-page';
import { sipModeArgs } from '../../harness/serve-process';
import { useConsoleRig } from '../test-support/console-rig';
import { softphoneActions } from '../test-support/softphone-actions';
import { openPhone } from '../test-support/sip-phones';
import type { Phone } from '../test-support/sip-phones';
import { openAgentPage, SIP_TEST_DOMAIN, startSipRig } from '../test-support/sip-rig';
import type { SipRig } from '../test-support/sip-rig';

/**
 * Phone-system profiles over real SIP: one Kamailio serving two SIP domains (as a hosted PBX serves two sites),
 * the call center pointing at the first, and the simulated agent given the project's example profile
 * (`Softphone_Phone_System__mdt.Example_Branch_Office`, through its custom permission) pointed at the second.
 * The softphone registers in the profile's domain, says which phone system it uses, and rings for a call to
 * that domain.
 */

const MAIN_DOMAIN = SIP_TEST_DOMAIN;
const BRANCH_DOMAIN = 'branch.softphone.test';
const PROFILE = 'Example_Branch_Office';
const PROFILE_LABEL = 'Example branch office';
const AGENT = '2001';
const BRANCH_CALLER = '3001';

describe("phone-system profiles: an agent with the branch profile registers in the branch's SIP domain", () => {
    let rig: SipRig | undefined;
    let context: BrowserContext | undefined;
    let agentPage: Page | undefined;
    let softphone: Locator;
    let problems: string[] = [];
    const callers: Phone[] = [];
    const { button, see } = softphoneActions(() => softphone);

    beforeAll(async () => {
        rig = await startSipRig({
            domain: MAIN_DOMAIN,
            kamailio: { domains: [MAIN_DOMAIN, BRANCH_DOMAIN] },
            serveArgs: (kamailio) => [
                '--phone-system',
                PROFILE,
                '--phone-system-field',
                `${PROFILE}.WebSocket_URL__c=${kamailio.url}`,
                '--phone-system-field',
                `${PROFILE}.SIP_Domain__c=${BRANCH_DOMAIN}`
            ]
        });
        ({ context, page: agentPage, softphone, problems } = await openAgentPage(rig));
    }, 90_000);

    afterAll(async () => {
        await Promise.all(callers.map((caller) => caller.page.close()));
        await rig?.stop();
    }, 30_000);

    it("registers the agent as user@<profile's domain>, not in the call center's domain", async () => {
        if (!rig) throw new Error('not started');
        const form = softphone.locator('c-softphone-sign-in');
        await form.getByLabel(label('Softphone_SipUser')).fill(AGENT, { timeout: UI_TIMEOUT_MS });
        await form.getByLabel(label('Softphone_SipPassword')).fill('not checked by this PBX');
        await button(label('Softphone_SipSignIn'), form).click();
        await see(label('Softphone_Ready'));
        await see(label('Softphone_PhoneSystemInUse').replace('{0}', PROFILE_LABEL));
        const registered = await rig.kamailio.registeredUsers();
        expect(registered).toContain(`${AGENT}@${BRANCH_DOMAIN}`);
        expect(registered).not.toContain(`${AGENT}@${MAIN_DOMAIN}`);
        expect(problems).toEqual([]);
    });

    it("rings for a call to the agent in the profile's domain", async () => {
        if (!context || !rig || !agentPage) throw new Error('not started');
        const caller = await openPhone(
            context,
            rig.phones.url,
            { user: BRANCH_CALLER, server: rig.kamailio.url, domain: BRANCH_DOMAIN },
            agentPage
        );
        callers.push(caller);
        await caller.call(AGENT);
        const incoming = softphone.locator('c-softphone-incoming-call');
        await incoming.waitFor({ timeout: UI_TIMEOUT_MS });
        await caller.waitFor(
            '180 Ringing at the caller',
            (event) => event.type === 'progress' && event.status === 180
        );
        await button(label('Softphone_Decline'), incoming).click();
        await caller.waitFor('the call ended at the caller', (event) => event.type === 'terminated');
        expect(caller.problems).toEqual([]);
    });
});

describe('phone-system profiles: an agent given two profiles', () => {
    const consoleRig = useConsoleRig([
        ...sipModeArgs('ws://127.0.0.1:9', MAIN_DOMAIN),
        '--phone-system',
        PROFILE,
        '--phone-system',
        'Second_Site',
        '--phone-system-field',
        `Second_Site.SIP_Domain__c=${BRANCH_DOMAIN}`
    ]);

    it("does not guess: the phone can't start, and the problem names both profiles", async () => {
        const { softphone } = await consoleRig.open('', false);
        await softphone
            .getByText(label('Softphone_PhoneCannotStart'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await softphone
            .locator('c-softphone-settings-problems')
            .getByText(/several phone-system profiles \(Example_Branch_Office, Second_Site\)/)
            .waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
        await expect(softphone.locator('c-softphone-sign-in').count()).resolves.toBe(0);
        await expect(softphone.locator('.softphone-status-bar__phone-system').count()).resolves.toBe(0);
    });
});

import {
    UI_TIMEOUT_MS,
    choose,
    goAvailable,
    label,
    orgRecords,
    press,
    recordId,
    ringAgent,
    waitForTasks
} from '../../harness/console-page';
import { useConsoleRig } from '../test-support/console-rig';

describe('console journey: callers the org does not know, or knows twice', () => {
    const rig = useConsoleRig();

    it('opens a new Contact form with the number filled in; the call is logged on the Contact the agent saves', async () => {
        const { page, softphone, problems } = await rig.open();
        await goAvailable(softphone);

        const callId = await ringAgent(page, { from: '+1 415 555 0199' });
        const ringing = softphone.locator('c-softphone-incoming-call');
        await ringing.getByText('(415) 555-0199', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        const modal = page.locator('[data-new-record-modal]');
        await modal.getByRole('heading', { name: 'New Contact' }).waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(modal.locator('[data-form-field="Phone"]').inputValue()).resolves.toBe('+14155550199');

        await press(softphone, 'answer');
        await softphone.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        await modal.getByLabel('First Name').fill('Alan');
        await modal.getByLabel('Last Name').fill('Turing');
        await modal.getByRole('button', { name: 'Save' }).click();
        const contactId = await recordId(page, 'Contact', 'Alan Turing');
        await page.locator(`[data-record-page="${contactId}"]`).waitFor({ timeout: UI_TIMEOUT_MS });

        await press(softphone, 'hang-up');
        await press(softphone, 'save');
        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({
            CallObject: callId,
            Subject: '[Demo] Inbound call from (415) 555-0199',
            CallType: 'Inbound',
            WhoId: contactId
        });
        const contact = (await orgRecords(page, 'Contact')).find((record) => record.Id === contactId);
        expect(contact?.fields).toMatchObject({
            FirstName: 'Alan',
            LastName: 'Turing',
            Phone: '+14155550199'
        });
        expect(problems).toEqual([]);
    });

    it('opens the search page when two Contacts share the number; the agent relates the call to one', async () => {
        const { page, softphone, problems } = await rig.open();
        const graceId = await recordId(page, 'Contact', 'Grace Hopper');
        const katherineId = await recordId(page, 'Contact', 'Katherine Johnson');
        await goAvailable(softphone);

        const callId = await ringAgent(page, { from: '+1 212 555 0147' });
        const results = page.locator('[data-search-results]');
        await results.waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(results.getAttribute('data-search-results')).resolves.toBe('+12125550147');
        await results.locator(`[data-row="${graceId}"]`).waitFor();
        await results.locator(`[data-row="${katherineId}"]`).waitFor();
        await expect(results.locator('[data-row]').count()).resolves.toBe(2);
        await softphone.getByText('2 matching records').waitFor({ timeout: UI_TIMEOUT_MS });

        await press(softphone, 'answer');
        await choose(softphone, 'related-record', 'Katherine Johnson (Contact)');
        await page.locator(`[data-record-page="${katherineId}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
        await press(softphone, 'hang-up');
        await choose(softphone, 'disposition', 'Answered');
        await press(softphone, 'save');

        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({
            CallObject: callId,
            Subject: '[Demo] Inbound call from (212) 555-0147',
            CallType: 'Inbound',
            CallDisposition: 'Answered',
            WhoId: katherineId
        });
        await page
            .locator(`[data-record-page="${katherineId}"] [data-task="${task?.Id}"]`)
            .waitFor({ timeout: UI_TIMEOUT_MS });
        expect(problems).toEqual([]);
    });
});

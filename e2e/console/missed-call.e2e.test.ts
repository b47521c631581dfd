import {
    UI_TIMEOUT_MS,
    goAvailable,
    label,
    recordId,
    ringAgent,
    waitForTasks
} from '../../harness/console-page';
import { useConsoleRig } from '../test-support/console-rig';

describe('console journey: a missed call', () => {
    const rig = useConsoleRig();

    it('logs a call the caller gave up on before the agent answered as a missed-call Task', async () => {
        const { page, softphone, problems } = await rig.open();
        const charlesId = await recordId(page, 'Contact', 'Charles Babbage');
        await goAvailable(softphone);
        // The agent minimises the panel; the incoming call opens it again (setSoftphonePanelVisibility).
        const panelSection = page.locator('[data-utility-panel-section]');
        await panelSection.getByTitle('Minimize').click();
        await panelSection.waitFor({ state: 'hidden' });

        const callId = await ringAgent(page, { from: '+1 415 555 0135' });
        await panelSection.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
        await softphone
            .locator('c-softphone-incoming-call')
            .getByText('Charles Babbage', { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        const recordPage = page.locator(`[data-record-page="${charlesId}"]`);
        await recordPage.waitFor({ timeout: UI_TIMEOUT_MS });
        await page.locator('[data-caller]').getByRole('button', { name: 'Caller hangs up' }).click();

        const recent = softphone.locator('c-softphone-recent-calls li').first();
        await recent
            .getByText(label('Softphone_OutcomeMissed'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await recent.getByText('(415) 555-0135', { exact: true }).waitFor();
        await expect(softphone.locator('c-softphone-incoming-call').isVisible()).resolves.toBe(false);

        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({
            CallObject: callId,
            Subject: '[Demo] Missed call from (415) 555-0135',
            CallType: 'Inbound',
            CallDisposition: 'Missed',
            CallDurationInSeconds: 0,
            WhoId: charlesId,
            Status: 'Completed'
        });
        await recordPage
            .locator(`[data-task="${task?.Id}"]`)
            .getByText('Missed call from (415) 555-0135')
            .waitFor({
                timeout: UI_TIMEOUT_MS
            });
        expect(problems).toEqual([]);
    });
});

import path from 'node:path';
import type { ConsoleWindow } from '../../sim/browser/simulator-globals';
import {
    UI_TIMEOUT_MS,
    choose,
    goAvailable,
    label,
    press,
    recordId,
    ringAgent,
    today,
    waitForTasks
} from '../../harness/console-page';
import { useConsoleRig } from '../test-support/console-rig';
import { ROOT } from '../../harness/project-root';

/**
 * The README's picture of the softphone in the local console, taken during this journey's call into an ignored
 * folder: `npm run docs:screenshot` runs this journey and copies it over `docs/softphone-local.png`.
 */
const SCREENSHOT = path.join(ROOT, 'test-results', 'softphone-local.png');

describe('console journey: an inbound call from a known Contact', () => {
    const rig = useConsoleRig();

    it('pops the Contact, and the notes and call result are saved as a Task on that Contact', async () => {
        const { page, panel, softphone, problems } = await rig.open();
        const adaId = await recordId(page, 'Contact', 'Ada Lovelace');
        await goAvailable(softphone);

        const callId = await ringAgent(page, { from: '+1 415 555 0123' });

        // The agent sees who is calling, and the console opens the caller's Contact.
        const ringing = softphone.locator('c-softphone-incoming-call');
        await ringing.getByText('Ada Lovelace', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await ringing.getByText('(415) 555-0123', { exact: true }).waitFor();
        const recordPage = page.locator(`[data-record-page="${adaId}"]`);
        await recordPage
            .locator('[data-record-title]')
            .getByText('Ada Lovelace')
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await page.locator('[data-utility-item-label]').getByText(label('Softphone_ItemRinging')).waitFor();

        await press(softphone, 'answer');
        const active = softphone.locator('c-softphone-active-call');
        await active.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        await page.locator('[data-utility-item-label]').getByText(label('Softphone_ItemOnCall')).waitFor();
        await softphone
            .locator('lightning-textarea[data-id="notes"] textarea')
            .fill('Wants a replacement widget.');
        await choose(softphone, 'disposition', 'Call back requested');
        // The README's picture: the popped Contact, and the call on the softphone from the top of its panel.
        await active.locator('.softphone-active-call__talk-time').filter({ hasNotText: '0:00' }).waitFor();
        await panel.evaluate(() => {
            (document.activeElement as HTMLElement | null)?.blur();
            window.scrollTo(0, 0);
        });
        await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });

        await press(softphone, 'hang-up');
        await softphone
            .locator('c-softphone-wrap-up')
            .getByText(label('Softphone_WrapUp'), { exact: true })
            .waitFor();
        await press(softphone, 'save');

        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({
            CallObject: callId,
            Subject: expect.stringMatching(/^\[Demo\] Inbound call from .*555.0123$/),
            CallType: 'Inbound',
            CallDisposition: 'Call back requested',
            Description: 'Wants a replacement widget.',
            WhoId: adaId,
            ActivityDate: await today(page),
            Status: 'Completed',
            TaskSubtype: 'Call'
        });
        expect(task?.fields.CallDurationInSeconds).toEqual(expect.any(Number));
        expect(task?.fields.WhatId ?? null).toBeNull();

        // The record page lists the call once the softphone refreshed the view; the agent's recent calls too.
        const activity = recordPage.locator(`[data-task="${task?.Id}"]`);
        await activity.getByText('Wants a replacement widget.').waitFor({ timeout: UI_TIMEOUT_MS });
        await activity.getByText(/Call result: Call back requested/).waitFor();
        const recent = softphone.locator('c-softphone-recent-calls li').first();
        await recent.getByText('(415) 555-0123', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await recent.getByText(label('Softphone_OutcomeCompleted'), { exact: true }).waitFor();
        const log = await page.evaluate(
            () => (window as ConsoleWindow).softphoneConsole?.openCti.log() ?? []
        );
        const methods = log.map((entry) => `${entry.method}: ${entry.outcome}`);
        expect(methods).toEqual(
            expect.arrayContaining([
                'searchAndScreenPop: success',
                'screenPop: success',
                'runApex: success',
                'refreshView: success'
            ])
        );
        expect(problems).toEqual([]);
    });

    it('pops the Case an IVR names (X-Case-Number), and a declined call is logged against it', async () => {
        const { page, softphone, problems } = await rig.open();
        const caseId = await recordId(page, 'Case', '00001026');
        await goAvailable(softphone);

        const callId = await ringAgent(page, { from: '+1 415 555 0123', caseNumber: '00001026' });
        await page.locator(`[data-record-page="${caseId}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
        await press(softphone, 'decline');

        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({
            CallObject: callId,
            Subject: expect.stringMatching(/^\[Demo\] Declined call from /),
            CallType: 'Inbound',
            CallDisposition: 'Declined',
            CallDurationInSeconds: 0,
            WhatId: caseId
        });
        expect(problems).toEqual([]);
    });
});

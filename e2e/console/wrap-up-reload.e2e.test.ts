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

/** The seconds of a `m:ss` countdown text. */
function secondsOf(text: string | null): number {
    const match = /(\d+):(\d\d)/.exec(text ?? '');
    return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

describe('console journey: the page is reloaded during wrap-up', () => {
    const rig = useConsoleRig();

    it('brings the wrap-up back with the notes, call result, relation and countdown, and logs the call once', async () => {
        const first = await rig.open();
        const adaId = await recordId(first.page, 'Contact', 'Ada Lovelace');
        await goAvailable(first.softphone);
        const callId = await ringAgent(first.page, { from: '+1 415 555 0123' });
        await press(first.softphone, 'answer');
        await first.softphone.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        await press(first.softphone, 'hang-up');
        const wrapUp = first.softphone.locator('c-softphone-wrap-up');
        await wrapUp
            .getByText(label('Softphone_WrapUp'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await wrapUp
            .locator('lightning-textarea[data-id="notes"] textarea')
            .fill('Wants a replacement widget.');
        await wrapUp.locator('lightning-textarea[data-id="notes"] textarea').blur();
        await choose(first.softphone, 'disposition', 'Call back requested');
        await choose(first.softphone, 'related-record', 'Ada Lovelace (Contact)');
        const countdown = wrapUp.locator('.softphone-wrap-up__countdown');
        const before = secondsOf(await countdown.textContent());

        // The agent reloads the console (F5): the same browser storage, a new page and a new softphone.
        await first.page.reload({ timeout: UI_TIMEOUT_MS });
        const frame = await (await first.page.waitForSelector('iframe[data-utility-panel]')).contentFrame();
        if (!frame) throw new Error('no utility panel after the reload');
        const softphone = frame.locator('c-softphone');
        const again = softphone.locator('c-softphone-wrap-up');
        await again.getByText(label('Softphone_WrapUp'), { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(
            again.locator('lightning-textarea[data-id="notes"] textarea').inputValue()
        ).resolves.toBe('Wants a replacement widget.');
        await again
            .locator('lightning-combobox[data-id="disposition"] button')
            .getByText('Call back requested')
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await again
            .locator('lightning-combobox[data-id="related-record"] button')
            .getByText('Ada Lovelace (Contact)')
            .waitFor({ timeout: UI_TIMEOUT_MS });
        const after = secondsOf(await again.locator('.softphone-wrap-up__countdown').textContent());
        // The countdown went on through the reload: it did not start again from the limit.
        expect(after).toBeLessThanOrEqual(before);
        expect(after).toBeGreaterThan(0);
        await expect(orgRecords(first.page, 'Task')).resolves.toEqual([]);

        await press(softphone, 'save');
        await again.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        const tasks = await waitForTasks(first.page);
        expect(tasks).toHaveLength(1);
        expect(tasks[0]?.fields).toMatchObject({
            CallObject: callId,
            Description: 'Wants a replacement widget.',
            CallDisposition: 'Call back requested',
            WhoId: adaId
        });
    });
});

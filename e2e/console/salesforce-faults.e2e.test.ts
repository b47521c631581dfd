import type { Page } from 'playwright-core';
import type { ConsoleWindow } from '../../sim/browser/simulator-globals';
import type { ConsoleFaults } from '../../sim/console/fault-controls';
import {
    UI_TIMEOUT_MS,
    goAvailable,
    label,
    orgRecords,
    press,
    ringAgent,
    waitForTasks
} from '../../harness/console-page';
import type { ConsoleSession } from '../../harness/console-page';
import { useConsoleRig } from '../test-support/console-rig';

/** Sets faults through the console's Faults card, as a tester does by hand. */
async function setFaults(page: Page, faults: Partial<ConsoleFaults>): Promise<void> {
    const card = page.locator('[data-faults]');
    if (faults.runApex) await card.locator('[data-fault="runApex"]').selectOption(faults.runApex);
    if (faults.saveLog) await card.locator('[data-fault="saveLog"]').selectOption(faults.saveLog);
    if (faults.offline !== undefined) await card.locator('[data-fault="offline"]').setChecked(faults.offline);
    const now = await page.evaluate(() => (window as ConsoleWindow).softphoneConsole?.faults.get());
    expect(now).toMatchObject(faults);
}

/** An answered call from Ada, ended and saved; returns its id. */
async function callAndSave(session: ConsoleSession): Promise<string> {
    const callId = await ringAgent(session.page, { from: '+1 415 555 0123' });
    await press(session.softphone, 'answer');
    await session.softphone.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
    await press(session.softphone, 'hang-up');
    await press(session.softphone, 'save');
    return callId;
}

describe('console journey: Salesforce failing under the softphone (the Faults card)', () => {
    const rig = useConsoleRig();

    it('keeps the log while runApex fails, says so, and saves it once when the agent retries', async () => {
        const session = await rig.open();
        const { page, softphone } = session;
        await goAvailable(softphone);
        await setFaults(page, { runApex: 'fail' });
        const callId = await callAndSave(session);

        const pending = softphone.locator('c-softphone-pending-logs');
        await pending.getByText(label('Softphone_PendingLogsOne')).waitFor({ timeout: UI_TIMEOUT_MS });
        await pending.getByText(/runApex failed \(a fault set in the simulator\)/).waitFor();
        await expect(orgRecords(page, 'Task')).resolves.toEqual([]);

        await setFaults(page, { runApex: 'normal' });
        await press(softphone, 'retry');
        const tasks = await waitForTasks(page);
        expect(tasks.map((task) => task.fields.CallObject)).toEqual([callId]);
        await pending.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    });

    it('writes one Task when runApex saved it but its answer was lost', async () => {
        const session = await rig.open();
        const { page, softphone } = session;
        await goAvailable(softphone);
        await setFaults(page, { runApex: 'commit-then-lose' });
        const callId = await callAndSave(session);
        await waitForTasks(page);
        await setFaults(page, { runApex: 'normal' });

        // The softphone times out waiting (10 s), tries again, and the same Task is updated, not duplicated.
        const pending = softphone.locator('c-softphone-pending-logs');
        await pending.waitFor({ timeout: 2 * UI_TIMEOUT_MS });
        await press(softphone, 'retry');
        await pending.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        const tasks = await orgRecords(page, 'Task');
        expect(tasks.map((task) => task.fields.CallObject)).toEqual([callId]);
    }, 90_000);

    it('keeps calls going with the console offline (no search, the log waits) and saves the log once back', async () => {
        const session = await rig.open();
        const { page, softphone, problems } = session;
        await goAvailable(softphone);
        await setFaults(page, { offline: true });
        const callId = await callAndSave(session);

        const pending = softphone.locator('c-softphone-pending-logs');
        await pending.getByText(/offline/).waitFor({ timeout: UI_TIMEOUT_MS });
        await setFaults(page, { offline: false });
        await press(softphone, 'retry');
        const tasks = await waitForTasks(page);
        expect(tasks.map((task) => task.fields.CallObject)).toEqual([callId]);
        // The failures were Open CTI answers the softphone handled, not page errors.
        expect(problems.filter((problem) => !/offline|search/i.test(problem))).toEqual([]);
    });
});

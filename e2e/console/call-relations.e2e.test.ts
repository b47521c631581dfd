import {
    UI_TIMEOUT_MS,
    choose,
    goAvailable,
    label,
    press,
    recordId,
    ringAgent,
    waitForTasks
} from '../../harness/console-page';
import type { ConsoleSession } from '../../harness/console-page';
import { poll } from '../../harness/poll';
import { useConsoleRig } from '../test-support/console-rig';

/**
 * What the wrap-up's Related to field shows once it shows `expected`, or at the deadline. A choice goes to the
 * engine and comes back in its next snapshot, so the field is read until that snapshot is rendered.
 */
async function relatedTo(session: ConsoleSession, expected: string): Promise<string> {
    const button = session.softphone.locator('lightning-combobox[data-id="related-record"] button');
    await button.waitFor({ timeout: UI_TIMEOUT_MS });
    const shown = async (): Promise<string> => ((await button.textContent()) ?? '').trim();
    return poll('the Related to field', shown, (text) => text === expected, UI_TIMEOUT_MS).catch(shown);
}

async function answerAndHangUp(session: ConsoleSession): Promise<void> {
    await press(session.softphone, 'answer');
    await session.softphone.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
    await press(session.softphone, 'hang-up');
    await session.softphone
        .locator('c-softphone-wrap-up')
        .getByText(label('Softphone_WrapUp'), { exact: true })
        .waitFor({ timeout: UI_TIMEOUT_MS });
}

describe('console journey: what a call is related to', () => {
    const rig = useConsoleRig();

    it("relates an anonymous call after Ada's to nothing, shows None, and lets the agent pick the open record", async () => {
        const session = await rig.open();
        const { page, softphone, problems } = session;
        const adaId = await recordId(page, 'Contact', 'Ada Lovelace');
        await goAvailable(softphone);

        const first = await ringAgent(page, { from: '+1 415 555 0123' });
        await page.locator(`[data-record-page="${adaId}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
        await answerAndHangUp(session);
        expect(await relatedTo(session, 'Ada Lovelace (Contact)')).toBe('Ada Lovelace (Contact)');
        await press(softphone, 'save');
        await waitForTasks(page, 1);

        // Ada's Contact is still open when an anonymous call comes: it is not the call's record.
        const second = await ringAgent(page, { from: 'anonymous' });
        await answerAndHangUp(session);
        expect(await relatedTo(session, label('Softphone_RelatedRecordNone'))).toBe(
            label('Softphone_RelatedRecordNone')
        );
        await press(softphone, 'save');

        // A third anonymous call: the agent relates it to the Contact they have open, by choice.
        const third = await ringAgent(page, { from: 'anonymous' });
        await answerAndHangUp(session);
        await choose(softphone, 'related-record', 'Ada Lovelace (Contact)');
        expect(await relatedTo(session, 'Ada Lovelace (Contact)')).toBe('Ada Lovelace (Contact)');
        await press(softphone, 'save');

        const tasks = await waitForTasks(page, 3);
        const whoOf = (callId: string): unknown =>
            tasks.find((task) => task.fields.CallObject === callId)?.fields.WhoId ?? null;
        expect([whoOf(first), whoOf(second), whoOf(third)]).toEqual([adaId, null, adaId]);
        expect(problems).toEqual([]);
    });

    it('lets the agent clear the relation the screen pop made', async () => {
        const session = await rig.open();
        const { page, softphone } = session;
        await goAvailable(softphone);
        const callId = await ringAgent(page, { from: '+1 415 555 0123' });
        await answerAndHangUp(session);
        await choose(softphone, 'related-record', label('Softphone_RelatedRecordNone'));
        expect(await relatedTo(session, label('Softphone_RelatedRecordNone'))).toBe(
            label('Softphone_RelatedRecordNone')
        );
        await press(softphone, 'save');
        const [task] = await waitForTasks(page);
        expect(task?.fields.CallObject).toBe(callId);
        expect(task?.fields.WhoId ?? null).toBeNull();
    });
});

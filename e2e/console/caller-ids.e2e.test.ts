import type { ConsoleWindow } from '../../sim/browser/simulator-globals';
import {
    UI_TIMEOUT_MS,
    goAvailable,
    label,
    press,
    recordId,
    ringAgent,
    waitForTasks
} from '../../harness/console-page';
import type { ConsoleSession } from '../../harness/console-page';
import { useConsoleRig } from '../test-support/console-rig';

/** The Open CTI searches the softphone made so far, as the console logged them. */
function searches(session: ConsoleSession): Promise<string[]> {
    return session.page.evaluate(() =>
        ((window as ConsoleWindow).softphoneConsole?.openCti.log() ?? [])
            .filter((entry) => entry.method === 'searchAndScreenPop')
            .map((entry) => entry.detail)
    );
}

async function answerHangUpSave(session: ConsoleSession): Promise<void> {
    await press(session.softphone, 'answer');
    await session.softphone.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
    await press(session.softphone, 'hang-up');
    await press(session.softphone, 'save');
}

describe('console journey: caller ids that are not phone numbers, and extensions', () => {
    const rig = useConsoleRig();

    it.each([
        ['letters and an SOQL operator after a known number', "5550123 OR Name LIKE '%'"],
        ['script punctuation around one digit', '}) ; alert(1); ({']
    ])(
        '%s: Unknown caller with the text shown, no search, no pop, no new-record form, a Task related to nothing',
        async (_name, from) => {
            const session = await rig.open();
            const { page, softphone, problems } = session;
            await goAvailable(softphone);
            const callId = await ringAgent(page, { from });

            const ringing = softphone.locator('c-softphone-incoming-call');
            await ringing
                .getByText(label('Softphone_UnknownCaller'), { exact: true })
                .waitFor({ timeout: UI_TIMEOUT_MS });
            await ringing.getByText(from, { exact: true }).waitFor();
            await answerHangUpSave(session);

            const [task] = await waitForTasks(page);
            expect(task?.fields).toMatchObject({ CallObject: callId, CallType: 'Inbound' });
            expect(task?.fields.WhoId ?? null).toBeNull();
            expect(task?.fields.WhatId ?? null).toBeNull();
            expect(await searches(session)).toEqual([]);
            await expect(page.locator('[data-new-record-modal]').count()).resolves.toBe(0);
            await expect(page.locator('[data-record-page]').count()).resolves.toBe(0);
            expect(problems).toEqual([]);
        }
    );

    it('keeps an extension on the card and in the Task subject, and pops the record of the main number', async () => {
        const session = await rig.open();
        const { page, softphone, problems } = session;
        const adaId = await recordId(page, 'Contact', 'Ada Lovelace');
        await goAvailable(softphone);
        const callId = await ringAgent(page, { from: '+1(415)555-0123 ext. 99' });

        const ringing = softphone.locator('c-softphone-incoming-call');
        await ringing
            .getByText('(415) 555-0123 ext. 99', { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await ringing.getByText('Ada Lovelace', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await page.locator(`[data-record-page="${adaId}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
        await answerHangUpSave(session);

        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({
            CallObject: callId,
            Subject: '[Demo] Inbound call from (415) 555-0123 ext. 99',
            WhoId: adaId
        });
        expect((await searches(session)).join('\n')).toContain('"searchParams":"+14155550123"');
        expect(problems).toEqual([]);
    });
});

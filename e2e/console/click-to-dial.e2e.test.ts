import type { ConsoleWindow } from '../../sim/browser/simulator-globals';
import { UI_TIMEOUT_MS, choose, label, press, recordId, waitForTasks } from '../../harness/console-page';
import { useConsoleRig } from '../test-support/console-rig';

describe('console journey: click-to-dial from an Account', () => {
    const rig = useConsoleRig();

    it('calls the number clicked on the Account, and the log is a Task related to the Account', async () => {
        const { page, softphone, problems } = await rig.open();
        const acmeId = await recordId(page, 'Account', 'Acme Corporation');

        await page.locator('[data-navigation] [data-nav="Account"]').click();
        await page
            .locator('[data-object-home="Account"]')
            .getByRole('link', { name: 'Acme Corporation' })
            .click();
        const recordPage = page.locator(`[data-record-page="${acmeId}"]`);
        await recordPage.locator('[data-field="Phone"] [data-click-to-dial="Phone"]').click();

        const active = softphone.locator('c-softphone-active-call');
        await active.getByText('Acme Corporation', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await active.getByText('(415) 555-0100', { exact: true }).waitFor();
        await active.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        await page.locator('[data-utility-item-label]').getByText(label('Softphone_ItemOnCall')).waitFor();
        await softphone
            .locator('lightning-textarea[data-id="notes"] textarea')
            .fill('Left a message about the renewal.');
        await press(softphone, 'hang-up');
        await choose(softphone, 'disposition', 'Left voicemail');
        await press(softphone, 'save');

        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({
            Subject: '[Demo] Outbound call to (415) 555-0100',
            CallType: 'Outbound',
            CallDisposition: 'Left voicemail',
            Description: 'Left a message about the renewal.',
            WhatId: acmeId,
            Status: 'Completed'
        });
        expect(task?.fields.WhoId ?? null).toBeNull();
        expect(task?.fields.CallObject).toEqual(expect.any(String));
        await recordPage.locator(`[data-task="${task?.Id}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
        expect(problems).toEqual([]);
    });

    it('leaves phone numbers as plain text while the softphone has not enabled click-to-dial', async () => {
        const { page, problems } = await rig.open('?opencti=off');
        const acmeId = await recordId(page, 'Account', 'Acme Corporation');
        await page.locator('[data-home]').getByRole('link', { name: 'Acme Corporation' }).click();
        const phone = page.locator(`[data-record-page="${acmeId}"] [data-field="Phone"]`);
        await phone
            .locator('[data-phone="Phone"]')
            .getByText('(415) 555-0100')
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(phone.locator('[data-click-to-dial]').count()).resolves.toBe(0);
        const enabled = await page.evaluate(
            () => (window as ConsoleWindow).softphoneConsole?.state().clickToDialEnabled
        );
        expect(enabled).toBe(false);
        expect(problems).toEqual([]);
    });
});

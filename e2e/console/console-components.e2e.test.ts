import type { Locator, Page } from 'playwright-core';
import {
    UI_TIMEOUT_MS,
    choose,
    goAvailable,
    label,
    press,
    recordId,
    waitForTasks
} from '../../harness/console-page';
import { useConsoleRig } from '../test-support/console-rig';

/** Opens the Account's record page from the home page and returns it. */
async function openAccount(page: Page, name: string): Promise<Locator> {
    const id = await recordId(page, 'Account', name);
    await page.locator('[data-navigation] [data-nav="Account"]').click();
    await page.locator('[data-object-home="Account"]').getByRole('link', { name }).click();
    const recordPage = page.locator(`[data-record-page="${id}"]`);
    await recordPage.waitFor({ timeout: UI_TIMEOUT_MS });
    return recordPage;
}

/** The Omni-Channel stand-in's presence menu. */
const omniStatus = (page: Page): Locator => page.locator('[data-omni] select[data-omni-status]');

async function waitForOmni(page: Page, apiName: string): Promise<void> {
    await page.waitForFunction(
        (expected) =>
            document.querySelector<HTMLSelectElement>('[data-omni] select[data-omni-status]')?.value ===
            expected,
        apiName,
        { timeout: UI_TIMEOUT_MS }
    );
}

describe('console journey: the components around the phone (Call with softphone, Omni-Channel sync)', () => {
    const rig = useConsoleRig(['--console-components']);

    it('dials from Call with softphone on a record page, and the button follows the call to its end', async () => {
        const { page, softphone, problems } = await rig.open();
        await goAvailable(softphone);
        const acme = await openAccount(page, 'Acme Corporation');
        const card = acme.locator('c-call-with-softphone');
        const state = card.locator('[data-id="call-state"]');

        await card
            .getByRole('button', { name: `${label('Softphone_CallWithSoftphone')} (415) 555-0100` })
            .click({ timeout: UI_TIMEOUT_MS });
        const active = softphone.locator('c-softphone-active-call');
        await active.getByText('Acme Corporation', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await state.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(card.getByRole('button').isDisabled()).resolves.toBe(true);

        await press(softphone, 'hold');
        await state.getByText(label('Softphone_CallOnHold')).waitFor({ timeout: UI_TIMEOUT_MS });
        await press(softphone, 'hold');
        await state.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        await press(softphone, 'hang-up');
        await state.getByText(label('Softphone_ItemWrapUp')).waitFor({ timeout: UI_TIMEOUT_MS });
        await choose(softphone, 'disposition', 'Left voicemail');
        await press(softphone, 'save');
        await state.getByText(label('Softphone_CwsEnded')).waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(card.getByRole('button').isDisabled()).resolves.toBe(false);

        const acmeId = await recordId(page, 'Account', 'Acme Corporation');
        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({ WhatId: acmeId, CallType: 'Outbound' });
        expect(problems).toEqual([]);
    });

    it('refuses a second call from the button while the agent is on one, and says why', async () => {
        const { page, softphone, problems } = await rig.open();
        await goAvailable(softphone);
        await page.locator('[data-caller] ').getByLabel('Caller number').fill('+1 415 555 0123');
        await page.locator('[data-caller]').getByRole('button', { name: 'Ring the agent' }).click();
        await press(softphone, 'answer');
        await softphone.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        const acme = await openAccount(page, 'Acme Corporation');
        const card = acme.locator('c-call-with-softphone');
        await card.getByRole('button').click({ timeout: UI_TIMEOUT_MS });
        await card
            .getByRole('alert')
            .getByText(label('Softphone_NoticeBusyOnCall'))
            .waitFor({ timeout: UI_TIMEOUT_MS });
        expect(problems).toEqual([]);
    });

    it('keeps Omni-Channel and the softphone in step both ways', async () => {
        const { page, softphone, problems } = await rig.open();
        const ready = softphone.getByText(label('Softphone_Ready'), { exact: true });
        await page.locator('[data-omni] [data-id="in-step"]').waitFor({ timeout: UI_TIMEOUT_MS });

        // Omni-Channel → softphone: Available makes the agent Available.
        await omniStatus(page).selectOption('Available');
        await ready.waitFor({ timeout: UI_TIMEOUT_MS });

        // A call sets On a Call; after its wrap-up, Available comes back.
        const acme = await openAccount(page, 'Acme Corporation');
        await acme.locator('c-call-with-softphone').getByRole('button').click({ timeout: UI_TIMEOUT_MS });
        await softphone.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        await waitForOmni(page, 'Softphone_On_A_Call');
        await press(softphone, 'hang-up');
        await choose(softphone, 'disposition', 'Left voicemail');
        await press(softphone, 'save');
        await waitForOmni(page, 'Available');

        // Softphone → Omni-Channel: Busy in the softphone is Away in Omni-Channel.
        await softphone.locator('c-softphone-status-bar lightning-combobox button').click();
        await softphone.getByRole('option', { name: label('Softphone_Busy') }).click();
        await waitForOmni(page, 'Away');

        // Signing out of Omni-Channel takes the softphone Offline.
        await omniStatus(page).selectOption('');
        await softphone
            .locator('c-softphone-status-bar lightning-combobox button')
            .getByText(label('Softphone_Offline'))
            .waitFor({ timeout: UI_TIMEOUT_MS });
        expect(problems).toEqual([]);
    });
});

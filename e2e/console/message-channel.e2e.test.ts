import type { Page } from 'playwright-core';
import type { ConsoleWindow } from '../../sim/browser/simulator-globals';
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

const CHANNEL = 'Softphone__c';

type Message = Readonly<Record<string, unknown>>;

/** Every message on the softphone's channel so far, as the console's message service kept them. */
function channelMessages(page: Page): Promise<Message[]> {
    return page.evaluate(
        (channel) => [...((window as ConsoleWindow).softphoneConsole?.messages.messages(channel) ?? [])],
        CHANNEL
    );
}

/** Publishes on the channel from the console page, as a record-page component does with lightning/messageService. */
function publishOnChannel(page: Page, message: Message): Promise<void> {
    return page.evaluate(
        ([channel, payload]) =>
            (window as ConsoleWindow).softphoneConsole?.messages.publish(channel, payload),
        [CHANNEL, message] as const
    );
}

/** Waits for the softphone to publish a message that has every field of `fields` (nested objects compared whole). */
async function waitForMessage(
    page: Page,
    match: (message: Message) => boolean,
    what: string
): Promise<Message> {
    const deadline = Date.now() + UI_TIMEOUT_MS;
    while (Date.now() < deadline) {
        const found = (await channelMessages(page)).find(match);
        if (found) return found;
        await page.waitForTimeout(100);
    }
    throw new Error(
        `the softphone published no ${what}; channel: ${JSON.stringify(await channelMessages(page))}`
    );
}

const callOf = (message: Message): Message | undefined =>
    message.type === 'state' && typeof message.call === 'object' ? (message.call as Message) : undefined;

describe('console journey: the softphone on its Lightning message channel', () => {
    const rig = useConsoleRig();

    it('dials for a record from the channel, publishes the call live, refuses a second dial, and ends it', async () => {
        const { page, softphone, problems } = await rig.open();
        await page.waitForFunction(
            (channel) =>
                ((window as ConsoleWindow).softphoneConsole?.messages.subscriberCount(channel) ?? 0) > 0,
            CHANNEL,
            { timeout: UI_TIMEOUT_MS }
        );
        await goAvailable(softphone);
        await waitForMessage(
            page,
            (m) => m.type === 'state' && m.status === 'available' && m.phone === 'ready',
            'ready state'
        );
        const acmeId = await recordId(page, 'Account', 'Acme Corporation');

        await publishOnChannel(page, {
            version: 1,
            type: 'dial',
            requestId: 'e2e-1',
            source: 'e2e',
            number: '(415) 555-0100',
            recordId: acmeId,
            recordName: 'Acme Corporation',
            objectType: 'Account'
        });
        const result = await waitForMessage(
            page,
            (m) => m.type === 'result' && m.requestId === 'e2e-1',
            'result'
        );
        expect(result).toMatchObject({ ok: true, command: 'dial', callId: expect.any(String) });
        const active = softphone.locator('c-softphone-active-call');
        await active.getByText('Acme Corporation', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await active.getByText(label('Softphone_CallConnected')).waitFor({ timeout: UI_TIMEOUT_MS });
        const connected = await waitForMessage(
            page,
            (m) => callOf(m)?.state === 'connected',
            'connected call'
        );
        expect(callOf(connected)).toMatchObject({
            id: result.callId,
            direction: 'outbound',
            number: '+14155550100',
            recordId: acmeId,
            recordName: 'Acme Corporation'
        });

        await publishOnChannel(page, {
            version: 1,
            type: 'dial',
            requestId: 'e2e-2',
            number: '+1 212 555 0147'
        });
        const refused = await waitForMessage(
            page,
            (m) => m.type === 'result' && m.requestId === 'e2e-2',
            'refusal'
        );
        expect(refused).toMatchObject({ ok: false, reason: 'busy' });
        await publishOnChannel(page, { version: 1, type: 'dial', requestId: 'e2e-3', number: 42 });
        const malformed = await waitForMessage(
            page,
            (m) => m.type === 'result' && m.requestId === 'e2e-3',
            'malformed'
        );
        expect(malformed).toMatchObject({ ok: false, reason: 'malformed' });

        await press(softphone, 'hang-up');
        await waitForMessage(page, (m) => callOf(m)?.state === 'wrap-up', 'wrap-up');
        await choose(softphone, 'disposition', 'Left voicemail');
        await press(softphone, 'save');
        const ended = await waitForMessage(page, (m) => callOf(m)?.state === 'ended', 'ended call');
        expect(callOf(ended)).toMatchObject({ id: result.callId, result: 'completed' });
        const [task] = await waitForTasks(page);
        expect(task?.fields).toMatchObject({ WhatId: acmeId, CallType: 'Outbound' });
        expect(problems).toEqual([]);
    });

    it('sets the agent status from the channel, as the status menu does', async () => {
        const { page, softphone, problems } = await rig.open();
        await page.waitForFunction(
            (channel) =>
                ((window as ConsoleWindow).softphoneConsole?.messages.subscriberCount(channel) ?? 0) > 0,
            CHANNEL,
            { timeout: UI_TIMEOUT_MS }
        );
        await publishOnChannel(page, {
            version: 1,
            type: 'set-status',
            requestId: 's-1',
            status: 'available'
        });
        await softphone
            .getByText(label('Softphone_Ready'), { exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await waitForMessage(page, (m) => m.type === 'state' && m.status === 'available', 'available state');
        await publishOnChannel(page, { version: 1, type: 'set-status', requestId: 's-2', status: 'offline' });
        await waitForMessage(
            page,
            (m) => m.type === 'result' && m.requestId === 's-2' && m.ok === true,
            'result'
        );
        const states = (await channelMessages(page)).filter((m) => m.type === 'state').map((m) => m.status);
        expect(states.slice(states.indexOf('available'))).toContain('offline');
        expect(problems).toEqual([]);
    });
});

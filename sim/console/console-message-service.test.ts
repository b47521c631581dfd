import { encodeFrameMessage } from '../messages/frame-envelope';
import type { OpenCtiChannelMessage, OpenCtiResponseMessage } from '../messages/open-cti-messages';
import { parseOpenCtiRequest } from '../messages/open-cti-messages';
import { createOpenCtiClient } from '../open-cti/open-cti-client';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';
import { OrgStore } from '../org/org-store';
import { createConsoleMessageService } from './console-message-service';
import { ConsoleState } from './console-state';
import { createOpenCtiService } from './open-cti-service';
import { DEFAULT_UTILITY_ITEM } from './utility-item';

async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The panel's `sforce.opencti` and the console's service, wired as the two frames are, over one message service. */
function setUp() {
    const messages = createConsoleMessageService();
    const toPanel: string[] = [];
    const service = createOpenCtiService({
        org: new OrgStore(),
        state: new ConsoleState(DEFAULT_UTILITY_ITEM),
        settings: {},
        origin: 'http://console.test',
        emit: () => undefined,
        messages,
        emitChannelMessage: (subscription, message) => {
            const delivery: OpenCtiChannelMessage = {
                type: 'open-cti-channel-message',
                subscription,
                message
            };
            queueMicrotask(() => client.receive(encodeFrameMessage(delivery)));
            toPanel.push(JSON.stringify(message));
        }
    });
    const client = createOpenCtiClient({
        post: (text) => {
            const request = parseOpenCtiRequest(text);
            if (!request) return;
            const response: OpenCtiResponseMessage = {
                type: 'open-cti-response',
                id: request.id,
                response: service.handle(request.method, request.args)
            };
            queueMicrotask(() => client.receive(encodeFrameMessage(response)));
        }
    });
    return { messages, service, api: client.api, toPanel };
}

describe('Lightning Message Service in the simulated console', () => {
    it('delivers what the page publishes to the softphone’s subscribe listener, and what it publishes to the page', async () => {
        const { messages, api } = setUp();
        const heard: unknown[] = [];
        const answers: OpenCtiAnswer[] = [];
        api.subscribe({
            channelName: 'Softphone__c',
            listener: (message: unknown) => heard.push(message),
            callback: (answer: OpenCtiAnswer) => answers.push(answer)
        });
        await settle();
        expect(answers).toEqual([{ success: true, returnValue: { subscription: 1 }, errors: null }]);

        const page: unknown[] = [];
        messages.subscribe('Softphone__c', (message) => page.push(message));
        messages.publish('Softphone__c', { type: 'dial', number: '+14155550100' });
        messages.publish('Other__c', { type: 'not for us' });
        await settle();
        expect(heard).toEqual([{ type: 'dial', number: '+14155550100' }]);

        api.publish({ channelName: 'Softphone__c', message: { type: 'state' }, callback: () => undefined });
        await settle();
        expect(page).toEqual([{ type: 'dial', number: '+14155550100' }, { type: 'state' }]);
        expect(heard).toHaveLength(2);
        expect(messages.messages('Softphone__c')).toHaveLength(2);
    });

    it('stops delivering after unsubscribe, and refuses what LMS refuses', async () => {
        const { messages, api } = setUp();
        const heard: unknown[] = [];
        let subscription: unknown;
        api.subscribe({
            channelName: 'Softphone__c',
            listener: (message: unknown) => heard.push(message),
            callback: (answer: OpenCtiAnswer) => (subscription = answer.returnValue)
        });
        await settle();
        const answers: OpenCtiAnswer[] = [];
        api.unsubscribe({ subscription, callback: (answer: OpenCtiAnswer) => answers.push(answer) });
        await settle();
        expect(messages.subscriberCount('Softphone__c')).toBe(0);
        messages.publish('Softphone__c', { type: 'get-state' });
        api.unsubscribe({ subscription, callback: (answer: OpenCtiAnswer) => answers.push(answer) });
        api.publish({
            channelName: '',
            message: {},
            callback: (answer: OpenCtiAnswer) => answers.push(answer)
        });
        api.publish({
            channelName: 'Softphone__c',
            message: 'text',
            callback: (answer: OpenCtiAnswer) => answers.push(answer)
        });
        await settle();
        expect(heard).toEqual([]);
        expect(answers.map((answer) => answer.success)).toEqual([true, false, false, false]);
        expect(() => messages.publish('Softphone__c', [1, 2])).toThrow('plain object');
    });
});

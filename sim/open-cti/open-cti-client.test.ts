import { encodeFrameMessage } from '../messages/frame-envelope';
import { parseOpenCtiRequest } from '../messages/open-cti-messages';
import type { OpenCtiRequestMessage } from '../messages/open-cti-messages';
import { CONTAINER_NOT_READY, succeeded } from './open-cti-answers';
import { CALL_TYPE, SCREENPOP_TYPE } from './open-cti-constants';
import { createOpenCtiClient } from './open-cti-client';
import { OPEN_CTI_METHODS } from './open-cti-methods';

/** A client whose posted requests the test reads and answers, with tasks run when the test says. */
function setUp(withConsole = true) {
    const posted: OpenCtiRequestMessage[] = [];
    const tasks: (() => void)[] = [];
    const listenerErrors: unknown[] = [];
    let time = 100;
    const client = createOpenCtiClient({
        post: withConsole
            ? (text) => {
                  const request = parseOpenCtiRequest(text);
                  if (request) posted.push(request);
              }
            : undefined,
        schedule: (task) => tasks.push(task),
        now: () => time,
        onListenerError: (error) => listenerErrors.push(error)
    });
    const answer = (id: number, response = succeeded('ok')): void =>
        client.receive(encodeFrameMessage({ type: 'open-cti-response', id, response }));
    const event = (listener: string, payload: object): void =>
        client.receive(encodeFrameMessage({ type: 'open-cti-event', listener, payload }));
    const runTasks = (): void => tasks.splice(0).forEach((task) => task());
    const advance = (ms: number): void => {
        time += ms;
    };
    return { client, posted, answer, event, runTasks, advance, listenerErrors };
}

describe('createOpenCtiClient (the panel’s sforce.opencti)', () => {
    it('has every Open CTI for Lightning method and the SCREENPOP_TYPE and CALL_TYPE constants, and nothing Classic', () => {
        const { client } = setUp();
        for (const method of OPEN_CTI_METHODS) expect(typeof client.api[method]).toBe('function');
        expect(client.api.SCREENPOP_TYPE).toBe(SCREENPOP_TYPE);
        expect(client.api.CALL_TYPE).toBe(CALL_TYPE);
        expect('isInConsole' in client.api).toBe(false);
        expect(Object.isFrozen(client.api)).toBe(true);
    });

    it('posts the call as data, and answers the callback when the console replies, never before', () => {
        const { client, posted, answer, advance } = setUp();
        const callback = jest.fn();
        client.api.screenPop({ type: 'sobject', params: { recordId: '001' }, callback });
        expect(posted).toEqual([
            {
                type: 'open-cti-request',
                id: 1,
                method: 'screenPop',
                args: { type: 'sobject', params: { recordId: '001' } }
            }
        ]);
        expect(callback).not.toHaveBeenCalled();
        advance(7);
        answer(1);
        answer(1);
        expect(callback).toHaveBeenCalledTimes(1);
        expect(callback).toHaveBeenCalledWith({ success: true, returnValue: 'ok', errors: null });
        expect(client.calls()).toEqual([{ method: 'screenPop', outcome: 'success', at: 7 }]);
    });

    it('keeps listeners in the panel, tells the console, and hands each event to every listener', () => {
        const { client, posted, event, listenerErrors } = setUp();
        const first = jest.fn();
        const broken = jest.fn(() => {
            throw new Error('listener bug');
        });
        client.api.onClickToDial({ listener: broken });
        client.api.onClickToDial({ listener: first });
        event('onClickToDial', { number: '(415) 555-0100' });
        event('onNavigationChange', { url: '/x' });

        expect(posted.map((request) => request.method)).toEqual(['onClickToDial', 'onClickToDial']);
        expect(first).toHaveBeenCalledWith({ number: '(415) 555-0100' });
        expect(listenerErrors).toEqual([new Error('listener bug')]);
        expect(client.calls().map((call) => call.method)).toEqual(['onClickToDial', 'onClickToDial']);
    });

    it("refuses Salesforce Classic's style and callbacks or listeners that are not functions", () => {
        const { client, posted } = setUp();
        expect(() => client.api.getCallCenterSettings(() => undefined)).toThrow(
            /takes one argument object .* Salesforce Classic API/
        );
        expect(() => client.api.getCallCenterSettings({ callback: 'nope' })).toThrow(
            /callback must be a function/
        );
        expect(() => client.api.onNavigationChange({})).toThrow(/listener must be a function/);
        expect(posted).toEqual([]);
    });

    it('answers SOFTPHONE_CONTAINER_ERROR, later, when the panel has no console around it', () => {
        const { client, runTasks } = setUp(false);
        const callback = jest.fn();
        client.api.getCallCenterSettings({ callback });
        expect(callback).not.toHaveBeenCalled();
        runTasks();
        expect(callback).toHaveBeenCalledWith(CONTAINER_NOT_READY);
        expect(client.calls()).toEqual([{ method: 'getCallCenterSettings', outcome: 'error', at: 0 }]);
    });
});

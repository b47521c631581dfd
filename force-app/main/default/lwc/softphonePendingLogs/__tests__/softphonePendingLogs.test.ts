import { createElement } from 'lwc';
import SoftphonePendingLogs from 'c/softphonePendingLogs';
import type { PendingLogView, UiCommand } from 'c/softphoneBridgeProtocol';
import pendingLogs from './data/pendingLogs.json';

jest.mock(
    '@salesforce/label/c.Softphone_PendingLogsMany',
    () => ({ default: '{0} call logs are waiting to be saved.' }),
    { virtual: true }
);

const LOGS = pendingLogs as PendingLogView[];

function mount(logs: readonly PendingLogView[]): { element: HTMLElement; commands: UiCommand[] } {
    const element = createElement('c-softphone-pending-logs', { is: SoftphonePendingLogs });
    Object.assign(element, { logs });
    const commands: UiCommand[] = [];
    element.addEventListener('command', (event) => commands.push((event as CustomEvent<UiCommand>).detail));
    document.body.appendChild(element);
    return { element, commands };
}

/** A public property of a component or base-component stub. */
function prop(element: Element | null | undefined, name: string): unknown {
    return element ? Reflect.get(element, name) : undefined;
}

function text(element: HTMLElement, selector: string): string | undefined {
    return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

describe('c-softphone-pending-logs', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('counts the waiting logs and shows the error of the one failing longest', () => {
        const { element } = mount(LOGS);
        expect(text(element, '.softphone-pending-logs__summary')).toBe(
            '3 call logs are waiting to be saved.'
        );
        expect(text(element, '.softphone-pending-logs__error')).toBe(
            'UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record'
        );
    });

    it('speaks of a single log in the singular and leaves out a missing error', () => {
        const { element } = mount([{ callId: 'call-out-7', attempts: 0 }]);
        expect(text(element, '.softphone-pending-logs__summary')).toBe('c.Softphone_PendingLogsOne');
        expect(element.shadowRoot?.querySelector('.softphone-pending-logs__error')).toBeNull();
    });

    it('sends retry-logs on Retry now', () => {
        const { element, commands } = mount(LOGS);
        const retry = element.shadowRoot!.querySelector<HTMLElement>('[data-id="retry"]')!;
        expect(prop(retry, 'label')).toBe('c.Softphone_RetryNow');
        retry.click();
        expect(commands).toEqual([{ type: 'retry-logs' }]);
    });

    it('is accessible', async () => {
        const { element } = mount(LOGS);
        await expect(element).toBeAccessible();
    });
});

describe('c-softphone-pending-logs when browser storage refuses them', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('says the logs are kept in this page only, with the reason', () => {
        const element = createElement('c-softphone-pending-logs', { is: SoftphonePendingLogs });
        Object.assign(element, { logs: LOGS, storageProblem: 'Browser storage is full.' });
        document.body.appendChild(element);
        expect(text(element, '.softphone-pending-logs__not-stored')).toBe('c.Softphone_PendingLogsNotStored');
        expect(text(element, '.softphone-pending-logs__storage-problem')).toBe('Browser storage is full.');
    });

    it('says nothing of storage when it works', () => {
        const { element } = mount(LOGS);
        expect(element.shadowRoot?.querySelector('.softphone-pending-logs__not-stored')).toBeNull();
    });
});

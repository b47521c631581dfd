import { createElement } from 'lwc';
import SoftphoneConnectionProblems from 'c/softphoneConnectionProblems';
import type { ConnectionProblemView } from 'c/softphoneBridgeProtocol';
import connectionProblems from './data/connectionProblems.json';

jest.mock('@salesforce/label/c.Softphone_CspBlocked', () => ({ default: 'Blocked: {0}.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Softphone_CspBlockedFix', () => ({ default: 'Add {0} for {1}.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Softphone_SocketFailed', () => ({ default: 'No connection to {0}.' }), {
    virtual: true
});

jest.mock('@salesforce/label/c.Softphone_TurnRefused', () => ({ default: 'Refused by {0}.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Softphone_TurnUnavailable', () => ({ default: 'Nothing for {0}: {1}' }), {
    virtual: true
});

const PROBLEMS = connectionProblems as ConnectionProblemView[];

function mount(problems: readonly ConnectionProblemView[]): HTMLElement {
    const element = createElement('c-softphone-connection-problems', { is: SoftphoneConnectionProblems });
    Object.assign(element, { problems });
    document.body.appendChild(element);
    return element;
}

function texts(element: HTMLElement, selector: string): string[] {
    return [...(element.shadowRoot?.querySelectorAll(selector) ?? [])].map(
        (node) => node.textContent?.trim() ?? ''
    );
}

describe('c-softphone-connection-problems', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('names each blocked origin and the Trusted Site to add, or what to check', () => {
        const element = mount(PROBLEMS);
        expect(texts(element, '.softphone-connection-problems__message')).toEqual([
            'Blocked: wss://pbx.acme.com:8089.',
            'No connection to wss://pbx2.acme.com.'
        ]);
        expect(texts(element, '.softphone-connection-problems__fix')).toEqual([
            'Add wss://pbx.acme.com:8089 for connect-src.',
            'c.Softphone_SocketFailedFix'
        ]);
        expect(element.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
    });

    it('says when a TURN server refused the credentials or none could be had, with what to check', () => {
        const element = mount([
            { kind: 'turn-refused', origin: 'turn:turn.acme.com:3478' },
            {
                kind: 'turn-unavailable',
                origin: 'turns:turn.acme.com:5349',
                detail: 'No TURN secret is configured.'
            }
        ]);
        expect(texts(element, '.softphone-connection-problems__message')).toEqual([
            'Refused by turn:turn.acme.com:3478.',
            'Nothing for turns:turn.acme.com:5349: No TURN secret is configured.'
        ]);
        expect(texts(element, '.softphone-connection-problems__fix')).toEqual([
            'c.Softphone_TurnRefusedFix',
            'c.Softphone_TurnUnavailableFix'
        ]);
    });

    it('renders an origin with markup as text', () => {
        const element = mount([{ kind: 'socket-failed', origin: '<img src=x onerror="alert(1)">' }]);
        expect(texts(element, '.softphone-connection-problems__message')).toEqual([
            'No connection to <img src=x onerror="alert(1)">.'
        ]);
        expect(element.shadowRoot?.querySelector('img')).toBeNull();
    });

    it('is accessible', async () => {
        const element = mount(PROBLEMS);
        await expect(element).toBeAccessible();
    });
});

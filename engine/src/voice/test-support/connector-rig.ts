import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { initializeConnector } from '@salesforce/scv-connector-base';
import type { VendorConnector } from '@salesforce/scv-connector-base';
import { SalesforceVoiceHost } from '../../../../sim/voice/salesforce-voice-host';
import type { HostPort } from '../../../../sim/voice/salesforce-voice-host';
import { ScriptedProvider } from '../../../test-support/scripted-provider';
import type { LogStore } from '../../log';
import type { TelephonyCredentials } from '../../telephony';
import { TelephonyError } from '../../telephony';
import { systemClock } from '../../time';
import { SoftphoneVoiceConnector } from '../softphone-voice-connector';
import type { SoftphoneVoiceConnectorOptions } from '../softphone-voice-connector';
import type { CreateVoiceCallRequest, UpdateVoiceCallRequest, VoiceCallRecords } from '../voice-call-records';

/** A phone system whose agents sign in, as SIP's: `needed` until a password other than `wrong` is given. */
export class SignInProvider extends ScriptedProvider {
    signedIn = false;

    get credentials(): 'needed' | 'ok' {
        return this.signedIn ? 'ok' : 'needed';
    }

    signIn(credentials: TelephonyCredentials): Promise<void> {
        this.commands.push(`sign-in ${credentials.user}`);
        if (credentials.password === 'wrong') {
            return Promise.reject(
                new TelephonyError('invalid-credentials', 'The PBX refused the user name or password.')
            );
        }
        this.signedIn = true;
        return Promise.resolve();
    }
}

/** The VoiceCall service as the Apex would answer, recording each request; failures on demand. */
export class FakeVoiceCallRecords implements VoiceCallRecords {
    readonly created: CreateVoiceCallRequest[] = [];
    readonly updated: UpdateVoiceCallRequest[] = [];
    failCreates = 0;
    failUpdates = 0;
    private next = 1;

    create(request: CreateVoiceCallRequest): Promise<{ voiceCallId: string }> {
        if (this.failCreates > 0) {
            this.failCreates -= 1;
            return Promise.reject(new Error('Telephony Integration API answered 503'));
        }
        this.created.push(request);
        const voiceCallId = `0LQ5g00000${String(this.next++).padStart(5, '0')}AAA`;
        return Promise.resolve({ voiceCallId });
    }

    update(request: UpdateVoiceCallRequest): Promise<void> {
        if (this.failUpdates > 0) {
            this.failUpdates -= 1;
            return Promise.reject(new Error('Telephony Integration API answered 503'));
        }
        this.updated.push(request);
        return Promise.resolve();
    }
}

/** Contact center settings as Salesforce passes them in the connector configuration. */
export function connectorConfig(items: Readonly<Record<string, string>> = {}): Record<string, unknown> {
    return {
        '/reqGeneralInfo/reqInternalName': 'SoftphoneVoiceContactCenter',
        '/reqGeneralInfo/reqDisplayName': 'Softphone Voice',
        '/reqGeneralInfo/reqVendorInfoApiName': 'SoftphoneVoice',
        '/softphoneSettings/telephonyMode': 'demo',
        organizationId: '00D5g000000ABCDEAA',
        userName: 'agent@example.com',
        userPresenceStatuses: { available: '0N5000000000001' },
        ...items
    };
}

interface MessageHandler {
    (message: { data: unknown; origin: string; ports: readonly unknown[] }): void;
}

/**
 * The connector against the real base library in Node: a `window` that hands the base library's message
 * listener to the test, and a Node MessageChannel in place of the browser's.
 */
export class ConnectorRig {
    readonly records = new FakeVoiceCallRecords();
    readonly logs: string[] = [];
    readonly connector: SoftphoneVoiceConnector;
    host: SalesforceVoiceHost | undefined;
    private handler: MessageHandler | undefined;
    private readonly ports: MessagePort[] = [];

    constructor(
        readonly provider: ScriptedProvider,
        options: Partial<SoftphoneVoiceConnectorOptions> & { readonly updateStore?: LogStore } = {}
    ) {
        (globalThis as { window?: unknown }).window = {
            addEventListener: (_type: string, listener: MessageHandler) => {
                this.handler = listener;
            },
            removeEventListener: () => undefined
        };
        this.connector = new SoftphoneVoiceConnector({
            records: this.records,
            createProvider: () => provider,
            clock: systemClock,
            log: { info: (message) => this.logs.push(message), warn: (message) => this.logs.push(message) },
            createAttempts: 3,
            createRetryMs: 5,
            updateBackoff: { baseMs: 20, maxMs: 40 },
            ...options
        });
        initializeConnector(this.connector as unknown as VendorConnector);
    }

    /** Posts SETUP_CONNECTOR as Salesforce does, from `origin`; returns Salesforce's side of the channel. */
    setUp(
        config: Record<string, unknown> = connectorConfig(),
        origin = 'https://acme.lightning.force.com'
    ): SalesforceVoiceHost {
        const channel = new MessageChannel();
        this.ports.push(channel.port1, channel.port2);
        this.host = new SalesforceVoiceHost(channel.port1 as unknown as HostPort);
        this.handler?.({ data: SalesforceVoiceHost.setupMessage(config), origin, ports: [channel.port2] });
        return this.host;
    }

    async close(): Promise<void> {
        await this.connector.dispose();
        for (const port of this.ports) port.close();
    }
}

/** Waits until `check` holds (polling), for effects that follow a message without an event of their own. */
export async function eventually(check: () => boolean, timeoutMs = 2_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!check()) {
        if (Date.now() > until) throw new Error('The condition did not hold in time.');
        await new Promise((resolve) => setTimeout(resolve, 5));
    }
}

import { SALESFORCE_MESSAGE, SalesforceVoiceHost, VOICE_EVENT } from '../salesforce-voice-host';
import type { HostPort, VoiceHostEvent } from '../salesforce-voice-host';

/** What the host page reads from its JSON script element. */
interface VoiceConsoleConfig {
    readonly connectorUrl: string;
    readonly connectorConfig: Record<string, unknown>;
    readonly labels: Readonly<Record<string, string>>;
}

/** A call as the widget stand-in shows it, from the connector's events. */
interface WidgetCall {
    readonly callId: string;
    readonly callType: string;
    readonly phoneNumber: string;
    readonly voiceCallId: string | undefined;
    state: 'ringing' | 'connected';
    muted: boolean;
    held: boolean;
}

/** What tests read and drive: the host's events and the calls the widget shows. */
export interface VoiceConsoleApi {
    readonly ready: boolean;
    events(): VoiceHostEvent[];
    calls(): WidgetCall[];
    errors(): string[];
    send(type: string, data?: Record<string, unknown>): void;
}

type VoiceConsoleWindow = Window & { voiceConsole?: VoiceConsoleApi };

const config = JSON.parse(document.getElementById('voice-config')?.textContent ?? '{}') as VoiceConsoleConfig;
const frame = document.getElementById('connector') as HTMLIFrameElement;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let host: SalesforceVoiceHost | undefined;
let ready = false;
const allEvents: VoiceHostEvent[] = [];
const errors: string[] = [];
const calls = new Map<string, WidgetCall>();

function log(text: string): void {
    const item = document.createElement('li');
    item.textContent = `${new Date().toISOString().slice(11, 23)} ${text}`;
    $('events').prepend(item);
}

function current(): WidgetCall | undefined {
    const list = [...calls.values()];
    return (
        list.find((call) => call.state === 'connected' && !call.held) ??
        list.find((call) => call.state === 'ringing') ??
        list[0]
    );
}

function callsOf(payload: unknown): Record<string, unknown>[] {
    if (Array.isArray(payload))
        return payload.filter(
            (item): item is Record<string, unknown> => typeof item === 'object' && item !== null
        );
    return typeof payload === 'object' && payload !== null ? [payload as Record<string, unknown>] : [];
}

function onEvent(event: VoiceHostEvent): void {
    allEvents.push(event);
    log(`${event.type} ${JSON.stringify(event.payload ?? null).slice(0, 300)}`);
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    switch (event.type) {
        case VOICE_EVENT.CONNECTOR_READY:
            ready = true;
            frame.style.height = '0';
            frame.classList.remove('shown');
            break;
        case VOICE_EVENT.SHOW_LOGIN:
            frame.style.height = `${Number(payload['loginFrameHeight']) || 320}px`;
            frame.classList.add('shown');
            break;
        case VOICE_EVENT.CALL_STARTED: {
            const attributes = (payload['callAttributes'] ?? {}) as Record<string, unknown>;
            calls.set(String(payload['callId']), {
                callId: String(payload['callId']),
                callType: String(payload['callType']),
                phoneNumber: String(payload['phoneNumber'] ?? ''),
                voiceCallId:
                    typeof attributes['voiceCallId'] === 'string' ? attributes['voiceCallId'] : undefined,
                state: 'ringing',
                muted: false,
                held: false
            });
            break;
        }
        case VOICE_EVENT.CALL_CONNECTED: {
            const call = calls.get(String(payload['callId']));
            if (call) call.state = 'connected';
            break;
        }
        case VOICE_EVENT.MUTE_TOGGLE: {
            const call = current();
            if (call) call.muted = payload['isMuted'] === true;
            break;
        }
        case VOICE_EVENT.HOLD_TOGGLE: {
            for (const held of callsOf(payload['calls'])) {
                const call = calls.get(String(held['callId']));
                const info = (held['callInfo'] ?? {}) as Record<string, unknown>;
                if (call) call.held = info['isOnHold'] === true;
            }
            break;
        }
        case VOICE_EVENT.HANGUP:
            for (const ended of callsOf(event.payload)) calls.delete(String(ended['callId']));
            break;
        case VOICE_EVENT.ERROR: {
            const custom = payload['customError'] as Record<string, unknown> | undefined;
            const label =
                typeof custom?.['labelName'] === 'string' ? config.labels[custom['labelName']] : undefined;
            const text = label ?? String(custom?.['message'] ?? payload['message'] ?? 'Error');
            errors.push(text);
            $('error').textContent = text;
            break;
        }
        case VOICE_EVENT.SET_AGENT_STATUS_RESULT:
            if (payload['success'] !== true) $('error').textContent = 'The status could not be set.';
            break;
        default:
            break;
    }
    render();
}

function render(): void {
    const call = current();
    $('ready').textContent = ready ? 'Connector ready' : 'Connector starting…';
    $('call').textContent = call
        ? `${call.callType} ${call.phoneNumber} ${call.held ? 'on hold' : call.state}${call.muted ? ', muted' : ''}`
        : 'No call';
    const ringing = call?.state === 'ringing' && call.callType === 'Inbound';
    $<HTMLButtonElement>('accept').disabled = !ringing;
    $<HTMLButtonElement>('decline').disabled = !ringing;
    const live = call !== undefined && !ringing;
    for (const id of ['end', 'mute', 'hold', 'send-digits', 'transfer'])
        $<HTMLButtonElement>(id).disabled = !live;
    $('mute').textContent = call?.muted ? 'Unmute' : 'Mute';
    $('hold').textContent = call?.held ? 'Resume' : 'Hold';
}

function send(type: string, data: Record<string, unknown> = {}): void {
    if (!host) return;
    log(`→ ${type}`);
    host.send(type, data);
}

function connect(): void {
    ready = false;
    calls.clear();
    const channel = new MessageChannel();
    host = new SalesforceVoiceHost(channel.port1 as unknown as HostPort);
    host.subscribe(onEvent);
    frame.contentWindow?.postMessage(
        SalesforceVoiceHost.setupMessage(config.connectorConfig),
        new URL(config.connectorUrl).origin,
        [channel.port2]
    );
    log('→ SETUP_CONNECTOR');
    render();
}

frame.addEventListener('load', connect);
frame.src = config.connectorUrl;

$('status').addEventListener('change', () => {
    send(SALESFORCE_MESSAGE.SET_AGENT_STATUS, {
        agentStatus: $<HTMLSelectElement>('status').value,
        statusInfo: {}
    });
});
$('accept').addEventListener('click', () => send(SALESFORCE_MESSAGE.ACCEPT_CALL, { call: current() }));
$('decline').addEventListener('click', () => send(SALESFORCE_MESSAGE.DECLINE_CALL, { call: current() }));
$('end').addEventListener('click', () => send(SALESFORCE_MESSAGE.END_CALL, { call: current() }));
$('mute').addEventListener('click', () =>
    send(current()?.muted ? SALESFORCE_MESSAGE.UNMUTE : SALESFORCE_MESSAGE.MUTE, { call: current() })
);
$('hold').addEventListener('click', () =>
    send(current()?.held ? SALESFORCE_MESSAGE.RESUME : SALESFORCE_MESSAGE.HOLD, { call: current() })
);
$('send-digits').addEventListener('click', () =>
    send(SALESFORCE_MESSAGE.SEND_DIGITS, { digits: $<HTMLInputElement>('digits').value })
);
$('transfer').addEventListener('click', () =>
    send(SALESFORCE_MESSAGE.ADD_PARTICIPANT, {
        contact: { phoneNumber: $<HTMLInputElement>('transfer-to').value },
        call: current(),
        isBlindTransfer: true
    })
);
$('dial').addEventListener('click', () =>
    send(SALESFORCE_MESSAGE.DIAL, { contact: { phoneNumber: $<HTMLInputElement>('dial-number').value } })
);

(window as VoiceConsoleWindow).voiceConsole = {
    get ready() {
        return ready;
    },
    events: () => [...allEvents],
    calls: () => [...calls.values()].map((call) => ({ ...call })),
    errors: () => [...errors],
    send
};
render();

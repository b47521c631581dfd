/**
 * Browser entry of the console page, loaded in its `<head>` so that it listens before the utility panel
 * loads: the org (kept in session storage, seeded from `sim/org/seed-org.json`), the console state, Open CTI
 * for the panel (answers, listener events), the caller's demo line, and, once the page is parsed, the views:
 * navigation bar, workspace, "Call the agent", Open CTI log, utility bar and panel.
 */
import type { CallCenterSettings } from '../../engine/src/cti';
import { createDemoLineCaller } from '../caller/demo-line-caller';
import { ConsoleState } from '../console/console-state';
import { FaultControls, answerWithFaults } from '../console/fault-controls';
import { createConsoleMessageService } from '../console/console-message-service';
import { createOpenCtiService } from '../console/open-cti-service';
import type { UtilityItem } from '../console/utility-item';
import { encodeFrameMessage } from '../messages/frame-envelope';
import { parseOpenCtiRequest } from '../messages/open-cti-messages';
import type {
    OpenCtiChannelMessage,
    OpenCtiEventMessage,
    OpenCtiResponseMessage
} from '../messages/open-cti-messages';
import { parseSeedFixture } from '../org/seed-org';
import { mountCallerControl } from './console/caller-control';
import { mountFaultControls } from './console/fault-view';
import type { ConsoleViewContext } from './console/console-view-context';
import { readJsonElement } from './console/dom';
import type { SimulatedTurnServer } from '../org/turn-credential-service';
import { phoneSystemsFrom } from '../org/phone-system-service';
import type { SimulatedPhoneSystems } from '../org/phone-system-service';
import { mountNavigationBar } from './console/navigation-bar';
import { mountOmniWidget } from './console/omni-widget';
import type { SimulatedPresence } from '../org/simulated-presence';
import { mountOpenCtiLog } from './console/open-cti-log-view';
import { ORG_STORAGE_KEY, keepOrg, loadOrg, sessionStorageOf } from './console/org-persistence';
import { findUtilityElements, mountUtility } from './console/utility-view';
import { mountWorkspace } from './console/workspace-view';
import {
    PHONE_SYSTEMS_ELEMENT_ID,
    PRESENCE_ELEMENT_ID,
    SEED_ELEMENT_ID,
    SETTINGS_ELEMENT_ID,
    TURN_SERVER_ELEMENT_ID,
    UTILITY_ELEMENT_ID
} from './simulator-globals';
import type { ConsoleWindow } from './simulator-globals';

const origin = window.location.origin;
const storage = sessionStorageOf(window);
const org = loadOrg(storage, parseSeedFixture(readJsonElement(SEED_ELEMENT_ID), `#${SEED_ELEMENT_ID}`));
keepOrg(storage, org);
const state = new ConsoleState(readJsonElement(UTILITY_ELEMENT_ID) as UtilityItem);

/** The org's TURN secret record from the page, when `npm start -- --turn-secret` gave one. */
function turnServerOption(value: unknown): { turnServer?: SimulatedTurnServer } {
    if (typeof value !== 'object' || value === null) return {};
    const { sharedSecret, lifetimeSeconds } = value as Record<string, unknown>;
    if (typeof sharedSecret !== 'string') return {};
    return {
        turnServer: {
            sharedSecret,
            ...(typeof lifetimeSeconds === 'number' ? { lifetimeSeconds } : {})
        }
    };
}

/** The org's phone-system profiles from the page, and the agent's custom permissions. */
function phoneSystemsOption(value: unknown): { phoneSystems?: SimulatedPhoneSystems } {
    const phoneSystems = phoneSystemsFrom(value);
    return phoneSystems ? { phoneSystems } : {};
}

/** The utility panel's window, once its frame is in the page. */
function panelWindow(): Window | undefined {
    return (
        document.querySelector<HTMLIFrameElement>('iframe[data-utility-panel]')?.contentWindow ?? undefined
    );
}

function postToPanel(message: { readonly type: string }): void {
    panelWindow()?.postMessage(encodeFrameMessage(message), origin);
}

/** The console's Lightning Message Service: the softphone, record-page components and utility items share it. */
const messages = createConsoleMessageService();

const service = createOpenCtiService({
    org,
    state,
    messages,
    emitChannelMessage: (subscription, message) => {
        const delivery: OpenCtiChannelMessage = { type: 'open-cti-channel-message', subscription, message };
        postToPanel(delivery);
    },
    settings: readJsonElement(SETTINGS_ELEMENT_ID) as CallCenterSettings,
    ...turnServerOption(readJsonElement(TURN_SERVER_ELEMENT_ID)),
    ...phoneSystemsOption(readJsonElement(PHONE_SYSTEMS_ELEMENT_ID)),
    origin,
    emit: (listener, payload) => {
        const event: OpenCtiEventMessage = { type: 'open-cti-event', listener, payload };
        postToPanel(event);
    }
});

/** The tester's faults: runApex/saveLog failing or losing answers, the console offline. */
const faults = new FaultControls();

const caller = createDemoLineCaller({
    post: () => {
        const panel = panelWindow();
        return panel && ((message: string) => panel.postMessage(message, origin));
    }
});

window.addEventListener('message', (event: MessageEvent) => {
    const panel = panelWindow();
    if (!panel || event.source !== panel || event.origin !== origin) return;
    const request = parseOpenCtiRequest(event.data);
    if (!request) {
        caller.receive(event.data);
        return;
    }
    const answer = answerWithFaults(faults, request.method, () =>
        service.handle(request.method, request.args)
    );
    // A lost request or answer: the softphone hears nothing, as when the network drops it.
    if (answer === undefined) return;
    const response: OpenCtiResponseMessage = { type: 'open-cti-response', id: request.id, response: answer };
    postToPanel(response);
});

(window as ConsoleWindow).softphoneConsole = {
    org: { records: (sobjectType) => org.list(sobjectType), get: (id) => org.get(id) },
    openCti: { log: () => service.log() },
    messages,
    faults: { get: () => faults.faults, set: (change) => faults.set(change) },
    state: () => ({
        location: state.location,
        modal: state.modal,
        clickToDialEnabled: state.clickToDialEnabled,
        utility: state.utility,
        initialized: state.initialized,
        refreshCount: state.refreshCount
    })
};

function mountViews(): void {
    const components = (window as ConsoleWindow).softphoneConsoleComponents;
    const context: ConsoleViewContext = {
        org,
        state,
        clickToDial: (recordId, field) => service.clickToDial(recordId, field),
        ...(components
            ? {
                  recordComponents: (
                      container: HTMLElement,
                      record: { id: string; objectApiName: string }
                  ) => {
                      components.mount('c-call-with-softphone', container, {
                          recordId: record.id,
                          objectApiName: record.objectApiName
                      });
                  }
              }
            : {})
    };
    const omni = document.querySelector<HTMLElement>('[data-omni]');
    const presence = document.getElementById(PRESENCE_ELEMENT_ID)
        ? readJsonElement(PRESENCE_ELEMENT_ID)
        : null;
    if (omni && components && presence) mountOmniWidget(omni, components, presence as SimulatedPresence);
    const find = (selector: string): HTMLElement | null => document.querySelector<HTMLElement>(selector);
    const navigation = find('[data-navigation]');
    const workspace = find('[data-workspace]');
    const callerCard = find('[data-caller]');
    const faultCard = find('[data-faults]');
    const log = find('[data-open-cti-calls]');
    const utility = findUtilityElements(document);
    if (navigation) mountNavigationBar(navigation, context);
    if (workspace) mountWorkspace(workspace, context);
    if (callerCard) mountCallerControl(callerCard, caller, org);
    if (faultCard) mountFaultControls(faultCard, faults);
    if (log) mountOpenCtiLog(log, service);
    if (utility) mountUtility(utility, state, document.body);
    const initialized = find('[data-softphone-initialized]');
    const showInitialized = (): void => {
        if (initialized) initialized.textContent = state.initialized ? 'yes' : 'not yet';
    };
    state.subscribe((change) => {
        if (change === 'initialized') showInitialized();
    });
    showInitialized();
    find('[data-reset-org]')?.addEventListener('click', () => {
        storage?.removeItem(ORG_STORAGE_KEY);
        window.location.reload();
    });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountViews);
else mountViews();

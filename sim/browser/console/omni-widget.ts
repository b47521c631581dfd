import type { SimulatedPresence } from '../../org/simulated-presence';
import type { ConsoleComponents } from '../simulator-globals';
import { h } from './dom';

/** The Omni-Channel sync component's public methods, as the Aura utility item calls them. */
interface OmniSyncElement extends HTMLElement {
    omniStatusChanged(apiName: string | undefined): void;
    omniStatusSetFailed(apiName: string, detail: string): void;
}

/**
 * A stand-in for Salesforce's Omni-Channel widget and the SoftphoneOmniSync Aura utility item around the real
 * `c-softphone-omni-sync`: a presence menu (Offline signs out), whose changes reach the component as the Aura
 * item passes on `lightning:omniChannelStatusChanged` / `lightning:omniChannelLogout`, and whose status the
 * component sets through its `presencechange` event, as the Aura item does with `setServicePresenceStatus`
 * (after which Omni-Channel reports the change like any other). Statuses no one granted are refused.
 */
export function mountOmniWidget(
    root: HTMLElement,
    components: ConsoleComponents,
    presence: SimulatedPresence
): void {
    const select = h(
        'select',
        { className: 'slds-select', attrs: { 'data-omni-status': true, id: 'sim-omni-status' } },
        h('option', { text: 'Offline', attrs: { value: '' } }),
        ...presence.statuses.map((status) =>
            h('option', { text: status.label, attrs: { value: status.apiName } })
        )
    );
    const host = h('div', { attrs: { 'data-omni-sync': true } });
    root.append(
        h(
            'div',
            { className: 'slds-card__header slds-grid' },
            h('h2', { className: 'slds-card__header-title', text: 'Omni-Channel (stand-in)' })
        ),
        h(
            'div',
            { className: 'slds-card__body slds-card__body_inner' },
            h(
                'div',
                { className: 'slds-form-element' },
                h('label', {
                    className: 'slds-form-element__label',
                    text: 'Presence status',
                    attrs: { for: 'sim-omni-status' }
                }),
                h(
                    'div',
                    { className: 'slds-form-element__control' },
                    h('div', { className: 'slds-select_container' }, select)
                )
            ),
            host
        )
    );
    const sync = components.mount('c-softphone-omni-sync', host, {
        configuration: presence
    }) as OmniSyncElement;
    const report = (): void => sync.omniStatusChanged(select.value === '' ? undefined : select.value);
    select.addEventListener('change', report);
    sync.addEventListener('presencechange', (event) => {
        const { statusId, apiName } = (event as CustomEvent<{ statusId: string; apiName: string }>).detail;
        const status = presence.statuses.find((candidate) => candidate.id === statusId);
        setTimeout(() => {
            if (!status) {
                sync.omniStatusSetFailed(apiName, `no presence status with the Id ${statusId}`);
                return;
            }
            select.value = status.apiName;
            report();
        }, 0);
    });
    // Signed out of Omni-Channel at first, as getServicePresenceStatusId rejects then.
    report();
}

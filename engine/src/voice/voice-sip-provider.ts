import type { SoftphoneSettings } from '../settings';
import type { EngineLog } from '../softphone';
import { SipTelephonyProvider } from '../telephony/sip';
import type { SipTelephonyProviderOptions } from '../telephony/sip';
import type { TelephonyProvider } from '../telephony/telephony-provider';
import type { Clock } from '../time';

/** What the Voice connector's SIP provider is made with besides the contact center's settings. */
export interface VoiceSipProviderDeps {
    readonly clock: Clock;
    readonly log: EngineLog;
    /** Short-lived TURN credentials from Apex (see `remotingTurnCredentials`); without it TURN gets none. */
    readonly turnCredentials?: SipTelephonyProviderOptions['turnCredentials'];
    /** Test seams of the SIP provider (transport, media, devices). */
    readonly overrides?: Partial<SipTelephonyProviderOptions>;
}

/**
 * The phone line of a Salesforce Voice agent: the SIP provider on the contact center's PBX, with its ICE servers,
 * ICE transport policy and TURN credentials as the Open CTI softphone has them; `undefined` (with a warning) for
 * any other telephony mode: Salesforce Voice carries real calls only (no demo line, no click-to-dial).
 */
export function voiceSipProvider(
    settings: SoftphoneSettings,
    deps: VoiceSipProviderDeps
): TelephonyProvider | undefined {
    if (settings.telephonyMode === 'sip' && settings.pbxWebSocketUrl && settings.sipDomain)
        return new SipTelephonyProvider({
            server: settings.pbxWebSocketUrl,
            domain: settings.sipDomain,
            iceServers: settings.iceServers,
            iceTransportPolicy: settings.iceTransportPolicy,
            ...(deps.turnCredentials ? { turnCredentials: deps.turnCredentials } : {}),
            microphoneBetweenCalls: settings.microphoneBetweenCalls,
            clock: deps.clock,
            log: deps.log,
            ...deps.overrides
        });
    deps.log.warn(
        `Telephony mode ${settings.telephonyMode} cannot carry Salesforce Voice calls: set telephonyMode to sip ` +
            'with the PBX WebSocket URL and the SIP domain.'
    );
    return undefined;
}

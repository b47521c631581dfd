/** How the softphone reaches phones: a PBX over SIP, scripted demo calls, or the agent's own desk phone. */
export type TelephonyMode = 'sip' | 'demo' | 'click-to-dial-only';

/**
 * The agent's microphone between SIP calls: `open` keeps it open while the agent is registered, so calls
 * start without waiting for it (the browser shows it in use all the time); `closed` opens it for each call
 * and closes it when the call ends.
 */
export type MicrophoneBetweenCalls = 'open' | 'closed';

/**
 * Which ICE candidates calls may use: `all` (host, server-reflexive and relay), or `relay` only (every call's
 * media through the TURN server: the agent's addresses are never shown to the other side).
 */
export type IceTransportPolicy = 'all' | 'relay';

/** What an inbound call pops when no record matches the caller. */
export type NoMatchScreenPop = 'NEW_RECORD_MODAL' | 'SEARCH' | 'NONE';

/** What an inbound call pops when several records match: a search, a picker in the softphone, or nothing. */
export type MultipleMatchScreenPop = 'SEARCH' | 'PICKER' | 'NONE';

/** The object call logs are written to. */
export type LogObject = 'Task' | 'VoiceCall';

/**
 * The admin's settings from the call center's "Softphone Settings" section, typed and checked.
 * Invalid values are replaced by these defaults and reported as {@link SettingsProblem}s.
 */
export interface SoftphoneSettings {
    readonly callCenterName?: string;
    /** The phone-system profile merged over the call center's settings for this user, if one applies. */
    readonly phoneSystem?: PhoneSystemInUse;
    readonly telephonyMode: TelephonyMode;
    readonly pbxWebSocketUrl?: string;
    readonly sipDomain?: string;
    readonly iceServers: readonly string[];
    readonly iceTransportPolicy: IceTransportPolicy;
    readonly microphoneBetweenCalls: MicrophoneBetweenCalls;
    readonly defaultCountry: string;
    /**
     * What external numbers are dialled with in place of their `+` (an outside-line digit, an international
     * access code: `9`, `00`, `900`); empty dials them as E.164, `+` included.
     */
    readonly dialPrefix: string;
    readonly logObject: LogObject;
    readonly screenPopNoMatch: NoMatchScreenPop;
    readonly screenPopNewRecordObject: string;
    readonly screenPopMultipleMatches: MultipleMatchScreenPop;
    /** 0 means no limit: wrap-up lasts until the agent saves. */
    readonly wrapUpSeconds: number;
    readonly dispositions: readonly string[];
    /**
     * `on`: a second inbound call during a call rings quietly beside it (unless the agent is Busy); `off`: it is
     * refused as busy (486) and logged as declined.
     */
    readonly callWaiting: 'on' | 'off';
}

/** The phone-system profile in use: its record's API name and the label the agent reads. */
export interface PhoneSystemInUse {
    readonly name: string;
    readonly label: string;
}

/** One setting an admin must fix, named as Setup shows it under the call center. */
export interface SettingsProblem {
    /** Item name in the call center, e.g. `telephonyMode`. */
    readonly setting: string;
    readonly value: string;
    readonly message: string;
    /**
     * The phone cannot start until this is fixed: no default stands in for it (an unknown telephony mode is
     * never run as the demo line; sip mode without its PBX URL or domain has nothing to connect to).
     */
    readonly stopsPhone?: boolean;
}

// Generated from engine/src/presence/presence-sync.ts by `npm run build`. Do not edit: change the TypeScript source.
/**
 * Omni-Channel presence in step with the softphone: which Omni-Channel presence status stands for which
 * softphone status (the admin's `Softphone_Presence_Mapping__mdt` records, checked against the org's presence
 * statuses), and what to do when either side changes. Pure: it decides, the Omni-Channel utility item acts
 * (`lightning:omniToolkitAPI` for Omni-Channel, the Softphone message channel for the softphone).
 *
 * This file is self-contained (no imports): the build compiles it into the `c/softphonePresenceSync` service
 * component as well.
 */
/** The mapping value that marks the Omni-Channel status set while the agent is on a call. */
export const ON_CALL = 'on-call';
const SOFTPHONE_STATUSES = ['available', 'busy', 'offline'];
/**
 * Checks the mapping records against the org's presence statuses: every record must name a status that exists
 * and a softphone status the softphone has; a presence status maps to one softphone status only; one status
 * (and only one) is the on-call status. Records with a problem are left out; the rest work.
 */
export function readPresenceMapping(records, statuses) {
    const ids = new Map(statuses.map((status) => [status.apiName, status.id]));
    const toSoftphone = new Map();
    const fromSoftphone = new Map();
    const problems = [];
    let onCall;
    const sorted = [...records].sort((a, b) => a.name.localeCompare(b.name));
    for (const record of sorted) {
        const presence = record.presenceStatus.trim();
        const wanted = record.softphoneStatus.trim().toLowerCase();
        const problem = (message) => {
            problems.push({ mapping: record.name, message });
        };
        if (!ids.has(presence)) {
            problem(
                `Presence status "${presence}" does not exist in this org: use the API name of a presence status in ` +
                    'Setup > Presence Statuses.'
            );
            continue;
        }
        if (wanted === ON_CALL) {
            if (onCall !== undefined && onCall !== presence) {
                problem(`A second on-call status ("${presence}"): "${onCall}" is already set during calls.`);
                continue;
            }
            onCall = presence;
            continue;
        }
        if (!SOFTPHONE_STATUSES.includes(wanted)) {
            problem(
                `Softphone status "${record.softphoneStatus}" is not one of available, busy, offline or ${ON_CALL}.`
            );
            continue;
        }
        const status = wanted;
        const earlier = toSoftphone.get(presence);
        if (earlier !== undefined && earlier !== status) {
            problem(`Presence status "${presence}" is already mapped to the softphone status ${earlier}.`);
            continue;
        }
        toSoftphone.set(presence, status);
        if (!fromSoftphone.has(status)) fromSoftphone.set(status, presence);
    }
    if (onCall === undefined) {
        problems.push({
            mapping: '',
            message: `No mapping has the softphone status ${ON_CALL}: calls leave the Omni-Channel status as it is.`
        });
    } else if (toSoftphone.has(onCall)) {
        problems.push({
            mapping: '',
            message: `"${onCall}" is the on-call status and also mapped to a softphone status; keep it for calls only.`
        });
    }
    return {
        mapping: { toSoftphone, fromSoftphone, ...(onCall === undefined ? {} : { onCall }), ids },
        problems
    };
}
/** A call is under way from when it is dialled or answered until its wrap-up ends; a ringing call is not yet. */
function onACall(view) {
    const state = view.callState;
    return state !== undefined && state !== 'ringing' && state !== 'ended';
}
/**
 * Keeps the two in step. Omni-Channel → softphone: a mapped status sets the softphone's status; signing out of
 * Omni-Channel (offline) sets the softphone Offline, after the call when the agent is on one (going offline
 * would end it). Softphone → Omni-Channel: a call sets the on-call status and, once its wrap-up ends, the
 * status from before the call comes back (unless the agent chose another meanwhile); a status the agent chose
 * in the softphone sets the Omni-Channel status mapped to it, while signed in to Omni-Channel.
 */
// TS `private`, not `#private` as elsewhere in the engine: the LWC compiler rejects `#` methods (LWC1007).
export class PresenceSync {
    mapping;
    omni;
    omniKnown = false;
    softphone;
    /** The status this asked the softphone for and has not heard back yet (states before it are stale). */
    pending;
    inCall = false;
    restoreTo;
    offlineAfterCall = false;
    constructor(mapping) {
        this.mapping = mapping;
    }
    /** Omni-Channel's status changed to `apiName`, or the agent signed out of Omni-Channel (`undefined`). */
    omniChanged(apiName) {
        this.omni = apiName;
        this.omniKnown = true;
        if (apiName === undefined) {
            if (this.inCall) {
                this.offlineAfterCall = true;
                return [];
            }
            return this.setSoftphone('offline');
        }
        this.offlineAfterCall = false;
        if (apiName === this.mapping.onCall) return [];
        // The agent chose a status during the call: it stays after the call.
        if (this.inCall) this.restoreTo = undefined;
        const status = this.mapping.toSoftphone.get(apiName);
        return status === undefined ? [] : this.setSoftphone(status);
    }
    /** The softphone published its state. */
    softphoneChanged(view) {
        const actions = [];
        const first = this.softphone === undefined && this.pending === undefined;
        const stale = this.pending !== undefined && view.status !== this.pending;
        if (view.status === this.pending) this.pending = undefined;
        const statusChanged = view.status !== this.softphone && !stale;
        this.softphone = view.status;
        const live = onACall(view);
        // The first state heard (the softphone or this item just loaded): Omni-Channel's status leads.
        if (first && !live) return this.omniKnown ? this.omniChanged(this.omni) : [];
        if (live && !this.inCall) {
            this.inCall = true;
            const onCall = this.mapping.onCall;
            if (onCall !== undefined && this.omni !== undefined && this.omni !== onCall) {
                this.restoreTo = this.omni;
                actions.push(...this.setOmni(onCall));
            }
            return actions;
        }
        if (!live && this.inCall) {
            this.inCall = false;
            const restore = this.restoreTo;
            this.restoreTo = undefined;
            if (this.offlineAfterCall) {
                this.offlineAfterCall = false;
                return this.setSoftphone('offline');
            }
            if (restore !== undefined && this.omni === this.mapping.onCall)
                actions.push(...this.setOmni(restore));
            return actions;
        }
        if (statusChanged && !live && this.omniKnown && this.omni !== undefined) {
            const target = this.mapping.fromSoftphone.get(view.status);
            if (target !== undefined && this.mapping.toSoftphone.get(this.omni) !== view.status) {
                actions.push(...this.setOmni(target));
            }
        }
        return actions;
    }
    setSoftphone(status) {
        if ((this.pending ?? this.softphone) === status) return [];
        this.pending = this.softphone === status ? undefined : status;
        return [{ type: 'set-softphone-status', status }];
    }
    setOmni(apiName) {
        const statusId = this.mapping.ids.get(apiName);
        if (statusId === undefined || this.omni === apiName) return [];
        this.omni = apiName;
        return [{ type: 'set-omni-status', apiName, statusId }];
    }
}

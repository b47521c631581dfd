import type { CallStateName, CallView, EngineSnapshot, RecentCallView } from '../bridge';
import { SOFTPHONE_CHANNEL_VERSION, SOFTPHONE_SOURCE } from './channel-protocol';
import type {
    ChannelCall,
    ChannelCallResult,
    ChannelCallState,
    ChannelPhoneState,
    ChannelStateMessage
} from './channel-protocol';
import { definedFields } from '../object';

/** How each engine call state reads on the channel; `idle` is no call at all. */
const CALL_STATE: Readonly<Record<CallStateName, ChannelCallState | undefined>> = {
    idle: undefined,
    ringing: 'ringing',
    dialing: 'dialing',
    connected: 'connected',
    held: 'held',
    'wrap-up': 'wrap-up',
    ended: 'ended',
    declined: 'ended',
    missed: 'ended',
    failed: 'ended'
};

function resultOf(state: CallStateName): ChannelCallResult {
    return state === 'declined' || state === 'missed' || state === 'failed' ? state : 'completed';
}

/** Whether the softphone can place and take calls now. */
export function phoneStateOf(snapshot: EngineSnapshot): ChannelPhoneState {
    if (snapshot.status === 'starting') return 'starting';
    if (snapshot.status === 'signed-out' || snapshot.telephonyMode === undefined) return 'unavailable';
    const role = snapshot.tab?.role;
    if (role !== undefined && role !== 'owner') return 'unavailable';
    if (snapshot.registration === 'failed' || snapshot.registration === 'not-started') return 'unavailable';
    return snapshot.credentials === 'needed' ? 'unavailable' : 'ready';
}

function channelCall(call: CallView): ChannelCall | undefined {
    const state = CALL_STATE[call.state];
    if (state === undefined) return undefined;
    const record = call.relatedRecord;
    return {
        id: call.id,
        state,
        direction: call.direction,
        number: call.number,
        ...definedFields({ recordId: record?.id, recordName: record?.name }),
        ...(state === 'ended' ? { result: resultOf(call.state) } : {}),
        startedAt: call.startedAt,
        ...definedFields({ connectedAt: call.connectedAt })
    };
}

/** The call that left the screen, as ended: its result from the recent-calls list when it is there. */
function endedCall(call: ChannelCall, recent: readonly RecentCallView[]): ChannelCall {
    const entry = recent.find((candidate) => candidate.id === call.id);
    return { ...call, state: 'ended', result: entry ? resultOf(entry.state) : 'completed' };
}

/**
 * The softphone's state as the channel publishes it. `previous` is the call the last published state showed:
 * when it has left the screen since (saved after wrap-up, declined, missed), it is published once more as
 * `ended`, so that every subscriber sees each call end even when the engine's snapshots skip that state.
 */
export function channelStateOf(snapshot: EngineSnapshot, previous?: ChannelCall): ChannelStateMessage {
    const current = snapshot.call ? channelCall(snapshot.call) : undefined;
    const call =
        current ??
        (previous && previous.state !== 'ended' ? endedCall(previous, snapshot.recentCalls) : undefined);
    return {
        version: SOFTPHONE_CHANNEL_VERSION,
        source: SOFTPHONE_SOURCE,
        type: 'state',
        phone: phoneStateOf(snapshot),
        status: snapshot.agentStatus,
        ...definedFields({ call })
    };
}

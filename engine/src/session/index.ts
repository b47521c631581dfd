export { CallState, isTerminalCallState } from './call-state';
export type { CallDirection } from '../bridge/protocol';
export type {
    CallEvent,
    CallEventBase,
    CallEventOf,
    CallEventType,
    CallLink,
    CallLinkKind,
    LinkedCallEvent,
    ConnectedCallEvent,
    DialCallEvent,
    EndedCallEvent,
    HoldCallEvent,
    IncomingCallEvent,
    MuteCallEvent,
    ProgressCallEvent,
    QualityCallEvent,
    RecordsMatchedCallEvent,
    ResumeCallEvent,
    SaveWrapUpCallEvent,
    SetDispositionCallEvent,
    SetNotesCallEvent,
    SetRelatedRecordCallEvent,
    UnmuteCallEvent,
    WrapUpTimeoutCallEvent
} from './call-event';
export { createCallSessionData } from './call-session-data';
export type {
    ActiveCallSessionData,
    ActiveCallState,
    CallQualityNow,
    CallSessionData,
    IdleCallSessionData,
    WrapUpClosedBy
} from './call-session-data';
export { transition } from './call-transition';
export type { TransitionResult } from './call-transition';
export { toCallSnapshot } from './call-snapshot';
export type { CallSnapshot, CallSnapshotDurations, CallSnapshotTimestamps } from './call-snapshot';
export { CallSession } from './call-session';
export { readStoredWrapUp } from './stored-wrap-up';
export type { CallSessionChange, CallSessionOptions } from './call-session';
export { InvalidTransitionError } from './invalid-transition-error';
export { EmitterImpl } from './emitter';
export type { Emitter, Listener, Unsubscribe } from './emitter';
export { IDLE_LINE, lineTransition } from './line-transition';
export type { LegStates, LineData, LineEvent, LineMode, LineResult } from './line-transition';

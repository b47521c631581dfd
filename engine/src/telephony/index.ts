export type {
    CallEndCause,
    CallProgress,
    DeclineOptions,
    DialOptions,
    IncomingCall,
    RegistrationState,
    TelephonyCredentials,
    TelephonyProvider,
    TelephonyProviderDelegate
} from './telephony-provider';
export { CALL_END_CAUSES, CALL_PROGRESSES } from './telephony-provider';
export { TelephonyError } from './telephony-error';
export type { TelephonyErrorCode } from './telephony-error';
export * from './demo-line';
export * from './desk-phone-line';
export * from './line-resource';
export * from './sip';
export {
    estimateMos,
    qualityProblems,
    qualitySummaryLine,
    summarize,
    JITTER_WARNING_MS,
    LOSS_WARNING_PERCENT,
    MOS_WARNING,
    RTT_WARNING_MS
} from './quality/call-quality';
export type { QualityProblem, QualitySample, QualitySummary } from './quality/call-quality';
export { QUALITY_INTERVAL_MS } from './quality/quality-monitor';

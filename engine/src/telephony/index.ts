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
export * from './demo';
export * from './desk-phone';
export * from './sip';

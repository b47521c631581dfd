export type {
    CallEndCause,
    CallProgress,
    DialOptions,
    IncomingCall,
    RegistrationState,
    TelephonyProvider,
    TelephonyProviderDelegate
} from './telephony-provider';
export { TelephonyError } from './telephony-error';
export type { TelephonyErrorCode } from './telephony-error';
export * from './demo';

export { DEFAULT_SETTINGS } from './softphone-settings';
export type {
    LogObject,
    MicrophoneBetweenCalls,
    MultipleMatchScreenPop,
    NoMatchScreenPop,
    SettingsProblem,
    SoftphoneSettings,
    TelephonyMode
} from './softphone-settings';
export { SETTINGS_SECTION, checkWebSocketUrl, readSettings } from './read-settings';

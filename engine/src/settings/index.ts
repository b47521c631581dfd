export { DEFAULT_SETTINGS, KNOWN_SETTINGS, SETTING_TABLE, checkWebSocketUrl } from './setting-table';
export type { ItemSettings, ParsedSetting, SettingEntry, SettingType } from './setting-table';
export type {
    LogObject,
    MicrophoneBetweenCalls,
    MultipleMatchScreenPop,
    NoMatchScreenPop,
    PhoneSystemInUse,
    SettingsProblem,
    SoftphoneSettings,
    TelephonyMode
} from './softphone-settings';
export { SETTINGS_SECTION, readSettings } from './read-settings';
export { PROFILE_FIELDS, PROFILE_OBJECT, profileOverrides } from './phone-system-profile';
export type {
    PhoneSystemChoice,
    PhoneSystemProfile,
    ProfileField,
    ProfileOverrides
} from './phone-system-profile';

export {
    CALL_CENTER_SUFFIX,
    callCenterSettingsFromXml,
    readCallCenterSettings
} from './call-center-settings';

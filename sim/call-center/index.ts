export {
    CALL_CENTER_SUFFIX,
    callCenterSettingsFromXml,
    readCallCenterSettings
} from './call-center-settings';
export { parseSettingsOverrides, withSettingsOverrides } from './settings-override';

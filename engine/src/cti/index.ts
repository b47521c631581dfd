export type {
    AppView,
    ClickToDialRequest,
    CtiCallType,
    CtiHost,
    FlowArgument,
    LayoutScreenPop,
    LogRecordValue,
    PersonAccountRef,
    RecordRef,
    ScreenPopTarget,
    SearchResult
} from './cti-host';
export { OpenCtiHost, DEFAULT_CTI_TIMEOUT_MS } from './open-cti-host';
export { apexTurnCredentials, TURN_CREDENTIALS_APEX, turnCredentialsFromApex } from './apex-turn-credentials';
export { apexPhoneSystem, PHONE_SYSTEM_APEX, phoneSystemFromApex } from './apex-phone-system';
export type { OpenCtiHostOptions } from './open-cti-host';
export type {
    CallCenterSettings,
    OpenCtiApi,
    OpenCtiAppViewPayload,
    OpenCtiCallback,
    OpenCtiCallbackArgs,
    OpenCtiCallTypes,
    OpenCtiClickToDialPayload,
    OpenCtiErrorEntry,
    OpenCtiResponse,
    OpenCtiRunApexArgs,
    OpenCtiRunApexReturnValue,
    OpenCtiSaveLogArgs,
    OpenCtiSaveLogReturnValue,
    OpenCtiScreenPopArgs,
    OpenCtiScreenPopParams,
    OpenCtiScreenPopTypes,
    OpenCtiSearchAndScreenPopArgs,
    OpenCtiSearchRecord,
    OpenCtiSearchReturnValue,
    WindowWithOpenCti
} from './open-cti-types';
export { appViewFromPayload } from './app-view-payload';
export { callCenterSettingsFromPayload } from './call-center-settings-payload';
export { clickToDialFromPayload } from './click-to-dial-payload';
export { callTypeConstant, openCtiConstant, screenPopTypeConstant } from './open-cti-constants';
export { describeOpenCtiErrors } from './open-cti-errors';
export { accepted, rejected } from './payload-check';
export { isSalesforceId, salesforceIdProblem, toEighteenCharacterId } from './salesforce-id';
export type { PayloadCheck } from './payload-check';
export { recordRefFromPayload } from './record-ref-payload';
export { apexMethodParams, apexResultFromPayload } from './run-apex-payload';
export { checkLogRecordValue, savedRecordIdFromPayload } from './save-log-payload';
export { MIN_SEARCH_LENGTH, screenPopRequest } from './screen-pop-args';
export type { ScreenPopRequest } from './screen-pop-args';
export { SCREEN_POP_DATA_KEY, searchResultFromPayload } from './search-result-payload';

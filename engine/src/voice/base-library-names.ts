/**
 * Names of `@salesforce/scv-connector-base` 3.6.2 that the library uses but does not export (its `Constants`
 * carries only a subset): the error types its `publishError` switches on. Everything it does export is taken
 * from `Constants`, never copied.
 */
export const UNEXPORTED_ERROR_TYPE = {
    MICROPHONE_NOT_SHARED: 'MICROPHONE_NOT_SHARED',
    CAN_NOT_ACCEPT_THE_CALL: 'CAN_NOT_ACCEPT_THE_CALL'
} as const;

/** The namespace Salesforce reads a `CustomError`'s label from: `c` for an org's own (unnamespaced) labels. */
export const LABEL_NAMESPACE = 'c';

/** The Custom Labels the connector's errors name; the agent reads them in the Omni-Channel widget. */
export const VOICE_ERROR_LABELS = {
    voiceCallNotCreated: 'SoftphoneVoice_VoiceCallNotCreated',
    voiceCallUpdatePending: 'SoftphoneVoice_VoiceCallUpdatePending',
    registrationFailed: 'SoftphoneVoice_RegistrationFailed',
    signInNeeded: 'SoftphoneVoice_SignInNeeded',
    settingsInvalid: 'SoftphoneVoice_SettingsInvalid'
} as const;

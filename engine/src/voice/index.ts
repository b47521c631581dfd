/**
 * Entry of the Salesforce Voice connector static resource (`SoftphoneVoiceConnector`): the connector page calls
 * `SoftphoneVoice.startVoiceConnector({ window, remoteActions, log: console })`.
 */
export { startVoiceConnector } from './start-voice-connector';
export type {
    RunningVoiceConnector,
    VoiceConnectorPageOptions,
    VoiceConnectorWindow
} from './start-voice-connector';
export { SoftphoneVoiceConnector } from './softphone-voice-connector';
export { SIGN_IN_IDS } from './sign-in-form';

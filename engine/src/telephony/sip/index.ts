export { SipTelephonyProvider } from './sip-telephony-provider';
export { DEFAULT_RECONNECT_BACKOFF } from './sip-telephony-provider-options';
export type {
    NetworkEvents,
    SipProviderLog,
    SipTelephonyProviderOptions
} from './sip-telephony-provider-options';
export { checkSipCredentials } from './sip-credentials';
export { endCauseForStatus, statusText } from './sip-end-cause';
export { incomingCallFromInvite, ivrHeadersOf } from './incoming-call-from-invite';
export { isLoopbackServer, keepLoopbackCandidates } from './loopback-media';
export { Microphone, microphoneError } from './microphone';
export type { MicrophoneDevices } from './microphone';
export { createRemoteAudioElement, REMOTE_AUDIO_ATTRIBUTE } from './remote-audio';
export type { RemoteAudio } from './remote-audio';
export { DTMF_RELAY_CONTENT_TYPE, dtmfRelayBody, toneOfDtmfRelay } from './dtmf-relay';
export { isSipDialable, sipTarget } from './sip-target';
export {
    cannotConnectWords,
    connectionLostWords,
    isCredentialsRefusal,
    registrationRefusedWords,
    registrationRetryWords
} from './registration-words';
export { IceServerSource, TURN_REFRESH_MARGIN_MS, TURN_RETRY_MS } from './ice-server-source';
export type {
    FetchTurnCredentials,
    IceServerProblem,
    IceTransportPolicy,
    TurnCredentials
} from './ice-server-source';

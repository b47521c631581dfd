export { DeskPhoneTelephonyProvider } from './desk-phone-telephony-provider';
export type { DeskPhoneTelephonyProviderOptions } from './desk-phone-telephony-provider';
export { telUri } from './tel-uri';
export { telLinkOpener } from './tel-link-opener';
export type { TelLinkDocument } from './tel-link-opener';

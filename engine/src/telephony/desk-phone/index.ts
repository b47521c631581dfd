export { DeskPhoneTelephonyProvider } from './desk-phone-telephony-provider';
export type { DeskPhoneTelephonyProviderOptions } from './desk-phone-telephony-provider';
export { telUri } from './tel-uri';

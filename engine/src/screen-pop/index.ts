export type { InboundCaller } from './inbound-caller';
export { IVR_CASE_NUMBER_HEADER, caseNumberFromIvr } from './ivr-case-number';
export { newRecordPhoneField } from './new-record-phone-field';
export { popInboundCall, popPickedRecord } from './pop-inbound-call';
export type { ScreenPopDecision, ScreenPopFailure, ScreenPopResult } from './screen-pop-result';
export type { ScreenPopSettings } from './screen-pop-settings';

export { DESK_PHONE_LINE, DESK_PHONE_LINE_RESOURCE_NAME } from './desk-phone-line';
export type { DeskPhoneLine } from './desk-phone-line';

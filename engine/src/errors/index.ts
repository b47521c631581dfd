export { SoftphoneError } from './softphone-error';
export { CtiError } from './cti-error';
export { CtiTimeoutError } from './cti-timeout-error';
export { messageOf } from './message-of';

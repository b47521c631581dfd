export type { CtiHost } from './cti-host';
export { OpenCtiHost, DEFAULT_CTI_TIMEOUT_MS } from './open-cti-host';
export type { OpenCtiHostOptions } from './open-cti-host';
export type { CallCenterSettings, OpenCtiApi, OpenCtiResponse, WindowWithOpenCti } from './open-cti-types';

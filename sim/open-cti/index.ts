export { OPEN_CTI_METHODS } from './open-cti-methods';
export type { OpenCtiMethodName } from './open-cti-methods';
export { CALL_TYPE, SCREENPOP_TYPE } from './open-cti-constants';
export { CONTAINER_NOT_READY, failed, invalidParam, succeeded } from './open-cti-answers';
export type { OpenCtiAnswer, OpenCtiErrorObject } from './open-cti-answers';
export { createOpenCtiClient } from './open-cti-client';
export type {
    OpenCtiCallRecord,
    OpenCtiClient,
    OpenCtiClientApi,
    OpenCtiClientMethod,
    OpenCtiClientOptions,
    OpenCtiOutcome
} from './open-cti-client';

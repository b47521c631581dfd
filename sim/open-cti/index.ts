export { OPEN_CTI_METHODS } from './open-cti-methods';
export type { OpenCtiMethodName } from './open-cti-methods';
export { createFakeOpenCti, unsupportedMessage } from './fake-open-cti';
export type {
    FakeOpenCti,
    FakeOpenCtiApi,
    FakeOpenCtiMethod,
    FakeOpenCtiOptions,
    OpenCtiCallRecord,
    OpenCtiOutcome
} from './fake-open-cti';

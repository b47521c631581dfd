export type { CallLogDraft, CallLogEntry } from './call-log-entry';
export {
    TASK_CALL_DISPOSITION_MAX_LENGTH,
    TASK_CALL_OBJECT_MAX_LENGTH,
    TASK_CALL_QUALITY_MAX_LENGTH,
    TASK_CALL_TYPES,
    TASK_DESCRIPTION_MAX_LENGTH,
    TASK_SUBJECT_MAX_LENGTH
} from './call-log-fields';
export type { CallLogFields, TaskCallType } from './call-log-fields';
export {
    DEFAULT_CALL_LOG_SUBJECTS,
    DESCRIPTION_TRUNCATION_MARKER,
    SHORT_TEXT_TRUNCATION_MARKER,
    buildCallLog
} from './build-call-log';
export type { BuiltCallLog, CallFacts, CallLogBuildOptions, CallLogProblem } from './build-call-log';
export { WHO_ID_PREFIXES, isWhoId, taskRelationFor } from './task-relation';
export type { TaskRelation } from './task-relation';
export { callLogFacts } from './call-log-facts';
export { logOfCall, stateIfLeftNow } from './log-of-call';
export type { LogOfCallOptions } from './log-of-call';
export type { LogStore, LogStoreLoad } from './log-store';
export { STORED_CALL_LOGS_VERSION, readStoredCallLogs, serializeCallLogs } from './stored-call-logs';
export type { StoredCallLogs } from './stored-call-logs';
export { CALL_LOG_STORAGE_KEY, CORRUPT_KEY_SUFFIX, LocalStorageLogStore } from './local-storage-log-store';
export type { LocalStorageLogStoreOptions, StorageLike } from './local-storage-log-store';
export { agentStorage, agentStorageKey, pageAgentStorage } from './agent-storage';
export type { WindowWithStorage } from './agent-storage';
export { MemoryLogStore } from './memory-log-store';
export { LogStorageError } from './log-storage-error';
export type { LogStorageProblem } from './log-storage-error';
export { InvalidCallLogError } from './invalid-call-log-error';
export { CallLogWriteError } from './call-log-write-error';
export type { CallLogWriteResult, CallLogWriter } from './call-log-writer';
export { DEFAULT_BACKOFF, backoffDelay } from './retry-backoff';
export type { BackoffPolicy } from './retry-backoff';
export {
    CallLogQueue,
    DEFAULT_STORAGE_RETRY_MS,
    DEFAULT_SUSPEND_WAIT_MS,
    DEFAULT_WRITE_TIMEOUT_MS
} from './call-log-queue';
export type { CallLogQueueListener, CallLogQueueOptions, EnqueueOptions } from './call-log-queue';
export type { CallLogQueueSnapshot, FlushSummary, PendingCallLog } from './call-log-queue-snapshot';
export {
    CALL_LOG_APEX_CLASS,
    CALL_LOG_APEX_METHOD,
    CALL_LOG_APEX_PARAM,
    CALL_LOG_REQUEST_KEYS,
    CALL_LOG_REQUEST_VERSION,
    toApexCallLogRequest
} from './apex-call-log-request';
export type { ApexCallLogRequest } from './apex-call-log-request';
export { ApexCallLogWriter } from './apex-call-log-writer';
export type { ApexCallLogWriterOptions, CallLogHost } from './apex-call-log-writer';

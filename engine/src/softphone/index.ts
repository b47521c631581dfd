export { SoftphoneEngine } from './softphone-engine';
export type { EngineLog, SoftphoneEngineDeps } from './softphone-engine';
export { DEFAULT_ITEM_LABELS } from './item-labels';
export type { ItemLabels } from './item-labels';
export { AGENT_STATUS_STORAGE_KEY, loadAgentStatus, saveAgentStatus } from './agent-status-store';
export { storageWrapUpStore, WRAP_UP_STORAGE_KEY } from './wrap-up-store';
export type { StoredWrapUp, WrapUpStore } from './wrap-up-store';

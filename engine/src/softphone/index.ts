export { SoftphoneEngine } from './softphone-engine';
export type { EngineLog, SoftphoneEngineDeps } from './softphone-engine';
export { DEFAULT_ITEM_LABELS } from './item-labels';
export type { ItemLabels } from './item-labels';
export { AGENT_STATUS_STORAGE_KEY, loadAgentStatus, saveAgentStatus } from './agent-status-store';

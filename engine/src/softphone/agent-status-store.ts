import type { AgentStatus } from '../bridge';
import type { StorageLike } from '../log';

/** Storage key of the agent's last chosen status, namespaced and versioned. */
export const AGENT_STATUS_STORAGE_KEY = 'softphone.agentStatus.v1';

const STATUSES: readonly AgentStatus[] = ['available', 'busy', 'offline'];

/** Reads the agent's last chosen status; anything unreadable counts as none. */
export function loadAgentStatus(storage: StorageLike | undefined): AgentStatus | undefined {
    try {
        const value = storage?.getItem(AGENT_STATUS_STORAGE_KEY);
        return STATUSES.find((status) => status === value);
    } catch {
        return undefined;
    }
}

/** Remembers the agent's choice for the next page load; a storage failure only loses the preference. */
export function saveAgentStatus(storage: StorageLike | undefined, status: AgentStatus): void {
    try {
        storage?.setItem(AGENT_STATUS_STORAGE_KEY, status);
    } catch {
        // The status is a convenience; the softphone works without it.
    }
}

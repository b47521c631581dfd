import type { StorageLike } from './local-storage-log-store';

/**
 * Browser storage as one agent sees it. The adapter page's `localStorage` belongs to the org's Visualforce domain
 * and the browser profile, not to the Salesforce user: on a shared workstation the next agent would find the
 * previous agent's unsaved call logs and wrap-up and save them as their own Tasks. Every key is therefore
 * suffixed with the agent's key (`<org id>:<user id>` on the adapter page).
 *
 * Entries written before keys carried the agent (unscoped `legacyKeys`) are adopted once by the first agent
 * whose softphone starts, which is who owned them on the one-agent-per-profile set-ups that version supported.
 * When that agent already has an entry under the same key, the legacy one is left in place rather than
 * overwritten or dropped.
 */
export function agentStorage(
    storage: StorageLike,
    agentKey: string,
    legacyKeys: readonly string[],
    onAdopted: (key: string) => void = () => undefined
): StorageLike {
    const scoped = (key: string): string => agentStorageKey(key, agentKey);
    for (const key of legacyKeys) adoptLegacyEntry(storage, key, scoped(key), onAdopted);
    return {
        getItem: (key) => storage.getItem(scoped(key)),
        setItem: (key, value) => storage.setItem(scoped(key), value),
        removeItem: (key) => storage.removeItem(scoped(key))
    };
}

/** Where {@link agentStorage} keeps `key` for the agent. */
export function agentStorageKey(key: string, agentKey: string): string {
    return `${key}:${agentKey}`;
}

function adoptLegacyEntry(
    storage: StorageLike,
    legacyKey: string,
    scopedKey: string,
    onAdopted: (key: string) => void
): void {
    try {
        const legacy = storage.getItem(legacyKey);
        if (legacy === null) return;
        if (storage.getItem(scopedKey) !== null) return;
        storage.setItem(scopedKey, legacy);
        storage.removeItem(legacyKey);
        onAdopted(legacyKey);
    } catch {
        // Blocked or full storage: the legacy entry stays where it is and is adopted on a later start.
    }
}

/** A page's window as far as its storage goes. */
export interface WindowWithStorage {
    readonly localStorage?: StorageLike | null;
}

/**
 * The page's `localStorage` as the agent sees it ({@link agentStorage}, when the page says who the agent is), or
 * undefined where the browser blocks storage (e.g. third-party storage off).
 */
export function pageAgentStorage(
    window: WindowWithStorage,
    agentKey: string | undefined,
    legacyKeys: readonly string[],
    log: { info(message: string): void }
): StorageLike | undefined {
    let storage: StorageLike | undefined;
    try {
        storage = window.localStorage ?? undefined;
    } catch {
        return undefined;
    }
    if (!storage || agentKey === undefined) return storage;
    return agentStorage(storage, agentKey, legacyKeys, (key) =>
        log.info(`Stored ${key} from before per-agent storage now belongs to this agent.`)
    );
}

import type { OrgRecord } from '../../org/org-record';
import { OrgStore } from '../../org/org-store';
import type { OrgSnapshot } from '../../org/org-store';
import { seedOrg } from '../../org/seed-org';
import type { SeedFixture } from '../../org/seed-org';

/** Where the console keeps its org between page loads, in the tab's session storage. */
export const ORG_STORAGE_KEY = 'softphone-sim-org';

function isSnapshot(value: unknown): value is OrgSnapshot {
    return (
        typeof value === 'object' &&
        value !== null &&
        Array.isArray((value as { records?: unknown }).records) &&
        (value as { records: unknown[] }).records.every(
            (record) =>
                typeof record === 'object' &&
                record !== null &&
                typeof (record as OrgRecord).Id === 'string' &&
                typeof (record as OrgRecord).sobjectType === 'string'
        )
    );
}

/**
 * The console's org: the one this tab kept (so a reload keeps logged calls, as an org would), else a new one
 * from the seed records. Without session storage, a new one every time.
 */
export function loadOrg(storage: Storage | undefined, seed: SeedFixture): OrgStore {
    try {
        const kept: unknown = JSON.parse(storage?.getItem(ORG_STORAGE_KEY) ?? 'null');
        if (isSnapshot(kept)) return OrgStore.restore(kept);
    } catch {
        // Unreadable: start again from the seed.
    }
    return seedOrg(seed);
}

/** Saves the org to session storage after every change. */
export function keepOrg(storage: Storage | undefined, org: OrgStore): void {
    if (!storage) return;
    const save = (): void => {
        try {
            storage.setItem(ORG_STORAGE_KEY, JSON.stringify(org.snapshot()));
        } catch {
            // Storage full or blocked: the org lives in memory only.
        }
    };
    save();
    org.subscribe(save);
}

/** The tab's session storage, or `undefined` where the browser blocks it. */
export function sessionStorageOf(window: Window): Storage | undefined {
    try {
        return window.sessionStorage;
    } catch {
        return undefined;
    }
}

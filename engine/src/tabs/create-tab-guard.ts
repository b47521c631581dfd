import type { Clock } from '../time';
import { BroadcastChannelTabLock } from './broadcast-channel-tab-lock';
import type { BroadcastLockTimings } from './broadcast-channel-tab-lock';
import { broadcastTabChannel } from './tab-channel';
import type { BroadcastChannelConstructor } from './tab-channel';
import { TabGuard } from './tab-guard';
import type { TabGuardDelegate, TabGuardTimings } from './tab-guard';
import type { TabLock } from './tab-lock';
import { WebLocksTabLock } from './web-locks-tab-lock';
import type { LockManagerLike } from './web-locks-tab-lock';
import { definedFields } from '../object';

/** What a window offers to coordinate tabs: the Web Locks API and BroadcastChannel, either may be missing. */
export interface TabsEnvironment {
    readonly navigator?: { readonly locks?: LockManagerLike | undefined } | undefined;
    readonly BroadcastChannel?: BroadcastChannelConstructor | undefined;
}

/** Options for {@link createTabGuard}. */
export interface CreateTabGuardOptions {
    /**
     * Who the phone line belongs to, e.g. the org and user ids: tabs of the same browser profile with the same
     * key share one softphone. Kept out of logs.
     */
    readonly ownerKey: string;
    readonly clock: Clock;
    readonly delegate: TabGuardDelegate;
    readonly log: { warn(message: string): void; info(message: string): void };
    readonly tabId?: string;
    readonly random?: () => number;
    readonly timings?: Partial<TabGuardTimings> & Partial<BroadcastLockTimings>;
}

/** Prefix of the lock and channel names, versioned with the conversation between tabs. */
export const TAB_LOCK_PREFIX = 'softphone.tabs.v1';

/** A random id for this tab, for telling tabs apart in their conversation (not a secret). */
export function newTabId(now: number, random: () => number = Math.random): string {
    return `${now.toString(36)}-${Math.floor(random() * 2 ** 48).toString(36)}`;
}

/**
 * The {@link TabGuard} for a window: over the Web Locks API where the browser has it, else over
 * BroadcastChannel alone. Returns undefined when the browser has no BroadcastChannel either (the take-over
 * conversation needs it): the caller then runs as the only tab.
 *
 * @public
 */
export function createTabGuard(
    environment: TabsEnvironment,
    options: CreateTabGuardOptions
): TabGuard | undefined {
    const Channel = environment.BroadcastChannel;
    if (typeof Channel !== 'function') return undefined;
    const name = `${TAB_LOCK_PREFIX}:${options.ownerKey}`;
    const tabId = options.tabId ?? newTabId(options.clock.now(), options.random);
    let locks: LockManagerLike | undefined;
    try {
        locks = environment.navigator?.locks;
    } catch {
        locks = undefined;
    }
    const lock: TabLock =
        locks && typeof locks.request === 'function'
            ? new WebLocksTabLock(locks, name, (message) => options.log.warn(message))
            : new BroadcastChannelTabLock({
                  channel: broadcastTabChannel(Channel, `${name}:lock`),
                  clock: options.clock,
                  tabId,
                  ...definedFields({ timings: options.timings, random: options.random })
              });
    return new TabGuard({
        lock,
        channel: broadcastTabChannel(Channel, `${name}:guard`),
        clock: options.clock,
        tabId,
        delegate: options.delegate,
        log: options.log,
        ...definedFields({ timings: options.timings })
    });
}

/**
 * One softphone per browser profile and user: the tab that holds the lock owns the phone line, the others
 * stand by and can take over.
 */
export { TabGuard, DEFAULT_TAB_GUARD_TIMINGS } from './tab-guard';
export type { TabGuardDelegate, TabGuardOptions, TabGuardTimings } from './tab-guard';
export type { HeldTabLock, TabLock, TabLockMode } from './tab-lock';
export { WebLocksTabLock } from './web-locks-tab-lock';
export type { LockManagerLike, LockRequestOptions } from './web-locks-tab-lock';
export { BroadcastChannelTabLock, DEFAULT_BROADCAST_LOCK_TIMINGS } from './broadcast-channel-tab-lock';
export type { BroadcastChannelTabLockOptions, BroadcastLockTimings } from './broadcast-channel-tab-lock';
export { broadcastTabChannel } from './tab-channel';
export type { BroadcastChannelConstructor, BroadcastChannelLike, TabChannel } from './tab-channel';
export { TAB_LOCK_PREFIX, createTabGuard, newTabId } from './create-tab-guard';
export type { CreateTabGuardOptions, TabsEnvironment } from './create-tab-guard';

export type { Clock, TimerHandle } from './clock';
export { systemClock } from './clock';
export { ManualClock } from './manual-clock';

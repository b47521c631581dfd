import type { Clock } from '../../time';
import type { DemoDelays } from './demo-delays';

/**
 * Options bucket of {@link DemoTelephonyProvider}; every field is optional.
 * @public
 */
export interface DemoTelephonyProviderOptions {
    /** Where every delay is measured; tests pass a `ManualClock`. Default: `systemClock`. */
    readonly clock?: Clock;
    /** Overrides of {@link DEFAULT_DEMO_DELAYS}, in milliseconds. */
    readonly delays?: Partial<DemoDelays>;
    /** Makes call ids; must never repeat one in use. Default: {@link createDemoCallIdFactory}. */
    readonly idFactory?: () => string;
    /**
     * Told when a delegate callback throws. The provider's own state is already settled by then, so it goes
     * on reporting. Default: rethrow in a microtask, so the error shows as uncaught.
     */
    readonly onDelegateError?: (error: unknown) => void;
}

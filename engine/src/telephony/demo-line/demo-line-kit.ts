import { systemClock } from '../../time';
import { CallTable } from '../call-table';
import { TelephonyError } from '../telephony-error';

/**
 * What the demo line's static resource takes from the engine's at load time (as `SoftphoneEngine.demoLineKit`)
 * instead of carrying a copy: every engine module the demo provider imports a value from, by export name. So
 * there is one `TelephonyError` class on the page (the engine's `instanceof` checks hold for the demo line's
 * refusals) and one `CallTable`. The build (scripts/build/demo-line-bundle.ts) resolves the demo line's imports
 * from outside `telephony/demo` to this object; an import it lacks fails that build.
 */
export const demoLineKit = { CallTable, TelephonyError, systemClock } as const;

export type DemoLineKit = typeof demoLineKit;

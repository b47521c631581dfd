import { systemClock } from '../../time';
import { CallTable } from '../call-table';
import { TelephonyError } from '../telephony-error';

/**
 * What a line's static resource (the demo line, the desk phone line) takes from the engine's at load time (as
 * `SoftphoneEngine.lineKit`) instead of carrying a copy: every engine module a line's provider imports a value
 * from, by export name. So there is one `TelephonyError` class on the page (the engine's `instanceof` checks
 * hold for a line's refusals) and one `CallTable`. The build (scripts/build/line-bundle.ts) resolves a line's
 * imports from outside its folder to this object; an import it lacks fails that build.
 */
export const lineKit = { CallTable, TelephonyError, systemClock } as const;

export type LineKit = typeof lineKit;

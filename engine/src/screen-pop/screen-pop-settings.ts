import type { SoftphoneSettings } from '../settings';

/**
 * The admin's screen-pop choices from the call center's "Softphone Settings" section:
 * `screenPopNoMatch` (`NEW_RECORD_MODAL`, `SEARCH` or `NONE`), `screenPopNewRecordObject` (an object API
 * name such as `Contact`) and `screenPopMultipleMatches` (`SEARCH`, `PICKER` or `NONE`).
 */
export type ScreenPopSettings = Pick<
    SoftphoneSettings,
    'screenPopNoMatch' | 'screenPopNewRecordObject' | 'screenPopMultipleMatches'
>;

import type { DeskPhoneLine } from '../src/telephony';
import * as deskPhoneLineResource from '../src/telephony/desk-phone/desk-phone-line-resource';

/**
 * The desk phone line from its sources (the entry of its static resource), for engines started in Node or in a
 * page bundled from source: what `startEngine` gets from the `SoftphoneDeskPhoneLine` resource in the adapter page.
 */
export const loadDeskPhoneLineFromSource = (): Promise<DeskPhoneLine> =>
    Promise.resolve(deskPhoneLineResource);

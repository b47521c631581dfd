import type { DeskPhoneTelephonyProvider, telLinkOpener } from '../desk-phone';
import type { LineResource } from '../line-resource';

/**
 * The desk phone line (telephony mode `click-to-dial-only`) as its own static resource
 * (`SoftphoneDeskPhoneLine`) hands it to the engine: only an agent whose call center places calls on a desk
 * phone downloads it, so the Open CTI engine resource carries no desk phone for agents on SIP.
 */
export interface DeskPhoneLine {
    readonly DeskPhoneTelephonyProvider: typeof DeskPhoneTelephonyProvider;
    /** Opens a `tel:` URI by clicking a link in the adapter page: the provider's default way to reach the phone. */
    readonly telLinkOpener: typeof telLinkOpener;
}

/** The static resource's name, and the global its script defines in the adapter page. */
export const DESK_PHONE_LINE_RESOURCE_NAME = 'SoftphoneDeskPhoneLine';

/** The desk phone line's resource, as `loadLineResource` loads it. */
export const DESK_PHONE_LINE: LineResource<DeskPhoneLine> = {
    name: DESK_PHONE_LINE_RESOURCE_NAME,
    what: 'desk phone line',
    urlOption: 'deskPhoneLineUrl',
    provider: 'DeskPhoneTelephonyProvider'
};

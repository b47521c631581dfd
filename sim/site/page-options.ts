/** What a page request can ask for in its query string. */
export interface PageOptions {
    /** `?opencti=off` leaves the fake `sforce.opencti` out of the utility panel. */
    readonly openCti: boolean;
}

/**
 * Reads the page options from a query string; an error message when a value is not understood.
 */
export function pageOptionsFrom(query: URLSearchParams): PageOptions | string {
    const openCti = query.get('opencti');
    if (openCti !== null && openCti !== 'on' && openCti !== 'off') {
        return `opencti must be "on" or "off", not ${JSON.stringify(openCti)}`;
    }
    return { openCti: openCti !== 'off' };
}

/** The query string that asks for these options (empty for the defaults). */
export function pageQuery(options: PageOptions): string {
    return options.openCti ? '' : '?opencti=off';
}

/** The adapter page's document, as far as opening a `tel:` link goes. */
export interface TelLinkDocument {
    createElement?(tagName: 'a'): { href: string; rel: string; click(): void };
}

/**
 * Opens a `tel:` URI by clicking a link in the adapter page (`document()` is read at each call): the browser
 * hands it to the agent's desk phone or phone app. Throws when the page has no document to make the link in.
 */
export function telLinkOpener(document: () => TelLinkDocument | undefined): (uri: string) => void {
    return (uri) => {
        const link = document()?.createElement?.('a');
        if (!link) throw new Error('The adapter page has no document to open a tel: link in.');
        link.href = uri;
        link.rel = 'noopener';
        link.click();
    };
}

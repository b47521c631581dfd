/** What the site answers for one URL; the HTTP server turns it into a response. */
export type SiteAnswer =
    | { readonly kind: 'content'; readonly contentType: string; readonly body: string }
    | { readonly kind: 'file'; readonly contentType: string; readonly file: string }
    | { readonly kind: 'error'; readonly status: 400 | 404; readonly message: string };

/** The 404 answer. */
export const NOT_FOUND: SiteAnswer = { kind: 'error', status: 404, message: 'Not found' };

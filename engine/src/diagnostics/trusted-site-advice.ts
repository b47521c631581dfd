/**
 * CSP directives a CSP Trusted Site can open, and the checkbox (metadata field) of each. Others (script-src,
 * for instance) cannot be allowed through a Trusted Site.
 */
export const TRUSTED_SITE_DIRECTIVES: Readonly<Record<string, string>> = {
    'connect-src': 'isApplicableToConnectSrc',
    'media-src': 'isApplicableToMediaSrc',
    'frame-src': 'isApplicableToFrameSrc',
    'img-src': 'isApplicableToImgSrc',
    'style-src': 'isApplicableToStyleSrc',
    'font-src': 'isApplicableToFontSrc'
};

/** The CSP Trusted Site context that covers the softphone: it runs in the /apex/Softphone Visualforce page. */
export const SOFTPHONE_CSP_CONTEXT = 'VisualForce';

/**
 * The origin of a URL (`wss://pbx.example.com:8089`), which is what a CSP Trusted Site's URL must be;
 * undefined for what is not an absolute URL with a host (`inline`, `eval`, `data`, garbage).
 *
 * @public
 */
export function originOf(url: string): string | undefined {
    if (url.length > 2048) return undefined;
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return undefined;
    }
    if (!['ws:', 'wss:', 'http:', 'https:'].includes(parsed.protocol) || parsed.hostname === '')
        return undefined;
    return `${parsed.protocol}//${parsed.host}`;
}

/**
 * The directive of a violation, as CSP names it in a Trusted Site (`connect-src`), from the event's
 * `effectiveDirective` or, in older browsers, the first word of `violatedDirective`.
 */
export function directiveOf(effectiveDirective: unknown, violatedDirective: unknown): string | undefined {
    for (const candidate of [effectiveDirective, violatedDirective]) {
        if (typeof candidate !== 'string') continue;
        const name = candidate.trim().split(/\s+/)[0]?.toLowerCase();
        if (name && /^[a-z-]{1,40}$/.test(name)) return name;
    }
    return undefined;
}

/**
 * What an admin must do, in words for the browser console and the log: which CSP Trusted Site to add.
 *
 * @public
 */
export function trustedSiteAdvice(origin: string, directive: string): string {
    const field = TRUSTED_SITE_DIRECTIVES[directive];
    if (!field) {
        return `The browser blocked ${origin} (${directive}); a CSP Trusted Site cannot allow ${directive}.`;
    }
    return (
        `The browser blocked ${origin} (${directive}). In Setup > Trusted URLs, add a CSP Trusted Site with ` +
        `URL ${origin}, CSP context ${SOFTPHONE_CSP_CONTEXT} (Visualforce pages) and the ${directive} ` +
        `directive (${field}); for the PBX, edit the Softphone_PBX_WebSocket Trusted Site.`
    );
}

/** What to check when a WebSocket to `origin` failed before it opened without a CSP block. */
export function socketFailureAdvice(origin: string): string {
    const https = origin.replace(/^ws/, 'http');
    return (
        `The connection to ${origin} failed before it opened. Check the call center's PBX WebSocket URL, ` +
        `that the phone system is running and reachable from this network, and that this browser trusts its ` +
        `certificate (open ${https} in a tab once to see).`
    );
}

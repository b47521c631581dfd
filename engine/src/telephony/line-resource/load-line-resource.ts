import { clip } from '../../text';
import type { Clock } from '../../time';
import { TelephonyError } from '../telephony-error';

/** A script the page is loading; removed again when it failed or took too long. */
export interface LoadingScript {
    remove(): void;
}

/** The adapter page, as far as loading one line's static resource goes. */
export interface LinePage {
    /**
     * Adds a script with this URL to the page and reports when it loaded or failed; undefined when the page
     * has no document to add it to.
     */
    addScript(url: string, onLoad: () => void, onError: () => void): LoadingScript | undefined;
    /** The page's global that the resource's script defines (named as the resource). */
    line(): unknown;
}

/**
 * A telephony line that is its own static resource, loaded only in the telephony mode that uses it (the demo
 * line, the desk phone line): what the loader needs to know of it.
 */
export interface LineResource<Line> {
    /** The static resource's name, and the global its script defines in the adapter page. */
    readonly name: string;
    /** What it is, in the errors the admin reads: "demo line". */
    readonly what: string;
    /** The `startEngine` option the adapter page passes its URL in. */
    readonly urlOption: string;
    /** The line's export that is its telephony provider's class: `DemoTelephonyProvider`. */
    readonly provider: keyof Line & string;
}

/** How long a line's resource may take to load before the phone says it failed. */
export const LINE_RESOURCE_LOAD_TIMEOUT_MS = 20_000;

/** The line a global holds, when it is one (a script of another build may define something else). */
function lineOf<Line>(value: unknown, resource: LineResource<Line>): Line | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    return typeof (value as Record<string, unknown>)[resource.provider] === 'function'
        ? (value as Line)
        : undefined;
}

/**
 * Loads a line's static resource into the adapter page and resolves with the line it defines. Rejects with a
 * `TelephonyError` naming the resource and what went wrong when the page gave no URL, the script failed or did
 * not load within `timeoutMs`, or it defined no line: the phone then says it could not connect, with these
 * words for the admin, instead of waiting for ever. A page that has the line already loads nothing.
 */
export function loadLineResource<Line>(
    page: LinePage,
    resource: LineResource<Line>,
    url: string | undefined,
    clock: Clock,
    timeoutMs = LINE_RESOURCE_LOAD_TIMEOUT_MS
): Promise<Line> {
    const failed = (message: string): TelephonyError =>
        new TelephonyError('failed', `The ${resource.what} (static resource ${resource.name}) ${message}`);
    const loaded = lineOf(page.line(), resource);
    if (loaded) return Promise.resolve(loaded);
    if (url === undefined || url === '') {
        return Promise.reject(
            failed(`has no URL: the adapter page passes it to startEngine as ${resource.urlOption}.`)
        );
    }
    // The URL is quoted in the errors, which the UI shows as the registration's detail (a short text).
    const where = clip(url, 300);
    return new Promise<Line>((resolve, reject) => {
        let settled = false;
        const settle = (outcome: () => void): void => {
            if (settled) return;
            settled = true;
            clock.clearTimer(timer);
            outcome();
        };
        const fail = (message: string): void =>
            settle(() => {
                script?.remove();
                reject(failed(message));
            });
        const timer = clock.setTimer(
            () => fail(`did not load from ${where} within ${Math.round(timeoutMs / 1000)} s.`),
            timeoutMs
        );
        // The page reports load and error after this returns (a script never loads during `append`).
        const script = page.addScript(
            url,
            () =>
                settle(() => {
                    const line = lineOf(page.line(), resource);
                    if (line) resolve(line);
                    else
                        reject(
                            failed(
                                `loaded from ${where} but defined no ${resource.what}: deploy it with the SoftphoneEngine resource of the same build.`
                            )
                        );
                }),
            () => fail(`did not load from ${where}: check that it is deployed.`)
        );
        if (!script) fail('cannot load: the adapter page has no document to add its script to.');
    });
}

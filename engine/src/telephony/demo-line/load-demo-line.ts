import { clip } from '../../text';
import type { Clock } from '../../time';
import { TelephonyError } from '../telephony-error';
import { DEMO_LINE_RESOURCE_NAME } from './demo-line';
import type { DemoLine } from './demo-line';

/** A script the page is loading; removed again when it failed or took too long. */
export interface LoadingScript {
    remove(): void;
}

/** The adapter page, as far as loading the demo line goes. */
export interface DemoLinePage {
    /**
     * Adds a script with this URL to the page and reports when it loaded or failed; undefined when the page
     * has no document to add it to.
     */
    addScript(url: string, onLoad: () => void, onError: () => void): LoadingScript | undefined;
    /** The page's `SoftphoneDemoLine` global, which the demo line's script defines. */
    demoLine(): unknown;
}

/** How long the demo line's resource may take to load before the phone says it failed. */
export const DEMO_LINE_LOAD_TIMEOUT_MS = 20_000;

/** The demo line a global holds, when it is one (a script of another build may define something else). */
function demoLineOf(value: unknown): DemoLine | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const line = value as Partial<DemoLine>;
    return typeof line.DemoTelephonyProvider === 'function' ? (line as DemoLine) : undefined;
}

function failed(message: string): TelephonyError {
    return new TelephonyError(
        'failed',
        `The demo line (static resource ${DEMO_LINE_RESOURCE_NAME}) ${message}`
    );
}

/**
 * Loads the demo line's static resource into the adapter page and resolves with the demo line it defines.
 * Rejects with a `TelephonyError` naming the resource and what went wrong when the page gave no URL, the
 * script failed or did not load within `timeoutMs`, or it defined no demo line: the phone then says it could
 * not connect, with these words for the admin, instead of waiting for ever. A page that has the demo line
 * already loads nothing.
 */
export function loadDemoLine(
    page: DemoLinePage,
    url: string | undefined,
    clock: Clock,
    timeoutMs = DEMO_LINE_LOAD_TIMEOUT_MS
): Promise<DemoLine> {
    const loaded = demoLineOf(page.demoLine());
    if (loaded) return Promise.resolve(loaded);
    if (url === undefined || url === '') {
        return Promise.reject(
            failed('has no URL: the adapter page passes it to startEngine as demoLineUrl.')
        );
    }
    // The URL is quoted in the errors, which the UI shows as the registration's detail (a short text).
    const where = clip(url, 300);
    return new Promise<DemoLine>((resolve, reject) => {
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
                    const line = demoLineOf(page.demoLine());
                    if (line) resolve(line);
                    else
                        reject(
                            failed(
                                `loaded from ${where} but defined no demo line: deploy it with the SoftphoneEngine resource of the same build.`
                            )
                        );
                }),
            () => fail(`did not load from ${where}: check that it is deployed.`)
        );
        if (!script) fail('cannot load: the adapter page has no document to add its script to.');
    });
}

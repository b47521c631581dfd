/** What an intersection observer reports, as far as {@link watchOnScreen} reads it. */
export interface OnScreenEntry {
    readonly isIntersecting: boolean;
}

/** The part of `window` that tells whether the page is on screen; tests and Node leave it out. */
export interface OnScreenWindow {
    readonly IntersectionObserver?: new (callback: (entries: readonly OnScreenEntry[]) => void) => {
        observe(target: never): void;
        disconnect(): void;
    };
    readonly document?: { readonly documentElement?: unknown };
}

/** Whether the page is on screen, followed until stopped. */
export interface OnScreenWatch {
    /** At the browser's last report; false before the first one, and where the browser cannot tell. */
    shown(): boolean;
    stop(): void;
}

/**
 * Follows whether the page (the utility panel's frame) is on screen: an intersection observer on its root element,
 * whose implicit root is the top-level viewport, so a panel minimised (hidden, moved out of view or of no size)
 * is not on screen, whatever the console does to minimise it.
 */
export function watchOnScreen(page: OnScreenWindow): OnScreenWatch {
    const Observer = page.IntersectionObserver;
    const root = page.document?.documentElement;
    if (Observer === undefined || root === undefined || root === null)
        return { shown: () => false, stop: () => undefined };
    let shown = false;
    const observer = new Observer((entries) => {
        const latest = entries[entries.length - 1];
        if (latest !== undefined) shown = latest.isIntersecting;
    });
    observer.observe(root as never);
    return { shown: () => shown, stop: () => observer.disconnect() };
}

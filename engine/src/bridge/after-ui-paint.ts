import type { Clock } from '../time';

/** The part of `window` that tells when a frame is painted; tests and Node leave it out. */
export interface PaintWindow {
    requestAnimationFrame?(callback: () => void): number;
    cancelAnimationFrame?(handle: number): void;
}

/**
 * A frame is not painted when the panel is hidden (a minimised utility panel, a background tab), so the wait
 * ends after this long whatever happens: about two frames at 60 Hz.
 */
export const PAINT_WAIT_CAP_MS = 34;

/**
 * Resolves once the frame that paints the snapshot posted just before is painted: `nextDelivery` tells when
 * that snapshot is dispatched in the page (the task in which the UI renders it), and the next frame after
 * that task shows it. It resolves in a task posted from that frame's animation callbacks, which runs after
 * the frame is painted: work done in the callbacks themselves (and the promise reactions they start) would
 * run before the paint and hold the frame back. When no frame comes within {@link PAINT_WAIT_CAP_MS} it
 * resolves then; without `requestAnimationFrame` (no page to paint) at once.
 *
 * @param nextDelivery - calls its listener once, when the next snapshot reaches the page; returns a cancel
 */
export function afterUiPaint(
    page: PaintWindow,
    clock: Clock,
    nextDelivery: (listener: () => void) => () => void
): Promise<void> {
    const requestFrame = page.requestAnimationFrame?.bind(page);
    if (!requestFrame) return Promise.resolve();
    return new Promise((resolve) => {
        let done = false;
        let frame: number | undefined;
        let painted: ReturnType<Clock['setTimer']> | undefined;
        const finish = (): void => {
            if (done) return;
            done = true;
            clock.clearTimer(cap);
            if (painted !== undefined) clock.clearTimer(painted);
            stopWaiting();
            if (frame !== undefined) page.cancelAnimationFrame?.(frame);
            resolve();
        };
        const cap = clock.setTimer(finish, PAINT_WAIT_CAP_MS);
        const stopWaiting = nextDelivery(() => {
            frame = requestFrame(() => {
                frame = undefined;
                painted = clock.setTimer(finish, 0);
            });
        });
    });
}

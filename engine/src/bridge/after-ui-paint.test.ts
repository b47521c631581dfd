import { ManualClock } from '../time';
import { afterUiPaint, PAINT_WAIT_CAP_MS } from './after-ui-paint';
import type { PaintWindow } from './after-ui-paint';

/** A page whose frames come only when the test says so. */
function pageWithFrames() {
    const frames = new Map<number, () => void>();
    let next = 1;
    const page: Required<PaintWindow> = {
        requestAnimationFrame: (callback) => {
            frames.set(next, callback);
            return next++;
        },
        cancelAnimationFrame: (handle) => {
            frames.delete(handle);
        }
    };
    const paint = (): void => {
        const due = [...frames.values()];
        frames.clear();
        for (const callback of due) callback();
    };
    return { page, paint, pending: () => frames.size };
}

function watch(promise: Promise<void>): () => boolean {
    let resolved = false;
    void promise.then(() => {
        resolved = true;
    });
    return () => resolved;
}

async function settle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
}

describe('afterUiPaint', () => {
    it('waits for the frame after the UI has taken the snapshot', async () => {
        const clock = new ManualClock(0);
        const { page, paint, pending } = pageWithFrames();
        const resolved = watch(afterUiPaint(page, clock));

        paint(); // a frame before the UI handled the snapshot's message does not show it
        await settle();
        expect(pending()).toBe(0);
        clock.advance(0); // the task queued after the snapshot's message
        expect(pending()).toBe(1);
        await settle();
        expect(resolved()).toBe(false);
        paint();
        await settle();
        expect(resolved()).toBe(true);
    });

    it('gives up waiting when no frame comes (a hidden panel), and cancels the frame it asked for', async () => {
        const clock = new ManualClock(0);
        const { page, pending } = pageWithFrames();
        const resolved = watch(afterUiPaint(page, clock));

        clock.advance(PAINT_WAIT_CAP_MS - 1);
        await settle();
        expect(resolved()).toBe(false);
        expect(pending()).toBe(1);
        clock.advance(1);
        await settle();
        expect(resolved()).toBe(true);
        expect(pending()).toBe(0);
    });

    it('resolves at once where there is nothing to paint', async () => {
        const resolved = watch(afterUiPaint({}, new ManualClock(0)));
        await settle();
        expect(resolved()).toBe(true);
    });
});

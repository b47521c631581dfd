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

/** The bridge's side: the test says when the snapshot reaches the page. */
function deliveries() {
    let listeners: (() => void)[] = [];
    const nextDelivery = (listener: () => void): (() => void) => {
        listeners.push(listener);
        return () => {
            listeners = listeners.filter((candidate) => candidate !== listener);
        };
    };
    const deliver = (): void => {
        for (const listener of listeners.splice(0)) listener();
    };
    return { nextDelivery, deliver, waiting: () => listeners.length };
}

describe('afterUiPaint', () => {
    it('resolves in the task after the first frame after the UI received the snapshot', async () => {
        const clock = new ManualClock(0);
        const { page, paint, pending } = pageWithFrames();
        const { nextDelivery, deliver } = deliveries();
        const resolved = watch(afterUiPaint(page, clock, nextDelivery));

        paint(); // a frame before the UI has the snapshot does not show it
        await settle();
        expect(resolved()).toBe(false);
        expect(pending()).toBe(0);
        deliver();
        expect(pending()).toBe(1);
        await settle();
        expect(resolved()).toBe(false);
        paint();
        await settle();
        expect(resolved()).toBe(false); // the frame's callbacks run before it is painted
        clock.advance(0);
        await settle();
        expect(resolved()).toBe(true);
    });

    it('gives up waiting when no frame comes (a hidden panel), and cancels what it asked for', async () => {
        const clock = new ManualClock(0);
        const { page, pending } = pageWithFrames();
        const { nextDelivery, deliver, waiting } = deliveries();
        const resolved = watch(afterUiPaint(page, clock, nextDelivery));
        deliver();

        clock.advance(PAINT_WAIT_CAP_MS - 1);
        await settle();
        expect(resolved()).toBe(false);
        expect(pending()).toBe(1);
        clock.advance(1);
        await settle();
        expect(resolved()).toBe(true);
        expect(pending()).toBe(0);
        expect(waiting()).toBe(0);
    });

    it('gives up waiting when the snapshot never reaches the page', async () => {
        const clock = new ManualClock(0);
        const { page } = pageWithFrames();
        const { nextDelivery, waiting } = deliveries();
        const resolved = watch(afterUiPaint(page, clock, nextDelivery));
        clock.advance(PAINT_WAIT_CAP_MS);
        await settle();
        expect(resolved()).toBe(true);
        expect(waiting()).toBe(0);
    });

    it('resolves at once where there is nothing to paint', async () => {
        const { nextDelivery } = deliveries();
        const resolved = watch(afterUiPaint({}, new ManualClock(0), nextDelivery));
        await settle();
        expect(resolved()).toBe(true);
    });
});

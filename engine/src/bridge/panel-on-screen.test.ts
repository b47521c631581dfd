import { watchOnScreen } from './panel-on-screen';
import type { OnScreenEntry, OnScreenWindow } from './panel-on-screen';

/** A page whose intersection observer reports when the test says so. */
function pageWithObserver() {
    const root = { tag: 'html' };
    const observed: unknown[] = [];
    let report: (entries: readonly OnScreenEntry[]) => void = () => undefined;
    let disconnected = false;
    const page: OnScreenWindow = {
        IntersectionObserver: class {
            constructor(callback: (entries: readonly OnScreenEntry[]) => void) {
                report = callback;
            }
            observe(target: never): void {
                observed.push(target);
            }
            disconnect(): void {
                disconnected = true;
            }
        },
        document: { documentElement: root }
    };
    return {
        page,
        root,
        observed,
        report: (...shown: boolean[]) => report(shown.map((isIntersecting) => ({ isIntersecting }))),
        disconnected: () => disconnected
    };
}

describe('watchOnScreen', () => {
    it('follows the page root in the viewport, by the latest report', () => {
        const { page, root, observed, report } = pageWithObserver();
        const watch = watchOnScreen(page);
        expect(observed).toEqual([root]);
        expect(watch.shown()).toBe(false);

        report(true);
        expect(watch.shown()).toBe(true);
        report(true, false);
        expect(watch.shown()).toBe(false);
    });

    it('stops observing when stopped', () => {
        const { page, disconnected } = pageWithObserver();
        watchOnScreen(page).stop();
        expect(disconnected()).toBe(true);
    });

    it('says not shown where the browser cannot tell (no observer, no document)', () => {
        expect(watchOnScreen({}).shown()).toBe(false);
        expect(watchOnScreen({ document: {} }).shown()).toBe(false);
    });
});

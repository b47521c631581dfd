import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { starting } from './started-services';
import type { Starting } from './started-services';

/** Debian's Chromium (`apt-get install chromium`); its wrapper prints a harmless `[: unexpected operator`. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, sandbox-free (root in a container) and quiet: no network of its own, no updates, no sync. */
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

/**
 * For WebRTC on loopback without a microphone: a fake device, no permission prompt, loopback candidates, audio
 * that plays without a click (see /work/shared/notes/sip-e2e-facts.md).
 */
export const CHROMIUM_MEDIA_ARGS = [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    '--allow-loopback-in-peer-connection',
    '--autoplay-policy=no-user-gesture-required'
];

/**
 * {@link CHROMIUM_MEDIA_ARGS} under Chromium's own autoplay policy: a frame plays no sound until the user
 * clicked or typed in it (or in a parent it may inherit that from), as agents' browsers do.
 */
export const CHROMIUM_MEDIA_ARGS_DEFAULT_AUTOPLAY = CHROMIUM_MEDIA_ARGS.filter(
    (arg) => !arg.startsWith('--autoplay-policy=')
);

/** Launches Debian's Chromium for a test, the dev server's PBX or a bench, with `extraArgs` after the usual ones. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
    return chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS, ...extraArgs],
        timeout: 30_000
    });
}

/** Closes the browser, giving up after `ms` so a hung browser cannot hang the test run. */
export async function closeWithin(browser: Browser | undefined, ms: number): Promise<void> {
    if (!browser) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, ms);
    });
    await Promise.race([browser.close(), timeout]);
    clearTimeout(timer);
}

/** Chromium launched as one of several things a test starts together (see `startTogether`). */
export function startingChromium(extraArgs: readonly string[] = []): Starting<Browser> {
    return starting(launchChromium(extraArgs), (browser) => closeWithin(browser, 5000));
}

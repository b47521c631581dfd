import { OpenCtiHost } from '../src/cti';
import type { OpenCtiApi, OpenCtiHostOptions } from '../src/cti';
import type { ManualClock } from '../src/time';

/** An Open CTI host whose call timeouts run on a test's manual clock instead of real timers. */
export function hostOnManualClock(
    api: OpenCtiApi,
    clock: ManualClock,
    options: Pick<OpenCtiHostOptions, 'timeoutMs'> = {}
): OpenCtiHost {
    return new OpenCtiHost(api, {
        ...options,
        setTimer: (handler, ms) => clock.setTimer(handler, ms),
        clearTimer: (timer) => clock.clearTimer(timer as number)
    });
}

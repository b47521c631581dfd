import type { OpenCtiLogEntry, OpenCtiService } from '../../console/open-cti-service';
import { h } from './dom';

function row(entry: OpenCtiLogEntry): HTMLElement {
    return h(
        'li',
        {
            className: `slds-item${entry.outcome === 'error' ? ' slds-text-color_error' : ''}`,
            text: `${entry.method} — ${entry.outcome}`,
            attrs: {
                'data-method': entry.method,
                'data-outcome': entry.outcome,
                title: `${Math.round(entry.at)} ms${entry.detail ? `: ${entry.detail}` : ''}`
            }
        },
        entry.detail
            ? h('span', {
                  className: 'slds-text-body_small slds-text-color_weak sim-log-detail',
                  text: ` ${entry.detail}`
              })
            : null
    );
}

/** Lists every Open CTI call the console answers, newest last, with its arguments on hover. */
export function mountOpenCtiLog(list: HTMLElement, service: OpenCtiService): void {
    let scrolling = false;
    // Once per frame: reading scrollHeight forces a layout, which after every call would cost the softphone's
    // main thread (it is the console's) several milliseconds each.
    const scrollToNewest = (): void => {
        if (scrolling) return;
        scrolling = true;
        requestAnimationFrame(() => {
            scrolling = false;
            list.scrollTop = list.scrollHeight;
        });
    };
    const add = (entry: OpenCtiLogEntry): void => {
        list.querySelector('[data-empty]')?.remove();
        list.append(row(entry));
        scrollToNewest();
    };
    for (const entry of service.log()) add(entry);
    service.subscribeLog(add);
}

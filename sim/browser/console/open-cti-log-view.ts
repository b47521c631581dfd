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
    const add = (entry: OpenCtiLogEntry): void => {
        list.querySelector('[data-empty]')?.remove();
        list.append(row(entry));
        list.scrollTop = list.scrollHeight;
    };
    for (const entry of service.log()) add(entry);
    service.subscribeLog(add);
}

import { ANSWER_FAULTS, FAULTY_METHODS } from '../../console/fault-controls';
import type { AnswerFault, ConsoleFaults, FaultControls } from '../../console/fault-controls';
import { h, replaceChildren } from './dom';

const FAULT_WORDS: Readonly<Record<AnswerFault, string>> = {
    normal: 'Answer normally',
    fail: 'Fail',
    lose: 'Lose the request (nothing saved, no answer)',
    'commit-then-lose': 'Save, then lose the answer'
};

/**
 * The "Faults" card: `runApex` and `saveLog` fail or lose their answers, and the console goes offline, so a
 * tester can try by hand what the softphone does when Salesforce misbehaves (and a browser test can too, by
 * the same controls or `softphoneConsole.faults`).
 */
export function mountFaultControls(root: HTMLElement, faults: FaultControls): void {
    const selects = FAULTY_METHODS.map((method) => {
        const select = h(
            'select',
            {
                className: 'slds-select',
                attrs: { id: `sim-fault-${method}`, 'data-fault': method },
                on: {
                    change: () =>
                        faults.set({ [method]: select.value as AnswerFault } as Partial<ConsoleFaults>)
                }
            },
            ...ANSWER_FAULTS.map((fault) =>
                h('option', { attrs: { value: fault }, text: FAULT_WORDS[fault] })
            )
        );
        return { method, select };
    });
    const offline = h('input', {
        attrs: { type: 'checkbox', id: 'sim-fault-offline', 'data-fault': 'offline' },
        on: { change: () => faults.set({ offline: offline.checked }) }
    });
    const summary = h('p', {
        className: 'slds-text-body_small slds-text-color_weak slds-m-top_x-small',
        attrs: { role: 'status', 'data-fault-summary': true }
    });
    const show = (now: ConsoleFaults): void => {
        for (const { method, select } of selects) select.value = now[method];
        offline.checked = now.offline;
        const active = [
            ...FAULTY_METHODS.filter((method) => now[method] !== 'normal').map(
                (method) => `${method}: ${FAULT_WORDS[now[method]].toLowerCase()}`
            ),
            ...(now.offline ? ['console offline'] : [])
        ];
        summary.textContent = active.length === 0 ? 'No faults.' : `Faults on: ${active.join('; ')}.`;
    };
    faults.subscribe(show);
    show(faults.faults);

    replaceChildren(
        root,
        h(
            'div',
            { className: 'slds-card__header slds-grid' },
            h('h2', { className: 'slds-card__header-title', text: 'Faults' })
        ),
        h(
            'div',
            { className: 'slds-card__body slds-card__body_inner' },
            ...selects.map(({ method, select }) =>
                h(
                    'div',
                    { className: 'slds-form-element slds-m-bottom_x-small' },
                    h('label', {
                        className: 'slds-form-element__label',
                        text: `${method} answers`,
                        attrs: { for: select.id }
                    }),
                    h('div', { className: 'slds-form-element__control' }, select)
                )
            ),
            h(
                'div',
                { className: 'slds-form-element' },
                h(
                    'label',
                    { className: 'slds-checkbox__label', attrs: { for: offline.id } },
                    offline,
                    ' Console offline (methods that need Salesforce fail)'
                )
            ),
            summary
        )
    );
}

import type { OpenCtiMethodName } from '../open-cti/open-cti-methods';
import { failed } from '../open-cti/open-cti-answers';
import type { OpenCtiAnswer } from '../open-cti/open-cti-answers';

/**
 * What the console does with the answer of a method a tester put at fault:
 * - `normal`: answers as usual;
 * - `fail`: answers an error, and does nothing (an org that refused the request);
 * - `lose`: never answers, and does nothing (the request was lost on its way);
 * - `commit-then-lose`: does the work (a Task saved), then never answers (the answer was lost on its way back).
 */
export type AnswerFault = 'normal' | 'fail' | 'lose' | 'commit-then-lose';

export const ANSWER_FAULTS: readonly AnswerFault[] = ['normal', 'fail', 'lose', 'commit-then-lose'];

/** The methods whose answers a tester can put at fault one by one. */
export type FaultyMethod = 'runApex' | 'saveLog';

export const FAULTY_METHODS: readonly FaultyMethod[] = ['runApex', 'saveLog'];

/** The console's faults now. */
export interface ConsoleFaults {
    readonly runApex: AnswerFault;
    readonly saveLog: AnswerFault;
    /** The console lost its connection to Salesforce: every method that needs the server fails. */
    readonly offline: boolean;
}

/** Methods that go to Salesforce's servers; the others run in the console's page and work offline. */
const SERVER_METHODS: ReadonlySet<OpenCtiMethodName> = new Set<OpenCtiMethodName>([
    'getCallCenterSettings',
    'getSoftphoneLayout',
    'runApex',
    'saveLog',
    'searchAndScreenPop'
]);

/** What to do with one request: answer it (maybe with `answer` instead), or drop its answer. */
export type FaultDecision =
    | { readonly kind: 'answer' }
    | { readonly kind: 'refuse'; readonly answer: OpenCtiAnswer }
    | { readonly kind: 'drop-request' }
    | { readonly kind: 'drop-answer' };

const NO_FAULTS: ConsoleFaults = { runApex: 'normal', saveLog: 'normal', offline: false };

/**
 * The simulator's fault controls: a tester (or a browser test) makes `runApex` or `saveLog` fail or lose their
 * answers, or takes the console offline, to try by hand what the softphone does when Salesforce misbehaves.
 */
export class FaultControls {
    private current: ConsoleFaults = NO_FAULTS;
    private readonly listeners = new Set<(faults: ConsoleFaults) => void>();
    /** Requests the faults refused or dropped so far. */
    affected = 0;

    get faults(): ConsoleFaults {
        return this.current;
    }

    /** Changes some faults; unknown values are refused with an error, so a test cannot set a typo. */
    set(change: Partial<ConsoleFaults>): ConsoleFaults {
        for (const method of FAULTY_METHODS) {
            const fault = change[method];
            if (fault !== undefined && !ANSWER_FAULTS.includes(fault)) {
                throw new Error(
                    `${method} fault must be one of ${ANSWER_FAULTS.join(', ')}, not ${String(fault)}`
                );
            }
        }
        if (change.offline !== undefined && typeof change.offline !== 'boolean') {
            throw new Error('offline must be true or false');
        }
        this.current = { ...this.current, ...change };
        for (const listener of [...this.listeners]) listener(this.current);
        return this.current;
    }

    subscribe(listener: (faults: ConsoleFaults) => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /** What the console does with a call to `method` now. */
    decide(method: OpenCtiMethodName): FaultDecision {
        const decision = this.decision(method);
        if (decision.kind !== 'answer') this.affected += 1;
        return decision;
    }

    private decision(method: OpenCtiMethodName): FaultDecision {
        if (this.current.offline && SERVER_METHODS.has(method)) {
            return {
                kind: 'refuse',
                answer: failed('SERVER_ERROR', 'The console is offline: Salesforce could not be reached.')
            };
        }
        const fault = method === 'runApex' || method === 'saveLog' ? this.current[method] : 'normal';
        switch (fault) {
            case 'fail':
                return {
                    kind: 'refuse',
                    answer: failed('SERVER_ERROR', `${method} failed (a fault set in the simulator).`)
                };
            case 'lose':
                return { kind: 'drop-request' };
            case 'commit-then-lose':
                return { kind: 'drop-answer' };
            default:
                return { kind: 'answer' };
        }
    }
}

/**
 * Answers one request through the faults: `handle` runs the method (unless the fault refuses or drops the
 * request first); the result is what to send back, or `undefined` when no answer goes back.
 */
export function answerWithFaults(
    faults: FaultControls,
    method: OpenCtiMethodName,
    handle: () => OpenCtiAnswer
): OpenCtiAnswer | undefined {
    const decision = faults.decide(method);
    switch (decision.kind) {
        case 'refuse':
            return decision.answer;
        case 'drop-request':
            return undefined;
        case 'drop-answer':
            handle();
            return undefined;
        default:
            return handle();
    }
}

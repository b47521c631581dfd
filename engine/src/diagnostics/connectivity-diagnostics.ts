import type { ConnectionProblemView } from '../bridge';
import type { IceServerProblem } from '../telephony/sip/ice-server-source';
import { clip } from '../text';
import {
    TRUSTED_SITE_DIRECTIVES,
    directiveOf,
    originOf,
    socketFailureAdvice,
    trustedSiteAdvice
} from './trusted-site-advice';

/** The fields of a `SecurityPolicyViolationEvent` the diagnostics read; all untrusted. */
export interface CspViolation {
    readonly blockedURI?: unknown;
    readonly effectiveDirective?: unknown;
    readonly violatedDirective?: unknown;
    readonly disposition?: unknown;
}

/** Something that fires `securitypolicyviolation` events: the page's window or document. */
export interface ViolationEventTarget {
    addEventListener(type: 'securitypolicyviolation', listener: (event: CspViolation) => void): void;
    removeEventListener(type: 'securitypolicyviolation', listener: (event: CspViolation) => void): void;
}

/** Options for {@link ConnectivityDiagnostics}. */
export interface ConnectivityDiagnosticsOptions {
    /** Called with every problem list that differs from the last one. */
    readonly onChange: (problems: readonly ConnectionProblemView[]) => void;
    readonly log: { warn(message: string): void };
}

/** Most problems kept; the oldest go first. */
export const MAX_CONNECTION_PROBLEMS = 10;

/**
 * Names the connections the browser refused or that failed before they opened, by origin, so that an admin
 * knows which CSP Trusted Site to add (or which PBX setting to check).
 *
 * - `securitypolicyviolation` events (enforced, not report-only) with an absolute URL become `csp-blocked`
 *   problems for their directive, and the advice is logged once per origin and directive.
 * - A WebSocket that failed before it opened becomes `socket-failed`, unless CSP blocked that origin (the
 *   block explains it); a later successful open to the origin clears it.
 *
 * @public
 */
export class ConnectivityDiagnostics {
    readonly #onChange: ConnectivityDiagnosticsOptions['onChange'];
    readonly #log: ConnectivityDiagnosticsOptions['log'];
    #list: ConnectionProblemView[] = [];

    constructor(options: ConnectivityDiagnosticsOptions) {
        this.#onChange = options.onChange;
        this.#log = options.log;
    }

    /** The problems now, oldest first. */
    problems(): readonly ConnectionProblemView[] {
        return this.#list;
    }

    /** Listens for CSP violations on `target`; returns the function that stops listening. */
    watch(target: ViolationEventTarget): () => void {
        const listener = (event: CspViolation): void => this.cspViolation(event);
        target.addEventListener('securitypolicyviolation', listener);
        return () => target.removeEventListener('securitypolicyviolation', listener);
    }

    /** A CSP violation: kept when it was enforced and names an origin. Never throws. */
    cspViolation(event: CspViolation): void {
        if (typeof event !== 'object' || event === null) return;
        if (event.disposition === 'report') return;
        const origin = typeof event.blockedURI === 'string' ? originOf(event.blockedURI) : undefined;
        const directive = directiveOf(event.effectiveDirective, event.violatedDirective);
        if (origin === undefined || directive === undefined || !(directive in TRUSTED_SITE_DIRECTIVES))
            return;
        const known = this.#list.some(
            (problem) =>
                problem.kind === 'csp-blocked' && problem.origin === origin && problem.directive === directive
        );
        if (known) return;
        this.#log.warn(trustedSiteAdvice(origin, directive));
        this.#update([
            ...this.#list.filter(
                (problem) => !(problem.kind === 'socket-failed' && problem.origin === origin)
            ),
            { kind: 'csp-blocked', origin, directive }
        ]);
    }

    /** A WebSocket to `url` failed (error or close) before it opened. */
    socketFailedBeforeOpen(url: string): void {
        const origin = originOf(url);
        if (origin === undefined) return;
        if (this.#list.some((problem) => problem.origin === origin)) return;
        this.#log.warn(socketFailureAdvice(origin));
        this.#update([...this.#list, { kind: 'socket-failed', origin }]);
    }

    /** A WebSocket to `url` opened: an earlier failure to that origin is over. */
    socketOpened(url: string): void {
        const origin = originOf(url);
        if (origin === undefined) return;
        const rest = this.#list.filter(
            (problem) => !(problem.kind === 'socket-failed' && problem.origin === origin)
        );
        if (rest.length !== this.#list.length) this.#update(rest);
    }

    /**
     * A TURN server cannot be used (`turn-unavailable`: no credentials; `turn-refused`: it refused them), or,
     * with `undefined`, can again. Replaces the earlier TURN problem; logged once per kind and server.
     */
    iceServerProblem(problem: IceServerProblem | undefined): void {
        const rest = this.#list.filter(
            (listed) => listed.kind !== 'turn-unavailable' && listed.kind !== 'turn-refused'
        );
        if (!problem) {
            if (rest.length !== this.#list.length) this.#update(rest);
            return;
        }
        const known = this.#list.some(
            (listed) => listed.kind === problem.kind && listed.origin === problem.url
        );
        if (!known) this.#log.warn(problem.detail);
        this.#update([
            ...rest,
            { kind: problem.kind, origin: problem.url, detail: clip(problem.detail, 200) }
        ]);
    }

    #update(next: ConnectionProblemView[]): void {
        this.#list = next.slice(-MAX_CONNECTION_PROBLEMS);
        this.#onChange(this.#list);
    }
}

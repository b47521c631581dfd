// Generated from force-app/main/default/lwc/softphoneConnectionProblems/softphoneConnectionProblems.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/softphoneFormat';
import CSP_BLOCKED from '@salesforce/label/c.Softphone_CspBlocked';
import CSP_BLOCKED_FIX from '@salesforce/label/c.Softphone_CspBlockedFix';
import SOCKET_FAILED from '@salesforce/label/c.Softphone_SocketFailed';
import SOCKET_FAILED_FIX from '@salesforce/label/c.Softphone_SocketFailedFix';
import TITLE from '@salesforce/label/c.Softphone_ConnectionProblemsTitle';
import TURN_REFUSED from '@salesforce/label/c.Softphone_TurnRefused';
import TURN_REFUSED_FIX from '@salesforce/label/c.Softphone_TurnRefusedFix';
import TURN_UNAVAILABLE from '@salesforce/label/c.Softphone_TurnUnavailable';
import TURN_UNAVAILABLE_FIX from '@salesforce/label/c.Softphone_TurnUnavailableFix';
/**
 * Connections the browser blocked (Content Security Policy) or that failed before they opened, and TURN
 * servers the softphone cannot use (no credentials, or credentials refused), each with the address and what an
 * admin does about it: the CSP Trusted Site to add, or the settings to check.
 */
export default class SoftphoneConnectionProblems extends LightningElement {
    @api
    problems = [];
    labels = { title: TITLE };
    get items() {
        return this.problems.map((problem, index) => {
            const key = `${index}-${problem.origin}`;
            if (problem.kind === 'csp-blocked') {
                return {
                    key,
                    message: formatLabel(CSP_BLOCKED, problem.origin),
                    fix: formatLabel(CSP_BLOCKED_FIX, problem.origin, problem.directive ?? 'connect-src')
                };
            }
            if (problem.kind === 'turn-refused') {
                return { key, message: formatLabel(TURN_REFUSED, problem.origin), fix: TURN_REFUSED_FIX };
            }
            if (problem.kind === 'turn-unavailable') {
                return {
                    key,
                    message: formatLabel(TURN_UNAVAILABLE, problem.origin, problem.detail ?? ''),
                    fix: TURN_UNAVAILABLE_FIX
                };
            }
            return { key, message: formatLabel(SOCKET_FAILED, problem.origin), fix: SOCKET_FAILED_FIX };
        });
    }
}

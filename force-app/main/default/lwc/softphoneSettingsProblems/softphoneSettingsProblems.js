// Generated from force-app/main/default/lwc/softphoneSettingsProblems/softphoneSettingsProblems.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/softphoneFormat';
import HELP from '@salesforce/label/c.Softphone_SettingsProblemsHelp';
import TITLE from '@salesforce/label/c.Softphone_SettingsProblemsTitle';
/**
 * Call center settings the admin must fix (setting name and message), in a collapsible SLDS section. It starts
 * closed while the agent keeps working with what still works, and open when a setting stops the phone, so the
 * setting to fix is named on screen; either way the agent can open or close it.
 */
export default class SoftphoneSettingsProblems extends LightningElement {
    @api
    problems = [];
    labels = { help: HELP };
    /** The agent's own choice; until they make one, open exactly when a setting stops the phone. */
    toggled;
    get expanded() {
        return this.toggled ?? this.problems.some((problem) => problem.stopsPhone === true);
    }
    get heading() {
        return formatLabel(TITLE, this.problems.length);
    }
    get items() {
        return this.problems.map((problem, index) => ({
            key: `${index}-${problem.setting}`,
            setting: problem.setting,
            message: problem.message
        }));
    }
    get sectionClass() {
        return `softphone-settings-problems slds-section slds-m-vertical_x-small${this.expanded ? ' slds-is-open' : ''}`;
    }
    get collapsed() {
        return !this.expanded;
    }
    get ariaExpanded() {
        return String(this.expanded);
    }
    handleToggle() {
        this.toggled = !this.expanded;
    }
}

// Generated from force-app/main/default/lwc/softphoneSettingsProblems/softphoneSettingsProblems.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/softphoneFormat';
import HELP from '@salesforce/label/c.Softphone_SettingsProblemsHelp';
import TITLE from '@salesforce/label/c.Softphone_SettingsProblemsTitle';
/**
 * Call center settings the admin must fix (setting name and message), in a collapsible SLDS section that
 * starts closed: the agent keeps working with what still works, the admin opens it to read the details.
 */
export default class SoftphoneSettingsProblems extends LightningElement {
    @api
    problems = [];
    labels = { help: HELP };
    expanded = false;
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
        this.expanded = !this.expanded;
    }
}

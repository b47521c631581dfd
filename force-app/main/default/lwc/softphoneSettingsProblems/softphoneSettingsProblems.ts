import { LightningElement, api } from 'lwc';
import type { SettingsProblemView } from 'c/softphoneBridgeProtocol';
import { formatLabel } from 'c/softphoneFormat';
import HELP from '@salesforce/label/c.Softphone_SettingsProblemsHelp';
import TITLE from '@salesforce/label/c.Softphone_SettingsProblemsTitle';

/**
 * Call center settings the admin must fix (setting name and message), in a collapsible SLDS section. It starts
 * closed while the agent keeps working with what still works, and open when a setting stops the phone, so the
 * setting to fix is named on screen; either way the agent can open or close it.
 */
export default class SoftphoneSettingsProblems extends LightningElement {
    @api problems: readonly SettingsProblemView[] = [];

    labels = { help: HELP };
    /** The agent's own choice; until they make one, open exactly when a setting stops the phone. */
    toggled: boolean | undefined;

    get expanded(): boolean {
        return this.toggled ?? this.problems.some((problem) => problem.stopsPhone === true);
    }

    get heading(): string {
        return formatLabel(TITLE, this.problems.length);
    }

    get items(): { key: string; setting: string; message: string }[] {
        return this.problems.map((problem, index) => ({
            key: `${index}-${problem.setting}`,
            setting: problem.setting,
            message: problem.message
        }));
    }

    get sectionClass(): string {
        return `softphone-settings-problems slds-section slds-m-vertical_x-small${this.expanded ? ' slds-is-open' : ''}`;
    }

    get collapsed(): boolean {
        return !this.expanded;
    }

    get ariaExpanded(): string {
        return String(this.expanded);
    }

    handleToggle(): void {
        this.toggled = !this.expanded;
    }
}

import type { ConsoleState } from '../../console/console-state';
import type { OrgStore } from '../../org/org-store';

/** What the console's views read and act on. */
export interface ConsoleViewContext {
    readonly org: OrgStore;
    readonly state: ConsoleState;
    /** The agent clicks a phone number: hands it to the softphone; false when click-to-dial is off. */
    readonly clickToDial: (recordId: string, field: string) => boolean;
    /** Puts the components a record page holds (Call with softphone) in `container`, when the console has them. */
    readonly recordComponents?: (
        container: HTMLElement,
        record: { id: string; objectApiName: string }
    ) => void;
}

import { HOME } from './console-location';
import type { ConsoleLocation, NewRecordModal } from './console-location';
import type { UtilityItem } from './utility-item';

/** The softphone's utility item and panel as the console shows them. */
export interface UtilityState {
    readonly panelVisible: boolean;
    /** The utility bar item's label and SLDS utility icon (`setSoftphoneItemLabel` / `Icon`). */
    readonly itemLabel: string;
    readonly itemIcon: string;
    /** The panel header's label and icon (`setSoftphonePanelLabel` / `Icon`). */
    readonly panelLabel: string;
    readonly panelIcon: string;
    readonly panelWidth: number;
    readonly panelHeight: number;
}

/** What changed: the page (location or modal), a `refreshView`, click-to-dial, the utility, start-up. */
export type ConsoleChange = 'location' | 'refresh' | 'click-to-dial' | 'utility' | 'initialized';

/**
 * The console's state, the one place the workspace, the utility bar and the Open CTI service read and
 * change: what is open (a location and maybe a new-record modal over it), how often the view was refreshed,
 * whether click-to-dial is on, the utility item and panel, and whether the softphone said it started.
 * Listeners hear each change after it happened.
 */
export class ConsoleState {
    private currentLocation: ConsoleLocation = HOME;
    private currentModal: NewRecordModal | undefined;
    private refreshes = 0;
    private clickToDial = false;
    private started = false;
    private currentUtility: UtilityState;
    private readonly listeners = new Set<(change: ConsoleChange) => void>();

    constructor(utility: UtilityItem) {
        this.currentUtility = {
            panelVisible: true,
            itemLabel: utility.label,
            itemIcon: utility.icon,
            panelLabel: utility.label,
            panelIcon: utility.icon,
            panelWidth: utility.width,
            panelHeight: utility.height
        };
    }

    get location(): ConsoleLocation {
        return this.currentLocation;
    }

    get modal(): NewRecordModal | undefined {
        return this.currentModal;
    }

    /** How many times the view was refreshed (`refreshView`, or the agent saving a record). */
    get refreshCount(): number {
        return this.refreshes;
    }

    get clickToDialEnabled(): boolean {
        return this.clickToDial;
    }

    get utility(): UtilityState {
        return this.currentUtility;
    }

    /** Whether the softphone called `notifyInitializationComplete`. */
    get initialized(): boolean {
        return this.started;
    }

    /** Opens a page; a modal that was open closes. */
    navigate(location: ConsoleLocation): void {
        this.currentLocation = location;
        this.currentModal = undefined;
        this.emit('location');
    }

    /** Opens a new-record form over the current page. */
    openModal(modal: NewRecordModal): void {
        this.currentModal = modal;
        this.emit('location');
    }

    /** Closes the new-record form; the page under it shows again. */
    closeModal(): void {
        if (!this.currentModal) return;
        this.currentModal = undefined;
        this.emit('location');
    }

    /** Re-reads the open page's data from the org. */
    refresh(): void {
        this.refreshes += 1;
        this.emit('refresh');
    }

    setClickToDial(enabled: boolean): void {
        if (this.clickToDial === enabled) return;
        this.clickToDial = enabled;
        this.emit('click-to-dial');
    }

    updateUtility(changes: Partial<UtilityState>): void {
        this.currentUtility = { ...this.currentUtility, ...changes };
        this.emit('utility');
    }

    markInitialized(): void {
        this.started = true;
        this.emit('initialized');
    }

    /** Tells `listener` about every later change; returns the function that stops it. */
    subscribe(listener: (change: ConsoleChange) => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    private emit(change: ConsoleChange): void {
        for (const listener of [...this.listeners]) listener(change);
    }
}

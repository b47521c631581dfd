// Generated from force-app/main/default/lwc/softphoneWrapUp/softphoneWrapUp.ts by `npm run build`. Do not edit: change the TypeScript source.
import { LightningElement, api } from 'lwc';
import { BRIDGE_MAX_TEXT_LENGTH } from 'c/softphoneBridgeProtocol';
import { CallTimerClock, callerName, formatCountdown, formatLabel, recordLabel } from 'c/softphoneFormat';
import CALL_NOTES from '@salesforce/label/c.Softphone_CallNotes';
import DISPOSITION from '@salesforce/label/c.Softphone_Disposition';
import DISPOSITION_PLACEHOLDER from '@salesforce/label/c.Softphone_DispositionPlaceholder';
import NOTES from '@salesforce/label/c.Softphone_Notes';
import RELATED_RECORD from '@salesforce/label/c.Softphone_RelatedRecord';
import RELATED_RECORD_NONE from '@salesforce/label/c.Softphone_RelatedRecordNone';
import RELATED_RECORD_PLACEHOLDER from '@salesforce/label/c.Softphone_RelatedRecordPlaceholder';
import SAVE from '@salesforce/label/c.Softphone_Save';
import UNKNOWN_CALLER from '@salesforce/label/c.Softphone_UnknownCaller';
import WRAP_UP from '@salesforce/label/c.Softphone_WrapUp';
import WRAP_UP_ENDS_IN from '@salesforce/label/c.Softphone_WrapUpEndsIn';
/** How long typing pauses before the notes are sent to the engine. */
export const NOTES_DEBOUNCE_MS = 500;
/** The value of the related record list's None option (a combobox value cannot be empty and selected). */
const NO_RECORD = 'none';
/**
 * The call log form: notes, call result (disposition) and related record. It is shown below the call controls
 * while the call is connected or on hold, so the agent takes notes as they talk, and stays in place (same
 * component, same field, same focus) when the call ends and wrap-up begins; then it adds Save and, when the
 * call center limits wrap-up, a countdown.
 *
 * Notes are kept as typed and sent debounced, on blur and before Save, so a snapshot that arrives while the
 * agent types never overwrites what they typed.
 *
 * Fires `command` (detail: a `UiCommand`): `update-wrap-up`, `save-wrap-up`.
 */
export default class SoftphoneWrapUp extends LightningElement {
    @api
    dispositions = [];
    labels = {
        disposition: DISPOSITION,
        dispositionPlaceholder: DISPOSITION_PLACEHOLDER,
        notes: NOTES,
        relatedRecord: RELATED_RECORD,
        relatedRecordPlaceholder: RELATED_RECORD_PLACEHOLDER,
        save: SAVE,
        wrapUp: WRAP_UP
    };
    notesMaxLength = BRIDGE_MAX_TEXT_LENGTH;
    now = Date.now();
    /** What the agent typed that the engine has not confirmed yet; undefined when the snapshot is current. */
    notesDraft;
    current;
    notesTimer;
    countdownClock = new CallTimerClock((now) => {
        this.now = now;
    });
    attached = false;
    @api
    get call() {
        return this.current;
    }
    set call(value) {
        if (value?.id !== this.current?.id) {
            this.cancelNotesTimer();
            this.notesDraft = undefined;
        }
        this.current = value;
        if (this.notesTimer === undefined && this.notesDraft === value?.notes) {
            this.notesDraft = undefined;
        }
        this.now = Date.now();
        this.syncCountdown();
    }
    connectedCallback() {
        this.attached = true;
        this.syncCountdown();
    }
    disconnectedCallback() {
        this.attached = false;
        this.cancelNotesTimer();
        this.syncCountdown();
    }
    /** Moves focus to the notes. */
    @api
    focus() {
        this.template?.querySelector('[data-id="notes"]')?.focus();
    }
    get isWrapUp() {
        return this.current?.state === 'wrap-up';
    }
    get heading() {
        return this.isWrapUp ? WRAP_UP : CALL_NOTES;
    }
    /** Who the call was with, shown in wrap-up once the call controls are gone. */
    get caller() {
        if (!this.current) return '';
        return [callerName(this.current) ?? UNKNOWN_CALLER, this.current.displayNumber].join(' · ');
    }
    get notes() {
        return this.notesDraft ?? this.current?.notes ?? '';
    }
    get countdown() {
        const endsAt = this.current?.wrapUpEndsAt;
        if (!this.isWrapUp || endsAt === undefined) return '';
        return formatLabel(WRAP_UP_ENDS_IN, formatCountdown(endsAt, this.now));
    }
    get dispositionOptions() {
        const values = [...this.dispositions];
        const chosen = this.current?.disposition;
        if (chosen && !values.includes(chosen)) values.push(chosen);
        return values.map((value) => ({ label: value, value }));
    }
    get hasDispositions() {
        return this.dispositionOptions.length > 0;
    }
    get disposition() {
        return this.current?.disposition ?? '';
    }
    /**
     * What the call may be related to: None, the record it is related to now, the records the caller matched
     * and the record open in the console. The value shown is always the relation the log will be saved with.
     */
    get relatedRecordOptions() {
        if (!this.current) return [];
        const { relatedRecord, matches, openRecord } = this.current;
        const records = [];
        for (const record of [relatedRecord, ...matches, openRecord]) {
            if (record && !records.some((known) => known.id === record.id)) records.push(record);
        }
        return [
            { label: RELATED_RECORD_NONE, value: NO_RECORD },
            ...records.map((record) => ({ label: recordLabel(record), value: record.id }))
        ];
    }
    get relatedRecordId() {
        return this.current?.relatedRecord?.id ?? NO_RECORD;
    }
    handleNotesChange(event) {
        this.notesDraft = event.detail.value ?? '';
        this.cancelNotesTimer();
        // Debounce: send the notes once typing pauses instead of on every keystroke.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.notesTimer = setTimeout(() => {
            this.notesTimer = undefined;
            this.sendNotes();
        }, NOTES_DEBOUNCE_MS);
    }
    handleNotesBlur() {
        this.flushNotes();
    }
    handleDispositionChange(event) {
        const disposition = event.detail.value;
        // The list shows the call's disposition, not the choice: the next snapshot confirms (or refuses) it.
        event.target.value = this.disposition;
        if (this.current && disposition && disposition !== this.current.disposition) {
            this.send({ type: 'update-wrap-up', callId: this.current.id, disposition });
        }
    }
    handleRelatedRecordChange(event) {
        const chosen = event.detail.value;
        event.target.value = this.relatedRecordId;
        if (this.current && chosen !== this.relatedRecordId) {
            // None is sent as an empty id: the engine clears the relation.
            this.send({
                type: 'update-wrap-up',
                callId: this.current.id,
                relatedRecordId: chosen === NO_RECORD ? '' : chosen
            });
        }
    }
    handleSave() {
        if (!this.current) return;
        this.flushNotes();
        this.send({ type: 'save-wrap-up', callId: this.current.id });
    }
    /** Sends notes that are still waiting for the debounce. */
    flushNotes() {
        if (this.notesTimer === undefined) return;
        this.cancelNotesTimer();
        this.sendNotes();
    }
    sendNotes() {
        if (this.current && this.notesDraft !== undefined) {
            this.send({ type: 'update-wrap-up', callId: this.current.id, notes: this.notesDraft });
        }
    }
    cancelNotesTimer() {
        clearTimeout(this.notesTimer);
        this.notesTimer = undefined;
    }
    send(command) {
        this.dispatchEvent(new CustomEvent('command', { detail: command }));
    }
    /** Runs the countdown tick only while on the page, in wrap-up, with a time limit. */
    syncCountdown() {
        this.countdownClock.run(this.attached && this.isWrapUp && this.current?.wrapUpEndsAt !== undefined);
    }
}

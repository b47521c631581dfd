// Generated from force-app/main/default/lwc/softphoneFormat/softphoneFormat.ts by `npm run build`. Do not edit: change the TypeScript source.
/** How often the running call timers (talk time, hold time, the wrap-up countdown) are redrawn. */
export const TICK_MS = 1000;
/**
 * The clock behind a component's running timers: while it runs it calls `onTick` with the time every
 * {@link TICK_MS}. The timers are derived from the snapshot's timestamps and show time passing between
 * snapshots; only a clock tick can redraw them. The active call and the wrap-up share it.
 */
export class CallTimerClock {
    onTick;
    handle;
    constructor(onTick) {
        this.onTick = onTick;
    }
    /** Starts the tick when `running` and it is stopped, stops it when not; runs at most one interval. */
    run(running) {
        if (running && this.handle === undefined) {
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.handle = setInterval(() => this.onTick(Date.now()), TICK_MS);
        } else if (!running && this.handle !== undefined) {
            clearInterval(this.handle);
            this.handle = undefined;
        }
    }
}
const pad = (value) => String(value).padStart(2, '0');
/**
 * A duration as the agent reads it: `m:ss` under an hour, `h:mm:ss` from an hour on. Fractions of a second
 * are dropped and negative durations read `0:00`.
 */
export function formatDuration(ms) {
    const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}
const TIME_OF_DAY = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
/**
 * The time of day of a moment (epoch ms) in the agent's own locale and time zone, e.g. `9:05 AM` or `09:05`;
 * empty for a moment that is not a finite number.
 */
export function formatTimeOfDay(at) {
    return Number.isFinite(at) ? TIME_OF_DAY.format(at) : '';
}
/** A moment (epoch ms) as an ISO 8601 date-time for `<time datetime>`; empty for one that is not a finite number. */
export function isoDateTime(at) {
    return Number.isFinite(at) ? new Date(at).toISOString() : '';
}
/** Time left until `endsAt`, rounded up to the second so a countdown reads `0:00` only when it is over. */
export function formatCountdown(endsAt, now) {
    return formatDuration(Math.ceil(Math.max(0, endsAt - now) / 1000) * 1000);
}
/** Fills the `{0}`, `{1}`, … placeholders of a Custom Label. Unknown placeholders are left as they are. */
export function formatLabel(label, ...values) {
    return label.replace(/\{(\d+)\}/g, (placeholder, index) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}
/** How long the current hold has lasted; 0 when the call is not on hold. */
export function holdTimeMs(call, now) {
    return call.holdStartedAt === undefined ? 0 : Math.max(0, now - call.holdStartedAt);
}
/** Talk time: now − connectedAt − heldTotalMs − the current hold; 0 before the call connects. */
export function talkTimeMs(call, now) {
    if (call.connectedAt === undefined) return 0;
    return Math.max(0, now - call.connectedAt - call.heldTotalMs - holdTimeMs(call, now));
}
/**
 * Who is on the line, as far as the softphone knows: the only matching record's name, else the name the phone
 * system signalled. Undefined when neither is known.
 */
export function callerName(call) {
    const only = call.matches.length === 1 ? call.matches[0] : undefined;
    return only?.name || call.displayName || undefined;
}
/** A record as an option label: its name, and its object type when known (`Ada Lovelace (Contact)`). */
export function recordLabel(record) {
    const name = record.name || record.id;
    return record.objectType ? `${name} (${record.objectType})` : name;
}

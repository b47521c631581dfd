import { TelephonyError } from '../telephony-error';

/** The part of `navigator.mediaDevices` the softphone uses. */
export interface MicrophoneDevices {
    getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
    addEventListener?(type: 'devicechange', listener: () => void): void;
    removeEventListener?(type: 'devicechange', listener: () => void): void;
}

/** The microphone as every call asks for it. */
const CALL_AUDIO: MediaStreamConstraints = { audio: true, video: false };

function nameOf(error: unknown): string {
    return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function isLive(stream: MediaStream): boolean {
    return stream.getAudioTracks().some((track) => track.readyState === 'live');
}

function stopTracks(stream: MediaStream): void {
    for (const track of stream.getTracks()) track.stop();
}

/**
 * Why the microphone could not be opened, in words the agent can act on, as a `microphone-denied`
 * {@link TelephonyError} (the engine shows its own notice for that code).
 * @public
 */
export function microphoneError(error: unknown): TelephonyError {
    const name = nameOf(error);
    const words =
        name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError'
            ? 'The browser blocked the microphone. Allow it for this site, then try again.'
            : name === 'NotFoundError' || name === 'DevicesNotFoundError'
              ? 'No microphone was found. Connect one, then try again.'
              : name === 'NotReadableError' || name === 'TrackStartError'
                ? 'The microphone is busy or failed. Close other apps that use it, then try again.'
                : `The microphone could not be opened${name ? ` (${name})` : ''}.`;
    return new TelephonyError('microphone-denied', words);
}

/** The stream kept open, or still opening, on the microphone `deviceId` names. */
interface KeptStream {
    readonly deviceId: string;
    readonly opening: Promise<MediaStream>;
    stream?: MediaStream;
}

/**
 * The agent's microphone for calls (audio only, no camera). Opening it takes `getUserMedia`, from about
 * 10 ms to a few hundred the first time; so while the agent is available ({@link Microphone.keepOpen}) one
 * stream stays open and each call takes its own clone of it at once, which the call stops when it ends.
 * Otherwise each call opens the microphone itself.
 *
 * The kept stream follows the devices: when they change (a headset plugged in, the default device switched)
 * or its track ended, it is opened again on the current default. A refusal becomes a `microphone-denied`
 * {@link TelephonyError}, which SIP.js passes back out of `invite()` and `accept()`.
 * @public
 */
export class Microphone {
    #kept: KeptStream | undefined;
    #keeping = false;
    #watched: MicrophoneDevices | undefined;
    readonly #onDeviceChange = (): void => this.#devicesChanged();

    readonly #devices: () => MicrophoneDevices | undefined;
    readonly #deviceId: () => string;
    constructor(
        devices: () => MicrophoneDevices | undefined,
        /** The agent's chosen microphone (`''`: the default). */
        deviceId: () => string = () => ''
    ) {
        this.#devices = devices;
        this.#deviceId = deviceId;
    }

    /**
     * Opens the microphone now, in the background, and keeps it open for the calls to come until
     * {@link Microphone.release}. A failure is not reported here: the next call opens it again and says why.
     */
    keepOpen(): Promise<void> {
        this.#keeping = true;
        this.#watchDevices();
        return this.#keptStream().then(
            () => undefined,
            () => undefined
        );
    }

    /** Closes the kept stream; calls in progress keep their own tracks. */
    release(): void {
        this.#keeping = false;
        this.#watched?.removeEventListener?.('devicechange', this.#onDeviceChange);
        this.#watched = undefined;
        this.#drop();
    }

    /** A stream for one call; the caller stops its tracks when the call ends. */
    async open(constraints: MediaStreamConstraints = CALL_AUDIO): Promise<MediaStream> {
        if (!this.#keeping || (constraints.audio ?? true) !== true) return this.#openDevice(constraints);
        const stream = await this.#keptStream();
        // Released or ended while it opened: this call opens its own.
        return isLive(stream) ? stream.clone() : this.#openDevice(constraints);
    }

    #keptStream(): Promise<MediaStream> {
        const deviceId = this.#deviceId();
        if (
            this.#kept &&
            (this.#kept.deviceId !== deviceId || (this.#kept.stream && !isLive(this.#kept.stream)))
        )
            this.#drop();
        if (this.#kept) return this.#kept.opening;
        const kept: KeptStream = { deviceId, opening: this.#openDevice(CALL_AUDIO) };
        this.#kept = kept;
        kept.opening.then(
            (stream) => {
                if (this.#kept === kept) kept.stream = stream;
                else stopTracks(stream);
            },
            () => {
                if (this.#kept === kept) this.#kept = undefined;
            }
        );
        return kept.opening;
    }

    /** Forgets the kept stream and stops it (once it opened, if it is still opening). */
    #drop(): void {
        const kept = this.#kept;
        this.#kept = undefined;
        if (kept?.stream) stopTracks(kept.stream);
    }

    #watchDevices(): void {
        if (this.#watched) return;
        const devices = this.#devices();
        if (!devices?.addEventListener) return;
        devices.addEventListener('devicechange', this.#onDeviceChange);
        this.#watched = devices;
    }

    #devicesChanged(): void {
        if (!this.#keeping || !this.#kept) return;
        this.#drop();
        void this.#keptStream().catch(() => undefined);
    }

    async #openDevice(constraints: MediaStreamConstraints): Promise<MediaStream> {
        const mediaDevices = this.#devices();
        if (!mediaDevices) {
            throw new TelephonyError(
                'microphone-denied',
                'This page cannot use a microphone: it must be served over https.'
            );
        }
        const deviceId = this.#deviceId();
        const chosen = deviceId !== '' && (constraints.audio ?? true) === true;
        try {
            return await mediaDevices.getUserMedia({
                ...constraints,
                audio: chosen ? { deviceId: { exact: deviceId } } : (constraints.audio ?? true),
                video: false
            });
        } catch (error) {
            // The chosen microphone is gone (unplugged): the call goes on with the default one.
            if (chosen && /^(NotFound|Overconstrained)Error$/.test(nameOf(error)))
                return this.#openDevice({ ...constraints, audio: {} });
            throw microphoneError(error);
        }
    }
}

import { TelephonyError } from '../telephony-error';

/** The part of `navigator.mediaDevices` the softphone uses. */
export interface MicrophoneDevices {
    getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
}

function nameOf(error: unknown): string {
    return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
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

/**
 * The media stream factory the SIP.js session description handler calls for each call: the agent's
 * microphone (no camera), turning a refusal into a `microphone-denied` {@link TelephonyError} that SIP.js
 * passes back out of `invite()` and `accept()`.
 * @public
 */
export function microphoneStreamFactory(
    devices: () => MicrophoneDevices | undefined
): (constraints: MediaStreamConstraints) => Promise<MediaStream> {
    return async (constraints) => {
        const mediaDevices = devices();
        if (!mediaDevices) {
            throw new TelephonyError(
                'microphone-denied',
                'This page cannot use a microphone: it must be served over https.'
            );
        }
        try {
            return await mediaDevices.getUserMedia({
                ...constraints,
                audio: constraints.audio ?? true,
                video: false
            });
        } catch (error) {
            throw microphoneError(error);
        }
    };
}

/**
 * Where a call's remote party is heard. The provider gives each call its own, and stops it when the call
 * ends.
 * @public
 */
export interface RemoteAudio {
    /** Plays `stream` (its tracks may arrive later). */
    play(stream: MediaStream): void;
    /** Stops playing and releases the output. */
    stop(): void;
}

/** Marks the `<audio>` elements the provider creates, for people and tests looking at the page. */
export const REMOTE_AUDIO_ATTRIBUTE = 'data-softphone-remote-audio';

/**
 * A {@link RemoteAudio} on an `<audio>` element the provider creates, hidden at the end of `document.body`
 * (so it survives re-renders of the UI), on the speaker `speakerId` names, removed when the call ends.
 * `onPlayRefused` hears of the browser refusing to play it (autoplay policy).
 * @public
 */
export function createRemoteAudioElement(
    document: Document,
    callId: string,
    speakerId: () => string = () => '',
    /** The browser refused to play the call (autoplay policy: no click in the page yet). */
    onPlayRefused: () => void = () => undefined
): RemoteAudio {
    const refused = (error: unknown): void => {
        if (error instanceof Error && error.name === 'NotAllowedError') onPlayRefused();
    };
    let element: HTMLAudioElement | undefined;
    return {
        play(stream) {
            if (!element) {
                element = document.createElement('audio');
                element.autoplay = true;
                element.hidden = true;
                element.setAttribute(REMOTE_AUDIO_ATTRIBUTE, callId);
                const sinkId = speakerId();
                // A refused speaker leaves the call on the default one; the sound settings say why.
                if (sinkId !== '') element.setSinkId?.(sinkId).catch(() => undefined);
                document.body.append(element);
            }
            element.srcObject = stream;
            // Autoplay may be refused until the agent interacts with the page (answering does; a call from
            // click-to-dial or early media may not): the agent is then asked for a click.
            element.play().catch(refused);
            stream.addEventListener('addtrack', () => element?.play().catch(refused));
        },
        stop() {
            if (!element) return;
            element.pause();
            element.srcObject = null;
            element.remove();
            element = undefined;
        }
    };
}

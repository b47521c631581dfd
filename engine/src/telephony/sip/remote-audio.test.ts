import { createRemoteAudioElement, REMOTE_AUDIO_ATTRIBUTE } from './remote-audio';

/** Just enough of a document and an `<audio>` element. */
function fakeDocument() {
    const body: unknown[] = [];
    const audio = {
        autoplay: false,
        hidden: false,
        srcObject: null as unknown,
        attributes: new Map<string, string>(),
        plays: 0,
        paused: false,
        setAttribute(name: string, value: string) {
            this.attributes.set(name, value);
        },
        play() {
            this.plays++;
            return Promise.reject(new Error('autoplay refused'));
        },
        pause() {
            this.paused = true;
        },
        remove() {
            body.splice(body.indexOf(this), 1);
        }
    };
    const document = {
        body: { append: (element: unknown) => body.push(element) },
        createElement: (tag: string) => {
            expect(tag).toBe('audio');
            return audio;
        }
    } as unknown as Document;
    return { document, body, audio };
}

function fakeStream() {
    const listeners: (() => void)[] = [];
    const stream = {
        addEventListener: (_type: string, listener: () => void) => listeners.push(listener)
    } as unknown as MediaStream;
    return { stream, addTrack: () => listeners.forEach((listener) => listener()) };
}

describe('createRemoteAudioElement', () => {
    it('plays the stream in a hidden autoplaying <audio> it adds, marked with the call id', async () => {
        const { document, body, audio } = fakeDocument();
        const { stream, addTrack } = fakeStream();
        const output = createRemoteAudioElement(document, 'c1');
        expect(body).toEqual([]);
        output.play(stream);
        expect(body).toEqual([audio]);
        expect(audio).toMatchObject({ autoplay: true, hidden: true, srcObject: stream, plays: 1 });
        expect(audio.attributes.get(REMOTE_AUDIO_ATTRIBUTE)).toBe('c1');
        addTrack();
        expect(audio.plays).toBe(2);
        await Promise.resolve();
    });

    it('plays on the speaker the agent chose, and on the default when the browser refuses it', async () => {
        const { document, audio } = fakeDocument();
        const sinks: string[] = [];
        Object.assign(audio, {
            setSinkId: (id: string) => {
                sinks.push(id);
                return Promise.reject(new Error('NotAllowedError'));
            }
        });
        createRemoteAudioElement(document, 'c1', () => 'headset-1').play(fakeStream().stream);
        expect(sinks).toEqual(['headset-1']);
        await Promise.resolve();
        createRemoteAudioElement(document, 'c2', () => '').play(fakeStream().stream);
        expect(sinks).toEqual(['headset-1']);
    });

    it('tells when the browser refuses to play the call (autoplay policy), not for other failures', async () => {
        const { document, audio } = fakeDocument();
        const refusals: string[] = [];
        let failure = Object.assign(new Error('no gesture'), { name: 'NotAllowedError' });
        audio.play = function play() {
            this.plays++;
            return Promise.reject(failure);
        };
        const output = createRemoteAudioElement(
            document,
            'c1',
            () => '',
            () => refusals.push('refused')
        );
        output.play(fakeStream().stream);
        await Promise.resolve();
        await Promise.resolve();
        expect(refusals).toEqual(['refused']);
        failure = Object.assign(new Error('aborted'), { name: 'AbortError' });
        output.play(fakeStream().stream);
        await Promise.resolve();
        await Promise.resolve();
        expect(refusals).toEqual(['refused']);
    });

    it('stops and removes the element, and can stop twice', () => {
        const { document, body, audio } = fakeDocument();
        const output = createRemoteAudioElement(document, 'c1');
        output.stop();
        output.play(fakeStream().stream);
        output.stop();
        output.stop();
        expect(body).toEqual([]);
        expect(audio).toMatchObject({ paused: true, srcObject: null });
    });
});

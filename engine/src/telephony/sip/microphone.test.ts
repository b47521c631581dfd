import { TelephonyError } from '../telephony-error';
import { microphoneError, microphoneStreamFactory } from './microphone';

const domError = (name: string): Error => Object.assign(new Error(name), { name });

describe('microphone', () => {
    it.each([
        ['NotAllowedError', /blocked the microphone/],
        ['SecurityError', /blocked the microphone/],
        ['NotFoundError', /No microphone was found/],
        ['NotReadableError', /busy or failed/],
        ['OverconstrainedError', /could not be opened \(OverconstrainedError\)/]
    ])('explains %s', (name, words) => {
        const error = microphoneError(domError(name));
        expect(error).toBeInstanceOf(TelephonyError);
        expect(error.code).toBe('microphone-denied');
        expect(error.message).toMatch(words);
    });

    it('asks for audio only and passes the stream through', async () => {
        const stream = {} as MediaStream;
        const getUserMedia = jest.fn().mockResolvedValue(stream);
        const factory = microphoneStreamFactory(() => ({ getUserMedia }));
        await expect(factory({ audio: true, video: true })).resolves.toBe(stream);
        expect(getUserMedia).toHaveBeenCalledWith({ audio: true, video: false });
    });

    it('turns a refusal into microphone-denied', async () => {
        const factory = microphoneStreamFactory(() => ({
            getUserMedia: () => Promise.reject(domError('NotAllowedError'))
        }));
        await expect(factory({ audio: true })).rejects.toMatchObject({ code: 'microphone-denied' });
    });

    it('says why there is no microphone on an insecure page', async () => {
        await expect(microphoneStreamFactory(() => undefined)({})).rejects.toThrow(/https/);
    });
});

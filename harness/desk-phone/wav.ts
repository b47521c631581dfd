import { writeFileSync } from 'node:fs';

/** 16-bit mono PCM samples and their rate, as read from a WAV file. */
export interface Pcm {
    readonly sampleRate: number;
    readonly samples: Int16Array;
}

/** Writes `seconds` of a sine tone at `hz` as a 16-bit mono PCM WAV file (a desk phone's "microphone"). */
export function writeToneWav(file: string, hz: number, seconds: number, sampleRate = 8000): void {
    const count = Math.round(seconds * sampleRate);
    const data = Buffer.alloc(count * 2);
    for (let i = 0; i < count; i++) {
        data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * hz * i) / sampleRate)), i * 2);
    }
    writeFileSync(file, Buffer.concat([wavHeader(data.length, sampleRate), data]));
}

function wavHeader(dataBytes: number, sampleRate: number): Buffer {
    const header = Buffer.alloc(44);
    header.write('RIFF', 0, 'ascii');
    header.writeUInt32LE(36 + dataBytes, 4);
    header.write('WAVE', 8, 'ascii');
    header.write('fmt ', 12, 'ascii');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20); // PCM
    header.writeUInt16LE(1, 22); // mono
    header.writeUInt32LE(sampleRate, 24);
    header.writeUInt32LE(sampleRate * 2, 28);
    header.writeUInt16LE(2, 32);
    header.writeUInt16LE(16, 34);
    header.write('data', 36, 'ascii');
    header.writeUInt32LE(dataBytes, 40);
    return header;
}

/**
 * Reads a 16-bit mono PCM WAV file's samples. A file still being written has a header that does not yet say
 * how long it is: everything after the `data` chunk's header is read.
 */
export function readWav(bytes: Buffer): Pcm {
    if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
        throw new Error('not a WAV file');
    }
    let offset = 12;
    let sampleRate = 0;
    while (offset + 8 <= bytes.length) {
        const id = bytes.toString('ascii', offset, offset + 4);
        const size = bytes.readUInt32LE(offset + 4);
        if (id === 'fmt ') {
            const format = bytes.readUInt16LE(offset + 8);
            const channels = bytes.readUInt16LE(offset + 10);
            const bits = bytes.readUInt16LE(offset + 22);
            if (format !== 1 || channels !== 1 || bits !== 16) {
                throw new Error(`unsupported WAV: format ${format}, ${channels} channels, ${bits} bits`);
            }
            sampleRate = bytes.readUInt32LE(offset + 12);
        } else if (id === 'data') {
            const start = offset + 8;
            const end = start + Math.floor((bytes.length - start) / 2) * 2;
            const samples = new Int16Array((end - start) >> 1);
            for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(start + i * 2);
            return { sampleRate, samples };
        }
        offset += 8 + size + (size % 2);
    }
    throw new Error('WAV file has no data chunk');
}

/** Root mean square of the samples, 0 (silence) to 32767 (full scale). */
export function rms(samples: Int16Array): number {
    if (samples.length === 0) return 0;
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    return Math.sqrt(sum / samples.length);
}

import { dtmfRelayBody, toneOfDtmfRelay } from './dtmf-relay';

describe('dtmf-relay', () => {
    it('writes one tone per body', () => {
        expect(dtmfRelayBody('5')).toBe('Signal=5\r\nDuration=100\r\n');
        expect(dtmfRelayBody('#', 250)).toBe('Signal=#\r\nDuration=250\r\n');
    });

    it.each([
        ['Signal=5\r\nDuration=100', '5'],
        ['signal = # \nduration=160', '#'],
        ['Signal=a\r\n', 'A'],
        ['Signal=10\r\nDuration=100', '*'],
        ['Signal=11', '#'],
        ['Duration=100', undefined],
        ['Signal=E', undefined],
        ['', undefined]
    ])('reads %j as %j', (body, tone) => {
        expect(toneOfDtmfRelay(body)).toBe(tone);
    });

    it('reads back what it writes', () => {
        for (const tone of '0123456789*#ABCD') expect(toneOfDtmfRelay(dtmfRelayBody(tone))).toBe(tone);
    });
});

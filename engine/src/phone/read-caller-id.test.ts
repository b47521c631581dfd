import { readCallerId } from './index';

describe('readCallerId: which caller ids are phone numbers the softphone searches for', () => {
    it.each([
        ['+14155550123', 'US', '+14155550123', '(415) 555-0123'],
        ['(415) 555-0123', 'US', '+14155550123', '(415) 555-0123'],
        ['4155550123', 'US', '+14155550123', '(415) 555-0123'],
        ['sip:+14155550123@pbx.example.com', 'US', '+14155550123', '(415) 555-0123'],
        ['+44 20 7946 0958', 'US', '+442079460958', '020 7946 0958'],
        ['0044 20 7946 0958', 'US', '+442079460958', '020 7946 0958'],
        ['020 7946 0958', 'GB', '+442079460958', '020 7946 0958']
    ])('%s with %s is the number %s', (signalled, country, e164, national) => {
        expect(readCallerId(signalled, country)).toEqual({ kind: 'phone', e164, national, number: e164 });
    });

    it.each([
        ['+1(415)555-0123 ext. 99', '99'],
        ['(415) 555-0123 x99', '99'],
        ['tel:+14155550123;ext=99', '99'],
        ['+14155550123;ext=4711', '4711']
    ])('keeps the extension of %s apart from the main number', (signalled, extension) => {
        expect(readCallerId(signalled, 'US')).toEqual({
            kind: 'phone',
            e164: '+14155550123',
            national: '(415) 555-0123',
            extension,
            number: `+14155550123;ext=${extension}`
        });
    });

    it('reads its own whole number back the same way (what the session stores)', () => {
        const first = readCallerId('+1(415)555-0123 ext. 99', 'US');
        expect(first.kind === 'phone' && readCallerId(first.number, 'US')).toEqual(first);
    });

    it.each([
        ['letters and a SOQL operator', "5550123 OR Name LIKE '%'", 'invalid-characters'],
        ['an SQL statement without digits', "'; DELETE FROM Task; --", 'not-a-number'],
        ['script punctuation around one digit', '}) ; alert(1); ({', 'invalid-characters'],
        ['one digit', '1', 'too-short'],
        ['a PBX extension (too few digits for a number)', '1001', 'too-short'],
        ['seven digits without an area code', '5550123', 'too-short'],
        ['a SIP user name', 'sip:alice@pbx.example.com', 'not-a-number'],
        ['a SOSL wildcard', '415555*', 'invalid-characters'],
        ['a number with a keyed star', '*4155550123', 'invalid-characters'],
        ['sixteen digits', '+1415555012345678', 'too-long'],
        ['a calling code no country has', '+999 555 0123', 'invalid-country'],
        ['empty', '', 'empty']
    ])('%s is no phone number: %s', (_name, signalled, reason) => {
        const read = readCallerId(signalled, 'US');
        expect(read).toMatchObject({ kind: 'unknown', reason });
    });

    it('keeps an unknown caller id as the text that came, cut short', () => {
        expect(readCallerId("5550123 OR Name LIKE '%'", 'US')).toEqual({
            kind: 'unknown',
            reason: 'invalid-characters',
            text: "5550123 OR Name LIKE '%'"
        });
        expect(readCallerId(`x${'9'.repeat(200)}`, 'US')).toMatchObject({ text: `x${'9'.repeat(63)}` });
        expect(readCallerId(' anonymous ', 'US')).toEqual({
            kind: 'unknown',
            reason: 'withheld',
            text: 'anonymous'
        });
    });
});

import { isSipDialable, sipTarget } from './sip-target';

describe('sipTarget', () => {
    it.each(['+14155550123', '1001', '*97', '12#'])('dials %s', (number) => {
        expect(isSipDialable(number)).toBe(true);
    });

    it.each(['', '1', '+', 'agent', '415 555 0123', '1'.repeat(33)])('refuses %j', (number) => {
        expect(isSipDialable(number)).toBe(false);
        expect(sipTarget(number, 'pbx.example.com')).toBeUndefined();
    });

    it('makes a SIP URI on the domain, escaping #', () => {
        expect(sipTarget('+14155550123', 'pbx.example.com')?.toString()).toBe(
            'sip:+14155550123@pbx.example.com'
        );
        expect(sipTarget('12#', 'pbx.example.com')?.toString()).toBe('sip:12%23@pbx.example.com');
    });
});

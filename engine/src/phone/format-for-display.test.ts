import { formatForDisplay } from './index';

/** [number, agent's default country, what the agent reads] */
type Shown = readonly [e164: string, defaultCountry: string, shown: string];

const national: readonly Shown[] = [
    ['+14155550100', 'US', '(415) 555-0100'],
    ['+442079460958', 'GB', '020 7946 0958'],
    ['+49301234567', 'DE', '030 1234567'],
    ['+33123456789', 'FR', '01 23 45 67 89'],
    ['+919876543210', 'IN', '098765 43210'],
    ['+61298765432', 'AU', '(02) 9876 5432'],
    ['+5511912345678', 'BR', '(11) 91234-5678']
];

const sharedPlan: readonly Shown[] = [
    ['+14165550100', 'US', '(416) 555-0100'], // Canada, dialled from the US without +1
    ['+14155550100', 'CA', '(415) 555-0100']
];

const international: readonly Shown[] = [
    ['+442079460958', 'US', '+44 20 7946 0958'],
    ['+14155550100', 'GB', '+1 415 555 0100'],
    ['+49301234567', 'FR', '+49 30 1234567'],
    ['+33123456789', 'DE', '+33 1 23 45 67 89'],
    ['+919876543210', 'AU', '+91 98765 43210'],
    ['+61298765432', 'IN', '+61 2 9876 5432'],
    ['+5511912345678', 'US', '+55 11 91234 5678'],
    ['+80012345678', 'US', '+800 1234 5678']
];

const noDefaultCountry: readonly Shown[] = [
    ['+14155550100', '', '+1 415 555 0100'],
    ['+14155550100', 'us', '+1 415 555 0100'],
    ['+442079460958', 'UK', '+44 20 7946 0958']
];

const lenient: readonly Shown[] = [
    ['4155550100', 'US', '(415) 555-0100'],
    ['sip:+442079460958@pbx.example.com;user=phone', 'US', '+44 20 7946 0958'],
    ['+1 415 555 0100 x12', 'US', '(415) 555-0100 ext. 12'],
    ['tel:+44-20-7946-0958;ext=7', 'GB', '020 7946 0958 ext. 7']
];

const fallback: readonly Shown[] = [
    ['911', 'US', '911'],
    ['1234', 'US', '1234'],
    ['*72', 'US', '*72'],
    ['anonymous', 'US', ''],
    ['', 'US', ''],
    ['<script>alert(1)</script>', 'US', '1'],
    ['\u202e0010 555 514', 'US', '0010555514'],
    ['415\u0000555', 'US', '415555'],
    ['4'.repeat(10 * 1024), 'US', '']
];

describe('formatForDisplay', () => {
    it.each(national)('shows %s in national format to an agent in %s: %s', (e164, country, shown) => {
        expect(formatForDisplay(e164, country)).toBe(shown);
    });

    it.each(sharedPlan)(
        'shows %s nationally to %s, which shares its calling code: %s',
        (e164, country, shown) => {
            expect(formatForDisplay(e164, country)).toBe(shown);
        }
    );

    it.each(international)(
        'shows %s in international format to an agent in %s: %s',
        (e164, country, shown) => {
            expect(formatForDisplay(e164, country)).toBe(shown);
        }
    );

    it.each(noDefaultCountry)(
        'shows %s internationally when the default %j is invalid',
        (e164, country, shown) => {
            expect(formatForDisplay(e164, country)).toBe(shown);
        }
    );

    it.each(lenient)('reads %j as parsePhoneNumber does (default %s): %s', (input, country, shown) => {
        expect(formatForDisplay(input, country)).toBe(shown);
    });

    it.each(fallback)(
        'shows only the dialable characters of %j, which is no number',
        (input, country, shown) => {
            expect(formatForDisplay(input, country)).toBe(shown);
        }
    );

    it('does not throw for values that are not text', () => {
        expect(formatForDisplay(undefined as unknown as string, 'US')).toBe('');
        expect(formatForDisplay(42 as unknown as string, 'US')).toBe('');
    });
});

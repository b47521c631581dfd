import { parseSetupArgs } from './setup-options';
import { formatCommand, quoteArgument } from './sf-runner';
import { parseSfEnvelope } from './sf-json';

describe('org:setup arguments', () => {
    it('defaults to a 7-day scratch org with the alias softphone, data and browser', () => {
        expect(parseSetupArgs([])).toEqual({
            options: {
                alias: 'softphone',
                devHub: undefined,
                durationDays: 7,
                force: false,
                loadData: true,
                open: true,
                voice: false,
                omni: false
            },
            dryRun: false,
            help: false
        });
    });

    it('takes the Dev Hub, alias, duration and switches', () => {
        const parsed = parseSetupArgs([
            '--dev-hub',
            'Hub',
            '--alias',
            'demo',
            '--duration-days',
            '30',
            '--force',
            '--no-data',
            '--no-open',
            '--voice',
            '--omni',
            '--dry-run'
        ]);

        expect(parsed.options).toEqual({
            alias: 'demo',
            devHub: 'Hub',
            durationDays: 30,
            force: true,
            loadData: false,
            open: false,
            voice: true,
            omni: true
        });
        expect(parsed.dryRun).toBe(true);
    });

    it("takes a phone-system profile's permission set to assign as well", () => {
        expect(parseSetupArgs(['--phone-system', 'Softphone_Phone_System_Example']).options).toMatchObject({
            phoneSystemPermissionSet: 'Softphone_Phone_System_Example'
        });
        expect(() => parseSetupArgs(['--phone-system', 'Bad Name'])).toThrow(/permission set's API name/);
    });

    it('refuses a duration outside 1 to 30 days and unknown options', () => {
        expect(() => parseSetupArgs(['--duration-days', '31'])).toThrow(/from 1 to 30/);
        expect(() => parseSetupArgs(['--durationdays', '3'])).toThrow(/Unknown option/);
    });
});

describe('printed commands', () => {
    it('quotes only what a shell would split or expand', () => {
        expect(quoteArgument('force-app')).toBe('force-app');
        expect(quoteArgument("SELECT Id FROM User WHERE Username = 'a'")).toBe(
            `"SELECT Id FROM User WHERE Username = 'a'"`
        );
        expect(quoteArgument('cost $5')).toBe(`'cost $5'`);
        expect(formatCommand(['org', 'open', '--path', '/lightning/app/c__Softphone_Console'])).toBe(
            'sf org open --path /lightning/app/c__Softphone_Console'
        );
    });
});

describe('sf --json output', () => {
    it('reads a success and an error envelope, on stdout or stderr', () => {
        expect(parseSfEnvelope('{"status":0,"result":{"a":1},"warnings":["w"]}', '', 0)).toEqual(
            expect.objectContaining({ status: 0, result: { a: 1 }, warnings: ['w'] })
        );
        expect(parseSfEnvelope('', '{"status":1,"name":"E","message":"bad"}', 1)).toEqual(
            expect.objectContaining({ status: 1, name: 'E', message: 'bad' })
        );
        expect(parseSfEnvelope('Warning: update available\n{"status":0,"result":[]}', '', 0)?.result).toEqual(
            []
        );
        expect(parseSfEnvelope('not json', '', 2)).toBeUndefined();
    });
});

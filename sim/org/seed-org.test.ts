import path from 'node:path';
import { SEED_ORG_FILE, readSeedFixture } from './read-seed-fixture';
import { parseSeedFixture, seedOrg } from './seed-org';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the seed org', () => {
    it("loads the project's seed: accounts, contacts, leads and cases with phone numbers, linked by ref", () => {
        const org = seedOrg(readSeedFixture(path.join(ROOT, SEED_ORG_FILE)));
        const [acme] = org.list('Account').filter((record) => record.fields.Name === 'Acme Corporation');
        const ada = org.list('Contact').find((record) => record.fields.Name === 'Ada Lovelace');

        expect(org.list('Account').length).toBeGreaterThanOrEqual(2);
        expect(org.list('Lead').length).toBeGreaterThanOrEqual(1);
        expect(ada?.fields).toMatchObject({ AccountId: acme?.Id, Phone: '(415) 555-0123' });
        expect(org.list('Case').map((record) => record.fields.CaseNumber)).toContain('00001026');
        expect(org.list('Task')).toEqual([]);
    });

    it('names the record and the reason when a seed record is refused', () => {
        expect(() =>
            seedOrg({
                records: [{ ref: 'acme', sobjectType: 'Account', fields: { Name: 'Acme', Fax: '1' } }]
            })
        ).toThrow("seed record acme: No such column 'Fax' on entity 'Account'.");
        expect(() =>
            seedOrg({
                records: [{ sobjectType: 'Contact', fields: { LastName: 'L', AccountId: '@nobody' } }]
            })
        ).toThrow('seed record records[0]: AccountId refers to unknown record @nobody');
    });

    it.each([
        ['not an object', []],
        ['records that are not a list', { records: {} }],
        ['a record without fields', { records: [{ sobjectType: 'Account' }] }],
        ['a field that is an object', { records: [{ sobjectType: 'Account', fields: { Name: { a: 1 } } }] }],
        ['a ref that is not text', { records: [{ ref: 1, sobjectType: 'Account', fields: {} }] }]
    ])('refuses a seed document that is %s', (_name, value) => {
        expect(() => parseSeedFixture(value, 'seed.json')).toThrow(/^seed\.json/);
    });
});

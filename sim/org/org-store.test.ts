import { OrgError } from './org-error';
import { OrgStore } from './org-store';

const NOW = Date.UTC(2026, 0, 15, 9, 30);

function store(): OrgStore {
    return new OrgStore({ now: () => NOW });
}

function refusal(write: () => unknown): OrgError {
    try {
        write();
    } catch (error) {
        if (error instanceof OrgError) return error;
        throw error;
    }
    throw new Error('the org accepted the write');
}

describe('OrgStore', () => {
    it("creates records with 18-character Ids of the object's key prefix, audit dates and derived fields", () => {
        const org = store();
        const account = org.insert('Account', { Name: 'Acme', Phone: '(415) 555-0100' });
        const contact = org.insert('Contact', {
            FirstName: 'Ada',
            LastName: 'Lovelace',
            AccountId: account.Id
        });
        const first = org.insert('Case', { Subject: 'Broken' });
        const task = org.insert('Task', { Subject: 'Call', CallType: 'Inbound' });

        expect(account.Id).toMatch(/^001[A-Za-z0-9]{15}$/);
        expect(contact.Id).toMatch(/^003[A-Za-z0-9]{15}$/);
        expect(contact.fields).toMatchObject({
            Name: 'Ada Lovelace',
            AccountId: account.Id,
            CreatedDate: '2026-01-15T09:30:00.000Z',
            LastModifiedDate: '2026-01-15T09:30:00.000Z'
        });
        expect(first.fields.CaseNumber).toBe('00001001');
        expect(org.insert('Case', {}).fields.CaseNumber).toBe('00001002');
        expect(task.fields.TaskSubtype).toBe('Call');
        expect(org.get(contact.Id.slice(0, 15))).toEqual(contact);
        expect(org.list('Contact')).toEqual([contact]);
    });

    it('updates only the fields given, keeps a person name current, and tells subscribers', () => {
        const org = store();
        const changes: string[] = [];
        org.subscribe((change) => changes.push(`${change.kind} ${change.record.sobjectType}`));
        const lead = org.insert('Lead', { LastName: 'Hamilton', Company: 'Apollo', Phone: '617' });
        const updated = org.update(lead.Id, { FirstName: 'Margaret', Phone: '' });

        expect(updated.fields).toMatchObject({ Name: 'Margaret Hamilton', Company: 'Apollo', Phone: null });
        expect(changes).toEqual(['insert Lead', 'update Lead']);
    });

    it.each([
        ['an object the org does not have', () => store().insert('Opportunity', {}), 'INVALID_TYPE'],
        [
            'a field the object does not have',
            () => store().insert('Account', { Name: 'A', Fax: '1' }),
            'INVALID_FIELD'
        ],
        [
            'a field the org sets itself',
            () => store().insert('Case', { CaseNumber: '42' }),
            'INVALID_FIELD_FOR_INSERT_UPDATE'
        ],
        [
            'a missing required field',
            () => store().insert('Contact', { FirstName: 'Ada' }),
            'REQUIRED_FIELD_MISSING'
        ],
        [
            'a value not in a restricted picklist',
            () => store().insert('Task', { CallType: 'Outgoing' }),
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
        ],
        [
            'text longer than the field',
            () => store().insert('Account', { Name: 'x'.repeat(256) }),
            'STRING_TOO_LONG'
        ],
        [
            'a date that does not exist',
            () => store().insert('Task', { ActivityDate: '2026-02-30' }),
            'INVALID_FIELD'
        ],
        [
            'an email without a domain',
            () => store().insert('Lead', { LastName: 'L', Company: 'C', Email: 'x@' }),
            'INVALID_EMAIL_ADDRESS'
        ],
        [
            'a fraction where a whole number goes',
            () => store().insert('Task', { CallDurationInSeconds: 1.5 }),
            'INVALID_FIELD'
        ],
        [
            'a reference to a record that does not exist',
            () => store().insert('Task', { WhoId: '003000000000099AAA' }),
            'INVALID_CROSS_REFERENCE_KEY'
        ]
    ])('refuses %s, as a DML statement would', (_name, write, statusCode) => {
        expect(refusal(write).statusCode).toBe(statusCode);
    });

    it('refuses a reference to a record of the wrong object, and an update of a record it does not have', () => {
        const org = store();
        const account = org.insert('Account', { Name: 'Acme' });
        expect(refusal(() => org.insert('Task', { WhoId: account.Id })).message).toBe(
            `Name: id value of incorrect type: ${account.Id}`
        );
        expect(refusal(() => org.update('003000000000099AAA', {})).statusCode).toBe(
            'INVALID_CROSS_REFERENCE_KEY'
        );
        expect(refusal(() => org.update('nope', {})).statusCode).toBe('MALFORMED_ID');
        expect(refusal(() => org.update(account.Id, { Name: '' })).statusCode).toBe('REQUIRED_FIELD_MISSING');
    });

    it('restores a snapshot and never hands out an Id or a case number twice', () => {
        const org = store();
        const account = org.insert('Account', { Name: 'Acme' });
        org.insert('Case', {});
        const restored = OrgStore.restore(
            JSON.parse(JSON.stringify(org.snapshot())) as ReturnType<OrgStore['snapshot']>
        );

        expect(restored.get(account.Id)).toEqual(account);
        expect(restored.insert('Account', { Name: 'Globex' }).Id).not.toBe(account.Id);
        expect(restored.insert('Case', {}).fields.CaseNumber).toBe('00001002');
    });
});

import { taskRelationFor } from './task-relation';

describe('taskRelationFor', () => {
    it.each([
        ['Contact', '003000000000001', { whoId: '003000000000001' }],
        ['Lead', '00Q000000000001', { whoId: '00Q000000000001' }],
        ['Account', '001000000000001', { whatId: '001000000000001' }],
        ['Case', '500000000000001', { whatId: '500000000000001' }],
        ['Opportunity', '006000000000001', { whatId: '006000000000001' }],
        ['Caller__c', 'a00000000000001', { whatId: 'a00000000000001' }]
    ])('relates a %s as its Task field says', (objectType, id, relation) => {
        expect(taskRelationFor({ id, objectType })).toEqual(relation);
    });

    it('relates a person account to its contact (WhoId) and its account (WhatId)', () => {
        expect(
            taskRelationFor({
                id: '001000000000001',
                objectType: 'Account',
                personAccount: { accountId: '001000000000001', contactId: '003000000000009' }
            })
        ).toEqual({ whoId: '003000000000009', whatId: '001000000000001' });
        expect(
            taskRelationFor({
                id: '001000000000001',
                objectType: 'Account',
                personAccount: { contactId: '003000000000009' }
            })
        ).toEqual({ whoId: '003000000000009', whatId: '001000000000001' });
    });

    it('falls back on the Id key prefix when the object type is unknown', () => {
        expect(taskRelationFor({ id: '003000000000001' })).toEqual({ whoId: '003000000000001' });
        expect(taskRelationFor({ id: '00Q000000000001' })).toEqual({ whoId: '00Q000000000001' });
        expect(taskRelationFor({ id: '500000000000001' })).toEqual({ whatId: '500000000000001' });
    });
});

import { agentStorage, agentStorageKey } from './agent-storage';
import { FakeStorage } from './test-support/fake-storage';

describe('agentStorage', () => {
    it('keeps each agent’s entries under keys of their own', () => {
        const shared = new FakeStorage();
        const ada = agentStorage(shared, 'org1:ada', []);
        const bob = agentStorage(shared, 'org1:bob', []);
        ada.setItem('softphone.wrapUp.v1', 'Ada’s wrap-up');

        expect(bob.getItem('softphone.wrapUp.v1')).toBeNull();
        expect(ada.getItem('softphone.wrapUp.v1')).toBe('Ada’s wrap-up');
        expect(shared.getItem(agentStorageKey('softphone.wrapUp.v1', 'org1:ada'))).toBe('Ada’s wrap-up');

        bob.removeItem('softphone.wrapUp.v1');
        expect(ada.getItem('softphone.wrapUp.v1')).toBe('Ada’s wrap-up');
    });

    it('gives entries stored before keys named the agent to the first agent who starts, once', () => {
        const shared = new FakeStorage();
        shared.setItem('softphone.callLogs.v1', '[pending]');
        const adopted: string[] = [];

        const ada = agentStorage(shared, 'org1:ada', ['softphone.callLogs.v1'], (key) => adopted.push(key));
        const bob = agentStorage(shared, 'org1:bob', ['softphone.callLogs.v1'], (key) => adopted.push(key));

        expect(ada.getItem('softphone.callLogs.v1')).toBe('[pending]');
        expect(bob.getItem('softphone.callLogs.v1')).toBeNull();
        expect(shared.getItem('softphone.callLogs.v1')).toBeNull();
        expect(adopted).toEqual(['softphone.callLogs.v1']);
    });

    it('leaves a legacy entry in place rather than overwrite what the agent already has', () => {
        const shared = new FakeStorage();
        shared.setItem('softphone.callLogs.v1', '[older]');
        shared.setItem(agentStorageKey('softphone.callLogs.v1', 'org1:ada'), '[ada’s own]');

        const ada = agentStorage(shared, 'org1:ada', ['softphone.callLogs.v1']);

        expect(ada.getItem('softphone.callLogs.v1')).toBe('[ada’s own]');
        expect(shared.getItem('softphone.callLogs.v1')).toBe('[older]');
    });

    it('keeps a legacy entry for a later start when storage refuses the move', () => {
        const shared = new FakeStorage();
        shared.setItem('softphone.callLogs.v1', '[pending]');
        shared.failWrites = true;

        agentStorage(shared, 'org1:ada', ['softphone.callLogs.v1']);
        shared.failWrites = false;
        expect(shared.getItem('softphone.callLogs.v1')).toBe('[pending]');

        const ada = agentStorage(shared, 'org1:ada', ['softphone.callLogs.v1']);
        expect(ada.getItem('softphone.callLogs.v1')).toBe('[pending]');
    });
});

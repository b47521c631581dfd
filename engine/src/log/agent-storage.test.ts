import { agentStorage, agentStorageKey, pageAgentStorage } from './agent-storage';
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

describe('pageAgentStorage', () => {
    const log = { info: jest.fn() };

    it('is undefined where the browser blocks storage', () => {
        const blocked = {
            get localStorage(): never {
                throw new DOMException('The operation is insecure.', 'SecurityError');
            }
        };
        expect(pageAgentStorage(blocked, 'org1:ada', [], log)).toBeUndefined();
        expect(pageAgentStorage({ localStorage: null }, 'org1:ada', [], log)).toBeUndefined();
    });

    it('is the page storage itself when the page does not say who the agent is', () => {
        const storage = new FakeStorage();
        expect(pageAgentStorage({ localStorage: storage }, undefined, [], log)).toBe(storage);
    });

    it('keeps the agent’s keys apart and logs a legacy entry it takes over', () => {
        const storage = new FakeStorage();
        storage.setItem('softphone.wrapUp.v1', '{}');
        const ada = pageAgentStorage({ localStorage: storage }, 'org1:ada', ['softphone.wrapUp.v1'], log);
        expect(ada?.getItem('softphone.wrapUp.v1')).toBe('{}');
        expect(storage.getItem(agentStorageKey('softphone.wrapUp.v1', 'org1:ada'))).toBe('{}');
        expect(log.info).toHaveBeenCalledWith(expect.stringContaining('softphone.wrapUp.v1'));
    });
});

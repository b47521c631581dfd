import { CtiError, CtiTimeoutError } from '../errors';
import { FakeOpenCti } from '../../test-support/fake-open-cti';
import { OpenCtiHost } from './open-cti-host';

describe('OpenCtiHost', () => {
    it('resolves getCallCenterSettings with the flat settings map Open CTI returns', async () => {
        const api = new FakeOpenCti();
        api.settingsAnswer = {
            success: true,
            returnValue: { '/reqGeneralInfo/reqDisplayName': 'Support line' },
            errors: null
        };
        await expect(new OpenCtiHost(api).getCallCenterSettings()).resolves.toEqual({
            '/reqGeneralInfo/reqDisplayName': 'Support line'
        });
    });

    it('rejects with CtiError carrying the error messages when success is false', async () => {
        const api = new FakeOpenCti();
        api.settingsAnswer = {
            success: false,
            returnValue: null,
            errors: [{ description: 'No call center' }]
        };
        const result = new OpenCtiHost(api).getCallCenterSettings();
        await expect(result).rejects.toBeInstanceOf(CtiError);
        await expect(result).rejects.toThrow('Open CTI getCallCenterSettings failed: No call center');
    });

    it('rejects with CtiError when the Open CTI method throws', async () => {
        const api = new FakeOpenCti();
        api.initAnswer = 'throw';
        await expect(new OpenCtiHost(api).notifyInitializationComplete()).rejects.toThrow(/opencti exploded/);
    });

    it('rejects with CtiTimeoutError when the callback never comes, and ignores a late answer', async () => {
        jest.useFakeTimers();
        try {
            const api = new FakeOpenCti();
            api.settingsAnswer = 'never';
            const result = new OpenCtiHost(api, { timeoutMs: 250 }).getCallCenterSettings();
            jest.advanceTimersByTime(250);
            await expect(result).rejects.toBeInstanceOf(CtiTimeoutError);
            await expect(result).rejects.toThrow('did not answer within 250 ms');
        } finally {
            jest.useRealTimers();
        }
    });
});

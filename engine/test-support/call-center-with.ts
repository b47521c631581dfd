import { FakeOpenCti } from '../../sim/test-support/fake-open-cti';

/** The Open CTI of a call center with these `/softphoneSettings/...` items. */
export function callCenterWith(items: Record<string, string>): FakeOpenCti {
    const api = new FakeOpenCti();
    api.settingsAnswer = {
        success: true,
        returnValue: { '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce', ...items },
        errors: null
    };
    return api;
}

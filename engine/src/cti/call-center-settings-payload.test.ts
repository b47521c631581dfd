import { callCenterSettingsFromPayload } from './call-center-settings-payload';

describe('callCenterSettingsFromPayload', () => {
    it('keeps the flat map keyed by path, turning numbers and booleans into text', () => {
        expect(
            callCenterSettingsFromPayload({
                '/reqGeneralInfo/reqDisplayName': 'Support',
                '/reqGeneralInfo/reqSoftphoneHeight': 480,
                '/reqGeneralInfo/reqUseApi': true,
                '/odd/nested': { a: 1 }
            })
        ).toEqual({
            ok: true,
            value: {
                '/reqGeneralInfo/reqDisplayName': 'Support',
                '/reqGeneralInfo/reqSoftphoneHeight': '480',
                '/reqGeneralInfo/reqUseApi': 'true'
            }
        });
    });

    it('reads no map as an empty one and rejects what is not a map', () => {
        expect(callCenterSettingsFromPayload(null)).toEqual({ ok: true, value: {} });
        expect(callCenterSettingsFromPayload('{"a":1}').ok).toBe(false);
    });
});

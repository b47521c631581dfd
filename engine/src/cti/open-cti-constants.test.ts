import { FAKE_CALL_TYPE, FAKE_SCREENPOP_TYPE } from '../../../sim/test-support/fake-open-cti';
import { callTypeConstant, screenPopTypeConstant } from './open-cti-constants';

describe('Open CTI constants', () => {
    it('reads CALL_TYPE and SCREENPOP_TYPE values from the API object', () => {
        expect(callTypeConstant(FAKE_CALL_TYPE, 'inbound')).toEqual({
            ok: true,
            value: FAKE_CALL_TYPE.INBOUND
        });
        expect(callTypeConstant({ INBOUND: 'IN', OUTBOUND: 'OUT', INTERNAL: 'INT' }, 'internal')).toEqual({
            ok: true,
            value: 'INT'
        });
        expect(screenPopTypeConstant(FAKE_SCREENPOP_TYPE, 'NEW_RECORD_MODAL')).toEqual({
            ok: true,
            value: FAKE_SCREENPOP_TYPE.NEW_RECORD_MODAL
        });
    });

    it('reports a missing constant (a Classic or broken opencti script) instead of sending undefined', () => {
        expect(callTypeConstant(undefined, 'inbound')).toEqual({
            ok: false,
            problem: expect.stringContaining('sforce.opencti.CALL_TYPE.INBOUND is undefined')
        });
        expect(screenPopTypeConstant({ ...FAKE_SCREENPOP_TYPE, FLOW: '' }, 'FLOW').ok).toBe(false);
    });
});

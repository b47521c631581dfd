import type { Plugin } from 'rollup';
import { sourcesPlugin } from './ui-bundle';

type Load = (id: string) => string | null;

describe('UI bundle: modules the build has just generated', () => {
    const file = '/repo/force-app/main/default/lwc/softphoneBridgeProtocol/softphoneBridgeProtocol.js';
    const load = (sourcesPlugin(new Map([[file, 'export const fresh = true;']])) as Plugin & { load: Load })
        .load;

    it('are loaded from memory also under the LWC plugin id, which carries the import specifier as a query', () => {
        expect(load(`${file}?specifier=c%2FsoftphoneBridgeProtocol`)).toBe('export const fresh = true;');
        expect(load(file)).toBe('export const fresh = true;');
    });

    it('leave every other module to the plugins after it (null)', () => {
        expect(
            load('/repo/force-app/main/default/lwc/softphone/softphone.js?specifier=c%2Fsoftphone')
        ).toBeNull();
    });
});

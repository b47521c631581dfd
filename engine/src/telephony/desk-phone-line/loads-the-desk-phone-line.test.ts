import { ManualClock } from '../../time';
import * as demoLineResource from '../demo/demo-line-resource';
import * as deskPhoneLineResource from '../desk-phone/desk-phone-line-resource';
import { loadLineResource } from '../line-resource';
import type { LinePage } from '../line-resource';
import { TelephonyError } from '../telephony-error';
import { DESK_PHONE_LINE } from './desk-phone-line';

/** A page whose one script loads or fails when the test says so. */
class FakeScriptPage implements LinePage {
    global: unknown;
    readonly scripts: { url: string; load: () => void; fail: () => void }[] = [];

    addScript(url: string, onLoad: () => void, onError: () => void): { remove(): void } {
        this.scripts.push({ url, load: onLoad, fail: onError });
        return { remove: () => undefined };
    }

    line(): unknown {
        return this.global;
    }
}

const URL = '/resource/1733500000000/SoftphoneDeskPhoneLine';

describe('loading the desk phone line', () => {
    it('adds the resource as a script and resolves with the desk phone line its script defines', async () => {
        const page = new FakeScriptPage();
        const loading = loadLineResource(page, DESK_PHONE_LINE, URL, new ManualClock());
        expect(page.scripts.map((script) => script.url)).toEqual([URL]);

        page.global = deskPhoneLineResource;
        page.scripts[0]?.load();

        await expect(loading).resolves.toBe(deskPhoneLineResource);
    });

    it('fails naming its resource and the startEngine option when the page gave no URL', async () => {
        const loading = loadLineResource(new FakeScriptPage(), DESK_PHONE_LINE, undefined, new ManualClock());
        await expect(loading).rejects.toBeInstanceOf(TelephonyError);
        await expect(loading).rejects.toThrow(
            'The desk phone line (static resource SoftphoneDeskPhoneLine) has no URL: the adapter page passes it to startEngine as deskPhoneLineUrl.'
        );
    });

    it('fails when the script loaded but defined no desk phone line (the demo line, say)', async () => {
        const page = new FakeScriptPage();
        const loading = loadLineResource(page, DESK_PHONE_LINE, URL, new ManualClock());
        page.global = demoLineResource;
        page.scripts[0]?.load();
        await expect(loading).rejects.toThrow(
            `The desk phone line (static resource SoftphoneDeskPhoneLine) loaded from ${URL} but defined no desk phone line`
        );
    });

    it('fails naming the resource when the script does not load', async () => {
        const page = new FakeScriptPage();
        const loading = loadLineResource(page, DESK_PHONE_LINE, URL, new ManualClock());
        page.scripts[0]?.fail();
        await expect(loading).rejects.toThrow(
            `The desk phone line (static resource SoftphoneDeskPhoneLine) did not load from ${URL}: check that it is deployed.`
        );
    });
});

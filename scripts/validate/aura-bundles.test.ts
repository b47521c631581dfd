import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkAuraBundles } from './aura-bundles';

/** A project with one Aura bundle `Sync` (markup and controller as given) and an LWC `softphoneOmniSync`. */
function project(markup: string, controller: string): string {
    const root = mkdtempSync(path.join(tmpdir(), 'aura-check-'));
    writeFileSync(
        path.join(root, 'sfdx-project.json'),
        JSON.stringify({ packageDirectories: [{ path: 'app' }] })
    );
    const aura = path.join(root, 'app/main/default/aura/Sync');
    mkdirSync(aura, { recursive: true });
    writeFileSync(path.join(aura, 'Sync.cmp'), markup);
    writeFileSync(
        path.join(aura, 'Sync.cmp-meta.xml'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<AuraDefinitionBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>66.0</apiVersion></AuraDefinitionBundle>\n'
    );
    writeFileSync(path.join(aura, 'SyncController.js'), controller);
    const lwc = path.join(root, 'app/main/default/lwc/softphoneOmniSync');
    mkdirSync(lwc, { recursive: true });
    writeFileSync(path.join(lwc, 'softphoneOmniSync.js'), 'export default class X {}\n');
    writeFileSync(
        path.join(lwc, 'softphoneOmniSync.js-meta.xml'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>66.0</apiVersion><isExposed>false</isExposed></LightningComponentBundle>\n'
    );
    return root;
}

const GOOD_MARKUP = `<aura:component>
    <aura:handler name="init" value="{!this}" action="{!c.init}" />
    <c:softphoneOmniSync aura:id="sync" onpresencechange="{! c.setPresence }" />
</aura:component>`;
const GOOD_CONTROLLER =
    '({\n    init: function (component) {},\n    setPresence: function (component, event) {}\n});\n';

describe('checkAuraBundles', () => {
    const roots: string[] = [];
    afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
    const check = (markup: string, controller: string) => {
        const root = project(markup, controller);
        roots.push(root);
        return checkAuraBundles(root);
    };

    it('passes a bundle whose components, actions and controller are all there', async () => {
        await expect(check(GOOD_MARKUP, GOOD_CONTROLLER)).resolves.toEqual([]);
    });

    it('names a component, an action and an Apex controller that are not in the project', async () => {
        const markup = GOOD_MARKUP.replace('<aura:component>', '<aura:component controller="NoSuchClass">')
            .replace('c:softphoneOmniSync', 'c:softphoneOmniSynk')
            .replace('c.setPresence', 'c.setPresense');
        const problems = await check(markup.replace('onpresencechange', 'x'), GOOD_CONTROLLER);
        expect(problems.map((problem) => problem.message)).toEqual([
            '<c:softphoneOmniSynk> is neither an LWC nor an Aura bundle of the project',
            'controller="NoSuchClass" is not an Apex class of the project',
            '{!c.setPresense} has no function in SyncController.js'
        ]);
        expect(problems[0]).toMatchObject({ file: 'app/main/default/aura/Sync/Sync.cmp', line: 3 });
    });

    it('refuses malformed markup and a controller that is not one object literal', async () => {
        expect(
            await check('<aura:component><c:softphoneOmniSync></aura:component>', GOOD_CONTROLLER)
        ).toEqual([expect.objectContaining({ message: expect.stringContaining('malformed markup') })]);
        const problems = await check(GOOD_MARKUP, 'function init() {}\n');
        expect(problems.map((problem) => problem.message)).toContain(
            'SyncController.js must be one object literal in parentheses, `({ name: function (...) {...} })`'
        );
        const broken = await check(GOOD_MARKUP, '({ init: function ( {} });\n');
        expect(broken[0]?.message).toContain('does not parse');
    });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inputTypesIn, leftOutInputProblems } from './base-component-parts';

describe('inputTypesIn', () => {
    it('reads each lightning-input type, text when there is none, {…} when it is bound', () => {
        const html =
            '<lightning-input type="tel" label="Number"></lightning-input><lightning-input label="x"></lightning-input>' +
            "<lightning-input type='password'></lightning-input><lightning-input type={kind}></lightning-input>" +
            '<lightning-input-field type="date"></lightning-input-field>';
        expect(inputTypesIn(html)).toEqual(['tel', 'text', 'password', '{…}']);
    });
});

describe('leftOutInputProblems', () => {
    let dir: string;
    beforeEach(() => {
        dir = mkdtempSync(path.join(os.tmpdir(), 'lwc-'));
        mkdirSync(path.join(dir, 'form'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('names a type whose part the bundle leaves out, and a bound type, with what to do', () => {
        writeFileSync(
            path.join(dir, 'form', 'form.html'),
            '<template><lightning-input type="date"></lightning-input><lightning-input type={t}></lightning-input></template>'
        );
        expect(leftOutInputProblems(dir)).toEqual([
            'form/form.html: <lightning-input type="date"> needs lightning/datepicker, which the UI bundle leaves out; remove it from LEFT_OUT_INPUT_PARTS',
            'form/form.html: <lightning-input type={…}> is bound; write the type out so the build can check it'
        ]);
    });

    it("passes the project's own components", () => {
        expect(
            leftOutInputProblems(path.join(__dirname, '..', '..', '..', 'force-app/main/default/lwc'))
        ).toEqual([]);
    });
});

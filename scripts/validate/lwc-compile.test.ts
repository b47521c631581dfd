import path from 'node:path';
import { checkLwcCompile, compileLwcFile } from './lwc-compile';

describe('checkLwcCompile', () => {
    it('rejects a template event handler that is not an expression, with its position', () => {
        const problems = compileLwcFile(
            'lwc/x/x.html',
            '<template>\n    <button onclick="go()">Go</button>\n</template>',
            'x'
        );
        expect(problems).toEqual([
            expect.objectContaining({
                check: 'lwc-compile',
                file: 'lwc/x/x.html',
                line: 2,
                message: expect.stringContaining('LWC1043')
            })
        ]);
    });

    it('rejects a decorator that is not imported from lwc', () => {
        const source =
            "import { LightningElement } from 'lwc';\nexport default class X extends LightningElement {\n    @api name;\n}\n";
        expect(compileLwcFile('lwc/x/x.js', source, 'x')).toEqual([expect.objectContaining({ line: 3 })]);
    });

    it('compiles every bundle of the project', async () => {
        await expect(checkLwcCompile(path.resolve(__dirname, '..', '..'))).resolves.toEqual([]);
    });
});

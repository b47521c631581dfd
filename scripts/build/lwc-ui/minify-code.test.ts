import { runInNewContext } from 'node:vm';
import { minifyCode } from './minify-code';

const MODULE = `
import { registerTemplate } from '../lwc.js';
/** The templates of the icons, loaded when the first icon renders. */
export async function templates() {
    const { default: library } = await import('./chunks/iconSvgTemplatesUtility.js');
    return library;
}
export default function render(element) {
    if ("production" !== 'production') {
        console.warn('development-only check');
    }
    return registerTemplate(element);
}
`;

describe('minifyCode', () => {
    it('shrinks a module and drops its development-only branches', async () => {
        const code = await minifyCode(MODULE, 'icon.js', 'module');
        expect(code.length).toBeLessThan(MODULE.length / 2);
        expect(code).not.toContain('development-only check');
        expect(code).not.toContain('loaded when the first icon renders');
    });

    it("keeps the module's imports, exports and import() calls", async () => {
        const code = await minifyCode(MODULE, 'icon.js', 'module');
        expect(code).toMatch(/import\{registerTemplate as \w+\}from"\.\.\/lwc\.js"/);
        expect(code).toContain('import("./chunks/iconSvgTemplatesUtility.js")');
        expect(code).toMatch(/export\{.*\bas default\b.*\}|export default/);
        expect(code).toMatch(/\bas templates\b|export async function templates/);
    });

    it('keeps license comments', async () => {
        const code = await minifyCode(
            `/** @license MIT (c) Salesforce */\nexport const a = 1;\n`,
            'lwc.js',
            'module'
        );
        expect(code).toContain('@license MIT (c) Salesforce');
    });

    it('keeps a classic script working, its global set and its license comment at the end', async () => {
        const script = `/*! panel.js @license MIT */
var Panel = (function () {
    function label(count) {
        var words = ['calls', String(count)];
        return words.reverse().join(' ');
    }
    return { label: label };
})();
`;
        const code = await minifyCode(script, 'panel.js', 'script');
        const sandbox: { Panel?: { label(count: number): string } } = {};
        runInNewContext(code, sandbox);
        expect(sandbox.Panel?.label(3)).toBe('3 calls');
        expect(code.trimEnd().endsWith('/*! panel.js @license MIT */')).toBe(true);
    });

    it('names the file when the module does not parse', async () => {
        await expect(minifyCode('export const = 1;', 'broken.js', 'module')).rejects.toThrow('broken.js');
    });
});

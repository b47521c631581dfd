import { iconCategoriesOf, iconTemplatesChunkName, modulePreloads } from './module-preloads';
import type { VendorBundle, VendorChunk } from './vendor-bundle';

const chunk = (name: string, imports: string[] = [], dynamicImports: string[] = []): VendorChunk => ({
    name,
    imports,
    dynamicImports
});

/** A vendor bundle shaped like the real one: entries, shared chunks, icon templates loaded with import(). */
const VENDOR: VendorBundle = {
    files: new Map(),
    entries: {
        lwc: 'lwc.js',
        'lightning/button': 'lightning/button.js',
        'lightning/icon': 'lightning/icon.js',
        'lightning/datepicker': 'lightning/datepicker.js'
    },
    chunks: {
        'lwc.js': chunk('lwc'),
        'lightning/button.js': chunk('lightning/button', ['lwc.js', 'chunks/primitiveIcon.js']),
        'lightning/icon.js': chunk('lightning/icon', ['lwc.js', 'chunks/primitiveIcon.js']),
        'lightning/datepicker.js': chunk('lightning/datepicker', ['lwc.js', 'chunks/calendar.js']),
        'chunks/calendar.js': chunk('calendar', ['lwc.js']),
        'chunks/primitiveIcon.js': chunk(
            'primitiveIcon',
            ['lwc.js', 'chunks/sldsCommon.js'],
            ['chunks/iconSvgTemplatesUtility.js', 'chunks/iconSvgTemplatesStandard.js']
        ),
        'chunks/sldsCommon.js': chunk('sldsCommon'),
        'chunks/iconSvgTemplatesUtility.js': chunk('iconSvgTemplatesUtility', ['lwc.js', 'chunks/svg.js']),
        'chunks/iconSvgTemplatesStandard.js': chunk('iconSvgTemplatesStandard', ['lwc.js']),
        'chunks/svg.js': chunk('svg')
    }
};

describe('modulePreloads', () => {
    it("lists the entries of the app's specifiers and their static imports, each once, in import order", () => {
        expect(modulePreloads(VENDOR, ['lightning/button', 'lightning/icon', 'lwc'], [])).toEqual([
            'lightning/button.js',
            'lwc.js',
            'chunks/primitiveIcon.js',
            'chunks/sldsCommon.js',
            'lightning/icon.js'
        ]);
    });

    it('leaves out modules the app does not import, even when the bundle has them', () => {
        expect(modulePreloads(VENDOR, ['lwc'], [])).toEqual(['lwc.js']);
    });

    it("adds the icon templates of the app's icon categories, with their imports, and no others", () => {
        const files = modulePreloads(VENDOR, ['lightning/icon'], ['utility']);
        expect(files).toEqual([
            'lightning/icon.js',
            'lwc.js',
            'chunks/primitiveIcon.js',
            'chunks/sldsCommon.js',
            'chunks/iconSvgTemplatesUtility.js',
            'chunks/svg.js'
        ]);
    });

    it('adds no icon templates when the app imports no icon component', () => {
        expect(modulePreloads(VENDOR, ['lightning/datepicker'], ['utility'])).toEqual([
            'lightning/datepicker.js',
            'lwc.js',
            'chunks/calendar.js'
        ]);
    });

    it('fails on a specifier the vendor bundle has no entry for', () => {
        expect(() => modulePreloads(VENDOR, ['lightning/map'], [])).toThrow(
            'the vendor bundle has no entry for lightning/map'
        );
    });
});

describe('iconCategoriesOf', () => {
    it('finds the categories of icon names in compiled templates and component code', () => {
        const code = [
            'api_element("lightning-icon", { props: { iconName: "utility:call" } });',
            "get icon() { return this.muted ? 'utility:muted' : 'standard:voice_call'; }",
            'const label = "Call: utility";'
        ].join('\n');
        expect(iconCategoriesOf(code)).toEqual(['utility', 'standard']);
    });

    it('finds none in code without icon names', () => {
        expect(iconCategoriesOf('const time = "12:30"; const url = "https://example.com";')).toEqual([]);
    });
});

describe('iconTemplatesChunkName', () => {
    it("names the base components' icon templates module of a category", () => {
        expect(iconTemplatesChunkName('utility')).toBe('iconSvgTemplatesUtility');
        expect(iconTemplatesChunkName('doctype')).toBe('iconSvgTemplatesDoctype');
    });
});

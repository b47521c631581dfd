import { readFileSync } from 'node:fs';
import path from 'node:path';
import { iconFile, iconSymbolDocument } from './icon-symbol';

const ASSETS = path.join(__dirname, '..', '..', 'node_modules', '@salesforce-ux', 'design-system', 'assets');

describe('SLDS icons one file each', () => {
    it('finds utility and standard icons by name and nothing outside them', () => {
        expect(iconFile('utility', 'call')).toBe('icons/utility/call.svg');
        expect(iconFile('standard', 'contact')).toBe('icons/standard/contact.svg');
        expect(iconFile('utility', '../styles/x')).toBeUndefined();
        expect(iconFile('doctype', 'pdf')).toBeUndefined();
        expect(iconFile('utility', '')).toBeUndefined();
    });

    it('wraps the real icon in a symbol of its name with its viewBox, without the white fill', () => {
        const file = iconFile('utility', 'call') ?? '';
        const svg = readFileSync(path.join(ASSETS, file), 'utf8');
        const document = iconSymbolDocument('call', svg);
        expect(document).toMatch(
            /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"><symbol id="call" viewBox="0 0 520 520"><path d="m485 /
        );
        expect(document).not.toContain('fill=');
        expect(document.length).toBeLessThan(2000);
    });

    it('refuses a file that is not one svg element', () => {
        expect(() => iconSymbolDocument('x', '<g></g>')).toThrow(
            'icon x is not a single <svg> with a viewBox'
        );
    });
});

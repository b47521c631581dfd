import path from 'node:path';
import { fileInside } from './static-files';

const DIR = path.resolve('/srv/assets');

describe('fileInside', () => {
    it('maps a path below the mount to the file of a type the simulator serves', () => {
        expect(fileInside(DIR, 'styles/salesforce-lightning-design-system.min.css')).toBe(
            path.join(DIR, 'styles', 'salesforce-lightning-design-system.min.css')
        );
        expect(fileInside(DIR, 'icons/utility-sprite/svg/symbols.svg')).toBe(
            path.join(DIR, 'icons', 'utility-sprite', 'svg', 'symbols.svg')
        );
    });

    it.each([
        ['a parent directory', '../package.json'],
        ['encoded slashes and dots', '..%2F..%2Fetc%2Fpasswd.css'],
        ['an encoded parent directory', '%2e%2e/secret.css'],
        ['a backslash', '..\\secret.css'],
        ['an absolute path', '%2Fetc%2Fhosts.css'],
        ['a NUL byte', 'styles/a.css%00.js'],
        ['malformed percent-encoding', 'styles/%E0%A4%A.css'],
        ['the mount itself', ''],
        ['a file type it does not serve', 'styles/readme.md'],
        ['a script that is not on the list', 'tokens.json']
    ])('refuses %s', (_name, relative) => {
        expect(fileInside(DIR, relative)).toBeUndefined();
    });
});

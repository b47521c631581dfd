import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkSourceFormat } from './source-format';

const FIXTURE = path.join(__dirname, '__fixtures__', 'source-format', 'orphan');
const REPO = path.resolve(__dirname, '..', '..');

describe('checkSourceFormat', () => {
    let dir: string;

    beforeEach(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'source-format-'));
        cpSync(FIXTURE, dir, { recursive: true });
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('rejects a file in the package directory that belongs to no metadata component', async () => {
        const problems = await checkSourceFormat(dir);
        expect(problems).toEqual([
            expect.objectContaining({
                check: 'source-format',
                file: 'force-app/main/default/setup-notes.txt',
                message: expect.stringContaining('Could not infer a metadata type')
            })
        ]);
    });

    it('accepts the same file once .forceignore keeps it out of deploys', async () => {
        writeFileSync(path.join(dir, '.forceignore'), '**/setup-notes.txt\n');
        await expect(checkSourceFormat(dir)).resolves.toEqual([]);
    });

    it('rejects an Apex class without its -meta.xml', async () => {
        unlinkSync(path.join(dir, 'force-app/main/default/setup-notes.txt'));
        unlinkSync(path.join(dir, 'force-app/main/default/classes/Greeter.cls-meta.xml'));
        const problems = await checkSourceFormat(dir);
        expect(problems).toEqual([
            expect.objectContaining({ file: 'force-app/main/default/classes/Greeter.cls' })
        ]);
    });

    it('passes the project tree, which converts to Metadata API format', async () => {
        await expect(checkSourceFormat(REPO)).resolves.toEqual([]);
    });
});

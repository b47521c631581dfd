import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { typeCheckProject } from './typescript';

describe('typeCheckProject', () => {
    let dir: string;

    beforeEach(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'typescript-'));
        writeFileSync(
            path.join(dir, 'tsconfig.json'),
            JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, include: ['*.ts'] })
        );
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a type error with its file, line and column', () => {
        writeFileSync(
            path.join(dir, 'call.ts'),
            'export const seconds: number = 1;\nexport const label: string = seconds;\n'
        );
        expect(typeCheckProject(dir, 'tsconfig.json')).toEqual([
            {
                check: 'typescript',
                file: 'call.ts',
                line: 2,
                column: 14,
                message: "TS2322: Type 'number' is not assignable to type 'string'."
            }
        ]);
    });

    it('passes a project without errors', () => {
        writeFileSync(path.join(dir, 'call.ts'), 'export const seconds: number = 1;\n');
        expect(typeCheckProject(dir, 'tsconfig.json')).toEqual([]);
    });

    it('reports a broken tsconfig instead of crashing', () => {
        writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "target": "ES1999" } }');
        expect(typeCheckProject(dir, 'tsconfig.json')).toContainEqual(
            expect.objectContaining({ check: 'typescript', message: expect.stringContaining('TS6046') })
        );
    });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(REPO, file), 'utf8');

/** `npm start` and `npm test` are short for `npm run start` and `npm run test`. */
function scriptOf(command: string): string | undefined {
    const match = /^npm (?:run (?:-s )?)?([\w:-]+)$/.exec(command.trim());
    return match?.[1];
}

/** The npm scripts the development guide's command table lists, in its order. */
function documentedScripts(): string[] {
    const lines = read('docs/development.md').split('\n');
    const header = lines.findIndex((line) => /^\|\s*command\s*\|\s*does\s*\|/.test(line));
    if (header < 0) throw new Error('docs/development.md has no "| command | does |" table');
    const scripts: string[] = [];
    for (const line of lines.slice(header + 2)) {
        if (!line.startsWith('|')) break;
        const command = /`([^`]+)`/.exec(line.split('|')[1] ?? '')?.[1] ?? '';
        scripts.push(scriptOf(command) ?? `(not an npm command: ${command})`);
    }
    return scripts;
}

describe('the documented commands', () => {
    const packageScripts = Object.keys(
        (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
    );

    it('lists every npm script of package.json, and only those', () => {
        expect([...documentedScripts()].sort()).toEqual([...packageScripts].sort());
    });

    it('has npm test run the documented commands themselves, not private variants', () => {
        const steps = read('scripts/test-all.sh')
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('echo'))
            .filter((line) => !/^(set|cd) /.test(line));
        expect(steps).toEqual([
            'npm run -s setup',
            'npm run -s validate',
            'npm run -s test:unit',
            'npm run -s test:e2e'
        ]);
        const documented = documentedScripts();
        expect(steps.map(scriptOf).filter((script) => !documented.includes(script ?? ''))).toEqual([]);
    });

    it('gives Jest the VM-modules flag in test:unit itself, so the command works on its own', () => {
        const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
        expect(scripts['test:unit']).toContain('--experimental-vm-modules');
        expect(scripts['test:unit:coverage']).toMatch(/^npm run test:unit -- /);
    });
});

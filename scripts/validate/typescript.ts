import path from 'node:path';
import ts from 'typescript';
import type { Check, Problem } from './problem';

/** The TypeScript projects of the repo: engine and tooling, the LWC sources compiled in place, and LWC tests. */
export const TS_PROJECTS = [
    'tsconfig.json',
    'force-app/main/default/lwc/tsconfig.json',
    'force-app/main/default/lwc/tsconfig.test.json'
];

function toProblem(root: string, diagnostic: ts.Diagnostic): Problem {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) {
        return { check: 'typescript', file: '(project)', message: `TS${diagnostic.code}: ${message}` };
    }
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return {
        check: 'typescript',
        file: path.relative(root, diagnostic.file.fileName),
        line: line + 1,
        column: character + 1,
        message: `TS${diagnostic.code}: ${message}`
    };
}

/** Type-checks one tsconfig project without emitting; every diagnostic becomes a problem. */
export function typeCheckProject(root: string, tsconfig: string): Problem[] {
    const configPath = path.join(root, tsconfig);
    const problems: Problem[] = [];
    const parsed = ts.getParsedCommandLineOfConfigFile(
        configPath,
        { noEmit: true },
        {
            ...ts.sys,
            onUnRecoverableConfigFileDiagnostic: (diagnostic) => problems.push(toProblem(root, diagnostic))
        }
    );
    if (!parsed) return problems;
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    return [...parsed.errors, ...ts.getPreEmitDiagnostics(program)].map((d) => toProblem(root, d));
}

/** `tsc --noEmit` over every TypeScript project of the repo. */
export const checkTypeScript: Check = async (root) =>
    TS_PROJECTS.flatMap((project) => typeCheckProject(root, project));

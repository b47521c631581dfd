import path from 'node:path';
import { checkApexPmd, checkApexSyntax } from './validate/apex';
import { checkApexSecurity } from './validate/apex-security';
import { checkAuraBundles } from './validate/aura-bundles';
import { checkEslint } from './validate/eslint';
import { checkGenerated } from './validate/generated';
import { checkDataPlan } from './validate/data-plan';
import { checkLwcCompile } from './validate/lwc-compile';
import { checkMetadataSchema } from './validate/metadata-schema';
import { checkOrgSetup } from './validate/org-setup';
import { checkPackaging } from './validate/packaging';
import { checkPrettier } from './validate/prettier';
import { checkReadmeComponents } from './validate/readme-components';
import { checkReports } from './validate/reports';
import { checkSecurityScan } from './validate/security-scan';
import { formatProblem } from './validate/problem';
import type { Check, Problem } from './validate/problem';
import { checkSourceFormat } from './validate/source-format';
import { checkTypeScript } from './validate/typescript';
import { checkVisualforcePages } from './validate/visualforce-pages';

/** Every offline check, in the order a reader fixes things: types, generated files, metadata, Apex, LWC, style. */
const CHECKS: readonly (readonly [string, Check])[] = [
    ['TypeScript type check', checkTypeScript],
    ['generated files equal a fresh build', checkGenerated],
    ['source converts to Metadata API format (SDR)', checkSourceFormat],
    ['metadata XML matches the Metadata API schema', checkMetadataSchema],
    ['reports and dashboards: report types, columns, summaries, folders, dashboard grid', checkReports],
    ['unlocked package definition; org-specific metadata left out of the package', checkPackaging],
    ['README and docs/ name only components that are in the tree', checkReadmeComponents],
    [
        'Visualforce pages: no Lightning Out, no external origin, the UI resource mounted',
        checkVisualforcePages
    ],
    ['org:setup dry run matches the project metadata', checkOrgSetup],
    ['sample data plan: shape, standard objects and fields, references', checkDataPlan],
    ['Apex parses', checkApexSyntax],
    ['Apex PMD rules (severity 1-2)', checkApexPmd],
    ['Apex security rules (sharing, user mode, no dynamic SOQL)', checkApexSecurity],
    [
        'Code Analyzer security review scan (AppExchange, Recommended:Security, sfge:Security)',
        checkSecurityScan
    ],
    ['LWC compiles', checkLwcCompile],
    ['Aura bundles: markup, components, Apex controller and actions in the project', checkAuraBundles],
    ['ESLint', checkEslint],
    ['Prettier', checkPrettier]
];

interface Outcome {
    readonly name: string;
    readonly problems: Problem[];
    readonly ms: number;
}

async function run(name: string, check: Check, root: string): Promise<Outcome> {
    const start = performance.now();
    let problems: Problem[];
    try {
        problems = await check(root);
    } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        problems = [{ check: name, file: '(validator)', message: `the check itself failed: ${message}` }];
    }
    return { name, problems, ms: Math.round(performance.now() - start) };
}

/** `npm run validate [root]`: runs every check, prints each problem as file:line:column, exits 1 on any. */
async function main(): Promise<void> {
    const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
    // The checks are independent; PMD runs in its own Java process, so starting them together saves time.
    const outcomes = await Promise.all(CHECKS.map(([name, check]) => run(name, check, root)));
    let total = 0;
    for (const outcome of outcomes) {
        const mark = outcome.problems.length === 0 ? 'ok  ' : 'FAIL';
        console.log(`${mark} ${outcome.name} (${outcome.ms} ms)`);
        for (const problem of outcome.problems) console.log(`     ${formatProblem(problem)}`);
        total += outcome.problems.length;
    }
    console.log(total === 0 ? 'validate: all checks passed' : `validate: ${total} problem(s)`);
    process.exitCode = total === 0 ? 0 : 1;
}

void main();

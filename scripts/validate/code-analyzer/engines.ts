import { createEnginePlugin as createEslintPlugin } from '@salesforce/code-analyzer-eslint-engine';
import { createEnginePlugin as createFlowPlugin } from '@salesforce/code-analyzer-flow-engine';
import { createEnginePlugin as createPmdPlugin } from '@salesforce/code-analyzer-pmd-engine';
import { createEnginePlugin as createRegexPlugin } from '@salesforce/code-analyzer-regex-engine';
import { createEnginePlugin as createRetireJsPlugin } from '@salesforce/code-analyzer-retirejs-engine';
import { createEnginePlugin as createSfgePlugin } from '@salesforce/code-analyzer-sfge-engine';
import type { EnginePlugin } from '@salesforce/code-analyzer-engine-api';
import { adaptOlderEnginePlugin } from './older-engine-adapter';
import type { OlderEnginePlugin } from './older-engine-adapter';

/**
 * The engines the security scan needs, by Code Analyzer's names: PMD (with Salesforce's AppExchange rules),
 * ESLint, RetireJS, regex, Flow (Python) and the Salesforce Graph Engine (Java data-flow analysis of Apex).
 * The scan fails when any of them cannot start: a report without one of them is not the review's report.
 */
export const SCAN_ENGINES = ['pmd', 'eslint', 'retire-js', 'regex', 'flow', 'sfge'] as const;

/** The plugins that provide {@link SCAN_ENGINES} (the PMD plugin also provides CPD, which the scan turns off). */
export function scanEnginePlugins(): EnginePlugin[] {
    return [
        createPmdPlugin(),
        createEslintPlugin(),
        createRetireJsPlugin(),
        createRegexPlugin(),
        // Its types come from its own copy of the engine API, whose classes TypeScript cannot match to ours.
        adaptOlderEnginePlugin(createFlowPlugin() as unknown as OlderEnginePlugin),
        createSfgePlugin()
    ];
}

import { CodeAnalyzer } from '@salesforce/code-analyzer-core';
import type { CodeAnalyzerConfig } from '@salesforce/code-analyzer-core';

/**
 * Creates a Code Analyzer without its side effect on `PATH`: the constructor prepends Node's folder to
 * `process.env.PATH` on every call, which none of our engines need and which would grow `PATH` run after run.
 */
export function createAnalyzer(config: CodeAnalyzerConfig): CodeAnalyzer {
    const savedPath = process.env['PATH'];
    try {
        return new CodeAnalyzer(config);
    } finally {
        if (savedPath === undefined) {
            delete process.env['PATH'];
        } else {
            process.env['PATH'] = savedPath;
        }
    }
}

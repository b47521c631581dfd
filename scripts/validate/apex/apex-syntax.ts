import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';

/** One syntax error in an Apex source, positioned the way editors count: line and column both from 1. */
export interface ApexSyntaxProblem {
    readonly line: number;
    readonly column: number;
    readonly message: string;
}

/** Which grammar entry point a source needs: a class file (`.cls`) or a trigger file (`.trigger`). */
export type ApexSourceKind = 'class' | 'trigger';

/**
 * Collects lexer and parser errors instead of printing them. ANTLR counts columns from 0; they are shifted to
 * count from 1 so `file:line:column` links land on the right character.
 */
class CollectingErrorListener extends ApexErrorListener {
    readonly problems: ApexSyntaxProblem[] = [];

    override apexSyntaxError(line: number, column: number, message: string): void {
        this.problems.push({ line, column: column + 1, message });
    }
}

/**
 * Parses one Apex source with `@apexdevtools/apex-parser` and returns every syntax error the lexer and the
 * parser report. The parser recovers after an error, so one broken file can yield several problems.
 *
 * @param source - the file's text
 * @param kind - `class` for `.cls` files, `trigger` for `.trigger` files
 * @returns the errors in source order; empty when the source parses
 */
export function findApexSyntaxProblems(source: string, kind: ApexSourceKind): ApexSyntaxProblem[] {
    const listener = new CollectingErrorListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    if (kind === 'trigger') {
        parser.triggerUnit();
    } else {
        parser.compilationUnit();
    }
    return listener.problems;
}

/**
 * One finding of an offline check: where it is and what is wrong, in words that say how to fix it.
 * Paths are relative to the project root so the output reads the same on every machine.
 */
export interface Problem {
    /** Short name of the check that found it, e.g. `xml-schema`, `apex-parse`, `pmd`. */
    readonly check: string;
    readonly file: string;
    readonly line?: number;
    readonly column?: number;
    readonly message: string;
}

/** A check over the project tree rooted at `root`; resolves to every problem it found (empty when clean). */
export type Check = (root: string) => Promise<Problem[]>;

/** `file:line:column: [check] message`, the shape editors and CI logs turn into links. */
export function formatProblem(problem: Problem): string {
    const position = [problem.line, problem.column].filter((part) => part !== undefined).join(':');
    const where = position ? `${problem.file}:${position}` : problem.file;
    return `${where}: [${problem.check}] ${problem.message}`;
}

/**
 * Resolves once every pending promise callback has run (a macrotask later). The fakes here answer through
 * promises, so after `settle()` a queue has done all it can until its clock moves.
 */
export function settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

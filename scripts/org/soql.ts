/** A SOQL string literal: the value in single quotes, with backslashes and quotes escaped. */
export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A SOQL `IN (...)` list of string literals. */
export function soqlStringList(values: readonly string[]): string {
    return `(${values.map(soqlString).join(', ')})`;
}

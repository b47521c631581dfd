/** A file the build writes and commits: its path relative to the project root and its exact contents. */
export interface GeneratedFile {
    readonly path: string;
    readonly contents: string;
    /** The source it is generated from, relative to the project root. */
    readonly source: string;
}

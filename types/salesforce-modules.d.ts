// Scoped modules that the Lightning platform (and sfdx-lwc-jest) resolve at build time.
declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/apex/*' {
    const apexMethod: (params?: Record<string, unknown>) => Promise<unknown>;
    export default apexMethod;
}

declare module '@salesforce/resourceUrl/*' {
    const url: string;
    export default url;
}

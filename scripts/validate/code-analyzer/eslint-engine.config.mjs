/**
 * The ESLint configuration Code Analyzer's ESLint engine adds to its own base configs in the security scan:
 * nothing but files to leave out. The static resources are bundles of code the scan reads from source (the
 * engine's TypeScript, the LWC components) and of libraries, among them the LWC engine, whose renderer builds
 * compiled static markup through `template.innerHTML`, which `@lwc/lwc/no-inner-html` (a rule for components)
 * reports as High. RetireJS still reads the bundles for libraries with known vulnerabilities.
 */
export default [{ ignores: ['**/staticresources/**'] }];

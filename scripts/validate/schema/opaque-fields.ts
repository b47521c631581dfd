/**
 * Fields that `@salesforce/types` declares as `string` but whose source-format XML is a nested document the
 * Metadata API stores whole (so child elements are expected, and their names are not in the schema).
 * Keyed `Type.field`.
 */
const OPAQUE_FIELDS: ReadonlySet<string> = new Set([
    // LWC `.js-meta.xml`:
    // <targetConfigs><targetConfig targets="..."><property .../></targetConfig></targetConfigs>
    'LightningComponentBundle.targetConfigs'
]);

/**
 * True when `typeName.fieldName` holds embedded XML that the schema does not describe, so its content is
 * accepted as it is.
 *
 * @param typeName - The complex type that declares the field.
 * @param fieldName - The element name.
 */
export function isOpaqueField(typeName: string, fieldName: string): boolean {
    return OPAQUE_FIELDS.has(`${typeName}.${fieldName}`);
}

/** Salesforce's base components for LWC open source, resolved through the package's own LWC config. */
export const BASE_COMPONENTS_PACKAGE = 'lightning-base-components';

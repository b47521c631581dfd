// Accessibility matchers (toBeAccessible) for LWC tests, as in Salesforce's lwc-recipes.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();

/** The simulated org and its signed-in agent, as the adapter page's `$Organization.Id` and `$User.Id`. */
export const SIMULATED_ORG_ID = '00D000000000001AAA';
export const SIMULATED_USER_ID = '005000000000001AAA';

/** The engine's `ownerKey` as the Softphone page builds it: `<org id>:<user id>`. */
export const SIMULATED_OWNER_KEY = `${SIMULATED_ORG_ID}:${SIMULATED_USER_ID}`;

/**
 * The names the org tooling relies on. Each one must match the metadata in this project; the offline check
 * `org-setup` (scripts/validate/org-setup.ts) fails when one of them drifts from force-app.
 */
export const PROJECT_NAMES = {
    /** The permission set every agent gets (`permissionsets/Softphone_Agent.permissionset-meta.xml`). */
    agentPermissionSet: 'Softphone_Agent',
    /** The permission set the admin who runs the setup also gets. */
    adminPermissionSet: 'Softphone_Admin',
    /** `CallCenter.InternalName`: the Metadata API file name of the call center. */
    callCenterInternalName: 'SoftphoneCallCenter',
    /** The Lightning console app whose utility bar holds the softphone. */
    consoleApp: 'Softphone_Console',
    /** The scratch org definition. */
    scratchDefinitionFile: 'config/project-scratch-def.json',
    /** The sample data plan for `sf data import tree --plan`. */
    dataPlanFile: 'data/sample-data-plan.json',
    /** Salesforce Voice (`--voice`): the permission set of its agents (force-app-voice). */
    voiceAgentPermissionSet: 'Softphone_Voice_Agent',
    /** Omni-Channel sync (`--omni`): the permission set of its agents (force-app-omni). */
    omniSyncPermissionSet: 'Softphone_Omni_Sync',
    /** Salesforce Voice: the contact center's `CallCenter.InternalName`. */
    voiceContactCenterInternalName: 'SoftphoneVoiceContactCenter',
    /** Salesforce Voice: the console app whose utility bar holds the Omni-Channel widget. */
    voiceConsoleApp: 'Softphone_Voice_Console',
    /** Salesforce Voice: the scratch org definition with the Partner Telephony feature. */
    voiceScratchDefinitionFile: 'config/project-scratch-def-voice.json',
    /** The example phone-system profile's permission set (`--phone-system` in the admin guide's example). */
    examplePhoneSystemPermissionSet: 'Softphone_Phone_System_Example',
    /** The alias org:setup gives the scratch org unless told otherwise. */
    defaultOrgAlias: 'softphone'
} as const;

/**
 * The Lightning Experience path of a custom app: `/lightning/app/<namespace>__<DeveloperName>`, with the
 * `c` namespace for an org without one (as Lightning prints it in the address bar of any custom app).
 */
export function lightningAppPath(appDeveloperName: string, namespace = 'c'): string {
    return `/lightning/app/${namespace}__${appDeveloperName}`;
}

/**
 * Every method of `sforce.opencti` in Open CTI for Lightning Experience (API 66.0), from the Open CTI
 * developer guide's "Methods for Lightning Experience", plus the Lightning Message Service methods
 * (`subscribe`, `publish`, `unsubscribe`). The High Velocity Sales methods (`sforce.opencti.hvs`) are left
 * out. Classic-only methods (`getDirectoryNumbers`, `isInConsole`, `searchAndGetScreenPopUrl`, ...) do not
 * exist on the Lightning object, so the simulator does not define them either.
 */
export const OPEN_CTI_METHODS = [
    'disableClickToDial',
    'enableClickToDial',
    'getAppViewInfo',
    'getCallCenterSettings',
    'getSoftphoneLayout',
    'isSoftphonePanelVisible',
    'notifyInitializationComplete',
    'onClickToDial',
    'onNavigationChange',
    'publish',
    'refreshView',
    'runApex',
    'saveLog',
    'screenPop',
    'searchAndScreenPop',
    'setSoftphoneItemIcon',
    'setSoftphoneItemLabel',
    'setSoftphonePanelHeight',
    'setSoftphonePanelIcon',
    'setSoftphonePanelLabel',
    'setSoftphonePanelVisibility',
    'setSoftphonePanelWidth',
    'subscribe',
    'unsubscribe'
] as const;

/** The name of an Open CTI for Lightning method. */
export type OpenCtiMethodName = (typeof OPEN_CTI_METHODS)[number];

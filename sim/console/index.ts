/**
 * The console side of the simulator, free of the DOM: what is open and the utility's state, the softphone
 * layout, and the implementation of Open CTI for Lightning over the org (one handler per group of methods).
 */
export { HOME, appViewOf, isListLocation, locationUrl } from './console-location';
export type { ConsoleLocation, FlowArgument, NewRecordModal } from './console-location';
export { ConsoleState } from './console-state';
export type { ConsoleChange, UtilityState } from './console-state';
export { createOpenCtiService } from './open-cti-service';
export type { OpenCtiLogEntry, OpenCtiService, OpenCtiServiceOptions } from './open-cti-service';
export { decodeMethodParams, projectApex } from './run-apex-handler';
export type { ApexMethod, ApexMethods } from './run-apex-handler';
export { DEFAULT_SOFTPHONE_LAYOUT } from './softphone-layout';
export type { LayoutCallType, NoMatchPop, SoftphoneLayout } from './softphone-layout';
export { SCREEN_POP_DATA } from './search-handler';
export { DEFAULT_UTILITY_ITEM, OPEN_CTI_UTILITY, readUtilityItem, utilityItemFromXml } from './utility-item';
export type { UtilityItem } from './utility-item';

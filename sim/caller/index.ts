/**
 * The caller's side of the console: the {@link CallerLine} the "call the agent" control uses, its demo line
 * implementation (commands to the softphone's demo phone system through the panel), and the panel's runner
 * of those commands.
 */
export type { CallerCall, CallerLine, CallerResult } from './caller-line';
export { DEMO_LINE_TIMEOUT_MS, createDemoLineCaller } from './demo-line-caller';
export type { DemoLineCaller, DemoLineCallerOptions } from './demo-line-caller';
export { runDemoLineCommand } from './run-demo-line-command';
export type { DemoLine } from './run-demo-line-command';

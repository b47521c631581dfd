/**
 * The JSON messages between the console window and the utility panel's frame: Open CTI requests, answers and
 * listener events (what `opencti_min.js` and the Lightning container exchange), and the demo line commands
 * the console's "call the agent" control sends to the engine. Each side checks what it receives.
 */
export { SIMULATOR_CHANNEL, decodeFrameMessage, encodeFrameMessage } from './frame-envelope';
export type { FrameMessageFields } from './frame-envelope';
export { isListenerMethod, parseOpenCtiReply, parseOpenCtiRequest } from './open-cti-messages';
export type {
    OpenCtiEventMessage,
    OpenCtiChannelMessage,
    OpenCtiListenerName,
    OpenCtiRequestMessage,
    OpenCtiResponseMessage
} from './open-cti-messages';
export { parseDemoLineCommand, parseDemoLineResult } from './demo-line-messages';
export type {
    DemoLineCommand,
    DemoLineCommandMessage,
    DemoLineResult,
    DemoLineResultMessage
} from './demo-line-messages';

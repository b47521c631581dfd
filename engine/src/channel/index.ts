export * from './channel-protocol';
export { channelStateOf, phoneStateOf } from './channel-state';
export { ChannelLink, externalCommandOf, refusalOf } from './channel-link';
export type {
    ChannelEngine,
    ChannelLinkOptions,
    ExternalCommand,
    ExternalOutcome,
    MessageChannelTransport
} from './channel-link';
export { openCtiChannelTransport } from './open-cti-channel-transport';

export { clip, describeValue, safeCutEnd, truncateWithMarker } from './clip-text';
export type { TruncatedText } from './clip-text';
export { inertText } from './inert-text';

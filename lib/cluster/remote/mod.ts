export { Remote, type RemoteOptions } from './remote.js';
export type { PeerAddress, Target, Transport } from '../transport.js';
export { PeerLink, type LinkState, type LinkStats, type RequestOptions, type ReturnedTell } from './link.js';
export type { InboundMessage, KindHandler, Ownership, OwnershipAnswer, RequestContext } from './inbound.js';
export { REMOTE_DEFAULTS, type RemoteLimits } from './limits.js';
export { PROTOCOL_VERSION, SUPPORTED_VERSIONS } from './wire.js';
export {
  MalformedEnvelopeError,
  NotOwnerError,
  PayloadTooLargeError,
  PeerOverloadedError,
  PeerRefusedError,
  PeerUnavailableError,
  RemoteError,
  RemoteHandlerError,
  RemoteTimeoutError,
  TransportClosedError,
  UnknownTargetError,
  UnsupportedVersionError,
} from './errors.js';
export { ClusterTls, type ClusterTlsOptions, NODE_URI_PREFIX, type TlsFiles, certificateNodeId } from './tls.js';

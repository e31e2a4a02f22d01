export { ChorusClient } from './client.js';
export { newClientId } from './outbox.js';
export { MessageKind } from './types.js';
export { type Attachment, type MediaOptions, httpBase } from './media.js';
export type {
  ClientEvents,
  ClientOptions,
  ClientState,
  Conversation,
  HistoryPage,
  InboxEntry,
  MemberReceipt,
  Message,
  Presence,
  ReactionCount,
  ReactionEvent,
  ReceiptUpdate,
  SearchHit,
  SearchOptions,
  SearchResultPage,
  Removed,
  TokenExpiring,
  SendAck,
  TypingEvent,
  Welcome,
  WebSocketConstructor,
  WebSocketLike,
} from './types.js';
export { ErrorCode } from '../protocol/codes.js';
export { ClientClosedError, ConnectionLostError, RequestTimeoutError, ServerError } from './errors.js';

export { ChorusClient, MessageKind, newClientId } from './client.js';
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
  Removed,
  TokenExpiring,
  SendAck,
  TypingEvent,
  Welcome,
  WebSocketConstructor,
  WebSocketLike,
} from './client.js';
export { ClientClosedError, ConnectionLostError, RequestTimeoutError, ServerError } from './errors.js';

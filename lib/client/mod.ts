export { ChorusClient, newClientId } from './client.js';
export type { ClientEvents, ClientOptions, ClientState, Conversation, HistoryPage, Message, SendAck, Welcome, WebSocketConstructor, WebSocketLike } from './client.js';
export { ClientClosedError, ConnectionLostError, RequestTimeoutError, ServerError } from './errors.js';

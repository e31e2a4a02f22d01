export { ClusterChat, type ClusterChatOptions, type ClusterObserver } from './cluster_chat.js';
export { ClusterFanout, type LocalGateway, TELLS_BACK_KINDS, userKey } from './fanout.js';
export { RoutedChatService } from './routed_service.js';
export { SessionDirectory } from './directory.js';
export { GatewaySessions } from './sessions.js';

import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace chorus {

    namespace v1 {

        interface IClientFrame extends chorus.v1.ClientFrame.$Properties {
        }

        class ClientFrame {
            constructor(properties?: chorus.v1.ClientFrame.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            hello?: (chorus.v1.Hello.$Properties|null);
            ping?: (chorus.v1.Ping.$Properties|null);
            send?: (chorus.v1.SendMessage.$Properties|null);
            history?: (chorus.v1.HistoryRequest.$Properties|null);
            sync?: (chorus.v1.SyncRequest.$Properties|null);
            createConversation?: (chorus.v1.CreateConversation.$Properties|null);
            listConversations?: (chorus.v1.ListConversations.$Properties|null);
            receipt?: (chorus.v1.Receipt.$Properties|null);
            body?: ("hello"|"ping"|"send"|"history"|"sync"|"createConversation"|"listConversations"|"receipt");
            static create(properties: chorus.v1.ClientFrame.$Shape): chorus.v1.ClientFrame & chorus.v1.ClientFrame.$Shape;
            static create(properties?: chorus.v1.ClientFrame.$Properties): chorus.v1.ClientFrame;
            static encode(message: chorus.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ClientFrame & chorus.v1.ClientFrame.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ClientFrame;
            static toObject(message: chorus.v1.ClientFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientFrame {
            interface $Properties {
                id?: (number|null);
                hello?: (chorus.v1.Hello.$Properties|null);
                ping?: (chorus.v1.Ping.$Properties|null);
                send?: (chorus.v1.SendMessage.$Properties|null);
                history?: (chorus.v1.HistoryRequest.$Properties|null);
                sync?: (chorus.v1.SyncRequest.$Properties|null);
                createConversation?: (chorus.v1.CreateConversation.$Properties|null);
                listConversations?: (chorus.v1.ListConversations.$Properties|null);
                receipt?: (chorus.v1.Receipt.$Properties|null);
                body?: ("hello"|"ping"|"send"|"history"|"sync"|"createConversation"|"listConversations"|"receipt");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: number|null;
              hello?: chorus.v1.Hello.$Shape|null;
              ping?: chorus.v1.Ping.$Shape|null;
              send?: chorus.v1.SendMessage.$Shape|null;
              history?: chorus.v1.HistoryRequest.$Shape|null;
              sync?: chorus.v1.SyncRequest.$Shape|null;
              createConversation?: chorus.v1.CreateConversation.$Shape|null;
              listConversations?: chorus.v1.ListConversations.$Shape|null;
              receipt?: chorus.v1.Receipt.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "hello"; hello: chorus.v1.Hello.$Shape; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "ping"; hello?: null; ping: chorus.v1.Ping.$Shape; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "send"; hello?: null; ping?: null; send: chorus.v1.SendMessage.$Shape; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "history"; hello?: null; ping?: null; send?: null; history: chorus.v1.HistoryRequest.$Shape; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "sync"; hello?: null; ping?: null; send?: null; history?: null; sync: chorus.v1.SyncRequest.$Shape; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "createConversation"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation: chorus.v1.CreateConversation.$Shape; listConversations?: null; receipt?: null }|{ body?: "listConversations"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations: chorus.v1.ListConversations.$Shape; receipt?: null }|{ body?: "receipt"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt: chorus.v1.Receipt.$Shape })
            );
        }

        interface IServerFrame extends chorus.v1.ServerFrame.$Properties {
        }

        class ServerFrame {
            constructor(properties?: chorus.v1.ServerFrame.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            welcome?: (chorus.v1.Welcome.$Properties|null);
            pong?: (chorus.v1.Pong.$Properties|null);
            error?: (chorus.v1.Error.$Properties|null);
            ack?: (chorus.v1.SendAck.$Properties|null);
            history?: (chorus.v1.HistoryPage.$Properties|null);
            sync?: (chorus.v1.SyncPage.$Properties|null);
            conversation?: (chorus.v1.Conversation.$Properties|null);
            conversations?: (chorus.v1.ConversationList.$Properties|null);
            receipt?: (chorus.v1.ReceiptAck.$Properties|null);
            message?: (chorus.v1.Message.$Properties|null);
            joined?: (chorus.v1.Conversation.$Properties|null);
            body?: ("welcome"|"pong"|"error"|"ack"|"history"|"sync"|"conversation"|"conversations"|"receipt"|"message"|"joined");
            static create(properties: chorus.v1.ServerFrame.$Shape): chorus.v1.ServerFrame & chorus.v1.ServerFrame.$Shape;
            static create(properties?: chorus.v1.ServerFrame.$Properties): chorus.v1.ServerFrame;
            static encode(message: chorus.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ServerFrame & chorus.v1.ServerFrame.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ServerFrame;
            static toObject(message: chorus.v1.ServerFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerFrame {
            interface $Properties {
                id?: (number|null);
                welcome?: (chorus.v1.Welcome.$Properties|null);
                pong?: (chorus.v1.Pong.$Properties|null);
                error?: (chorus.v1.Error.$Properties|null);
                ack?: (chorus.v1.SendAck.$Properties|null);
                history?: (chorus.v1.HistoryPage.$Properties|null);
                sync?: (chorus.v1.SyncPage.$Properties|null);
                conversation?: (chorus.v1.Conversation.$Properties|null);
                conversations?: (chorus.v1.ConversationList.$Properties|null);
                receipt?: (chorus.v1.ReceiptAck.$Properties|null);
                message?: (chorus.v1.Message.$Properties|null);
                joined?: (chorus.v1.Conversation.$Properties|null);
                body?: ("welcome"|"pong"|"error"|"ack"|"history"|"sync"|"conversation"|"conversations"|"receipt"|"message"|"joined");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: number|null;
              welcome?: chorus.v1.Welcome.$Shape|null;
              pong?: chorus.v1.Pong.$Shape|null;
              error?: chorus.v1.Error.$Shape|null;
              ack?: chorus.v1.SendAck.$Shape|null;
              history?: chorus.v1.HistoryPage.$Shape|null;
              sync?: chorus.v1.SyncPage.$Shape|null;
              conversation?: chorus.v1.Conversation.$Shape|null;
              conversations?: chorus.v1.ConversationList.$Shape|null;
              receipt?: chorus.v1.ReceiptAck.$Shape|null;
              message?: chorus.v1.Message.$Shape|null;
              joined?: chorus.v1.Conversation.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "welcome"; welcome: chorus.v1.Welcome.$Shape; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "pong"; welcome?: null; pong: chorus.v1.Pong.$Shape; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "error"; welcome?: null; pong?: null; error: chorus.v1.Error.$Shape; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "ack"; welcome?: null; pong?: null; error?: null; ack: chorus.v1.SendAck.$Shape; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "history"; welcome?: null; pong?: null; error?: null; ack?: null; history: chorus.v1.HistoryPage.$Shape; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "sync"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync: chorus.v1.SyncPage.$Shape; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "conversation"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation: chorus.v1.Conversation.$Shape; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "conversations"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations: chorus.v1.ConversationList.$Shape; receipt?: null; message?: null; joined?: null }|{ body?: "receipt"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt: chorus.v1.ReceiptAck.$Shape; message?: null; joined?: null }|{ body?: "message"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message: chorus.v1.Message.$Shape; joined?: null }|{ body?: "joined"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined: chorus.v1.Conversation.$Shape })
            );
        }

        interface IHello extends chorus.v1.Hello.$Properties {
        }

        class Hello {
            constructor(properties?: chorus.v1.Hello.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            token: string;
            deviceId: string;
            static create(properties: chorus.v1.Hello.$Shape): chorus.v1.Hello & chorus.v1.Hello.$Shape;
            static create(properties?: chorus.v1.Hello.$Properties): chorus.v1.Hello;
            static encode(message: chorus.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Hello & chorus.v1.Hello.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Hello;
            static toObject(message: chorus.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {
            interface $Properties {
                protocolVersion?: (number|null);
                token?: (string|null);
                deviceId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Hello.$Properties;
        }

        interface IWelcome extends chorus.v1.Welcome.$Properties {
        }

        class Welcome {
            constructor(properties?: chorus.v1.Welcome.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            userId: string;
            sessionId: string;
            serverTimeMs: number;
            limits?: (chorus.v1.Limits.$Properties|null);
            static create(properties: chorus.v1.Welcome.$Shape): chorus.v1.Welcome & chorus.v1.Welcome.$Shape;
            static create(properties?: chorus.v1.Welcome.$Properties): chorus.v1.Welcome;
            static encode(message: chorus.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Welcome & chorus.v1.Welcome.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Welcome;
            static toObject(message: chorus.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {
            interface $Properties {
                protocolVersion?: (number|null);
                userId?: (string|null);
                sessionId?: (string|null);
                serverTimeMs?: (number|null);
                limits?: (chorus.v1.Limits.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Welcome.$Properties;
        }

        interface ILimits extends chorus.v1.Limits.$Properties {
        }

        class Limits {
            constructor(properties?: chorus.v1.Limits.$Properties);
            $unknowns?: Uint8Array[];
            maxFrameBytes: number;
            maxTextBytes: number;
            maxPendingRequests: number;
            maxPage: number;
            maxGroupMembers: number;
            static create(properties: chorus.v1.Limits.$Shape): chorus.v1.Limits & chorus.v1.Limits.$Shape;
            static create(properties?: chorus.v1.Limits.$Properties): chorus.v1.Limits;
            static encode(message: chorus.v1.Limits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Limits & chorus.v1.Limits.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Limits;
            static toObject(message: chorus.v1.Limits, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Limits {
            interface $Properties {
                maxFrameBytes?: (number|null);
                maxTextBytes?: (number|null);
                maxPendingRequests?: (number|null);
                maxPage?: (number|null);
                maxGroupMembers?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Limits.$Properties;
        }

        interface IPing extends chorus.v1.Ping.$Properties {
        }

        class Ping {
            constructor(properties?: chorus.v1.Ping.$Properties);
            $unknowns?: Uint8Array[];
            clientTimeMs: number;
            static create(properties: chorus.v1.Ping.$Shape): chorus.v1.Ping & chorus.v1.Ping.$Shape;
            static create(properties?: chorus.v1.Ping.$Properties): chorus.v1.Ping;
            static encode(message: chorus.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Ping & chorus.v1.Ping.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Ping;
            static toObject(message: chorus.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {
            interface $Properties {
                clientTimeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Ping.$Properties;
        }

        interface IPong extends chorus.v1.Pong.$Properties {
        }

        class Pong {
            constructor(properties?: chorus.v1.Pong.$Properties);
            $unknowns?: Uint8Array[];
            clientTimeMs: number;
            serverTimeMs: number;
            static create(properties: chorus.v1.Pong.$Shape): chorus.v1.Pong & chorus.v1.Pong.$Shape;
            static create(properties?: chorus.v1.Pong.$Properties): chorus.v1.Pong;
            static encode(message: chorus.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Pong & chorus.v1.Pong.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Pong;
            static toObject(message: chorus.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Pong {
            interface $Properties {
                clientTimeMs?: (number|null);
                serverTimeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Pong.$Properties;
        }

        interface IError extends chorus.v1.Error.$Properties {
        }

        class Error {
            constructor(properties?: chorus.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            code: chorus.v1.ErrorCode;
            message: string;
            retryAfterMs: number;
            static create(properties: chorus.v1.Error.$Shape): chorus.v1.Error & chorus.v1.Error.$Shape;
            static create(properties?: chorus.v1.Error.$Properties): chorus.v1.Error;
            static encode(message: chorus.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Error & chorus.v1.Error.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Error;
            static toObject(message: chorus.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                code?: (chorus.v1.ErrorCode|null);
                message?: (string|null);
                retryAfterMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Error.$Properties;
        }

        enum ErrorCode {
            ERROR_CODE_UNSPECIFIED = 0,
            BAD_FRAME = 1000,
            UNKNOWN_FRAME = 1001,
            INVALID_ARGUMENT = 1002,
            FORBIDDEN = 1003,
            NOT_FOUND = 1004,
            TOO_LARGE = 1005,
            ALREADY_EXISTS = 1006,
            UNSUPPORTED_VERSION = 1007,
            ALREADY_AUTHENTICATED = 1008,
            UNAVAILABLE = 2000,
            TIMEOUT = 2001,
            OVERLOADED = 2002,
            RATE_LIMITED = 2003,
            UNAUTHENTICATED = 3000,
            TOKEN_EXPIRED = 3001
        }

        interface ISendMessage extends chorus.v1.SendMessage.$Properties {
        }

        class SendMessage {
            constructor(properties?: chorus.v1.SendMessage.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            clientId: string;
            text: string;
            resend: boolean;
            static create(properties: chorus.v1.SendMessage.$Shape): chorus.v1.SendMessage & chorus.v1.SendMessage.$Shape;
            static create(properties?: chorus.v1.SendMessage.$Properties): chorus.v1.SendMessage;
            static encode(message: chorus.v1.SendMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SendMessage & chorus.v1.SendMessage.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SendMessage;
            static toObject(message: chorus.v1.SendMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendMessage {
            interface $Properties {
                conversationId?: (string|null);
                clientId?: (string|null);
                text?: (string|null);
                resend?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SendMessage.$Properties;
        }

        interface ISendAck extends chorus.v1.SendAck.$Properties {
        }

        class SendAck {
            constructor(properties?: chorus.v1.SendAck.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            sentAtMs: number;
            clientId: string;
            duplicate: boolean;
            static create(properties: chorus.v1.SendAck.$Shape): chorus.v1.SendAck & chorus.v1.SendAck.$Shape;
            static create(properties?: chorus.v1.SendAck.$Properties): chorus.v1.SendAck;
            static encode(message: chorus.v1.SendAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SendAck & chorus.v1.SendAck.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SendAck;
            static toObject(message: chorus.v1.SendAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendAck {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                sentAtMs?: (number|null);
                clientId?: (string|null);
                duplicate?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SendAck.$Properties;
        }

        interface IMessage extends chorus.v1.Message.$Properties {
        }

        class Message {
            constructor(properties?: chorus.v1.Message.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            senderId: string;
            senderDevice: string;
            clientId: string;
            sentAtMs: number;
            text: string;
            static create(properties: chorus.v1.Message.$Shape): chorus.v1.Message & chorus.v1.Message.$Shape;
            static create(properties?: chorus.v1.Message.$Properties): chorus.v1.Message;
            static encode(message: chorus.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Message & chorus.v1.Message.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Message;
            static toObject(message: chorus.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                senderId?: (string|null);
                senderDevice?: (string|null);
                clientId?: (string|null);
                sentAtMs?: (number|null);
                text?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Message.$Properties;
        }

        interface IHistoryRequest extends chorus.v1.HistoryRequest.$Properties {
        }

        class HistoryRequest {
            constructor(properties?: chorus.v1.HistoryRequest.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            beforeSeq?: (number|null);
            afterSeq?: (number|null);
            limit: number;
            static create(properties: chorus.v1.HistoryRequest.$Shape): chorus.v1.HistoryRequest & chorus.v1.HistoryRequest.$Shape;
            static create(properties?: chorus.v1.HistoryRequest.$Properties): chorus.v1.HistoryRequest;
            static encode(message: chorus.v1.HistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.HistoryRequest & chorus.v1.HistoryRequest.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.HistoryRequest;
            static toObject(message: chorus.v1.HistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HistoryRequest {
            interface $Properties {
                conversationId?: (string|null);
                beforeSeq?: (number|null);
                afterSeq?: (number|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.HistoryRequest.$Properties;
        }

        interface IHistoryPage extends chorus.v1.HistoryPage.$Properties {
        }

        class HistoryPage {
            constructor(properties?: chorus.v1.HistoryPage.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            messages: chorus.v1.Message.$Properties[];
            hasMore: boolean;
            lastSeq: number;
            static create(properties: chorus.v1.HistoryPage.$Shape): chorus.v1.HistoryPage & chorus.v1.HistoryPage.$Shape;
            static create(properties?: chorus.v1.HistoryPage.$Properties): chorus.v1.HistoryPage;
            static encode(message: chorus.v1.HistoryPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.HistoryPage & chorus.v1.HistoryPage.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.HistoryPage;
            static toObject(message: chorus.v1.HistoryPage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HistoryPage {
            interface $Properties {
                conversationId?: (string|null);
                messages?: (chorus.v1.Message.$Properties[]|null);
                hasMore?: (boolean|null);
                lastSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.HistoryPage.$Properties;
        }

        interface ICursor extends chorus.v1.Cursor.$Properties {
        }

        class Cursor {
            constructor(properties?: chorus.v1.Cursor.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            static create(properties: chorus.v1.Cursor.$Shape): chorus.v1.Cursor & chorus.v1.Cursor.$Shape;
            static create(properties?: chorus.v1.Cursor.$Properties): chorus.v1.Cursor;
            static encode(message: chorus.v1.Cursor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Cursor & chorus.v1.Cursor.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Cursor;
            static toObject(message: chorus.v1.Cursor, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cursor {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Cursor.$Properties;
        }

        interface ISyncRequest extends chorus.v1.SyncRequest.$Properties {
        }

        class SyncRequest {
            constructor(properties?: chorus.v1.SyncRequest.$Properties);
            $unknowns?: Uint8Array[];
            cursors: chorus.v1.Cursor.$Properties[];
            limit: number;
            static create(properties: chorus.v1.SyncRequest.$Shape): chorus.v1.SyncRequest & chorus.v1.SyncRequest.$Shape;
            static create(properties?: chorus.v1.SyncRequest.$Properties): chorus.v1.SyncRequest;
            static encode(message: chorus.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SyncRequest & chorus.v1.SyncRequest.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SyncRequest;
            static toObject(message: chorus.v1.SyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncRequest {
            interface $Properties {
                cursors?: (chorus.v1.Cursor.$Properties[]|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SyncRequest.$Properties;
        }

        interface ISyncPage extends chorus.v1.SyncPage.$Properties {
        }

        class SyncPage {
            constructor(properties?: chorus.v1.SyncPage.$Properties);
            $unknowns?: Uint8Array[];
            messages: chorus.v1.Message.$Properties[];
            conversations: chorus.v1.Conversation.$Properties[];
            done: boolean;
            static create(properties: chorus.v1.SyncPage.$Shape): chorus.v1.SyncPage & chorus.v1.SyncPage.$Shape;
            static create(properties?: chorus.v1.SyncPage.$Properties): chorus.v1.SyncPage;
            static encode(message: chorus.v1.SyncPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SyncPage & chorus.v1.SyncPage.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SyncPage;
            static toObject(message: chorus.v1.SyncPage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncPage {
            interface $Properties {
                messages?: (chorus.v1.Message.$Properties[]|null);
                conversations?: (chorus.v1.Conversation.$Properties[]|null);
                done?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SyncPage.$Properties;
        }

        enum ConversationKind {
            CONVERSATION_KIND_UNSPECIFIED = 0,
            DIRECT = 1,
            GROUP = 2
        }

        interface ICreateConversation extends chorus.v1.CreateConversation.$Properties {
        }

        class CreateConversation {
            constructor(properties?: chorus.v1.CreateConversation.$Properties);
            $unknowns?: Uint8Array[];
            kind: chorus.v1.ConversationKind;
            members: string[];
            title: string;
            static create(properties: chorus.v1.CreateConversation.$Shape): chorus.v1.CreateConversation & chorus.v1.CreateConversation.$Shape;
            static create(properties?: chorus.v1.CreateConversation.$Properties): chorus.v1.CreateConversation;
            static encode(message: chorus.v1.CreateConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.CreateConversation & chorus.v1.CreateConversation.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.CreateConversation;
            static toObject(message: chorus.v1.CreateConversation, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateConversation {
            interface $Properties {
                kind?: (chorus.v1.ConversationKind|null);
                members?: (string[]|null);
                title?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.CreateConversation.$Properties;
        }

        interface IConversation extends chorus.v1.Conversation.$Properties {
        }

        class Conversation {
            constructor(properties?: chorus.v1.Conversation.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            kind: chorus.v1.ConversationKind;
            title: string;
            members: string[];
            lastSeq: number;
            createdAtMs: number;
            createdBy: string;
            static create(properties: chorus.v1.Conversation.$Shape): chorus.v1.Conversation & chorus.v1.Conversation.$Shape;
            static create(properties?: chorus.v1.Conversation.$Properties): chorus.v1.Conversation;
            static encode(message: chorus.v1.Conversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Conversation & chorus.v1.Conversation.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Conversation;
            static toObject(message: chorus.v1.Conversation, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Conversation {
            interface $Properties {
                id?: (string|null);
                kind?: (chorus.v1.ConversationKind|null);
                title?: (string|null);
                members?: (string[]|null);
                lastSeq?: (number|null);
                createdAtMs?: (number|null);
                createdBy?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Conversation.$Properties;
        }

        interface IListConversations extends chorus.v1.ListConversations.$Properties {
        }

        class ListConversations {
            constructor(properties?: chorus.v1.ListConversations.$Properties);
            $unknowns?: Uint8Array[];
            afterId: string;
            limit: number;
            static create(properties: chorus.v1.ListConversations.$Shape): chorus.v1.ListConversations & chorus.v1.ListConversations.$Shape;
            static create(properties?: chorus.v1.ListConversations.$Properties): chorus.v1.ListConversations;
            static encode(message: chorus.v1.ListConversations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ListConversations & chorus.v1.ListConversations.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ListConversations;
            static toObject(message: chorus.v1.ListConversations, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListConversations {
            interface $Properties {
                afterId?: (string|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ListConversations.$Properties;
        }

        interface IConversationList extends chorus.v1.ConversationList.$Properties {
        }

        class ConversationList {
            constructor(properties?: chorus.v1.ConversationList.$Properties);
            $unknowns?: Uint8Array[];
            conversations: chorus.v1.Conversation.$Properties[];
            hasMore: boolean;
            static create(properties: chorus.v1.ConversationList.$Shape): chorus.v1.ConversationList & chorus.v1.ConversationList.$Shape;
            static create(properties?: chorus.v1.ConversationList.$Properties): chorus.v1.ConversationList;
            static encode(message: chorus.v1.ConversationList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ConversationList & chorus.v1.ConversationList.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ConversationList;
            static toObject(message: chorus.v1.ConversationList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationList {
            interface $Properties {
                conversations?: (chorus.v1.Conversation.$Properties[]|null);
                hasMore?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ConversationList.$Properties;
        }

        enum ReceiptKind {
            RECEIPT_KIND_UNSPECIFIED = 0,
            DELIVERED = 1,
            READ = 2
        }

        interface IReceipt extends chorus.v1.Receipt.$Properties {
        }

        class Receipt {
            constructor(properties?: chorus.v1.Receipt.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            kind: chorus.v1.ReceiptKind;
            static create(properties: chorus.v1.Receipt.$Shape): chorus.v1.Receipt & chorus.v1.Receipt.$Shape;
            static create(properties?: chorus.v1.Receipt.$Properties): chorus.v1.Receipt;
            static encode(message: chorus.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Receipt & chorus.v1.Receipt.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Receipt;
            static toObject(message: chorus.v1.Receipt, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Receipt {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                kind?: (chorus.v1.ReceiptKind|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Receipt.$Properties;
        }

        interface IReceiptAck extends chorus.v1.ReceiptAck.$Properties {
        }

        class ReceiptAck {
            constructor(properties?: chorus.v1.ReceiptAck.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            kind: chorus.v1.ReceiptKind;
            seq: number;
            static create(properties: chorus.v1.ReceiptAck.$Shape): chorus.v1.ReceiptAck & chorus.v1.ReceiptAck.$Shape;
            static create(properties?: chorus.v1.ReceiptAck.$Properties): chorus.v1.ReceiptAck;
            static encode(message: chorus.v1.ReceiptAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ReceiptAck & chorus.v1.ReceiptAck.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ReceiptAck;
            static toObject(message: chorus.v1.ReceiptAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptAck {
            interface $Properties {
                conversationId?: (string|null);
                kind?: (chorus.v1.ReceiptKind|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ReceiptAck.$Properties;
        }
    }
}

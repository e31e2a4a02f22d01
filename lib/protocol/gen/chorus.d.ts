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
            edit?: (chorus.v1.EditMessage.$Properties|null);
            delete?: (chorus.v1.DeleteMessage.$Properties|null);
            react?: (chorus.v1.React.$Properties|null);
            typing?: (chorus.v1.Typing.$Properties|null);
            subscribePresence?: (chorus.v1.SubscribePresence.$Properties|null);
            receipts?: (chorus.v1.ReceiptsRequest.$Properties|null);
            inbox?: (chorus.v1.InboxRequest.$Properties|null);
            updateGroup?: (chorus.v1.UpdateGroup.$Properties|null);
            leave?: (chorus.v1.LeaveConversation.$Properties|null);
            registerPush?: (chorus.v1.RegisterPush.$Properties|null);
            unregisterPush?: (chorus.v1.UnregisterPush.$Properties|null);
            setPushPrefs?: (chorus.v1.SetPushPrefs.$Properties|null);
            refreshToken?: (chorus.v1.RefreshToken.$Properties|null);
            lookupUsers?: (chorus.v1.LookupUsers.$Properties|null);
            requestUpload?: (chorus.v1.RequestUpload.$Properties|null);
            completeUpload?: (chorus.v1.CompleteUpload.$Properties|null);
            mediaUrl?: (chorus.v1.MediaUrlRequest.$Properties|null);
            publishKeyPackages?: (chorus.v1.PublishKeyPackages.$Properties|null);
            claimKeyPackages?: (chorus.v1.ClaimKeyPackages.$Properties|null);
            sendMls?: (chorus.v1.SendMls.$Properties|null);
            search?: (chorus.v1.SearchRequest.$Properties|null);
            body?: ("hello"|"ping"|"send"|"history"|"sync"|"createConversation"|"listConversations"|"receipt"|"edit"|"delete"|"react"|"typing"|"subscribePresence"|"receipts"|"inbox"|"updateGroup"|"leave"|"registerPush"|"unregisterPush"|"setPushPrefs"|"refreshToken"|"lookupUsers"|"requestUpload"|"completeUpload"|"mediaUrl"|"publishKeyPackages"|"claimKeyPackages"|"sendMls"|"search");
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
                edit?: (chorus.v1.EditMessage.$Properties|null);
                "delete"?: (chorus.v1.DeleteMessage.$Properties|null);
                react?: (chorus.v1.React.$Properties|null);
                typing?: (chorus.v1.Typing.$Properties|null);
                subscribePresence?: (chorus.v1.SubscribePresence.$Properties|null);
                receipts?: (chorus.v1.ReceiptsRequest.$Properties|null);
                inbox?: (chorus.v1.InboxRequest.$Properties|null);
                updateGroup?: (chorus.v1.UpdateGroup.$Properties|null);
                leave?: (chorus.v1.LeaveConversation.$Properties|null);
                registerPush?: (chorus.v1.RegisterPush.$Properties|null);
                unregisterPush?: (chorus.v1.UnregisterPush.$Properties|null);
                setPushPrefs?: (chorus.v1.SetPushPrefs.$Properties|null);
                refreshToken?: (chorus.v1.RefreshToken.$Properties|null);
                lookupUsers?: (chorus.v1.LookupUsers.$Properties|null);
                requestUpload?: (chorus.v1.RequestUpload.$Properties|null);
                completeUpload?: (chorus.v1.CompleteUpload.$Properties|null);
                mediaUrl?: (chorus.v1.MediaUrlRequest.$Properties|null);
                publishKeyPackages?: (chorus.v1.PublishKeyPackages.$Properties|null);
                claimKeyPackages?: (chorus.v1.ClaimKeyPackages.$Properties|null);
                sendMls?: (chorus.v1.SendMls.$Properties|null);
                search?: (chorus.v1.SearchRequest.$Properties|null);
                body?: ("hello"|"ping"|"send"|"history"|"sync"|"createConversation"|"listConversations"|"receipt"|"edit"|"delete"|"react"|"typing"|"subscribePresence"|"receipts"|"inbox"|"updateGroup"|"leave"|"registerPush"|"unregisterPush"|"setPushPrefs"|"refreshToken"|"lookupUsers"|"requestUpload"|"completeUpload"|"mediaUrl"|"publishKeyPackages"|"claimKeyPackages"|"sendMls"|"search");
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
              edit?: chorus.v1.EditMessage.$Shape|null;
              "delete"?: chorus.v1.DeleteMessage.$Shape|null;
              react?: chorus.v1.React.$Shape|null;
              typing?: chorus.v1.Typing.$Shape|null;
              subscribePresence?: chorus.v1.SubscribePresence.$Shape|null;
              receipts?: chorus.v1.ReceiptsRequest.$Shape|null;
              inbox?: chorus.v1.InboxRequest.$Shape|null;
              updateGroup?: chorus.v1.UpdateGroup.$Shape|null;
              leave?: chorus.v1.LeaveConversation.$Shape|null;
              registerPush?: chorus.v1.RegisterPush.$Shape|null;
              unregisterPush?: chorus.v1.UnregisterPush.$Shape|null;
              setPushPrefs?: chorus.v1.SetPushPrefs.$Shape|null;
              refreshToken?: chorus.v1.RefreshToken.$Shape|null;
              lookupUsers?: chorus.v1.LookupUsers.$Shape|null;
              requestUpload?: chorus.v1.RequestUpload.$Shape|null;
              completeUpload?: chorus.v1.CompleteUpload.$Shape|null;
              mediaUrl?: chorus.v1.MediaUrlRequest.$Shape|null;
              publishKeyPackages?: chorus.v1.PublishKeyPackages.$Shape|null;
              claimKeyPackages?: chorus.v1.ClaimKeyPackages.$Shape|null;
              sendMls?: chorus.v1.SendMls.$Shape|null;
              search?: chorus.v1.SearchRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "hello"; hello: chorus.v1.Hello.$Shape; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "ping"; hello?: null; ping: chorus.v1.Ping.$Shape; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "send"; hello?: null; ping?: null; send: chorus.v1.SendMessage.$Shape; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "history"; hello?: null; ping?: null; send?: null; history: chorus.v1.HistoryRequest.$Shape; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "sync"; hello?: null; ping?: null; send?: null; history?: null; sync: chorus.v1.SyncRequest.$Shape; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "createConversation"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation: chorus.v1.CreateConversation.$Shape; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "listConversations"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations: chorus.v1.ListConversations.$Shape; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "receipt"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt: chorus.v1.Receipt.$Shape; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "edit"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit: chorus.v1.EditMessage.$Shape; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "delete"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete": chorus.v1.DeleteMessage.$Shape; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "react"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react: chorus.v1.React.$Shape; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "typing"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing: chorus.v1.Typing.$Shape; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "subscribePresence"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence: chorus.v1.SubscribePresence.$Shape; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "receipts"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts: chorus.v1.ReceiptsRequest.$Shape; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "inbox"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox: chorus.v1.InboxRequest.$Shape; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "updateGroup"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup: chorus.v1.UpdateGroup.$Shape; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "leave"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave: chorus.v1.LeaveConversation.$Shape; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "registerPush"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush: chorus.v1.RegisterPush.$Shape; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "unregisterPush"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush: chorus.v1.UnregisterPush.$Shape; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "setPushPrefs"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs: chorus.v1.SetPushPrefs.$Shape; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "refreshToken"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken: chorus.v1.RefreshToken.$Shape; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "lookupUsers"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers: chorus.v1.LookupUsers.$Shape; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "requestUpload"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload: chorus.v1.RequestUpload.$Shape; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "completeUpload"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload: chorus.v1.CompleteUpload.$Shape; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "mediaUrl"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl: chorus.v1.MediaUrlRequest.$Shape; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "publishKeyPackages"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages: chorus.v1.PublishKeyPackages.$Shape; claimKeyPackages?: null; sendMls?: null; search?: null }|{ body?: "claimKeyPackages"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages: chorus.v1.ClaimKeyPackages.$Shape; sendMls?: null; search?: null }|{ body?: "sendMls"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls: chorus.v1.SendMls.$Shape; search?: null }|{ body?: "search"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; requestUpload?: null; completeUpload?: null; mediaUrl?: null; publishKeyPackages?: null; claimKeyPackages?: null; sendMls?: null; search: chorus.v1.SearchRequest.$Shape })
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
            reactionAck?: (chorus.v1.ReactionAck.$Properties|null);
            presenceSnapshot?: (chorus.v1.PresenceSnapshot.$Properties|null);
            receipts?: (chorus.v1.ConversationReceipts.$Properties|null);
            inbox?: (chorus.v1.InboxPage.$Properties|null);
            message?: (chorus.v1.Message.$Properties|null);
            joined?: (chorus.v1.Conversation.$Properties|null);
            receiptUpdate?: (chorus.v1.ReceiptUpdate.$Properties|null);
            reaction?: (chorus.v1.ReactionEvent.$Properties|null);
            typing?: (chorus.v1.TypingEvent.$Properties|null);
            presence?: (chorus.v1.Presence.$Properties|null);
            removed?: (chorus.v1.Removed.$Properties|null);
            ok?: (chorus.v1.Ok.$Properties|null);
            tokenExpiring?: (chorus.v1.TokenExpiring.$Properties|null);
            tokenRefreshed?: (chorus.v1.TokenRefreshed.$Properties|null);
            userLookup?: (chorus.v1.UserLookup.$Properties|null);
            uploadSlot?: (chorus.v1.UploadSlot.$Properties|null);
            mediaReady?: (chorus.v1.Attachment.$Properties|null);
            mediaUrl?: (chorus.v1.MediaUrl.$Properties|null);
            keyPackageCount?: (chorus.v1.KeyPackageCount.$Properties|null);
            claimedKeyPackages?: (chorus.v1.ClaimedKeyPackages.$Properties|null);
            searchResults?: (chorus.v1.SearchResults.$Properties|null);
            body?: ("welcome"|"pong"|"error"|"ack"|"history"|"sync"|"conversation"|"conversations"|"receipt"|"reactionAck"|"presenceSnapshot"|"receipts"|"inbox"|"message"|"joined"|"receiptUpdate"|"reaction"|"typing"|"presence"|"removed"|"ok"|"tokenExpiring"|"tokenRefreshed"|"userLookup"|"uploadSlot"|"mediaReady"|"mediaUrl"|"keyPackageCount"|"claimedKeyPackages"|"searchResults");
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
                reactionAck?: (chorus.v1.ReactionAck.$Properties|null);
                presenceSnapshot?: (chorus.v1.PresenceSnapshot.$Properties|null);
                receipts?: (chorus.v1.ConversationReceipts.$Properties|null);
                inbox?: (chorus.v1.InboxPage.$Properties|null);
                message?: (chorus.v1.Message.$Properties|null);
                joined?: (chorus.v1.Conversation.$Properties|null);
                receiptUpdate?: (chorus.v1.ReceiptUpdate.$Properties|null);
                reaction?: (chorus.v1.ReactionEvent.$Properties|null);
                typing?: (chorus.v1.TypingEvent.$Properties|null);
                presence?: (chorus.v1.Presence.$Properties|null);
                removed?: (chorus.v1.Removed.$Properties|null);
                ok?: (chorus.v1.Ok.$Properties|null);
                tokenExpiring?: (chorus.v1.TokenExpiring.$Properties|null);
                tokenRefreshed?: (chorus.v1.TokenRefreshed.$Properties|null);
                userLookup?: (chorus.v1.UserLookup.$Properties|null);
                uploadSlot?: (chorus.v1.UploadSlot.$Properties|null);
                mediaReady?: (chorus.v1.Attachment.$Properties|null);
                mediaUrl?: (chorus.v1.MediaUrl.$Properties|null);
                keyPackageCount?: (chorus.v1.KeyPackageCount.$Properties|null);
                claimedKeyPackages?: (chorus.v1.ClaimedKeyPackages.$Properties|null);
                searchResults?: (chorus.v1.SearchResults.$Properties|null);
                body?: ("welcome"|"pong"|"error"|"ack"|"history"|"sync"|"conversation"|"conversations"|"receipt"|"reactionAck"|"presenceSnapshot"|"receipts"|"inbox"|"message"|"joined"|"receiptUpdate"|"reaction"|"typing"|"presence"|"removed"|"ok"|"tokenExpiring"|"tokenRefreshed"|"userLookup"|"uploadSlot"|"mediaReady"|"mediaUrl"|"keyPackageCount"|"claimedKeyPackages"|"searchResults");
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
              reactionAck?: chorus.v1.ReactionAck.$Shape|null;
              presenceSnapshot?: chorus.v1.PresenceSnapshot.$Shape|null;
              receipts?: chorus.v1.ConversationReceipts.$Shape|null;
              inbox?: chorus.v1.InboxPage.$Shape|null;
              message?: chorus.v1.Message.$Shape|null;
              joined?: chorus.v1.Conversation.$Shape|null;
              receiptUpdate?: chorus.v1.ReceiptUpdate.$Shape|null;
              reaction?: chorus.v1.ReactionEvent.$Shape|null;
              typing?: chorus.v1.TypingEvent.$Shape|null;
              presence?: chorus.v1.Presence.$Shape|null;
              removed?: chorus.v1.Removed.$Shape|null;
              ok?: chorus.v1.Ok.$Shape|null;
              tokenExpiring?: chorus.v1.TokenExpiring.$Shape|null;
              tokenRefreshed?: chorus.v1.TokenRefreshed.$Shape|null;
              userLookup?: chorus.v1.UserLookup.$Shape|null;
              uploadSlot?: chorus.v1.UploadSlot.$Shape|null;
              mediaReady?: chorus.v1.Attachment.$Shape|null;
              mediaUrl?: chorus.v1.MediaUrl.$Shape|null;
              keyPackageCount?: chorus.v1.KeyPackageCount.$Shape|null;
              claimedKeyPackages?: chorus.v1.ClaimedKeyPackages.$Shape|null;
              searchResults?: chorus.v1.SearchResults.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "welcome"; welcome: chorus.v1.Welcome.$Shape; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "pong"; welcome?: null; pong: chorus.v1.Pong.$Shape; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "error"; welcome?: null; pong?: null; error: chorus.v1.Error.$Shape; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "ack"; welcome?: null; pong?: null; error?: null; ack: chorus.v1.SendAck.$Shape; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "history"; welcome?: null; pong?: null; error?: null; ack?: null; history: chorus.v1.HistoryPage.$Shape; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "sync"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync: chorus.v1.SyncPage.$Shape; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "conversation"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation: chorus.v1.Conversation.$Shape; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "conversations"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations: chorus.v1.ConversationList.$Shape; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "receipt"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt: chorus.v1.ReceiptAck.$Shape; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "reactionAck"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck: chorus.v1.ReactionAck.$Shape; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "presenceSnapshot"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot: chorus.v1.PresenceSnapshot.$Shape; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "receipts"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts: chorus.v1.ConversationReceipts.$Shape; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "inbox"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox: chorus.v1.InboxPage.$Shape; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "message"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message: chorus.v1.Message.$Shape; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "joined"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined: chorus.v1.Conversation.$Shape; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "receiptUpdate"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate: chorus.v1.ReceiptUpdate.$Shape; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "reaction"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction: chorus.v1.ReactionEvent.$Shape; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "typing"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing: chorus.v1.TypingEvent.$Shape; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "presence"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence: chorus.v1.Presence.$Shape; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "removed"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed: chorus.v1.Removed.$Shape; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "ok"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok: chorus.v1.Ok.$Shape; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "tokenExpiring"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring: chorus.v1.TokenExpiring.$Shape; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "tokenRefreshed"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed: chorus.v1.TokenRefreshed.$Shape; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "userLookup"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup: chorus.v1.UserLookup.$Shape; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "uploadSlot"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot: chorus.v1.UploadSlot.$Shape; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "mediaReady"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady: chorus.v1.Attachment.$Shape; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "mediaUrl"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl: chorus.v1.MediaUrl.$Shape; keyPackageCount?: null; claimedKeyPackages?: null; searchResults?: null }|{ body?: "keyPackageCount"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount: chorus.v1.KeyPackageCount.$Shape; claimedKeyPackages?: null; searchResults?: null }|{ body?: "claimedKeyPackages"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages: chorus.v1.ClaimedKeyPackages.$Shape; searchResults?: null }|{ body?: "searchResults"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; uploadSlot?: null; mediaReady?: null; mediaUrl?: null; keyPackageCount?: null; claimedKeyPackages?: null; searchResults: chorus.v1.SearchResults.$Shape })
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
            maxMediaBytes: number;
            maxAttachments: number;
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
                maxMediaBytes?: (number|null);
                maxAttachments?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Limits.$Properties;
        }

        interface IRefreshToken extends chorus.v1.RefreshToken.$Properties {
        }

        class RefreshToken {
            constructor(properties?: chorus.v1.RefreshToken.$Properties);
            $unknowns?: Uint8Array[];
            token: string;
            static create(properties: chorus.v1.RefreshToken.$Shape): chorus.v1.RefreshToken & chorus.v1.RefreshToken.$Shape;
            static create(properties?: chorus.v1.RefreshToken.$Properties): chorus.v1.RefreshToken;
            static encode(message: chorus.v1.RefreshToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.RefreshToken & chorus.v1.RefreshToken.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.RefreshToken;
            static toObject(message: chorus.v1.RefreshToken, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RefreshToken {
            interface $Properties {
                token?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.RefreshToken.$Properties;
        }

        interface ITokenRefreshed extends chorus.v1.TokenRefreshed.$Properties {
        }

        class TokenRefreshed {
            constructor(properties?: chorus.v1.TokenRefreshed.$Properties);
            $unknowns?: Uint8Array[];
            expiresAtMs: number;
            static create(properties: chorus.v1.TokenRefreshed.$Shape): chorus.v1.TokenRefreshed & chorus.v1.TokenRefreshed.$Shape;
            static create(properties?: chorus.v1.TokenRefreshed.$Properties): chorus.v1.TokenRefreshed;
            static encode(message: chorus.v1.TokenRefreshed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.TokenRefreshed & chorus.v1.TokenRefreshed.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.TokenRefreshed;
            static toObject(message: chorus.v1.TokenRefreshed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenRefreshed {
            interface $Properties {
                expiresAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.TokenRefreshed.$Properties;
        }

        interface ITokenExpiring extends chorus.v1.TokenExpiring.$Properties {
        }

        class TokenExpiring {
            constructor(properties?: chorus.v1.TokenExpiring.$Properties);
            $unknowns?: Uint8Array[];
            expiresAtMs: number;
            closeAtMs: number;
            static create(properties: chorus.v1.TokenExpiring.$Shape): chorus.v1.TokenExpiring & chorus.v1.TokenExpiring.$Shape;
            static create(properties?: chorus.v1.TokenExpiring.$Properties): chorus.v1.TokenExpiring;
            static encode(message: chorus.v1.TokenExpiring.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.TokenExpiring & chorus.v1.TokenExpiring.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.TokenExpiring;
            static toObject(message: chorus.v1.TokenExpiring, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenExpiring {
            interface $Properties {
                expiresAtMs?: (number|null);
                closeAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.TokenExpiring.$Properties;
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
            MEDIA_NOT_UPLOADED = 1020,
            MEDIA_SIZE_MISMATCH = 1021,
            MEDIA_HASH_MISMATCH = 1022,
            MEDIA_TYPE_MISMATCH = 1023,
            MEDIA_QUOTA_EXCEEDED = 1024,
            MEDIA_EXPIRED = 1025,
            MLS_STALE_EPOCH = 1026,
            ENCRYPTED_CONVERSATION = 1027,
            BAD_MLS_MESSAGE = 1028,
            SEARCH_DISABLED = 1030,
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
            attachments: chorus.v1.Attachment.$Properties[];
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
                attachments?: (chorus.v1.Attachment.$Properties[]|null);
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
            kind: chorus.v1.MessageKind;
            refSeq: number;
            editedAtMs: number;
            deleted: boolean;
            reactions: chorus.v1.ReactionCount.$Properties[];
            system?: (chorus.v1.SystemEvent.$Properties|null);
            attachments: chorus.v1.Attachment.$Properties[];
            mls?: (chorus.v1.MlsEntry.$Properties|null);
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
                kind?: (chorus.v1.MessageKind|null);
                refSeq?: (number|null);
                editedAtMs?: (number|null);
                deleted?: (boolean|null);
                reactions?: (chorus.v1.ReactionCount.$Properties[]|null);
                system?: (chorus.v1.SystemEvent.$Properties|null);
                attachments?: (chorus.v1.Attachment.$Properties[]|null);
                mls?: (chorus.v1.MlsEntry.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Message.$Properties;
        }

        interface IMlsEntry extends chorus.v1.MlsEntry.$Properties {
        }

        class MlsEntry {
            constructor(properties?: chorus.v1.MlsEntry.$Properties);
            $unknowns?: Uint8Array[];
            kind: chorus.v1.MlsKind;
            epoch: number;
            message: Uint8Array;
            welcomeTo: string[];
            part: number;
            parts: number;
            static create(properties: chorus.v1.MlsEntry.$Shape): chorus.v1.MlsEntry & chorus.v1.MlsEntry.$Shape;
            static create(properties?: chorus.v1.MlsEntry.$Properties): chorus.v1.MlsEntry;
            static encode(message: chorus.v1.MlsEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.MlsEntry & chorus.v1.MlsEntry.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.MlsEntry;
            static toObject(message: chorus.v1.MlsEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MlsEntry {
            interface $Properties {
                kind?: (chorus.v1.MlsKind|null);
                epoch?: (number|null);
                message?: (Uint8Array|null);
                welcomeTo?: (string[]|null);
                part?: (number|null);
                parts?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.MlsEntry.$Properties;
        }

        enum MlsKind {
            MLS_KIND_UNSPECIFIED = 0,
            MLS_KIND_APPLICATION = 1,
            MLS_KIND_PROPOSAL = 2,
            MLS_KIND_COMMIT = 3,
            MLS_KIND_WELCOME = 4
        }

        interface IPublishKeyPackages extends chorus.v1.PublishKeyPackages.$Properties {
        }

        class PublishKeyPackages {
            constructor(properties?: chorus.v1.PublishKeyPackages.$Properties);
            $unknowns?: Uint8Array[];
            keyPackages: Uint8Array[];
            lastResort: Uint8Array;
            suite: number;
            static create(properties: chorus.v1.PublishKeyPackages.$Shape): chorus.v1.PublishKeyPackages & chorus.v1.PublishKeyPackages.$Shape;
            static create(properties?: chorus.v1.PublishKeyPackages.$Properties): chorus.v1.PublishKeyPackages;
            static encode(message: chorus.v1.PublishKeyPackages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.PublishKeyPackages & chorus.v1.PublishKeyPackages.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.PublishKeyPackages;
            static toObject(message: chorus.v1.PublishKeyPackages, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishKeyPackages {
            interface $Properties {
                keyPackages?: (Uint8Array[]|null);
                lastResort?: (Uint8Array|null);
                suite?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.PublishKeyPackages.$Properties;
        }

        interface IKeyPackageCount extends chorus.v1.KeyPackageCount.$Properties {
        }

        class KeyPackageCount {
            constructor(properties?: chorus.v1.KeyPackageCount.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            suite: number;
            available: number;
            hasLastResort: boolean;
            low: boolean;
            static create(properties: chorus.v1.KeyPackageCount.$Shape): chorus.v1.KeyPackageCount & chorus.v1.KeyPackageCount.$Shape;
            static create(properties?: chorus.v1.KeyPackageCount.$Properties): chorus.v1.KeyPackageCount;
            static encode(message: chorus.v1.KeyPackageCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.KeyPackageCount & chorus.v1.KeyPackageCount.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.KeyPackageCount;
            static toObject(message: chorus.v1.KeyPackageCount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyPackageCount {
            interface $Properties {
                deviceId?: (string|null);
                suite?: (number|null);
                available?: (number|null);
                hasLastResort?: (boolean|null);
                low?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.KeyPackageCount.$Properties;
        }

        interface IClaimKeyPackages extends chorus.v1.ClaimKeyPackages.$Properties {
        }

        class ClaimKeyPackages {
            constructor(properties?: chorus.v1.ClaimKeyPackages.$Properties);
            $unknowns?: Uint8Array[];
            userId: string;
            suite: number;
            static create(properties: chorus.v1.ClaimKeyPackages.$Shape): chorus.v1.ClaimKeyPackages & chorus.v1.ClaimKeyPackages.$Shape;
            static create(properties?: chorus.v1.ClaimKeyPackages.$Properties): chorus.v1.ClaimKeyPackages;
            static encode(message: chorus.v1.ClaimKeyPackages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ClaimKeyPackages & chorus.v1.ClaimKeyPackages.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ClaimKeyPackages;
            static toObject(message: chorus.v1.ClaimKeyPackages, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClaimKeyPackages {
            interface $Properties {
                userId?: (string|null);
                suite?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ClaimKeyPackages.$Properties;
        }

        interface IClaimedKeyPackages extends chorus.v1.ClaimedKeyPackages.$Properties {
        }

        class ClaimedKeyPackages {
            constructor(properties?: chorus.v1.ClaimedKeyPackages.$Properties);
            $unknowns?: Uint8Array[];
            userId: string;
            packages: chorus.v1.ClaimedKeyPackage.$Properties[];
            static create(properties: chorus.v1.ClaimedKeyPackages.$Shape): chorus.v1.ClaimedKeyPackages & chorus.v1.ClaimedKeyPackages.$Shape;
            static create(properties?: chorus.v1.ClaimedKeyPackages.$Properties): chorus.v1.ClaimedKeyPackages;
            static encode(message: chorus.v1.ClaimedKeyPackages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ClaimedKeyPackages & chorus.v1.ClaimedKeyPackages.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ClaimedKeyPackages;
            static toObject(message: chorus.v1.ClaimedKeyPackages, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClaimedKeyPackages {
            interface $Properties {
                userId?: (string|null);
                packages?: (chorus.v1.ClaimedKeyPackage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ClaimedKeyPackages.$Properties;
        }

        interface IClaimedKeyPackage extends chorus.v1.ClaimedKeyPackage.$Properties {
        }

        class ClaimedKeyPackage {
            constructor(properties?: chorus.v1.ClaimedKeyPackage.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            keyPackage: Uint8Array;
            lastResort: boolean;
            static create(properties: chorus.v1.ClaimedKeyPackage.$Shape): chorus.v1.ClaimedKeyPackage & chorus.v1.ClaimedKeyPackage.$Shape;
            static create(properties?: chorus.v1.ClaimedKeyPackage.$Properties): chorus.v1.ClaimedKeyPackage;
            static encode(message: chorus.v1.ClaimedKeyPackage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ClaimedKeyPackage & chorus.v1.ClaimedKeyPackage.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ClaimedKeyPackage;
            static toObject(message: chorus.v1.ClaimedKeyPackage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClaimedKeyPackage {
            interface $Properties {
                deviceId?: (string|null);
                keyPackage?: (Uint8Array|null);
                lastResort?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ClaimedKeyPackage.$Properties;
        }

        interface ISendMls extends chorus.v1.SendMls.$Properties {
        }

        class SendMls {
            constructor(properties?: chorus.v1.SendMls.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            clientId: string;
            resend: boolean;
            message: Uint8Array;
            addUsers: string[];
            removeUsers: string[];
            welcomeTo: string[];
            part: number;
            parts: number;
            static create(properties: chorus.v1.SendMls.$Shape): chorus.v1.SendMls & chorus.v1.SendMls.$Shape;
            static create(properties?: chorus.v1.SendMls.$Properties): chorus.v1.SendMls;
            static encode(message: chorus.v1.SendMls.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SendMls & chorus.v1.SendMls.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SendMls;
            static toObject(message: chorus.v1.SendMls, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendMls {
            interface $Properties {
                conversationId?: (string|null);
                clientId?: (string|null);
                resend?: (boolean|null);
                message?: (Uint8Array|null);
                addUsers?: (string[]|null);
                removeUsers?: (string[]|null);
                welcomeTo?: (string[]|null);
                part?: (number|null);
                parts?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SendMls.$Properties;
        }

        enum MessageKind {
            TEXT = 0,
            EDIT = 1,
            DELETE = 2,
            MEMBERS = 3,
            RENAME = 4
        }

        interface ISystemEvent extends chorus.v1.SystemEvent.$Properties {
        }

        class SystemEvent {
            constructor(properties?: chorus.v1.SystemEvent.$Properties);
            $unknowns?: Uint8Array[];
            added: string[];
            removed: string[];
            title: string;
            roles: string[];
            static create(properties: chorus.v1.SystemEvent.$Shape): chorus.v1.SystemEvent & chorus.v1.SystemEvent.$Shape;
            static create(properties?: chorus.v1.SystemEvent.$Properties): chorus.v1.SystemEvent;
            static encode(message: chorus.v1.SystemEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SystemEvent & chorus.v1.SystemEvent.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SystemEvent;
            static toObject(message: chorus.v1.SystemEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SystemEvent {
            interface $Properties {
                added?: (string[]|null);
                removed?: (string[]|null);
                title?: (string|null);
                roles?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SystemEvent.$Properties;
        }

        interface IReactionCount extends chorus.v1.ReactionCount.$Properties {
        }

        class ReactionCount {
            constructor(properties?: chorus.v1.ReactionCount.$Properties);
            $unknowns?: Uint8Array[];
            emoji: string;
            count: number;
            mine: boolean;
            static create(properties: chorus.v1.ReactionCount.$Shape): chorus.v1.ReactionCount & chorus.v1.ReactionCount.$Shape;
            static create(properties?: chorus.v1.ReactionCount.$Properties): chorus.v1.ReactionCount;
            static encode(message: chorus.v1.ReactionCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ReactionCount & chorus.v1.ReactionCount.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ReactionCount;
            static toObject(message: chorus.v1.ReactionCount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReactionCount {
            interface $Properties {
                emoji?: (string|null);
                count?: (number|null);
                mine?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ReactionCount.$Properties;
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
            receiptsSinceMs: number;
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
                receiptsSinceMs?: (number|null);
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
            e2eeSuite: number;
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
                e2eeSuite?: (number|null);
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
            roles: string[];
            receipts: chorus.v1.MemberReceipt.$Properties[];
            lastActivityMs: number;
            e2eeSuite: number;
            homeRegion: string;
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
                roles?: (string[]|null);
                receipts?: (chorus.v1.MemberReceipt.$Properties[]|null);
                lastActivityMs?: (number|null);
                e2eeSuite?: (number|null);
                homeRegion?: (string|null);
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

        interface IEditMessage extends chorus.v1.EditMessage.$Properties {
        }

        class EditMessage {
            constructor(properties?: chorus.v1.EditMessage.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            text: string;
            clientId: string;
            static create(properties: chorus.v1.EditMessage.$Shape): chorus.v1.EditMessage & chorus.v1.EditMessage.$Shape;
            static create(properties?: chorus.v1.EditMessage.$Properties): chorus.v1.EditMessage;
            static encode(message: chorus.v1.EditMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.EditMessage & chorus.v1.EditMessage.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.EditMessage;
            static toObject(message: chorus.v1.EditMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditMessage {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                text?: (string|null);
                clientId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.EditMessage.$Properties;
        }

        interface IDeleteMessage extends chorus.v1.DeleteMessage.$Properties {
        }

        class DeleteMessage {
            constructor(properties?: chorus.v1.DeleteMessage.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            clientId: string;
            static create(properties: chorus.v1.DeleteMessage.$Shape): chorus.v1.DeleteMessage & chorus.v1.DeleteMessage.$Shape;
            static create(properties?: chorus.v1.DeleteMessage.$Properties): chorus.v1.DeleteMessage;
            static encode(message: chorus.v1.DeleteMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.DeleteMessage & chorus.v1.DeleteMessage.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.DeleteMessage;
            static toObject(message: chorus.v1.DeleteMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteMessage {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                clientId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.DeleteMessage.$Properties;
        }

        interface IReact extends chorus.v1.React.$Properties {
        }

        class React {
            constructor(properties?: chorus.v1.React.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            emoji: string;
            add: boolean;
            static create(properties: chorus.v1.React.$Shape): chorus.v1.React & chorus.v1.React.$Shape;
            static create(properties?: chorus.v1.React.$Properties): chorus.v1.React;
            static encode(message: chorus.v1.React.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.React & chorus.v1.React.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.React;
            static toObject(message: chorus.v1.React, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace React {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                emoji?: (string|null);
                add?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.React.$Properties;
        }

        interface IReactionAck extends chorus.v1.ReactionAck.$Properties {
        }

        class ReactionAck {
            constructor(properties?: chorus.v1.ReactionAck.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            reactions: chorus.v1.ReactionCount.$Properties[];
            static create(properties: chorus.v1.ReactionAck.$Shape): chorus.v1.ReactionAck & chorus.v1.ReactionAck.$Shape;
            static create(properties?: chorus.v1.ReactionAck.$Properties): chorus.v1.ReactionAck;
            static encode(message: chorus.v1.ReactionAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ReactionAck & chorus.v1.ReactionAck.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ReactionAck;
            static toObject(message: chorus.v1.ReactionAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReactionAck {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                reactions?: (chorus.v1.ReactionCount.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ReactionAck.$Properties;
        }

        interface IReactionEvent extends chorus.v1.ReactionEvent.$Properties {
        }

        class ReactionEvent {
            constructor(properties?: chorus.v1.ReactionEvent.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            userId: string;
            emoji: string;
            add: boolean;
            reactions: chorus.v1.ReactionCount.$Properties[];
            static create(properties: chorus.v1.ReactionEvent.$Shape): chorus.v1.ReactionEvent & chorus.v1.ReactionEvent.$Shape;
            static create(properties?: chorus.v1.ReactionEvent.$Properties): chorus.v1.ReactionEvent;
            static encode(message: chorus.v1.ReactionEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ReactionEvent & chorus.v1.ReactionEvent.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ReactionEvent;
            static toObject(message: chorus.v1.ReactionEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReactionEvent {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                userId?: (string|null);
                emoji?: (string|null);
                add?: (boolean|null);
                reactions?: (chorus.v1.ReactionCount.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ReactionEvent.$Properties;
        }

        interface ITyping extends chorus.v1.Typing.$Properties {
        }

        class Typing {
            constructor(properties?: chorus.v1.Typing.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            static create(properties: chorus.v1.Typing.$Shape): chorus.v1.Typing & chorus.v1.Typing.$Shape;
            static create(properties?: chorus.v1.Typing.$Properties): chorus.v1.Typing;
            static encode(message: chorus.v1.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Typing & chorus.v1.Typing.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Typing;
            static toObject(message: chorus.v1.Typing, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Typing {
            interface $Properties {
                conversationId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Typing.$Properties;
        }

        interface ITypingEvent extends chorus.v1.TypingEvent.$Properties {
        }

        class TypingEvent {
            constructor(properties?: chorus.v1.TypingEvent.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            userId: string;
            expiresInMs: number;
            static create(properties: chorus.v1.TypingEvent.$Shape): chorus.v1.TypingEvent & chorus.v1.TypingEvent.$Shape;
            static create(properties?: chorus.v1.TypingEvent.$Properties): chorus.v1.TypingEvent;
            static encode(message: chorus.v1.TypingEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.TypingEvent & chorus.v1.TypingEvent.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.TypingEvent;
            static toObject(message: chorus.v1.TypingEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TypingEvent {
            interface $Properties {
                conversationId?: (string|null);
                userId?: (string|null);
                expiresInMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.TypingEvent.$Properties;
        }

        interface ISubscribePresence extends chorus.v1.SubscribePresence.$Properties {
        }

        class SubscribePresence {
            constructor(properties?: chorus.v1.SubscribePresence.$Properties);
            $unknowns?: Uint8Array[];
            conversationIds: string[];
            static create(properties: chorus.v1.SubscribePresence.$Shape): chorus.v1.SubscribePresence & chorus.v1.SubscribePresence.$Shape;
            static create(properties?: chorus.v1.SubscribePresence.$Properties): chorus.v1.SubscribePresence;
            static encode(message: chorus.v1.SubscribePresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SubscribePresence & chorus.v1.SubscribePresence.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SubscribePresence;
            static toObject(message: chorus.v1.SubscribePresence, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribePresence {
            interface $Properties {
                conversationIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SubscribePresence.$Properties;
        }

        interface IPresence extends chorus.v1.Presence.$Properties {
        }

        class Presence {
            constructor(properties?: chorus.v1.Presence.$Properties);
            $unknowns?: Uint8Array[];
            userId: string;
            online: boolean;
            lastSeenMs: number;
            static create(properties: chorus.v1.Presence.$Shape): chorus.v1.Presence & chorus.v1.Presence.$Shape;
            static create(properties?: chorus.v1.Presence.$Properties): chorus.v1.Presence;
            static encode(message: chorus.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Presence & chorus.v1.Presence.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Presence;
            static toObject(message: chorus.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Presence {
            interface $Properties {
                userId?: (string|null);
                online?: (boolean|null);
                lastSeenMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Presence.$Properties;
        }

        interface IPresenceSnapshot extends chorus.v1.PresenceSnapshot.$Properties {
        }

        class PresenceSnapshot {
            constructor(properties?: chorus.v1.PresenceSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            users: chorus.v1.Presence.$Properties[];
            static create(properties: chorus.v1.PresenceSnapshot.$Shape): chorus.v1.PresenceSnapshot & chorus.v1.PresenceSnapshot.$Shape;
            static create(properties?: chorus.v1.PresenceSnapshot.$Properties): chorus.v1.PresenceSnapshot;
            static encode(message: chorus.v1.PresenceSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.PresenceSnapshot & chorus.v1.PresenceSnapshot.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.PresenceSnapshot;
            static toObject(message: chorus.v1.PresenceSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceSnapshot {
            interface $Properties {
                users?: (chorus.v1.Presence.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.PresenceSnapshot.$Properties;
        }

        interface ILookupUsers extends chorus.v1.LookupUsers.$Properties {
        }

        class LookupUsers {
            constructor(properties?: chorus.v1.LookupUsers.$Properties);
            $unknowns?: Uint8Array[];
            userIds: string[];
            static create(properties: chorus.v1.LookupUsers.$Shape): chorus.v1.LookupUsers & chorus.v1.LookupUsers.$Shape;
            static create(properties?: chorus.v1.LookupUsers.$Properties): chorus.v1.LookupUsers;
            static encode(message: chorus.v1.LookupUsers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.LookupUsers & chorus.v1.LookupUsers.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.LookupUsers;
            static toObject(message: chorus.v1.LookupUsers, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupUsers {
            interface $Properties {
                userIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.LookupUsers.$Properties;
        }

        interface IUserLookup extends chorus.v1.UserLookup.$Properties {
        }

        class UserLookup {
            constructor(properties?: chorus.v1.UserLookup.$Properties);
            $unknowns?: Uint8Array[];
            known: string[];
            static create(properties: chorus.v1.UserLookup.$Shape): chorus.v1.UserLookup & chorus.v1.UserLookup.$Shape;
            static create(properties?: chorus.v1.UserLookup.$Properties): chorus.v1.UserLookup;
            static encode(message: chorus.v1.UserLookup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.UserLookup & chorus.v1.UserLookup.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.UserLookup;
            static toObject(message: chorus.v1.UserLookup, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserLookup {
            interface $Properties {
                known?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.UserLookup.$Properties;
        }

        interface IReceiptUpdate extends chorus.v1.ReceiptUpdate.$Properties {
        }

        class ReceiptUpdate {
            constructor(properties?: chorus.v1.ReceiptUpdate.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            userId: string;
            kind: chorus.v1.ReceiptKind;
            seq: number;
            static create(properties: chorus.v1.ReceiptUpdate.$Shape): chorus.v1.ReceiptUpdate & chorus.v1.ReceiptUpdate.$Shape;
            static create(properties?: chorus.v1.ReceiptUpdate.$Properties): chorus.v1.ReceiptUpdate;
            static encode(message: chorus.v1.ReceiptUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ReceiptUpdate & chorus.v1.ReceiptUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ReceiptUpdate;
            static toObject(message: chorus.v1.ReceiptUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptUpdate {
            interface $Properties {
                conversationId?: (string|null);
                userId?: (string|null);
                kind?: (chorus.v1.ReceiptKind|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ReceiptUpdate.$Properties;
        }

        interface IReceiptsRequest extends chorus.v1.ReceiptsRequest.$Properties {
        }

        class ReceiptsRequest {
            constructor(properties?: chorus.v1.ReceiptsRequest.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            static create(properties: chorus.v1.ReceiptsRequest.$Shape): chorus.v1.ReceiptsRequest & chorus.v1.ReceiptsRequest.$Shape;
            static create(properties?: chorus.v1.ReceiptsRequest.$Properties): chorus.v1.ReceiptsRequest;
            static encode(message: chorus.v1.ReceiptsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ReceiptsRequest & chorus.v1.ReceiptsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ReceiptsRequest;
            static toObject(message: chorus.v1.ReceiptsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptsRequest {
            interface $Properties {
                conversationId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ReceiptsRequest.$Properties;
        }

        interface IMemberReceipt extends chorus.v1.MemberReceipt.$Properties {
        }

        class MemberReceipt {
            constructor(properties?: chorus.v1.MemberReceipt.$Properties);
            $unknowns?: Uint8Array[];
            userId: string;
            deliveredSeq: number;
            readSeq: number;
            static create(properties: chorus.v1.MemberReceipt.$Shape): chorus.v1.MemberReceipt & chorus.v1.MemberReceipt.$Shape;
            static create(properties?: chorus.v1.MemberReceipt.$Properties): chorus.v1.MemberReceipt;
            static encode(message: chorus.v1.MemberReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.MemberReceipt & chorus.v1.MemberReceipt.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.MemberReceipt;
            static toObject(message: chorus.v1.MemberReceipt, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberReceipt {
            interface $Properties {
                userId?: (string|null);
                deliveredSeq?: (number|null);
                readSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.MemberReceipt.$Properties;
        }

        interface IConversationReceipts extends chorus.v1.ConversationReceipts.$Properties {
        }

        class ConversationReceipts {
            constructor(properties?: chorus.v1.ConversationReceipts.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            members: chorus.v1.MemberReceipt.$Properties[];
            static create(properties: chorus.v1.ConversationReceipts.$Shape): chorus.v1.ConversationReceipts & chorus.v1.ConversationReceipts.$Shape;
            static create(properties?: chorus.v1.ConversationReceipts.$Properties): chorus.v1.ConversationReceipts;
            static encode(message: chorus.v1.ConversationReceipts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.ConversationReceipts & chorus.v1.ConversationReceipts.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.ConversationReceipts;
            static toObject(message: chorus.v1.ConversationReceipts, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationReceipts {
            interface $Properties {
                conversationId?: (string|null);
                members?: (chorus.v1.MemberReceipt.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.ConversationReceipts.$Properties;
        }

        interface IInboxRequest extends chorus.v1.InboxRequest.$Properties {
        }

        class InboxRequest {
            constructor(properties?: chorus.v1.InboxRequest.$Properties);
            $unknowns?: Uint8Array[];
            beforeActivityMs: number;
            beforeId: string;
            limit: number;
            static create(properties: chorus.v1.InboxRequest.$Shape): chorus.v1.InboxRequest & chorus.v1.InboxRequest.$Shape;
            static create(properties?: chorus.v1.InboxRequest.$Properties): chorus.v1.InboxRequest;
            static encode(message: chorus.v1.InboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.InboxRequest & chorus.v1.InboxRequest.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.InboxRequest;
            static toObject(message: chorus.v1.InboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InboxRequest {
            interface $Properties {
                beforeActivityMs?: (number|null);
                beforeId?: (string|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.InboxRequest.$Properties;
        }

        interface IInboxEntry extends chorus.v1.InboxEntry.$Properties {
        }

        class InboxEntry {
            constructor(properties?: chorus.v1.InboxEntry.$Properties);
            $unknowns?: Uint8Array[];
            conversation?: (chorus.v1.Conversation.$Properties|null);
            lastMessage?: (chorus.v1.Message.$Properties|null);
            unread: number;
            lastActivityMs: number;
            readSeq: number;
            static create(properties: chorus.v1.InboxEntry.$Shape): chorus.v1.InboxEntry & chorus.v1.InboxEntry.$Shape;
            static create(properties?: chorus.v1.InboxEntry.$Properties): chorus.v1.InboxEntry;
            static encode(message: chorus.v1.InboxEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.InboxEntry & chorus.v1.InboxEntry.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.InboxEntry;
            static toObject(message: chorus.v1.InboxEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InboxEntry {
            interface $Properties {
                conversation?: (chorus.v1.Conversation.$Properties|null);
                lastMessage?: (chorus.v1.Message.$Properties|null);
                unread?: (number|null);
                lastActivityMs?: (number|null);
                readSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.InboxEntry.$Properties;
        }

        interface IInboxPage extends chorus.v1.InboxPage.$Properties {
        }

        class InboxPage {
            constructor(properties?: chorus.v1.InboxPage.$Properties);
            $unknowns?: Uint8Array[];
            entries: chorus.v1.InboxEntry.$Properties[];
            hasMore: boolean;
            static create(properties: chorus.v1.InboxPage.$Shape): chorus.v1.InboxPage & chorus.v1.InboxPage.$Shape;
            static create(properties?: chorus.v1.InboxPage.$Properties): chorus.v1.InboxPage;
            static encode(message: chorus.v1.InboxPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.InboxPage & chorus.v1.InboxPage.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.InboxPage;
            static toObject(message: chorus.v1.InboxPage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InboxPage {
            interface $Properties {
                entries?: (chorus.v1.InboxEntry.$Properties[]|null);
                hasMore?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.InboxPage.$Properties;
        }

        interface IUpdateGroup extends chorus.v1.UpdateGroup.$Properties {
        }

        class UpdateGroup {
            constructor(properties?: chorus.v1.UpdateGroup.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            title?: (string|null);
            add: string[];
            remove: string[];
            roles: string[];
            clientId: string;
            static create(properties: chorus.v1.UpdateGroup.$Shape): chorus.v1.UpdateGroup & chorus.v1.UpdateGroup.$Shape;
            static create(properties?: chorus.v1.UpdateGroup.$Properties): chorus.v1.UpdateGroup;
            static encode(message: chorus.v1.UpdateGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.UpdateGroup & chorus.v1.UpdateGroup.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.UpdateGroup;
            static toObject(message: chorus.v1.UpdateGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateGroup {
            interface $Properties {
                conversationId?: (string|null);
                title?: (string|null);
                add?: (string[]|null);
                remove?: (string[]|null);
                roles?: (string[]|null);
                clientId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.UpdateGroup.$Properties;
        }

        interface ILeaveConversation extends chorus.v1.LeaveConversation.$Properties {
        }

        class LeaveConversation {
            constructor(properties?: chorus.v1.LeaveConversation.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            clientId: string;
            static create(properties: chorus.v1.LeaveConversation.$Shape): chorus.v1.LeaveConversation & chorus.v1.LeaveConversation.$Shape;
            static create(properties?: chorus.v1.LeaveConversation.$Properties): chorus.v1.LeaveConversation;
            static encode(message: chorus.v1.LeaveConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.LeaveConversation & chorus.v1.LeaveConversation.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.LeaveConversation;
            static toObject(message: chorus.v1.LeaveConversation, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaveConversation {
            interface $Properties {
                conversationId?: (string|null);
                clientId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.LeaveConversation.$Properties;
        }

        interface IRemoved extends chorus.v1.Removed.$Properties {
        }

        class Removed {
            constructor(properties?: chorus.v1.Removed.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            static create(properties: chorus.v1.Removed.$Shape): chorus.v1.Removed & chorus.v1.Removed.$Shape;
            static create(properties?: chorus.v1.Removed.$Properties): chorus.v1.Removed;
            static encode(message: chorus.v1.Removed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Removed & chorus.v1.Removed.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Removed;
            static toObject(message: chorus.v1.Removed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Removed {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Removed.$Properties;
        }

        interface IOk extends chorus.v1.Ok.$Properties {
        }

        class Ok {
            constructor(properties?: chorus.v1.Ok.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: chorus.v1.Ok.$Shape): chorus.v1.Ok & chorus.v1.Ok.$Shape;
            static create(properties?: chorus.v1.Ok.$Properties): chorus.v1.Ok;
            static encode(message: chorus.v1.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Ok & chorus.v1.Ok.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Ok;
            static toObject(message: chorus.v1.Ok, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ok {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Ok.$Properties;
        }

        interface IRegisterPush extends chorus.v1.RegisterPush.$Properties {
        }

        class RegisterPush {
            constructor(properties?: chorus.v1.RegisterPush.$Properties);
            $unknowns?: Uint8Array[];
            fcm?: (chorus.v1.PushToken.$Properties|null);
            apns?: (chorus.v1.PushToken.$Properties|null);
            webpush?: (chorus.v1.WebPushSubscription.$Properties|null);
            webhook?: (chorus.v1.PushToken.$Properties|null);
            target?: ("fcm"|"apns"|"webpush"|"webhook");
            static create(properties: chorus.v1.RegisterPush.$Shape): chorus.v1.RegisterPush & chorus.v1.RegisterPush.$Shape;
            static create(properties?: chorus.v1.RegisterPush.$Properties): chorus.v1.RegisterPush;
            static encode(message: chorus.v1.RegisterPush.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.RegisterPush & chorus.v1.RegisterPush.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.RegisterPush;
            static toObject(message: chorus.v1.RegisterPush, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterPush {
            interface $Properties {
                fcm?: (chorus.v1.PushToken.$Properties|null);
                apns?: (chorus.v1.PushToken.$Properties|null);
                webpush?: (chorus.v1.WebPushSubscription.$Properties|null);
                webhook?: (chorus.v1.PushToken.$Properties|null);
                target?: ("fcm"|"apns"|"webpush"|"webhook");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              fcm?: chorus.v1.PushToken.$Shape|null;
              apns?: chorus.v1.PushToken.$Shape|null;
              webpush?: chorus.v1.WebPushSubscription.$Shape|null;
              webhook?: chorus.v1.PushToken.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ target?: undefined; fcm?: null; apns?: null; webpush?: null; webhook?: null }|{ target?: "fcm"; fcm: chorus.v1.PushToken.$Shape; apns?: null; webpush?: null; webhook?: null }|{ target?: "apns"; fcm?: null; apns: chorus.v1.PushToken.$Shape; webpush?: null; webhook?: null }|{ target?: "webpush"; fcm?: null; apns?: null; webpush: chorus.v1.WebPushSubscription.$Shape; webhook?: null }|{ target?: "webhook"; fcm?: null; apns?: null; webpush?: null; webhook: chorus.v1.PushToken.$Shape })
            );
        }

        interface IPushToken extends chorus.v1.PushToken.$Properties {
        }

        class PushToken {
            constructor(properties?: chorus.v1.PushToken.$Properties);
            $unknowns?: Uint8Array[];
            token: string;
            static create(properties: chorus.v1.PushToken.$Shape): chorus.v1.PushToken & chorus.v1.PushToken.$Shape;
            static create(properties?: chorus.v1.PushToken.$Properties): chorus.v1.PushToken;
            static encode(message: chorus.v1.PushToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.PushToken & chorus.v1.PushToken.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.PushToken;
            static toObject(message: chorus.v1.PushToken, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushToken {
            interface $Properties {
                token?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.PushToken.$Properties;
        }

        interface IWebPushSubscription extends chorus.v1.WebPushSubscription.$Properties {
        }

        class WebPushSubscription {
            constructor(properties?: chorus.v1.WebPushSubscription.$Properties);
            $unknowns?: Uint8Array[];
            endpoint: string;
            p256dh: string;
            auth: string;
            static create(properties: chorus.v1.WebPushSubscription.$Shape): chorus.v1.WebPushSubscription & chorus.v1.WebPushSubscription.$Shape;
            static create(properties?: chorus.v1.WebPushSubscription.$Properties): chorus.v1.WebPushSubscription;
            static encode(message: chorus.v1.WebPushSubscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.WebPushSubscription & chorus.v1.WebPushSubscription.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.WebPushSubscription;
            static toObject(message: chorus.v1.WebPushSubscription, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WebPushSubscription {
            interface $Properties {
                endpoint?: (string|null);
                p256dh?: (string|null);
                auth?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.WebPushSubscription.$Properties;
        }

        interface IUnregisterPush extends chorus.v1.UnregisterPush.$Properties {
        }

        class UnregisterPush {
            constructor(properties?: chorus.v1.UnregisterPush.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: chorus.v1.UnregisterPush.$Shape): chorus.v1.UnregisterPush & chorus.v1.UnregisterPush.$Shape;
            static create(properties?: chorus.v1.UnregisterPush.$Properties): chorus.v1.UnregisterPush;
            static encode(message: chorus.v1.UnregisterPush.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.UnregisterPush & chorus.v1.UnregisterPush.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.UnregisterPush;
            static toObject(message: chorus.v1.UnregisterPush, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnregisterPush {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.UnregisterPush.$Properties;
        }

        interface ISetPushPrefs extends chorus.v1.SetPushPrefs.$Properties {
        }

        class SetPushPrefs {
            constructor(properties?: chorus.v1.SetPushPrefs.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            mutedUntilMs: number;
            static create(properties: chorus.v1.SetPushPrefs.$Shape): chorus.v1.SetPushPrefs & chorus.v1.SetPushPrefs.$Shape;
            static create(properties?: chorus.v1.SetPushPrefs.$Properties): chorus.v1.SetPushPrefs;
            static encode(message: chorus.v1.SetPushPrefs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SetPushPrefs & chorus.v1.SetPushPrefs.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SetPushPrefs;
            static toObject(message: chorus.v1.SetPushPrefs, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetPushPrefs {
            interface $Properties {
                conversationId?: (string|null);
                mutedUntilMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SetPushPrefs.$Properties;
        }

        enum MediaKind {
            MEDIA_KIND_UNSPECIFIED = 0,
            IMAGE = 1,
            VIDEO = 2,
            AUDIO = 3,
            FILE = 4
        }

        interface IRequestUpload extends chorus.v1.RequestUpload.$Properties {
        }

        class RequestUpload {
            constructor(properties?: chorus.v1.RequestUpload.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            size: number;
            contentType: string;
            sha256: Uint8Array;
            name: string;
            encrypted: boolean;
            keepMetadata: boolean;
            static create(properties: chorus.v1.RequestUpload.$Shape): chorus.v1.RequestUpload & chorus.v1.RequestUpload.$Shape;
            static create(properties?: chorus.v1.RequestUpload.$Properties): chorus.v1.RequestUpload;
            static encode(message: chorus.v1.RequestUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.RequestUpload & chorus.v1.RequestUpload.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.RequestUpload;
            static toObject(message: chorus.v1.RequestUpload, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestUpload {
            interface $Properties {
                conversationId?: (string|null);
                size?: (number|null);
                contentType?: (string|null);
                sha256?: (Uint8Array|null);
                name?: (string|null);
                encrypted?: (boolean|null);
                keepMetadata?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.RequestUpload.$Properties;
        }

        interface IUploadSlot extends chorus.v1.UploadSlot.$Properties {
        }

        class UploadSlot {
            constructor(properties?: chorus.v1.UploadSlot.$Properties);
            $unknowns?: Uint8Array[];
            mediaId: string;
            expiresAtMs: number;
            parts: chorus.v1.UploadPart.$Properties[];
            static create(properties: chorus.v1.UploadSlot.$Shape): chorus.v1.UploadSlot & chorus.v1.UploadSlot.$Shape;
            static create(properties?: chorus.v1.UploadSlot.$Properties): chorus.v1.UploadSlot;
            static encode(message: chorus.v1.UploadSlot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.UploadSlot & chorus.v1.UploadSlot.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.UploadSlot;
            static toObject(message: chorus.v1.UploadSlot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UploadSlot {
            interface $Properties {
                mediaId?: (string|null);
                expiresAtMs?: (number|null);
                parts?: (chorus.v1.UploadPart.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.UploadSlot.$Properties;
        }

        interface IUploadPart extends chorus.v1.UploadPart.$Properties {
        }

        class UploadPart {
            constructor(properties?: chorus.v1.UploadPart.$Properties);
            $unknowns?: Uint8Array[];
            number: number;
            offset: number;
            size: number;
            url: string;
            static create(properties: chorus.v1.UploadPart.$Shape): chorus.v1.UploadPart & chorus.v1.UploadPart.$Shape;
            static create(properties?: chorus.v1.UploadPart.$Properties): chorus.v1.UploadPart;
            static encode(message: chorus.v1.UploadPart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.UploadPart & chorus.v1.UploadPart.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.UploadPart;
            static toObject(message: chorus.v1.UploadPart, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UploadPart {
            interface $Properties {
                number?: (number|null);
                offset?: (number|null);
                size?: (number|null);
                url?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.UploadPart.$Properties;
        }

        interface ICompleteUpload extends chorus.v1.CompleteUpload.$Properties {
        }

        class CompleteUpload {
            constructor(properties?: chorus.v1.CompleteUpload.$Properties);
            $unknowns?: Uint8Array[];
            mediaId: string;
            static create(properties: chorus.v1.CompleteUpload.$Shape): chorus.v1.CompleteUpload & chorus.v1.CompleteUpload.$Shape;
            static create(properties?: chorus.v1.CompleteUpload.$Properties): chorus.v1.CompleteUpload;
            static encode(message: chorus.v1.CompleteUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.CompleteUpload & chorus.v1.CompleteUpload.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.CompleteUpload;
            static toObject(message: chorus.v1.CompleteUpload, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompleteUpload {
            interface $Properties {
                mediaId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.CompleteUpload.$Properties;
        }

        interface IAttachment extends chorus.v1.Attachment.$Properties {
        }

        class Attachment {
            constructor(properties?: chorus.v1.Attachment.$Properties);
            $unknowns?: Uint8Array[];
            mediaId: string;
            kind: chorus.v1.MediaKind;
            contentType: string;
            size: number;
            sha256: Uint8Array;
            name: string;
            width: number;
            height: number;
            durationMs: number;
            thumbnailId: string;
            placeholder: Uint8Array;
            encryption?: (chorus.v1.MediaEncryption.$Properties|null);
            static create(properties: chorus.v1.Attachment.$Shape): chorus.v1.Attachment & chorus.v1.Attachment.$Shape;
            static create(properties?: chorus.v1.Attachment.$Properties): chorus.v1.Attachment;
            static encode(message: chorus.v1.Attachment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.Attachment & chorus.v1.Attachment.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.Attachment;
            static toObject(message: chorus.v1.Attachment, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Attachment {
            interface $Properties {
                mediaId?: (string|null);
                kind?: (chorus.v1.MediaKind|null);
                contentType?: (string|null);
                size?: (number|null);
                sha256?: (Uint8Array|null);
                name?: (string|null);
                width?: (number|null);
                height?: (number|null);
                durationMs?: (number|null);
                thumbnailId?: (string|null);
                placeholder?: (Uint8Array|null);
                encryption?: (chorus.v1.MediaEncryption.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.Attachment.$Properties;
        }

        interface IMediaEncryption extends chorus.v1.MediaEncryption.$Properties {
        }

        class MediaEncryption {
            constructor(properties?: chorus.v1.MediaEncryption.$Properties);
            $unknowns?: Uint8Array[];
            key: Uint8Array;
            digest: Uint8Array;
            scheme: string;
            static create(properties: chorus.v1.MediaEncryption.$Shape): chorus.v1.MediaEncryption & chorus.v1.MediaEncryption.$Shape;
            static create(properties?: chorus.v1.MediaEncryption.$Properties): chorus.v1.MediaEncryption;
            static encode(message: chorus.v1.MediaEncryption.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.MediaEncryption & chorus.v1.MediaEncryption.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.MediaEncryption;
            static toObject(message: chorus.v1.MediaEncryption, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaEncryption {
            interface $Properties {
                key?: (Uint8Array|null);
                digest?: (Uint8Array|null);
                scheme?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.MediaEncryption.$Properties;
        }

        interface IMediaUrlRequest extends chorus.v1.MediaUrlRequest.$Properties {
        }

        class MediaUrlRequest {
            constructor(properties?: chorus.v1.MediaUrlRequest.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            mediaId: string;
            static create(properties: chorus.v1.MediaUrlRequest.$Shape): chorus.v1.MediaUrlRequest & chorus.v1.MediaUrlRequest.$Shape;
            static create(properties?: chorus.v1.MediaUrlRequest.$Properties): chorus.v1.MediaUrlRequest;
            static encode(message: chorus.v1.MediaUrlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.MediaUrlRequest & chorus.v1.MediaUrlRequest.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.MediaUrlRequest;
            static toObject(message: chorus.v1.MediaUrlRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaUrlRequest {
            interface $Properties {
                conversationId?: (string|null);
                mediaId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.MediaUrlRequest.$Properties;
        }

        interface IMediaUrl extends chorus.v1.MediaUrl.$Properties {
        }

        class MediaUrl {
            constructor(properties?: chorus.v1.MediaUrl.$Properties);
            $unknowns?: Uint8Array[];
            url: string;
            expiresAtMs: number;
            static create(properties: chorus.v1.MediaUrl.$Shape): chorus.v1.MediaUrl & chorus.v1.MediaUrl.$Shape;
            static create(properties?: chorus.v1.MediaUrl.$Properties): chorus.v1.MediaUrl;
            static encode(message: chorus.v1.MediaUrl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.MediaUrl & chorus.v1.MediaUrl.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.MediaUrl;
            static toObject(message: chorus.v1.MediaUrl, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaUrl {
            interface $Properties {
                url?: (string|null);
                expiresAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.MediaUrl.$Properties;
        }

        interface ISearchRequest extends chorus.v1.SearchRequest.$Properties {
        }

        class SearchRequest {
            constructor(properties?: chorus.v1.SearchRequest.$Properties);
            $unknowns?: Uint8Array[];
            query: string;
            conversationId: string;
            senderId: string;
            sinceMs?: (number|null);
            untilMs?: (number|null);
            order: chorus.v1.SearchOrder;
            limit: number;
            cursor: string;
            static create(properties: chorus.v1.SearchRequest.$Shape): chorus.v1.SearchRequest & chorus.v1.SearchRequest.$Shape;
            static create(properties?: chorus.v1.SearchRequest.$Properties): chorus.v1.SearchRequest;
            static encode(message: chorus.v1.SearchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SearchRequest & chorus.v1.SearchRequest.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SearchRequest;
            static toObject(message: chorus.v1.SearchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SearchRequest {
            interface $Properties {
                query?: (string|null);
                conversationId?: (string|null);
                senderId?: (string|null);
                sinceMs?: (number|null);
                untilMs?: (number|null);
                order?: (chorus.v1.SearchOrder|null);
                limit?: (number|null);
                cursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SearchRequest.$Properties;
        }

        enum SearchOrder {
            SEARCH_ORDER_NEWEST = 0,
            SEARCH_ORDER_RELEVANCE = 1
        }

        interface ISearchResults extends chorus.v1.SearchResults.$Properties {
        }

        class SearchResults {
            constructor(properties?: chorus.v1.SearchResults.$Properties);
            $unknowns?: Uint8Array[];
            hits: chorus.v1.SearchHit.$Properties[];
            nextCursor: string;
            static create(properties: chorus.v1.SearchResults.$Shape): chorus.v1.SearchResults & chorus.v1.SearchResults.$Shape;
            static create(properties?: chorus.v1.SearchResults.$Properties): chorus.v1.SearchResults;
            static encode(message: chorus.v1.SearchResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SearchResults & chorus.v1.SearchResults.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SearchResults;
            static toObject(message: chorus.v1.SearchResults, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SearchResults {
            interface $Properties {
                hits?: (chorus.v1.SearchHit.$Properties[]|null);
                nextCursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SearchResults.$Properties;
        }

        interface ISearchHit extends chorus.v1.SearchHit.$Properties {
        }

        class SearchHit {
            constructor(properties?: chorus.v1.SearchHit.$Properties);
            $unknowns?: Uint8Array[];
            conversationId: string;
            seq: number;
            senderId: string;
            sentAtMs: number;
            snippet: string;
            highlights: chorus.v1.SearchHighlight.$Properties[];
            static create(properties: chorus.v1.SearchHit.$Shape): chorus.v1.SearchHit & chorus.v1.SearchHit.$Shape;
            static create(properties?: chorus.v1.SearchHit.$Properties): chorus.v1.SearchHit;
            static encode(message: chorus.v1.SearchHit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SearchHit & chorus.v1.SearchHit.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SearchHit;
            static toObject(message: chorus.v1.SearchHit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SearchHit {
            interface $Properties {
                conversationId?: (string|null);
                seq?: (number|null);
                senderId?: (string|null);
                sentAtMs?: (number|null);
                snippet?: (string|null);
                highlights?: (chorus.v1.SearchHighlight.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SearchHit.$Properties;
        }

        interface ISearchHighlight extends chorus.v1.SearchHighlight.$Properties {
        }

        class SearchHighlight {
            constructor(properties?: chorus.v1.SearchHighlight.$Properties);
            $unknowns?: Uint8Array[];
            start: number;
            length: number;
            static create(properties: chorus.v1.SearchHighlight.$Shape): chorus.v1.SearchHighlight & chorus.v1.SearchHighlight.$Shape;
            static create(properties?: chorus.v1.SearchHighlight.$Properties): chorus.v1.SearchHighlight;
            static encode(message: chorus.v1.SearchHighlight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): chorus.v1.SearchHighlight & chorus.v1.SearchHighlight.$Shape;
            static fromObject(object: { [k: string]: any }): chorus.v1.SearchHighlight;
            static toObject(message: chorus.v1.SearchHighlight, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SearchHighlight {
            interface $Properties {
                start?: (number|null);
                length?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = chorus.v1.SearchHighlight.$Properties;
        }
    }
}

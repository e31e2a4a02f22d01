/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const chorus = $root.chorus = (() => {

    /**
     * Namespace chorus.
     * @exports chorus
     * @namespace
     */
    const chorus = {};

    chorus.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof chorus
         * @namespace
         */
        const v1 = {};

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @typedef {Object} chorus.v1.ClientFrame.$Properties
             * @property {number|null} [id] ClientFrame id
             * @property {chorus.v1.Hello.$Properties|null} [hello] ClientFrame hello
             * @property {chorus.v1.Ping.$Properties|null} [ping] ClientFrame ping
             * @property {chorus.v1.SendMessage.$Properties|null} [send] ClientFrame send
             * @property {chorus.v1.HistoryRequest.$Properties|null} [history] ClientFrame history
             * @property {chorus.v1.SyncRequest.$Properties|null} [sync] ClientFrame sync
             * @property {chorus.v1.CreateConversation.$Properties|null} [createConversation] ClientFrame createConversation
             * @property {chorus.v1.ListConversations.$Properties|null} [listConversations] ClientFrame listConversations
             * @property {chorus.v1.Receipt.$Properties|null} [receipt] ClientFrame receipt
             * @property {chorus.v1.EditMessage.$Properties|null} [edit] ClientFrame edit
             * @property {chorus.v1.DeleteMessage.$Properties|null} ["delete"] ClientFrame delete
             * @property {chorus.v1.React.$Properties|null} [react] ClientFrame react
             * @property {chorus.v1.Typing.$Properties|null} [typing] ClientFrame typing
             * @property {chorus.v1.SubscribePresence.$Properties|null} [subscribePresence] ClientFrame subscribePresence
             * @property {chorus.v1.ReceiptsRequest.$Properties|null} [receipts] ClientFrame receipts
             * @property {chorus.v1.InboxRequest.$Properties|null} [inbox] ClientFrame inbox
             * @property {chorus.v1.UpdateGroup.$Properties|null} [updateGroup] ClientFrame updateGroup
             * @property {chorus.v1.LeaveConversation.$Properties|null} [leave] ClientFrame leave
             * @property {chorus.v1.RegisterPush.$Properties|null} [registerPush] ClientFrame registerPush
             * @property {chorus.v1.UnregisterPush.$Properties|null} [unregisterPush] ClientFrame unregisterPush
             * @property {chorus.v1.SetPushPrefs.$Properties|null} [setPushPrefs] ClientFrame setPushPrefs
             * @property {chorus.v1.RefreshToken.$Properties|null} [refreshToken] ClientFrame refreshToken
             * @property {chorus.v1.LookupUsers.$Properties|null} [lookupUsers] ClientFrame lookupUsers
             * @property {chorus.v1.SearchRequest.$Properties|null} [search] ClientFrame search
             * @property {"hello"|"ping"|"send"|"history"|"sync"|"createConversation"|"listConversations"|"receipt"|"edit"|"delete"|"react"|"typing"|"subscribePresence"|"receipts"|"inbox"|"updateGroup"|"leave"|"registerPush"|"unregisterPush"|"setPushPrefs"|"refreshToken"|"lookupUsers"|"search"} [body] ClientFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientFrame.
             * @memberof chorus.v1
             * @interface IClientFrame
             * @augments chorus.v1.ClientFrame.$Properties
             * @deprecated Use chorus.v1.ClientFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientFrame.
             * @typedef {{
             *   id?: number|null;
             *   hello?: chorus.v1.Hello.$Shape|null;
             *   ping?: chorus.v1.Ping.$Shape|null;
             *   send?: chorus.v1.SendMessage.$Shape|null;
             *   history?: chorus.v1.HistoryRequest.$Shape|null;
             *   sync?: chorus.v1.SyncRequest.$Shape|null;
             *   createConversation?: chorus.v1.CreateConversation.$Shape|null;
             *   listConversations?: chorus.v1.ListConversations.$Shape|null;
             *   receipt?: chorus.v1.Receipt.$Shape|null;
             *   edit?: chorus.v1.EditMessage.$Shape|null;
             *   "delete"?: chorus.v1.DeleteMessage.$Shape|null;
             *   react?: chorus.v1.React.$Shape|null;
             *   typing?: chorus.v1.Typing.$Shape|null;
             *   subscribePresence?: chorus.v1.SubscribePresence.$Shape|null;
             *   receipts?: chorus.v1.ReceiptsRequest.$Shape|null;
             *   inbox?: chorus.v1.InboxRequest.$Shape|null;
             *   updateGroup?: chorus.v1.UpdateGroup.$Shape|null;
             *   leave?: chorus.v1.LeaveConversation.$Shape|null;
             *   registerPush?: chorus.v1.RegisterPush.$Shape|null;
             *   unregisterPush?: chorus.v1.UnregisterPush.$Shape|null;
             *   setPushPrefs?: chorus.v1.SetPushPrefs.$Shape|null;
             *   refreshToken?: chorus.v1.RefreshToken.$Shape|null;
             *   lookupUsers?: chorus.v1.LookupUsers.$Shape|null;
             *   search?: chorus.v1.SearchRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "hello"; hello: chorus.v1.Hello.$Shape; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "ping"; hello?: null; ping: chorus.v1.Ping.$Shape; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "send"; hello?: null; ping?: null; send: chorus.v1.SendMessage.$Shape; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "history"; hello?: null; ping?: null; send?: null; history: chorus.v1.HistoryRequest.$Shape; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "sync"; hello?: null; ping?: null; send?: null; history?: null; sync: chorus.v1.SyncRequest.$Shape; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "createConversation"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation: chorus.v1.CreateConversation.$Shape; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "listConversations"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations: chorus.v1.ListConversations.$Shape; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "receipt"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt: chorus.v1.Receipt.$Shape; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "edit"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit: chorus.v1.EditMessage.$Shape; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "delete"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete": chorus.v1.DeleteMessage.$Shape; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "react"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react: chorus.v1.React.$Shape; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "typing"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing: chorus.v1.Typing.$Shape; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "subscribePresence"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence: chorus.v1.SubscribePresence.$Shape; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "receipts"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts: chorus.v1.ReceiptsRequest.$Shape; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "inbox"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox: chorus.v1.InboxRequest.$Shape; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "updateGroup"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup: chorus.v1.UpdateGroup.$Shape; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "leave"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave: chorus.v1.LeaveConversation.$Shape; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "registerPush"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush: chorus.v1.RegisterPush.$Shape; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "unregisterPush"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush: chorus.v1.UnregisterPush.$Shape; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "setPushPrefs"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs: chorus.v1.SetPushPrefs.$Shape; refreshToken?: null; lookupUsers?: null; search?: null }|{ body?: "refreshToken"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken: chorus.v1.RefreshToken.$Shape; lookupUsers?: null; search?: null }|{ body?: "lookupUsers"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers: chorus.v1.LookupUsers.$Shape; search?: null }|{ body?: "search"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null; edit?: null; "delete"?: null; react?: null; typing?: null; subscribePresence?: null; receipts?: null; inbox?: null; updateGroup?: null; leave?: null; registerPush?: null; unregisterPush?: null; setPushPrefs?: null; refreshToken?: null; lookupUsers?: null; search: chorus.v1.SearchRequest.$Shape })
             * )} chorus.v1.ClientFrame.$Shape
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof chorus.v1
             * @classdesc Represents a ClientFrame.
             * @constructor
             * @param {chorus.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientFrame id.
             * @member {number} id
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.id = 0;

            /**
             * ClientFrame hello.
             * @member {chorus.v1.Hello.$Properties|null|undefined} hello
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.hello = null;

            /**
             * ClientFrame ping.
             * @member {chorus.v1.Ping.$Properties|null|undefined} ping
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.ping = null;

            /**
             * ClientFrame send.
             * @member {chorus.v1.SendMessage.$Properties|null|undefined} send
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.send = null;

            /**
             * ClientFrame history.
             * @member {chorus.v1.HistoryRequest.$Properties|null|undefined} history
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.history = null;

            /**
             * ClientFrame sync.
             * @member {chorus.v1.SyncRequest.$Properties|null|undefined} sync
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.sync = null;

            /**
             * ClientFrame createConversation.
             * @member {chorus.v1.CreateConversation.$Properties|null|undefined} createConversation
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.createConversation = null;

            /**
             * ClientFrame listConversations.
             * @member {chorus.v1.ListConversations.$Properties|null|undefined} listConversations
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.listConversations = null;

            /**
             * ClientFrame receipt.
             * @member {chorus.v1.Receipt.$Properties|null|undefined} receipt
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.receipt = null;

            /**
             * ClientFrame edit.
             * @member {chorus.v1.EditMessage.$Properties|null|undefined} edit
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.edit = null;

            /**
             * ClientFrame delete.
             * @member {chorus.v1.DeleteMessage.$Properties|null|undefined} delete
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype["delete"] = null;

            /**
             * ClientFrame react.
             * @member {chorus.v1.React.$Properties|null|undefined} react
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.react = null;

            /**
             * ClientFrame typing.
             * @member {chorus.v1.Typing.$Properties|null|undefined} typing
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.typing = null;

            /**
             * ClientFrame subscribePresence.
             * @member {chorus.v1.SubscribePresence.$Properties|null|undefined} subscribePresence
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.subscribePresence = null;

            /**
             * ClientFrame receipts.
             * @member {chorus.v1.ReceiptsRequest.$Properties|null|undefined} receipts
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.receipts = null;

            /**
             * ClientFrame inbox.
             * @member {chorus.v1.InboxRequest.$Properties|null|undefined} inbox
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.inbox = null;

            /**
             * ClientFrame updateGroup.
             * @member {chorus.v1.UpdateGroup.$Properties|null|undefined} updateGroup
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.updateGroup = null;

            /**
             * ClientFrame leave.
             * @member {chorus.v1.LeaveConversation.$Properties|null|undefined} leave
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.leave = null;

            /**
             * ClientFrame registerPush.
             * @member {chorus.v1.RegisterPush.$Properties|null|undefined} registerPush
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.registerPush = null;

            /**
             * ClientFrame unregisterPush.
             * @member {chorus.v1.UnregisterPush.$Properties|null|undefined} unregisterPush
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.unregisterPush = null;

            /**
             * ClientFrame setPushPrefs.
             * @member {chorus.v1.SetPushPrefs.$Properties|null|undefined} setPushPrefs
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.setPushPrefs = null;

            /**
             * ClientFrame refreshToken.
             * @member {chorus.v1.RefreshToken.$Properties|null|undefined} refreshToken
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.refreshToken = null;

            /**
             * ClientFrame lookupUsers.
             * @member {chorus.v1.LookupUsers.$Properties|null|undefined} lookupUsers
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.lookupUsers = null;

            /**
             * ClientFrame search.
             * @member {chorus.v1.SearchRequest.$Properties|null|undefined} search
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.search = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientFrame body.
             * @member {"hello"|"ping"|"send"|"history"|"sync"|"createConversation"|"listConversations"|"receipt"|"edit"|"delete"|"react"|"typing"|"subscribePresence"|"receipts"|"inbox"|"updateGroup"|"leave"|"registerPush"|"unregisterPush"|"setPushPrefs"|"refreshToken"|"lookupUsers"|"search"|undefined} body
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "ping", "send", "history", "sync", "createConversation", "listConversations", "receipt", "edit", "delete", "react", "typing", "subscribePresence", "receipts", "inbox", "updateGroup", "leave", "registerPush", "unregisterPush", "setPushPrefs", "refreshToken", "lookupUsers", "search"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ClientFrame
             * @static
             * @param {chorus.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ClientFrame} ClientFrame instance
             * @type {{
             *   (properties: chorus.v1.ClientFrame.$Shape): chorus.v1.ClientFrame & chorus.v1.ClientFrame.$Shape;
             *   (properties?: chorus.v1.ClientFrame.$Properties): chorus.v1.ClientFrame;
             * }}
             */
            ClientFrame.create = function(properties) {
                return new ClientFrame(properties);
            };

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link chorus.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ClientFrame
             * @static
             * @param {chorus.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.chorus.v1.Hello.encode(message.hello, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.chorus.v1.Ping.encode(message.ping, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
                    $root.chorus.v1.SendMessage.encode(message.send, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                    $root.chorus.v1.HistoryRequest.encode(message.history, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync"))
                    $root.chorus.v1.SyncRequest.encode(message.sync, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.createConversation != null && $Object.hasOwnProperty.call(message, "createConversation"))
                    $root.chorus.v1.CreateConversation.encode(message.createConversation, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.listConversations != null && $Object.hasOwnProperty.call(message, "listConversations"))
                    $root.chorus.v1.ListConversations.encode(message.listConversations, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.chorus.v1.Receipt.encode(message.receipt, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.edit != null && $Object.hasOwnProperty.call(message, "edit"))
                    $root.chorus.v1.EditMessage.encode(message.edit, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.chorus.v1.DeleteMessage.encode(message["delete"], writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.react != null && $Object.hasOwnProperty.call(message, "react"))
                    $root.chorus.v1.React.encode(message.react, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    $root.chorus.v1.Typing.encode(message.typing, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.subscribePresence != null && $Object.hasOwnProperty.call(message, "subscribePresence"))
                    $root.chorus.v1.SubscribePresence.encode(message.subscribePresence, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts"))
                    $root.chorus.v1.ReceiptsRequest.encode(message.receipts, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.inbox != null && $Object.hasOwnProperty.call(message, "inbox"))
                    $root.chorus.v1.InboxRequest.encode(message.inbox, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.updateGroup != null && $Object.hasOwnProperty.call(message, "updateGroup"))
                    $root.chorus.v1.UpdateGroup.encode(message.updateGroup, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.leave != null && $Object.hasOwnProperty.call(message, "leave"))
                    $root.chorus.v1.LeaveConversation.encode(message.leave, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.registerPush != null && $Object.hasOwnProperty.call(message, "registerPush"))
                    $root.chorus.v1.RegisterPush.encode(message.registerPush, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.unregisterPush != null && $Object.hasOwnProperty.call(message, "unregisterPush"))
                    $root.chorus.v1.UnregisterPush.encode(message.unregisterPush, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.setPushPrefs != null && $Object.hasOwnProperty.call(message, "setPushPrefs"))
                    $root.chorus.v1.SetPushPrefs.encode(message.setPushPrefs, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.refreshToken != null && $Object.hasOwnProperty.call(message, "refreshToken"))
                    $root.chorus.v1.RefreshToken.encode(message.refreshToken, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.lookupUsers != null && $Object.hasOwnProperty.call(message, "lookupUsers"))
                    $root.chorus.v1.LookupUsers.encode(message.lookupUsers, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.search != null && $Object.hasOwnProperty.call(message, "search"))
                    $root.chorus.v1.SearchRequest.encode(message.search, writer.uint32(/* id 80, wireType 2 =*/642).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ClientFrame & chorus.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ClientFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.chorus.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.chorus.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.send = $root.chorus.v1.SendMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.send);
                            message.body = "send";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.history = $root.chorus.v1.HistoryRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
                            message.body = "history";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.sync = $root.chorus.v1.SyncRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.sync);
                            message.body = "sync";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.createConversation = $root.chorus.v1.CreateConversation.decode(reader, reader.size(), $undefined, _depth + 1, message.createConversation);
                            message.body = "createConversation";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.listConversations = $root.chorus.v1.ListConversations.decode(reader, reader.size(), $undefined, _depth + 1, message.listConversations);
                            message.body = "listConversations";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.chorus.v1.Receipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            message.body = "receipt";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.edit = $root.chorus.v1.EditMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.edit);
                            message.body = "edit";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.chorus.v1.DeleteMessage.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.body = "delete";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.react = $root.chorus.v1.React.decode(reader, reader.size(), $undefined, _depth + 1, message.react);
                            message.body = "react";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.typing = $root.chorus.v1.Typing.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
                            message.body = "typing";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.subscribePresence = $root.chorus.v1.SubscribePresence.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribePresence);
                            message.body = "subscribePresence";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.receipts = $root.chorus.v1.ReceiptsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.receipts);
                            message.body = "receipts";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.inbox = $root.chorus.v1.InboxRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.inbox);
                            message.body = "inbox";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.updateGroup = $root.chorus.v1.UpdateGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.updateGroup);
                            message.body = "updateGroup";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.leave = $root.chorus.v1.LeaveConversation.decode(reader, reader.size(), $undefined, _depth + 1, message.leave);
                            message.body = "leave";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.registerPush = $root.chorus.v1.RegisterPush.decode(reader, reader.size(), $undefined, _depth + 1, message.registerPush);
                            message.body = "registerPush";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.unregisterPush = $root.chorus.v1.UnregisterPush.decode(reader, reader.size(), $undefined, _depth + 1, message.unregisterPush);
                            message.body = "unregisterPush";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.setPushPrefs = $root.chorus.v1.SetPushPrefs.decode(reader, reader.size(), $undefined, _depth + 1, message.setPushPrefs);
                            message.body = "setPushPrefs";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.refreshToken = $root.chorus.v1.RefreshToken.decode(reader, reader.size(), $undefined, _depth + 1, message.refreshToken);
                            message.body = "refreshToken";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.lookupUsers = $root.chorus.v1.LookupUsers.decode(reader, reader.size(), $undefined, _depth + 1, message.lookupUsers);
                            message.body = "lookupUsers";
                            continue;
                        }
                    case 80: {
                            if (wireType !== 2)
                                break;
                            message.search = $root.chorus.v1.SearchRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.search);
                            message.body = "search";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ClientFrame} ClientFrame
             */
            ClientFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ClientFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ClientFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ClientFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".chorus.v1.ClientFrame.hello: object expected");
                    message.hello = $root.chorus.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".chorus.v1.ClientFrame.ping: object expected");
                    message.ping = $root.chorus.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.send != null) {
                    if (!$util.isObject(object.send))
                        throw $TypeError(".chorus.v1.ClientFrame.send: object expected");
                    message.send = $root.chorus.v1.SendMessage.fromObject(object.send, _depth + 1);
                }
                if (object.history != null) {
                    if (!$util.isObject(object.history))
                        throw $TypeError(".chorus.v1.ClientFrame.history: object expected");
                    message.history = $root.chorus.v1.HistoryRequest.fromObject(object.history, _depth + 1);
                }
                if (object.sync != null) {
                    if (!$util.isObject(object.sync))
                        throw $TypeError(".chorus.v1.ClientFrame.sync: object expected");
                    message.sync = $root.chorus.v1.SyncRequest.fromObject(object.sync, _depth + 1);
                }
                if (object.createConversation != null) {
                    if (!$util.isObject(object.createConversation))
                        throw $TypeError(".chorus.v1.ClientFrame.createConversation: object expected");
                    message.createConversation = $root.chorus.v1.CreateConversation.fromObject(object.createConversation, _depth + 1);
                }
                if (object.listConversations != null) {
                    if (!$util.isObject(object.listConversations))
                        throw $TypeError(".chorus.v1.ClientFrame.listConversations: object expected");
                    message.listConversations = $root.chorus.v1.ListConversations.fromObject(object.listConversations, _depth + 1);
                }
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".chorus.v1.ClientFrame.receipt: object expected");
                    message.receipt = $root.chorus.v1.Receipt.fromObject(object.receipt, _depth + 1);
                }
                if (object.edit != null) {
                    if (!$util.isObject(object.edit))
                        throw $TypeError(".chorus.v1.ClientFrame.edit: object expected");
                    message.edit = $root.chorus.v1.EditMessage.fromObject(object.edit, _depth + 1);
                }
                if (object["delete"] != null) {
                    if (!$util.isObject(object["delete"]))
                        throw $TypeError(".chorus.v1.ClientFrame.delete: object expected");
                    message["delete"] = $root.chorus.v1.DeleteMessage.fromObject(object["delete"], _depth + 1);
                }
                if (object.react != null) {
                    if (!$util.isObject(object.react))
                        throw $TypeError(".chorus.v1.ClientFrame.react: object expected");
                    message.react = $root.chorus.v1.React.fromObject(object.react, _depth + 1);
                }
                if (object.typing != null) {
                    if (!$util.isObject(object.typing))
                        throw $TypeError(".chorus.v1.ClientFrame.typing: object expected");
                    message.typing = $root.chorus.v1.Typing.fromObject(object.typing, _depth + 1);
                }
                if (object.subscribePresence != null) {
                    if (!$util.isObject(object.subscribePresence))
                        throw $TypeError(".chorus.v1.ClientFrame.subscribePresence: object expected");
                    message.subscribePresence = $root.chorus.v1.SubscribePresence.fromObject(object.subscribePresence, _depth + 1);
                }
                if (object.receipts != null) {
                    if (!$util.isObject(object.receipts))
                        throw $TypeError(".chorus.v1.ClientFrame.receipts: object expected");
                    message.receipts = $root.chorus.v1.ReceiptsRequest.fromObject(object.receipts, _depth + 1);
                }
                if (object.inbox != null) {
                    if (!$util.isObject(object.inbox))
                        throw $TypeError(".chorus.v1.ClientFrame.inbox: object expected");
                    message.inbox = $root.chorus.v1.InboxRequest.fromObject(object.inbox, _depth + 1);
                }
                if (object.updateGroup != null) {
                    if (!$util.isObject(object.updateGroup))
                        throw $TypeError(".chorus.v1.ClientFrame.updateGroup: object expected");
                    message.updateGroup = $root.chorus.v1.UpdateGroup.fromObject(object.updateGroup, _depth + 1);
                }
                if (object.leave != null) {
                    if (!$util.isObject(object.leave))
                        throw $TypeError(".chorus.v1.ClientFrame.leave: object expected");
                    message.leave = $root.chorus.v1.LeaveConversation.fromObject(object.leave, _depth + 1);
                }
                if (object.registerPush != null) {
                    if (!$util.isObject(object.registerPush))
                        throw $TypeError(".chorus.v1.ClientFrame.registerPush: object expected");
                    message.registerPush = $root.chorus.v1.RegisterPush.fromObject(object.registerPush, _depth + 1);
                }
                if (object.unregisterPush != null) {
                    if (!$util.isObject(object.unregisterPush))
                        throw $TypeError(".chorus.v1.ClientFrame.unregisterPush: object expected");
                    message.unregisterPush = $root.chorus.v1.UnregisterPush.fromObject(object.unregisterPush, _depth + 1);
                }
                if (object.setPushPrefs != null) {
                    if (!$util.isObject(object.setPushPrefs))
                        throw $TypeError(".chorus.v1.ClientFrame.setPushPrefs: object expected");
                    message.setPushPrefs = $root.chorus.v1.SetPushPrefs.fromObject(object.setPushPrefs, _depth + 1);
                }
                if (object.refreshToken != null) {
                    if (!$util.isObject(object.refreshToken))
                        throw $TypeError(".chorus.v1.ClientFrame.refreshToken: object expected");
                    message.refreshToken = $root.chorus.v1.RefreshToken.fromObject(object.refreshToken, _depth + 1);
                }
                if (object.lookupUsers != null) {
                    if (!$util.isObject(object.lookupUsers))
                        throw $TypeError(".chorus.v1.ClientFrame.lookupUsers: object expected");
                    message.lookupUsers = $root.chorus.v1.LookupUsers.fromObject(object.lookupUsers, _depth + 1);
                }
                if (object.search != null) {
                    if (!$util.isObject(object.search))
                        throw $TypeError(".chorus.v1.ClientFrame.search: object expected");
                    message.search = $root.chorus.v1.SearchRequest.fromObject(object.search, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ClientFrame
             * @static
             * @param {chorus.v1.ClientFrame} message ClientFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.chorus.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.chorus.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ping";
                }
                if (message.send != null && $Object.hasOwnProperty.call(message, "send")) {
                    object.send = $root.chorus.v1.SendMessage.toObject(message.send, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "send";
                }
                if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                    object.history = $root.chorus.v1.HistoryRequest.toObject(message.history, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "history";
                }
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync")) {
                    object.sync = $root.chorus.v1.SyncRequest.toObject(message.sync, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sync";
                }
                if (message.createConversation != null && $Object.hasOwnProperty.call(message, "createConversation")) {
                    object.createConversation = $root.chorus.v1.CreateConversation.toObject(message.createConversation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "createConversation";
                }
                if (message.listConversations != null && $Object.hasOwnProperty.call(message, "listConversations")) {
                    object.listConversations = $root.chorus.v1.ListConversations.toObject(message.listConversations, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "listConversations";
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                    object.receipt = $root.chorus.v1.Receipt.toObject(message.receipt, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "receipt";
                }
                if (message.edit != null && $Object.hasOwnProperty.call(message, "edit")) {
                    object.edit = $root.chorus.v1.EditMessage.toObject(message.edit, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "edit";
                }
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete")) {
                    object["delete"] = $root.chorus.v1.DeleteMessage.toObject(message["delete"], options, _depth + 1);
                    if (options.oneofs)
                        object.body = "delete";
                }
                if (message.react != null && $Object.hasOwnProperty.call(message, "react")) {
                    object.react = $root.chorus.v1.React.toObject(message.react, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "react";
                }
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
                    object.typing = $root.chorus.v1.Typing.toObject(message.typing, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "typing";
                }
                if (message.subscribePresence != null && $Object.hasOwnProperty.call(message, "subscribePresence")) {
                    object.subscribePresence = $root.chorus.v1.SubscribePresence.toObject(message.subscribePresence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "subscribePresence";
                }
                if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts")) {
                    object.receipts = $root.chorus.v1.ReceiptsRequest.toObject(message.receipts, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "receipts";
                }
                if (message.inbox != null && $Object.hasOwnProperty.call(message, "inbox")) {
                    object.inbox = $root.chorus.v1.InboxRequest.toObject(message.inbox, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "inbox";
                }
                if (message.updateGroup != null && $Object.hasOwnProperty.call(message, "updateGroup")) {
                    object.updateGroup = $root.chorus.v1.UpdateGroup.toObject(message.updateGroup, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "updateGroup";
                }
                if (message.leave != null && $Object.hasOwnProperty.call(message, "leave")) {
                    object.leave = $root.chorus.v1.LeaveConversation.toObject(message.leave, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "leave";
                }
                if (message.registerPush != null && $Object.hasOwnProperty.call(message, "registerPush")) {
                    object.registerPush = $root.chorus.v1.RegisterPush.toObject(message.registerPush, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "registerPush";
                }
                if (message.unregisterPush != null && $Object.hasOwnProperty.call(message, "unregisterPush")) {
                    object.unregisterPush = $root.chorus.v1.UnregisterPush.toObject(message.unregisterPush, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "unregisterPush";
                }
                if (message.setPushPrefs != null && $Object.hasOwnProperty.call(message, "setPushPrefs")) {
                    object.setPushPrefs = $root.chorus.v1.SetPushPrefs.toObject(message.setPushPrefs, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "setPushPrefs";
                }
                if (message.refreshToken != null && $Object.hasOwnProperty.call(message, "refreshToken")) {
                    object.refreshToken = $root.chorus.v1.RefreshToken.toObject(message.refreshToken, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "refreshToken";
                }
                if (message.lookupUsers != null && $Object.hasOwnProperty.call(message, "lookupUsers")) {
                    object.lookupUsers = $root.chorus.v1.LookupUsers.toObject(message.lookupUsers, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "lookupUsers";
                }
                if (message.search != null && $Object.hasOwnProperty.call(message, "search")) {
                    object.search = $root.chorus.v1.SearchRequest.toObject(message.search, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "search";
                }
                return object;
            };

            /**
             * Converts this ClientFrame to JSON.
             * @function toJSON
             * @memberof chorus.v1.ClientFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientFrame.prototype.toJSON = function() {
                return ClientFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientFrame
             * @function getTypeUrl
             * @memberof chorus.v1.ClientFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ClientFrame";
            };

            return ClientFrame;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} chorus.v1.ServerFrame.$Properties
             * @property {number|null} [id] ServerFrame id
             * @property {chorus.v1.Welcome.$Properties|null} [welcome] ServerFrame welcome
             * @property {chorus.v1.Pong.$Properties|null} [pong] ServerFrame pong
             * @property {chorus.v1.Error.$Properties|null} [error] ServerFrame error
             * @property {chorus.v1.SendAck.$Properties|null} [ack] ServerFrame ack
             * @property {chorus.v1.HistoryPage.$Properties|null} [history] ServerFrame history
             * @property {chorus.v1.SyncPage.$Properties|null} [sync] ServerFrame sync
             * @property {chorus.v1.Conversation.$Properties|null} [conversation] ServerFrame conversation
             * @property {chorus.v1.ConversationList.$Properties|null} [conversations] ServerFrame conversations
             * @property {chorus.v1.ReceiptAck.$Properties|null} [receipt] ServerFrame receipt
             * @property {chorus.v1.ReactionAck.$Properties|null} [reactionAck] ServerFrame reactionAck
             * @property {chorus.v1.PresenceSnapshot.$Properties|null} [presenceSnapshot] ServerFrame presenceSnapshot
             * @property {chorus.v1.ConversationReceipts.$Properties|null} [receipts] ServerFrame receipts
             * @property {chorus.v1.InboxPage.$Properties|null} [inbox] ServerFrame inbox
             * @property {chorus.v1.Message.$Properties|null} [message] ServerFrame message
             * @property {chorus.v1.Conversation.$Properties|null} [joined] ServerFrame joined
             * @property {chorus.v1.ReceiptUpdate.$Properties|null} [receiptUpdate] ServerFrame receiptUpdate
             * @property {chorus.v1.ReactionEvent.$Properties|null} [reaction] ServerFrame reaction
             * @property {chorus.v1.TypingEvent.$Properties|null} [typing] ServerFrame typing
             * @property {chorus.v1.Presence.$Properties|null} [presence] ServerFrame presence
             * @property {chorus.v1.Removed.$Properties|null} [removed] ServerFrame removed
             * @property {chorus.v1.Ok.$Properties|null} [ok] ServerFrame ok
             * @property {chorus.v1.TokenExpiring.$Properties|null} [tokenExpiring] ServerFrame tokenExpiring
             * @property {chorus.v1.TokenRefreshed.$Properties|null} [tokenRefreshed] ServerFrame tokenRefreshed
             * @property {chorus.v1.UserLookup.$Properties|null} [userLookup] ServerFrame userLookup
             * @property {chorus.v1.SearchResults.$Properties|null} [searchResults] ServerFrame searchResults
             * @property {"welcome"|"pong"|"error"|"ack"|"history"|"sync"|"conversation"|"conversations"|"receipt"|"reactionAck"|"presenceSnapshot"|"receipts"|"inbox"|"message"|"joined"|"receiptUpdate"|"reaction"|"typing"|"presence"|"removed"|"ok"|"tokenExpiring"|"tokenRefreshed"|"userLookup"|"searchResults"} [body] ServerFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerFrame.
             * @memberof chorus.v1
             * @interface IServerFrame
             * @augments chorus.v1.ServerFrame.$Properties
             * @deprecated Use chorus.v1.ServerFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerFrame.
             * @typedef {{
             *   id?: number|null;
             *   welcome?: chorus.v1.Welcome.$Shape|null;
             *   pong?: chorus.v1.Pong.$Shape|null;
             *   error?: chorus.v1.Error.$Shape|null;
             *   ack?: chorus.v1.SendAck.$Shape|null;
             *   history?: chorus.v1.HistoryPage.$Shape|null;
             *   sync?: chorus.v1.SyncPage.$Shape|null;
             *   conversation?: chorus.v1.Conversation.$Shape|null;
             *   conversations?: chorus.v1.ConversationList.$Shape|null;
             *   receipt?: chorus.v1.ReceiptAck.$Shape|null;
             *   reactionAck?: chorus.v1.ReactionAck.$Shape|null;
             *   presenceSnapshot?: chorus.v1.PresenceSnapshot.$Shape|null;
             *   receipts?: chorus.v1.ConversationReceipts.$Shape|null;
             *   inbox?: chorus.v1.InboxPage.$Shape|null;
             *   message?: chorus.v1.Message.$Shape|null;
             *   joined?: chorus.v1.Conversation.$Shape|null;
             *   receiptUpdate?: chorus.v1.ReceiptUpdate.$Shape|null;
             *   reaction?: chorus.v1.ReactionEvent.$Shape|null;
             *   typing?: chorus.v1.TypingEvent.$Shape|null;
             *   presence?: chorus.v1.Presence.$Shape|null;
             *   removed?: chorus.v1.Removed.$Shape|null;
             *   ok?: chorus.v1.Ok.$Shape|null;
             *   tokenExpiring?: chorus.v1.TokenExpiring.$Shape|null;
             *   tokenRefreshed?: chorus.v1.TokenRefreshed.$Shape|null;
             *   userLookup?: chorus.v1.UserLookup.$Shape|null;
             *   searchResults?: chorus.v1.SearchResults.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "welcome"; welcome: chorus.v1.Welcome.$Shape; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "pong"; welcome?: null; pong: chorus.v1.Pong.$Shape; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "error"; welcome?: null; pong?: null; error: chorus.v1.Error.$Shape; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "ack"; welcome?: null; pong?: null; error?: null; ack: chorus.v1.SendAck.$Shape; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "history"; welcome?: null; pong?: null; error?: null; ack?: null; history: chorus.v1.HistoryPage.$Shape; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "sync"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync: chorus.v1.SyncPage.$Shape; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "conversation"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation: chorus.v1.Conversation.$Shape; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "conversations"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations: chorus.v1.ConversationList.$Shape; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "receipt"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt: chorus.v1.ReceiptAck.$Shape; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "reactionAck"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck: chorus.v1.ReactionAck.$Shape; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "presenceSnapshot"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot: chorus.v1.PresenceSnapshot.$Shape; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "receipts"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts: chorus.v1.ConversationReceipts.$Shape; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "inbox"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox: chorus.v1.InboxPage.$Shape; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "message"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message: chorus.v1.Message.$Shape; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "joined"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined: chorus.v1.Conversation.$Shape; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "receiptUpdate"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate: chorus.v1.ReceiptUpdate.$Shape; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "reaction"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction: chorus.v1.ReactionEvent.$Shape; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "typing"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing: chorus.v1.TypingEvent.$Shape; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "presence"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence: chorus.v1.Presence.$Shape; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "removed"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed: chorus.v1.Removed.$Shape; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "ok"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok: chorus.v1.Ok.$Shape; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "tokenExpiring"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring: chorus.v1.TokenExpiring.$Shape; tokenRefreshed?: null; userLookup?: null; searchResults?: null }|{ body?: "tokenRefreshed"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed: chorus.v1.TokenRefreshed.$Shape; userLookup?: null; searchResults?: null }|{ body?: "userLookup"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup: chorus.v1.UserLookup.$Shape; searchResults?: null }|{ body?: "searchResults"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; reactionAck?: null; presenceSnapshot?: null; receipts?: null; inbox?: null; message?: null; joined?: null; receiptUpdate?: null; reaction?: null; typing?: null; presence?: null; removed?: null; ok?: null; tokenExpiring?: null; tokenRefreshed?: null; userLookup?: null; searchResults: chorus.v1.SearchResults.$Shape })
             * )} chorus.v1.ServerFrame.$Shape
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof chorus.v1
             * @classdesc Represents a ServerFrame.
             * @constructor
             * @param {chorus.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerFrame id.
             * @member {number} id
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.id = 0;

            /**
             * ServerFrame welcome.
             * @member {chorus.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.welcome = null;

            /**
             * ServerFrame pong.
             * @member {chorus.v1.Pong.$Properties|null|undefined} pong
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.pong = null;

            /**
             * ServerFrame error.
             * @member {chorus.v1.Error.$Properties|null|undefined} error
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.error = null;

            /**
             * ServerFrame ack.
             * @member {chorus.v1.SendAck.$Properties|null|undefined} ack
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.ack = null;

            /**
             * ServerFrame history.
             * @member {chorus.v1.HistoryPage.$Properties|null|undefined} history
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.history = null;

            /**
             * ServerFrame sync.
             * @member {chorus.v1.SyncPage.$Properties|null|undefined} sync
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.sync = null;

            /**
             * ServerFrame conversation.
             * @member {chorus.v1.Conversation.$Properties|null|undefined} conversation
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.conversation = null;

            /**
             * ServerFrame conversations.
             * @member {chorus.v1.ConversationList.$Properties|null|undefined} conversations
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.conversations = null;

            /**
             * ServerFrame receipt.
             * @member {chorus.v1.ReceiptAck.$Properties|null|undefined} receipt
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.receipt = null;

            /**
             * ServerFrame reactionAck.
             * @member {chorus.v1.ReactionAck.$Properties|null|undefined} reactionAck
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.reactionAck = null;

            /**
             * ServerFrame presenceSnapshot.
             * @member {chorus.v1.PresenceSnapshot.$Properties|null|undefined} presenceSnapshot
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.presenceSnapshot = null;

            /**
             * ServerFrame receipts.
             * @member {chorus.v1.ConversationReceipts.$Properties|null|undefined} receipts
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.receipts = null;

            /**
             * ServerFrame inbox.
             * @member {chorus.v1.InboxPage.$Properties|null|undefined} inbox
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.inbox = null;

            /**
             * ServerFrame message.
             * @member {chorus.v1.Message.$Properties|null|undefined} message
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.message = null;

            /**
             * ServerFrame joined.
             * @member {chorus.v1.Conversation.$Properties|null|undefined} joined
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.joined = null;

            /**
             * ServerFrame receiptUpdate.
             * @member {chorus.v1.ReceiptUpdate.$Properties|null|undefined} receiptUpdate
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.receiptUpdate = null;

            /**
             * ServerFrame reaction.
             * @member {chorus.v1.ReactionEvent.$Properties|null|undefined} reaction
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.reaction = null;

            /**
             * ServerFrame typing.
             * @member {chorus.v1.TypingEvent.$Properties|null|undefined} typing
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.typing = null;

            /**
             * ServerFrame presence.
             * @member {chorus.v1.Presence.$Properties|null|undefined} presence
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.presence = null;

            /**
             * ServerFrame removed.
             * @member {chorus.v1.Removed.$Properties|null|undefined} removed
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.removed = null;

            /**
             * ServerFrame ok.
             * @member {chorus.v1.Ok.$Properties|null|undefined} ok
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.ok = null;

            /**
             * ServerFrame tokenExpiring.
             * @member {chorus.v1.TokenExpiring.$Properties|null|undefined} tokenExpiring
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.tokenExpiring = null;

            /**
             * ServerFrame tokenRefreshed.
             * @member {chorus.v1.TokenRefreshed.$Properties|null|undefined} tokenRefreshed
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.tokenRefreshed = null;

            /**
             * ServerFrame userLookup.
             * @member {chorus.v1.UserLookup.$Properties|null|undefined} userLookup
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.userLookup = null;

            /**
             * ServerFrame searchResults.
             * @member {chorus.v1.SearchResults.$Properties|null|undefined} searchResults
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.searchResults = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerFrame body.
             * @member {"welcome"|"pong"|"error"|"ack"|"history"|"sync"|"conversation"|"conversations"|"receipt"|"reactionAck"|"presenceSnapshot"|"receipts"|"inbox"|"message"|"joined"|"receiptUpdate"|"reaction"|"typing"|"presence"|"removed"|"ok"|"tokenExpiring"|"tokenRefreshed"|"userLookup"|"searchResults"|undefined} body
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["welcome", "pong", "error", "ack", "history", "sync", "conversation", "conversations", "receipt", "reactionAck", "presenceSnapshot", "receipts", "inbox", "message", "joined", "receiptUpdate", "reaction", "typing", "presence", "removed", "ok", "tokenExpiring", "tokenRefreshed", "userLookup", "searchResults"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ServerFrame
             * @static
             * @param {chorus.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ServerFrame} ServerFrame instance
             * @type {{
             *   (properties: chorus.v1.ServerFrame.$Shape): chorus.v1.ServerFrame & chorus.v1.ServerFrame.$Shape;
             *   (properties?: chorus.v1.ServerFrame.$Properties): chorus.v1.ServerFrame;
             * }}
             */
            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link chorus.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ServerFrame
             * @static
             * @param {chorus.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.chorus.v1.Welcome.encode(message.welcome, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.chorus.v1.Pong.encode(message.pong, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.chorus.v1.Error.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.chorus.v1.SendAck.encode(message.ack, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                    $root.chorus.v1.HistoryPage.encode(message.history, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync"))
                    $root.chorus.v1.SyncPage.encode(message.sync, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    $root.chorus.v1.Conversation.encode(message.conversation, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations"))
                    $root.chorus.v1.ConversationList.encode(message.conversations, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.chorus.v1.ReceiptAck.encode(message.receipt, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.reactionAck != null && $Object.hasOwnProperty.call(message, "reactionAck"))
                    $root.chorus.v1.ReactionAck.encode(message.reactionAck, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.presenceSnapshot != null && $Object.hasOwnProperty.call(message, "presenceSnapshot"))
                    $root.chorus.v1.PresenceSnapshot.encode(message.presenceSnapshot, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts"))
                    $root.chorus.v1.ConversationReceipts.encode(message.receipts, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.inbox != null && $Object.hasOwnProperty.call(message, "inbox"))
                    $root.chorus.v1.InboxPage.encode(message.inbox, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.chorus.v1.Message.encode(message.message, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined"))
                    $root.chorus.v1.Conversation.encode(message.joined, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.receiptUpdate != null && $Object.hasOwnProperty.call(message, "receiptUpdate"))
                    $root.chorus.v1.ReceiptUpdate.encode(message.receiptUpdate, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.reaction != null && $Object.hasOwnProperty.call(message, "reaction"))
                    $root.chorus.v1.ReactionEvent.encode(message.reaction, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    $root.chorus.v1.TypingEvent.encode(message.typing, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.chorus.v1.Presence.encode(message.presence, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed"))
                    $root.chorus.v1.Removed.encode(message.removed, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.chorus.v1.Ok.encode(message.ok, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.tokenExpiring != null && $Object.hasOwnProperty.call(message, "tokenExpiring"))
                    $root.chorus.v1.TokenExpiring.encode(message.tokenExpiring, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.tokenRefreshed != null && $Object.hasOwnProperty.call(message, "tokenRefreshed"))
                    $root.chorus.v1.TokenRefreshed.encode(message.tokenRefreshed, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.userLookup != null && $Object.hasOwnProperty.call(message, "userLookup"))
                    $root.chorus.v1.UserLookup.encode(message.userLookup, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.searchResults != null && $Object.hasOwnProperty.call(message, "searchResults"))
                    $root.chorus.v1.SearchResults.encode(message.searchResults, writer.uint32(/* id 80, wireType 2 =*/642).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ServerFrame & chorus.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ServerFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.chorus.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.chorus.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            message.body = "pong";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.chorus.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.chorus.v1.SendAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.history = $root.chorus.v1.HistoryPage.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
                            message.body = "history";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.sync = $root.chorus.v1.SyncPage.decode(reader, reader.size(), $undefined, _depth + 1, message.sync);
                            message.body = "sync";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.conversation = $root.chorus.v1.Conversation.decode(reader, reader.size(), $undefined, _depth + 1, message.conversation);
                            message.body = "conversation";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.conversations = $root.chorus.v1.ConversationList.decode(reader, reader.size(), $undefined, _depth + 1, message.conversations);
                            message.body = "conversations";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.chorus.v1.ReceiptAck.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            message.body = "receipt";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.reactionAck = $root.chorus.v1.ReactionAck.decode(reader, reader.size(), $undefined, _depth + 1, message.reactionAck);
                            message.body = "reactionAck";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.presenceSnapshot = $root.chorus.v1.PresenceSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.presenceSnapshot);
                            message.body = "presenceSnapshot";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.receipts = $root.chorus.v1.ConversationReceipts.decode(reader, reader.size(), $undefined, _depth + 1, message.receipts);
                            message.body = "receipts";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.inbox = $root.chorus.v1.InboxPage.decode(reader, reader.size(), $undefined, _depth + 1, message.inbox);
                            message.body = "inbox";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.chorus.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            message.body = "message";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.joined = $root.chorus.v1.Conversation.decode(reader, reader.size(), $undefined, _depth + 1, message.joined);
                            message.body = "joined";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.receiptUpdate = $root.chorus.v1.ReceiptUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.receiptUpdate);
                            message.body = "receiptUpdate";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.reaction = $root.chorus.v1.ReactionEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.reaction);
                            message.body = "reaction";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.typing = $root.chorus.v1.TypingEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
                            message.body = "typing";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.chorus.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            message.body = "presence";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.removed = $root.chorus.v1.Removed.decode(reader, reader.size(), $undefined, _depth + 1, message.removed);
                            message.body = "removed";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.chorus.v1.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.body = "ok";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.tokenExpiring = $root.chorus.v1.TokenExpiring.decode(reader, reader.size(), $undefined, _depth + 1, message.tokenExpiring);
                            message.body = "tokenExpiring";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.tokenRefreshed = $root.chorus.v1.TokenRefreshed.decode(reader, reader.size(), $undefined, _depth + 1, message.tokenRefreshed);
                            message.body = "tokenRefreshed";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.userLookup = $root.chorus.v1.UserLookup.decode(reader, reader.size(), $undefined, _depth + 1, message.userLookup);
                            message.body = "userLookup";
                            continue;
                        }
                    case 80: {
                            if (wireType !== 2)
                                break;
                            message.searchResults = $root.chorus.v1.SearchResults.decode(reader, reader.size(), $undefined, _depth + 1, message.searchResults);
                            message.body = "searchResults";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ServerFrame} ServerFrame
             */
            ServerFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ServerFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ServerFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ServerFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".chorus.v1.ServerFrame.welcome: object expected");
                    message.welcome = $root.chorus.v1.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw $TypeError(".chorus.v1.ServerFrame.pong: object expected");
                    message.pong = $root.chorus.v1.Pong.fromObject(object.pong, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".chorus.v1.ServerFrame.error: object expected");
                    message.error = $root.chorus.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".chorus.v1.ServerFrame.ack: object expected");
                    message.ack = $root.chorus.v1.SendAck.fromObject(object.ack, _depth + 1);
                }
                if (object.history != null) {
                    if (!$util.isObject(object.history))
                        throw $TypeError(".chorus.v1.ServerFrame.history: object expected");
                    message.history = $root.chorus.v1.HistoryPage.fromObject(object.history, _depth + 1);
                }
                if (object.sync != null) {
                    if (!$util.isObject(object.sync))
                        throw $TypeError(".chorus.v1.ServerFrame.sync: object expected");
                    message.sync = $root.chorus.v1.SyncPage.fromObject(object.sync, _depth + 1);
                }
                if (object.conversation != null) {
                    if (!$util.isObject(object.conversation))
                        throw $TypeError(".chorus.v1.ServerFrame.conversation: object expected");
                    message.conversation = $root.chorus.v1.Conversation.fromObject(object.conversation, _depth + 1);
                }
                if (object.conversations != null) {
                    if (!$util.isObject(object.conversations))
                        throw $TypeError(".chorus.v1.ServerFrame.conversations: object expected");
                    message.conversations = $root.chorus.v1.ConversationList.fromObject(object.conversations, _depth + 1);
                }
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".chorus.v1.ServerFrame.receipt: object expected");
                    message.receipt = $root.chorus.v1.ReceiptAck.fromObject(object.receipt, _depth + 1);
                }
                if (object.reactionAck != null) {
                    if (!$util.isObject(object.reactionAck))
                        throw $TypeError(".chorus.v1.ServerFrame.reactionAck: object expected");
                    message.reactionAck = $root.chorus.v1.ReactionAck.fromObject(object.reactionAck, _depth + 1);
                }
                if (object.presenceSnapshot != null) {
                    if (!$util.isObject(object.presenceSnapshot))
                        throw $TypeError(".chorus.v1.ServerFrame.presenceSnapshot: object expected");
                    message.presenceSnapshot = $root.chorus.v1.PresenceSnapshot.fromObject(object.presenceSnapshot, _depth + 1);
                }
                if (object.receipts != null) {
                    if (!$util.isObject(object.receipts))
                        throw $TypeError(".chorus.v1.ServerFrame.receipts: object expected");
                    message.receipts = $root.chorus.v1.ConversationReceipts.fromObject(object.receipts, _depth + 1);
                }
                if (object.inbox != null) {
                    if (!$util.isObject(object.inbox))
                        throw $TypeError(".chorus.v1.ServerFrame.inbox: object expected");
                    message.inbox = $root.chorus.v1.InboxPage.fromObject(object.inbox, _depth + 1);
                }
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".chorus.v1.ServerFrame.message: object expected");
                    message.message = $root.chorus.v1.Message.fromObject(object.message, _depth + 1);
                }
                if (object.joined != null) {
                    if (!$util.isObject(object.joined))
                        throw $TypeError(".chorus.v1.ServerFrame.joined: object expected");
                    message.joined = $root.chorus.v1.Conversation.fromObject(object.joined, _depth + 1);
                }
                if (object.receiptUpdate != null) {
                    if (!$util.isObject(object.receiptUpdate))
                        throw $TypeError(".chorus.v1.ServerFrame.receiptUpdate: object expected");
                    message.receiptUpdate = $root.chorus.v1.ReceiptUpdate.fromObject(object.receiptUpdate, _depth + 1);
                }
                if (object.reaction != null) {
                    if (!$util.isObject(object.reaction))
                        throw $TypeError(".chorus.v1.ServerFrame.reaction: object expected");
                    message.reaction = $root.chorus.v1.ReactionEvent.fromObject(object.reaction, _depth + 1);
                }
                if (object.typing != null) {
                    if (!$util.isObject(object.typing))
                        throw $TypeError(".chorus.v1.ServerFrame.typing: object expected");
                    message.typing = $root.chorus.v1.TypingEvent.fromObject(object.typing, _depth + 1);
                }
                if (object.presence != null) {
                    if (!$util.isObject(object.presence))
                        throw $TypeError(".chorus.v1.ServerFrame.presence: object expected");
                    message.presence = $root.chorus.v1.Presence.fromObject(object.presence, _depth + 1);
                }
                if (object.removed != null) {
                    if (!$util.isObject(object.removed))
                        throw $TypeError(".chorus.v1.ServerFrame.removed: object expected");
                    message.removed = $root.chorus.v1.Removed.fromObject(object.removed, _depth + 1);
                }
                if (object.ok != null) {
                    if (!$util.isObject(object.ok))
                        throw $TypeError(".chorus.v1.ServerFrame.ok: object expected");
                    message.ok = $root.chorus.v1.Ok.fromObject(object.ok, _depth + 1);
                }
                if (object.tokenExpiring != null) {
                    if (!$util.isObject(object.tokenExpiring))
                        throw $TypeError(".chorus.v1.ServerFrame.tokenExpiring: object expected");
                    message.tokenExpiring = $root.chorus.v1.TokenExpiring.fromObject(object.tokenExpiring, _depth + 1);
                }
                if (object.tokenRefreshed != null) {
                    if (!$util.isObject(object.tokenRefreshed))
                        throw $TypeError(".chorus.v1.ServerFrame.tokenRefreshed: object expected");
                    message.tokenRefreshed = $root.chorus.v1.TokenRefreshed.fromObject(object.tokenRefreshed, _depth + 1);
                }
                if (object.userLookup != null) {
                    if (!$util.isObject(object.userLookup))
                        throw $TypeError(".chorus.v1.ServerFrame.userLookup: object expected");
                    message.userLookup = $root.chorus.v1.UserLookup.fromObject(object.userLookup, _depth + 1);
                }
                if (object.searchResults != null) {
                    if (!$util.isObject(object.searchResults))
                        throw $TypeError(".chorus.v1.ServerFrame.searchResults: object expected");
                    message.searchResults = $root.chorus.v1.SearchResults.fromObject(object.searchResults, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ServerFrame
             * @static
             * @param {chorus.v1.ServerFrame} message ServerFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.chorus.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "welcome";
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.chorus.v1.Pong.toObject(message.pong, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "pong";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.chorus.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.chorus.v1.SendAck.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                    object.history = $root.chorus.v1.HistoryPage.toObject(message.history, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "history";
                }
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync")) {
                    object.sync = $root.chorus.v1.SyncPage.toObject(message.sync, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sync";
                }
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation")) {
                    object.conversation = $root.chorus.v1.Conversation.toObject(message.conversation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "conversation";
                }
                if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations")) {
                    object.conversations = $root.chorus.v1.ConversationList.toObject(message.conversations, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "conversations";
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                    object.receipt = $root.chorus.v1.ReceiptAck.toObject(message.receipt, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "receipt";
                }
                if (message.reactionAck != null && $Object.hasOwnProperty.call(message, "reactionAck")) {
                    object.reactionAck = $root.chorus.v1.ReactionAck.toObject(message.reactionAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reactionAck";
                }
                if (message.presenceSnapshot != null && $Object.hasOwnProperty.call(message, "presenceSnapshot")) {
                    object.presenceSnapshot = $root.chorus.v1.PresenceSnapshot.toObject(message.presenceSnapshot, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "presenceSnapshot";
                }
                if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts")) {
                    object.receipts = $root.chorus.v1.ConversationReceipts.toObject(message.receipts, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "receipts";
                }
                if (message.inbox != null && $Object.hasOwnProperty.call(message, "inbox")) {
                    object.inbox = $root.chorus.v1.InboxPage.toObject(message.inbox, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "inbox";
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                    object.message = $root.chorus.v1.Message.toObject(message.message, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "message";
                }
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined")) {
                    object.joined = $root.chorus.v1.Conversation.toObject(message.joined, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "joined";
                }
                if (message.receiptUpdate != null && $Object.hasOwnProperty.call(message, "receiptUpdate")) {
                    object.receiptUpdate = $root.chorus.v1.ReceiptUpdate.toObject(message.receiptUpdate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "receiptUpdate";
                }
                if (message.reaction != null && $Object.hasOwnProperty.call(message, "reaction")) {
                    object.reaction = $root.chorus.v1.ReactionEvent.toObject(message.reaction, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reaction";
                }
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
                    object.typing = $root.chorus.v1.TypingEvent.toObject(message.typing, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "typing";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    object.presence = $root.chorus.v1.Presence.toObject(message.presence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "presence";
                }
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed")) {
                    object.removed = $root.chorus.v1.Removed.toObject(message.removed, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "removed";
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                    object.ok = $root.chorus.v1.Ok.toObject(message.ok, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ok";
                }
                if (message.tokenExpiring != null && $Object.hasOwnProperty.call(message, "tokenExpiring")) {
                    object.tokenExpiring = $root.chorus.v1.TokenExpiring.toObject(message.tokenExpiring, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "tokenExpiring";
                }
                if (message.tokenRefreshed != null && $Object.hasOwnProperty.call(message, "tokenRefreshed")) {
                    object.tokenRefreshed = $root.chorus.v1.TokenRefreshed.toObject(message.tokenRefreshed, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "tokenRefreshed";
                }
                if (message.userLookup != null && $Object.hasOwnProperty.call(message, "userLookup")) {
                    object.userLookup = $root.chorus.v1.UserLookup.toObject(message.userLookup, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "userLookup";
                }
                if (message.searchResults != null && $Object.hasOwnProperty.call(message, "searchResults")) {
                    object.searchResults = $root.chorus.v1.SearchResults.toObject(message.searchResults, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "searchResults";
                }
                return object;
            };

            /**
             * Converts this ServerFrame to JSON.
             * @function toJSON
             * @memberof chorus.v1.ServerFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerFrame.prototype.toJSON = function() {
                return ServerFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServerFrame
             * @function getTypeUrl
             * @memberof chorus.v1.ServerFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServerFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ServerFrame";
            };

            return ServerFrame;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} chorus.v1.Hello.$Properties
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [token] Hello token
             * @property {string|null} [deviceId] Hello deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof chorus.v1
             * @interface IHello
             * @augments chorus.v1.Hello.$Properties
             * @deprecated Use chorus.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {chorus.v1.Hello.$Properties} chorus.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof chorus.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {chorus.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof chorus.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello token.
             * @member {string} token
             * @memberof chorus.v1.Hello
             * @instance
             */
            Hello.prototype.token = "";

            /**
             * Hello deviceId.
             * @member {string} deviceId
             * @memberof chorus.v1.Hello
             * @instance
             */
            Hello.prototype.deviceId = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Hello
             * @static
             * @param {chorus.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Hello} Hello instance
             * @type {{
             *   (properties: chorus.v1.Hello.$Shape): chorus.v1.Hello & chorus.v1.Hello.$Shape;
             *   (properties?: chorus.v1.Hello.$Properties): chorus.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link chorus.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Hello
             * @static
             * @param {chorus.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.token);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Hello & chorus.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Hello();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Hello
             * @static
             * @param {chorus.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.token = "";
                    object.deviceId = "";
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof chorus.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof chorus.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Hello";
            };

            return Hello;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} chorus.v1.Welcome.$Properties
             * @property {number|null} [protocolVersion] Welcome protocolVersion
             * @property {string|null} [userId] Welcome userId
             * @property {string|null} [sessionId] Welcome sessionId
             * @property {number|null} [serverTimeMs] Welcome serverTimeMs
             * @property {chorus.v1.Limits.$Properties|null} [limits] Welcome limits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof chorus.v1
             * @interface IWelcome
             * @augments chorus.v1.Welcome.$Properties
             * @deprecated Use chorus.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {chorus.v1.Welcome.$Properties} chorus.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof chorus.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {chorus.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome protocolVersion.
             * @member {number} protocolVersion
             * @memberof chorus.v1.Welcome
             * @instance
             */
            Welcome.prototype.protocolVersion = 0;

            /**
             * Welcome userId.
             * @member {string} userId
             * @memberof chorus.v1.Welcome
             * @instance
             */
            Welcome.prototype.userId = "";

            /**
             * Welcome sessionId.
             * @member {string} sessionId
             * @memberof chorus.v1.Welcome
             * @instance
             */
            Welcome.prototype.sessionId = "";

            /**
             * Welcome serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof chorus.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Welcome limits.
             * @member {chorus.v1.Limits.$Properties|null|undefined} limits
             * @memberof chorus.v1.Welcome
             * @instance
             */
            Welcome.prototype.limits = null;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Welcome
             * @static
             * @param {chorus.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: chorus.v1.Welcome.$Shape): chorus.v1.Welcome & chorus.v1.Welcome.$Shape;
             *   (properties?: chorus.v1.Welcome.$Properties): chorus.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link chorus.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Welcome
             * @static
             * @param {chorus.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sessionId);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.serverTimeMs);
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    $root.chorus.v1.Limits.encode(message.limits, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Welcome & chorus.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.limits = $root.chorus.v1.Limits.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Welcome} Welcome
             */
            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Welcome();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, false);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber();
                if (object.limits != null) {
                    if (!$util.isObject(object.limits))
                        throw $TypeError(".chorus.v1.Welcome.limits: object expected");
                    message.limits = $root.chorus.v1.Limits.fromObject(object.limits, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Welcome
             * @static
             * @param {chorus.v1.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.userId = "";
                    object.sessionId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.limits = null;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber() : message.serverTimeMs;
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    object.limits = $root.chorus.v1.Limits.toObject(message.limits, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof chorus.v1.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Welcome
             * @function getTypeUrl
             * @memberof chorus.v1.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Welcome";
            };

            return Welcome;
        })();

        v1.Limits = (function() {

            /**
             * Properties of a Limits.
             * @typedef {Object} chorus.v1.Limits.$Properties
             * @property {number|null} [maxFrameBytes] Limits maxFrameBytes
             * @property {number|null} [maxTextBytes] Limits maxTextBytes
             * @property {number|null} [maxPendingRequests] Limits maxPendingRequests
             * @property {number|null} [maxPage] Limits maxPage
             * @property {number|null} [maxGroupMembers] Limits maxGroupMembers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Limits.
             * @memberof chorus.v1
             * @interface ILimits
             * @augments chorus.v1.Limits.$Properties
             * @deprecated Use chorus.v1.Limits.$Properties instead.
             */

            /**
             * Shape of a Limits.
             * @typedef {chorus.v1.Limits.$Properties} chorus.v1.Limits.$Shape
             */

            /**
             * Constructs a new Limits.
             * @memberof chorus.v1
             * @classdesc Represents a Limits.
             * @constructor
             * @param {chorus.v1.Limits.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Limits = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Limits maxFrameBytes.
             * @member {number} maxFrameBytes
             * @memberof chorus.v1.Limits
             * @instance
             */
            Limits.prototype.maxFrameBytes = 0;

            /**
             * Limits maxTextBytes.
             * @member {number} maxTextBytes
             * @memberof chorus.v1.Limits
             * @instance
             */
            Limits.prototype.maxTextBytes = 0;

            /**
             * Limits maxPendingRequests.
             * @member {number} maxPendingRequests
             * @memberof chorus.v1.Limits
             * @instance
             */
            Limits.prototype.maxPendingRequests = 0;

            /**
             * Limits maxPage.
             * @member {number} maxPage
             * @memberof chorus.v1.Limits
             * @instance
             */
            Limits.prototype.maxPage = 0;

            /**
             * Limits maxGroupMembers.
             * @member {number} maxGroupMembers
             * @memberof chorus.v1.Limits
             * @instance
             */
            Limits.prototype.maxGroupMembers = 0;

            /**
             * Creates a new Limits instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Limits
             * @static
             * @param {chorus.v1.Limits.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Limits} Limits instance
             * @type {{
             *   (properties: chorus.v1.Limits.$Shape): chorus.v1.Limits & chorus.v1.Limits.$Shape;
             *   (properties?: chorus.v1.Limits.$Properties): chorus.v1.Limits;
             * }}
             */
            Limits.create = function(properties) {
                return new Limits(properties);
            };

            /**
             * Encodes the specified Limits message. Does not implicitly {@link chorus.v1.Limits.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Limits
             * @static
             * @param {chorus.v1.Limits.$Properties} message Limits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Limits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes") && message.maxFrameBytes !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxFrameBytes);
                if (message.maxTextBytes != null && $Object.hasOwnProperty.call(message, "maxTextBytes") && message.maxTextBytes !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxTextBytes);
                if (message.maxPendingRequests != null && $Object.hasOwnProperty.call(message, "maxPendingRequests") && message.maxPendingRequests !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxPendingRequests);
                if (message.maxPage != null && $Object.hasOwnProperty.call(message, "maxPage") && message.maxPage !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxPage);
                if (message.maxGroupMembers != null && $Object.hasOwnProperty.call(message, "maxGroupMembers") && message.maxGroupMembers !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxGroupMembers);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Limits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Limits & chorus.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Limits.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Limits();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxFrameBytes = value;
                            else
                                delete message.maxFrameBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTextBytes = value;
                            else
                                delete message.maxTextBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxPendingRequests = value;
                            else
                                delete message.maxPendingRequests;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxPage = value;
                            else
                                delete message.maxPage;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxGroupMembers = value;
                            else
                                delete message.maxGroupMembers;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Limits
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Limits} Limits
             */
            Limits.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Limits)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Limits: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Limits();
                if (object.maxFrameBytes != null)
                    if ($Number(object.maxFrameBytes) !== 0)
                        message.maxFrameBytes = object.maxFrameBytes >>> 0;
                if (object.maxTextBytes != null)
                    if ($Number(object.maxTextBytes) !== 0)
                        message.maxTextBytes = object.maxTextBytes >>> 0;
                if (object.maxPendingRequests != null)
                    if ($Number(object.maxPendingRequests) !== 0)
                        message.maxPendingRequests = object.maxPendingRequests >>> 0;
                if (object.maxPage != null)
                    if ($Number(object.maxPage) !== 0)
                        message.maxPage = object.maxPage >>> 0;
                if (object.maxGroupMembers != null)
                    if ($Number(object.maxGroupMembers) !== 0)
                        message.maxGroupMembers = object.maxGroupMembers >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Limits
             * @static
             * @param {chorus.v1.Limits} message Limits
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Limits.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.maxFrameBytes = 0;
                    object.maxTextBytes = 0;
                    object.maxPendingRequests = 0;
                    object.maxPage = 0;
                    object.maxGroupMembers = 0;
                }
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes"))
                    object.maxFrameBytes = message.maxFrameBytes;
                if (message.maxTextBytes != null && $Object.hasOwnProperty.call(message, "maxTextBytes"))
                    object.maxTextBytes = message.maxTextBytes;
                if (message.maxPendingRequests != null && $Object.hasOwnProperty.call(message, "maxPendingRequests"))
                    object.maxPendingRequests = message.maxPendingRequests;
                if (message.maxPage != null && $Object.hasOwnProperty.call(message, "maxPage"))
                    object.maxPage = message.maxPage;
                if (message.maxGroupMembers != null && $Object.hasOwnProperty.call(message, "maxGroupMembers"))
                    object.maxGroupMembers = message.maxGroupMembers;
                return object;
            };

            /**
             * Converts this Limits to JSON.
             * @function toJSON
             * @memberof chorus.v1.Limits
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Limits.prototype.toJSON = function() {
                return Limits.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Limits
             * @function getTypeUrl
             * @memberof chorus.v1.Limits
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Limits.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Limits";
            };

            return Limits;
        })();

        v1.RefreshToken = (function() {

            /**
             * Properties of a RefreshToken.
             * @typedef {Object} chorus.v1.RefreshToken.$Properties
             * @property {string|null} [token] RefreshToken token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RefreshToken.
             * @memberof chorus.v1
             * @interface IRefreshToken
             * @augments chorus.v1.RefreshToken.$Properties
             * @deprecated Use chorus.v1.RefreshToken.$Properties instead.
             */

            /**
             * Shape of a RefreshToken.
             * @typedef {chorus.v1.RefreshToken.$Properties} chorus.v1.RefreshToken.$Shape
             */

            /**
             * Constructs a new RefreshToken.
             * @memberof chorus.v1
             * @classdesc Represents a RefreshToken.
             * @constructor
             * @param {chorus.v1.RefreshToken.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RefreshToken = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RefreshToken token.
             * @member {string} token
             * @memberof chorus.v1.RefreshToken
             * @instance
             */
            RefreshToken.prototype.token = "";

            /**
             * Creates a new RefreshToken instance using the specified properties.
             * @function create
             * @memberof chorus.v1.RefreshToken
             * @static
             * @param {chorus.v1.RefreshToken.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.RefreshToken} RefreshToken instance
             * @type {{
             *   (properties: chorus.v1.RefreshToken.$Shape): chorus.v1.RefreshToken & chorus.v1.RefreshToken.$Shape;
             *   (properties?: chorus.v1.RefreshToken.$Properties): chorus.v1.RefreshToken;
             * }}
             */
            RefreshToken.create = function(properties) {
                return new RefreshToken(properties);
            };

            /**
             * Encodes the specified RefreshToken message. Does not implicitly {@link chorus.v1.RefreshToken.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.RefreshToken
             * @static
             * @param {chorus.v1.RefreshToken.$Properties} message RefreshToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RefreshToken.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RefreshToken message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.RefreshToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.RefreshToken & chorus.v1.RefreshToken.$Shape} RefreshToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RefreshToken.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.RefreshToken();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RefreshToken message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.RefreshToken
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.RefreshToken} RefreshToken
             */
            RefreshToken.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.RefreshToken)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.RefreshToken: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.RefreshToken();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                return message;
            };

            /**
             * Creates a plain object from a RefreshToken message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.RefreshToken
             * @static
             * @param {chorus.v1.RefreshToken} message RefreshToken
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RefreshToken.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.token = "";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                return object;
            };

            /**
             * Converts this RefreshToken to JSON.
             * @function toJSON
             * @memberof chorus.v1.RefreshToken
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RefreshToken.prototype.toJSON = function() {
                return RefreshToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RefreshToken
             * @function getTypeUrl
             * @memberof chorus.v1.RefreshToken
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RefreshToken.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.RefreshToken";
            };

            return RefreshToken;
        })();

        v1.TokenRefreshed = (function() {

            /**
             * Properties of a TokenRefreshed.
             * @typedef {Object} chorus.v1.TokenRefreshed.$Properties
             * @property {number|null} [expiresAtMs] TokenRefreshed expiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenRefreshed.
             * @memberof chorus.v1
             * @interface ITokenRefreshed
             * @augments chorus.v1.TokenRefreshed.$Properties
             * @deprecated Use chorus.v1.TokenRefreshed.$Properties instead.
             */

            /**
             * Shape of a TokenRefreshed.
             * @typedef {chorus.v1.TokenRefreshed.$Properties} chorus.v1.TokenRefreshed.$Shape
             */

            /**
             * Constructs a new TokenRefreshed.
             * @memberof chorus.v1
             * @classdesc Represents a TokenRefreshed.
             * @constructor
             * @param {chorus.v1.TokenRefreshed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenRefreshed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TokenRefreshed expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof chorus.v1.TokenRefreshed
             * @instance
             */
            TokenRefreshed.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TokenRefreshed instance using the specified properties.
             * @function create
             * @memberof chorus.v1.TokenRefreshed
             * @static
             * @param {chorus.v1.TokenRefreshed.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.TokenRefreshed} TokenRefreshed instance
             * @type {{
             *   (properties: chorus.v1.TokenRefreshed.$Shape): chorus.v1.TokenRefreshed & chorus.v1.TokenRefreshed.$Shape;
             *   (properties?: chorus.v1.TokenRefreshed.$Properties): chorus.v1.TokenRefreshed;
             * }}
             */
            TokenRefreshed.create = function(properties) {
                return new TokenRefreshed(properties);
            };

            /**
             * Encodes the specified TokenRefreshed message. Does not implicitly {@link chorus.v1.TokenRefreshed.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.TokenRefreshed
             * @static
             * @param {chorus.v1.TokenRefreshed.$Properties} message TokenRefreshed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenRefreshed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.expiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TokenRefreshed message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.TokenRefreshed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.TokenRefreshed & chorus.v1.TokenRefreshed.$Shape} TokenRefreshed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenRefreshed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.TokenRefreshed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TokenRefreshed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.TokenRefreshed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.TokenRefreshed} TokenRefreshed
             */
            TokenRefreshed.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.TokenRefreshed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.TokenRefreshed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.TokenRefreshed();
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, false);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a TokenRefreshed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.TokenRefreshed
             * @static
             * @param {chorus.v1.TokenRefreshed} message TokenRefreshed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TokenRefreshed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber() : message.expiresAtMs;
                return object;
            };

            /**
             * Converts this TokenRefreshed to JSON.
             * @function toJSON
             * @memberof chorus.v1.TokenRefreshed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TokenRefreshed.prototype.toJSON = function() {
                return TokenRefreshed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TokenRefreshed
             * @function getTypeUrl
             * @memberof chorus.v1.TokenRefreshed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenRefreshed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.TokenRefreshed";
            };

            return TokenRefreshed;
        })();

        v1.TokenExpiring = (function() {

            /**
             * Properties of a TokenExpiring.
             * @typedef {Object} chorus.v1.TokenExpiring.$Properties
             * @property {number|null} [expiresAtMs] TokenExpiring expiresAtMs
             * @property {number|null} [closeAtMs] TokenExpiring closeAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenExpiring.
             * @memberof chorus.v1
             * @interface ITokenExpiring
             * @augments chorus.v1.TokenExpiring.$Properties
             * @deprecated Use chorus.v1.TokenExpiring.$Properties instead.
             */

            /**
             * Shape of a TokenExpiring.
             * @typedef {chorus.v1.TokenExpiring.$Properties} chorus.v1.TokenExpiring.$Shape
             */

            /**
             * Constructs a new TokenExpiring.
             * @memberof chorus.v1
             * @classdesc Represents a TokenExpiring.
             * @constructor
             * @param {chorus.v1.TokenExpiring.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenExpiring = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TokenExpiring expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof chorus.v1.TokenExpiring
             * @instance
             */
            TokenExpiring.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TokenExpiring closeAtMs.
             * @member {number} closeAtMs
             * @memberof chorus.v1.TokenExpiring
             * @instance
             */
            TokenExpiring.prototype.closeAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TokenExpiring instance using the specified properties.
             * @function create
             * @memberof chorus.v1.TokenExpiring
             * @static
             * @param {chorus.v1.TokenExpiring.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.TokenExpiring} TokenExpiring instance
             * @type {{
             *   (properties: chorus.v1.TokenExpiring.$Shape): chorus.v1.TokenExpiring & chorus.v1.TokenExpiring.$Shape;
             *   (properties?: chorus.v1.TokenExpiring.$Properties): chorus.v1.TokenExpiring;
             * }}
             */
            TokenExpiring.create = function(properties) {
                return new TokenExpiring(properties);
            };

            /**
             * Encodes the specified TokenExpiring message. Does not implicitly {@link chorus.v1.TokenExpiring.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.TokenExpiring
             * @static
             * @param {chorus.v1.TokenExpiring.$Properties} message TokenExpiring message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenExpiring.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.expiresAtMs);
                if (message.closeAtMs != null && $Object.hasOwnProperty.call(message, "closeAtMs") && (typeof message.closeAtMs === "object" ? message.closeAtMs.low || message.closeAtMs.high : message.closeAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.closeAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TokenExpiring message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.TokenExpiring
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.TokenExpiring & chorus.v1.TokenExpiring.$Shape} TokenExpiring
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenExpiring.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.TokenExpiring();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.closeAtMs = value;
                            else
                                delete message.closeAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TokenExpiring message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.TokenExpiring
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.TokenExpiring} TokenExpiring
             */
            TokenExpiring.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.TokenExpiring)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.TokenExpiring: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.TokenExpiring();
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, false);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber();
                if (object.closeAtMs != null)
                    if (typeof object.closeAtMs === "object" ? object.closeAtMs.low || object.closeAtMs.high : $Number(object.closeAtMs) !== 0)
                        if ($util.Long)
                            message.closeAtMs = $util.Long.fromValue(object.closeAtMs, false);
                        else if (typeof object.closeAtMs === "string")
                            message.closeAtMs = $parseInt(object.closeAtMs, 10);
                        else if (typeof object.closeAtMs === "number")
                            message.closeAtMs = object.closeAtMs;
                        else if (typeof object.closeAtMs === "object")
                            message.closeAtMs = new $util.LongBits(object.closeAtMs.low >>> 0, object.closeAtMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a TokenExpiring message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.TokenExpiring
             * @static
             * @param {chorus.v1.TokenExpiring} message TokenExpiring
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TokenExpiring.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.closeAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.closeAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber() : message.expiresAtMs;
                if (message.closeAtMs != null && $Object.hasOwnProperty.call(message, "closeAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.closeAtMs = typeof message.closeAtMs === "number" ? $BigInt(message.closeAtMs) : $util.Long.fromBits(message.closeAtMs.low >>> 0, message.closeAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.closeAtMs === "number")
                        object.closeAtMs = options.longs === $String ? $String(message.closeAtMs) : message.closeAtMs;
                    else
                        object.closeAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.closeAtMs) : options.longs === $Number ? new $util.LongBits(message.closeAtMs.low >>> 0, message.closeAtMs.high >>> 0).toNumber() : message.closeAtMs;
                return object;
            };

            /**
             * Converts this TokenExpiring to JSON.
             * @function toJSON
             * @memberof chorus.v1.TokenExpiring
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TokenExpiring.prototype.toJSON = function() {
                return TokenExpiring.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TokenExpiring
             * @function getTypeUrl
             * @memberof chorus.v1.TokenExpiring
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenExpiring.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.TokenExpiring";
            };

            return TokenExpiring;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} chorus.v1.Ping.$Properties
             * @property {number|null} [clientTimeMs] Ping clientTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof chorus.v1
             * @interface IPing
             * @augments chorus.v1.Ping.$Properties
             * @deprecated Use chorus.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {chorus.v1.Ping.$Properties} chorus.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof chorus.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {chorus.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping clientTimeMs.
             * @member {number} clientTimeMs
             * @memberof chorus.v1.Ping
             * @instance
             */
            Ping.prototype.clientTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Ping
             * @static
             * @param {chorus.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Ping} Ping instance
             * @type {{
             *   (properties: chorus.v1.Ping.$Shape): chorus.v1.Ping & chorus.v1.Ping.$Shape;
             *   (properties?: chorus.v1.Ping.$Properties): chorus.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link chorus.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Ping
             * @static
             * @param {chorus.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs") && (typeof message.clientTimeMs === "object" ? message.clientTimeMs.low || message.clientTimeMs.high : message.clientTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.clientTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Ping & chorus.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientTimeMs = value;
                            else
                                delete message.clientTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Ping();
                if (object.clientTimeMs != null)
                    if (typeof object.clientTimeMs === "object" ? object.clientTimeMs.low || object.clientTimeMs.high : $Number(object.clientTimeMs) !== 0)
                        if ($util.Long)
                            message.clientTimeMs = $util.Long.fromValue(object.clientTimeMs, false);
                        else if (typeof object.clientTimeMs === "string")
                            message.clientTimeMs = $parseInt(object.clientTimeMs, 10);
                        else if (typeof object.clientTimeMs === "number")
                            message.clientTimeMs = object.clientTimeMs;
                        else if (typeof object.clientTimeMs === "object")
                            message.clientTimeMs = new $util.LongBits(object.clientTimeMs.low >>> 0, object.clientTimeMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Ping
             * @static
             * @param {chorus.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.clientTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientTimeMs = typeof message.clientTimeMs === "number" ? $BigInt(message.clientTimeMs) : $util.Long.fromBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.clientTimeMs === "number")
                        object.clientTimeMs = options.longs === $String ? $String(message.clientTimeMs) : message.clientTimeMs;
                    else
                        object.clientTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTimeMs) : options.longs === $Number ? new $util.LongBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0).toNumber() : message.clientTimeMs;
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof chorus.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof chorus.v1.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Ping";
            };

            return Ping;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} chorus.v1.Pong.$Properties
             * @property {number|null} [clientTimeMs] Pong clientTimeMs
             * @property {number|null} [serverTimeMs] Pong serverTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof chorus.v1
             * @interface IPong
             * @augments chorus.v1.Pong.$Properties
             * @deprecated Use chorus.v1.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {chorus.v1.Pong.$Properties} chorus.v1.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof chorus.v1
             * @classdesc Represents a Pong.
             * @constructor
             * @param {chorus.v1.Pong.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Pong clientTimeMs.
             * @member {number} clientTimeMs
             * @memberof chorus.v1.Pong
             * @instance
             */
            Pong.prototype.clientTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Pong serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof chorus.v1.Pong
             * @instance
             */
            Pong.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Pong
             * @static
             * @param {chorus.v1.Pong.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Pong} Pong instance
             * @type {{
             *   (properties: chorus.v1.Pong.$Shape): chorus.v1.Pong & chorus.v1.Pong.$Shape;
             *   (properties?: chorus.v1.Pong.$Properties): chorus.v1.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link chorus.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Pong
             * @static
             * @param {chorus.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs") && (typeof message.clientTimeMs === "object" ? message.clientTimeMs.low || message.clientTimeMs.high : message.clientTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.clientTimeMs);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.serverTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Pong & chorus.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Pong();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientTimeMs = value;
                            else
                                delete message.clientTimeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Pong
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Pong} Pong
             */
            Pong.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Pong: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Pong();
                if (object.clientTimeMs != null)
                    if (typeof object.clientTimeMs === "object" ? object.clientTimeMs.low || object.clientTimeMs.high : $Number(object.clientTimeMs) !== 0)
                        if ($util.Long)
                            message.clientTimeMs = $util.Long.fromValue(object.clientTimeMs, false);
                        else if (typeof object.clientTimeMs === "string")
                            message.clientTimeMs = $parseInt(object.clientTimeMs, 10);
                        else if (typeof object.clientTimeMs === "number")
                            message.clientTimeMs = object.clientTimeMs;
                        else if (typeof object.clientTimeMs === "object")
                            message.clientTimeMs = new $util.LongBits(object.clientTimeMs.low >>> 0, object.clientTimeMs.high >>> 0).toNumber();
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, false);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Pong
             * @static
             * @param {chorus.v1.Pong} message Pong
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.clientTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.clientTimeMs != null && $Object.hasOwnProperty.call(message, "clientTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientTimeMs = typeof message.clientTimeMs === "number" ? $BigInt(message.clientTimeMs) : $util.Long.fromBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.clientTimeMs === "number")
                        object.clientTimeMs = options.longs === $String ? $String(message.clientTimeMs) : message.clientTimeMs;
                    else
                        object.clientTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTimeMs) : options.longs === $Number ? new $util.LongBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0).toNumber() : message.clientTimeMs;
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber() : message.serverTimeMs;
                return object;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof chorus.v1.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Pong
             * @function getTypeUrl
             * @memberof chorus.v1.Pong
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Pong.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Pong";
            };

            return Pong;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} chorus.v1.Error.$Properties
             * @property {chorus.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof chorus.v1
             * @interface IError
             * @augments chorus.v1.Error.$Properties
             * @deprecated Use chorus.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {chorus.v1.Error.$Properties} chorus.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof chorus.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {chorus.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {chorus.v1.ErrorCode} code
             * @memberof chorus.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof chorus.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof chorus.v1.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Error
             * @static
             * @param {chorus.v1.Error.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Error} Error instance
             * @type {{
             *   (properties: chorus.v1.Error.$Shape): chorus.v1.Error & chorus.v1.Error.$Shape;
             *   (properties?: chorus.v1.Error.$Properties): chorus.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link chorus.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Error
             * @static
             * @param {chorus.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Error & chorus.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Error();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.chorus.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "BAD_FRAME":
                    case 1000:
                        message.code = 1000;
                        break;
                    case "UNKNOWN_FRAME":
                    case 1001:
                        message.code = 1001;
                        break;
                    case "INVALID_ARGUMENT":
                    case 1002:
                        message.code = 1002;
                        break;
                    case "FORBIDDEN":
                    case 1003:
                        message.code = 1003;
                        break;
                    case "NOT_FOUND":
                    case 1004:
                        message.code = 1004;
                        break;
                    case "TOO_LARGE":
                    case 1005:
                        message.code = 1005;
                        break;
                    case "ALREADY_EXISTS":
                    case 1006:
                        message.code = 1006;
                        break;
                    case "UNSUPPORTED_VERSION":
                    case 1007:
                        message.code = 1007;
                        break;
                    case "ALREADY_AUTHENTICATED":
                    case 1008:
                        message.code = 1008;
                        break;
                    case "SEARCH_DISABLED":
                    case 1030:
                        message.code = 1030;
                        break;
                    case "UNAVAILABLE":
                    case 2000:
                        message.code = 2000;
                        break;
                    case "TIMEOUT":
                    case 2001:
                        message.code = 2001;
                        break;
                    case "OVERLOADED":
                    case 2002:
                        message.code = 2002;
                        break;
                    case "RATE_LIMITED":
                    case 2003:
                        message.code = 2003;
                        break;
                    case "UNAUTHENTICATED":
                    case 3000:
                        message.code = 3000;
                        break;
                    case "TOKEN_EXPIRED":
                    case 3001:
                        message.code = 3001;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Error
             * @static
             * @param {chorus.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.retryAfterMs = 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.chorus.v1.ErrorCode[message.code] === $undefined ? message.code : $root.chorus.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof chorus.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof chorus.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Error";
            };

            return Error;
        })();

        /**
         * ErrorCode enum.
         * @name chorus.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} BAD_FRAME=1000 BAD_FRAME value
         * @property {number} UNKNOWN_FRAME=1001 UNKNOWN_FRAME value
         * @property {number} INVALID_ARGUMENT=1002 INVALID_ARGUMENT value
         * @property {number} FORBIDDEN=1003 FORBIDDEN value
         * @property {number} NOT_FOUND=1004 NOT_FOUND value
         * @property {number} TOO_LARGE=1005 TOO_LARGE value
         * @property {number} ALREADY_EXISTS=1006 ALREADY_EXISTS value
         * @property {number} UNSUPPORTED_VERSION=1007 UNSUPPORTED_VERSION value
         * @property {number} ALREADY_AUTHENTICATED=1008 ALREADY_AUTHENTICATED value
         * @property {number} SEARCH_DISABLED=1030 SEARCH_DISABLED value
         * @property {number} UNAVAILABLE=2000 UNAVAILABLE value
         * @property {number} TIMEOUT=2001 TIMEOUT value
         * @property {number} OVERLOADED=2002 OVERLOADED value
         * @property {number} RATE_LIMITED=2003 RATE_LIMITED value
         * @property {number} UNAUTHENTICATED=3000 UNAUTHENTICATED value
         * @property {number} TOKEN_EXPIRED=3001 TOKEN_EXPIRED value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1000] = "BAD_FRAME"] = 1000;
            values[valuesById[1001] = "UNKNOWN_FRAME"] = 1001;
            values[valuesById[1002] = "INVALID_ARGUMENT"] = 1002;
            values[valuesById[1003] = "FORBIDDEN"] = 1003;
            values[valuesById[1004] = "NOT_FOUND"] = 1004;
            values[valuesById[1005] = "TOO_LARGE"] = 1005;
            values[valuesById[1006] = "ALREADY_EXISTS"] = 1006;
            values[valuesById[1007] = "UNSUPPORTED_VERSION"] = 1007;
            values[valuesById[1008] = "ALREADY_AUTHENTICATED"] = 1008;
            values[valuesById[1030] = "SEARCH_DISABLED"] = 1030;
            values[valuesById[2000] = "UNAVAILABLE"] = 2000;
            values[valuesById[2001] = "TIMEOUT"] = 2001;
            values[valuesById[2002] = "OVERLOADED"] = 2002;
            values[valuesById[2003] = "RATE_LIMITED"] = 2003;
            values[valuesById[3000] = "UNAUTHENTICATED"] = 3000;
            values[valuesById[3001] = "TOKEN_EXPIRED"] = 3001;
            return values;
        })();

        v1.SendMessage = (function() {

            /**
             * Properties of a SendMessage.
             * @typedef {Object} chorus.v1.SendMessage.$Properties
             * @property {string|null} [conversationId] SendMessage conversationId
             * @property {string|null} [clientId] SendMessage clientId
             * @property {string|null} [text] SendMessage text
             * @property {boolean|null} [resend] SendMessage resend
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendMessage.
             * @memberof chorus.v1
             * @interface ISendMessage
             * @augments chorus.v1.SendMessage.$Properties
             * @deprecated Use chorus.v1.SendMessage.$Properties instead.
             */

            /**
             * Shape of a SendMessage.
             * @typedef {chorus.v1.SendMessage.$Properties} chorus.v1.SendMessage.$Shape
             */

            /**
             * Constructs a new SendMessage.
             * @memberof chorus.v1
             * @classdesc Represents a SendMessage.
             * @constructor
             * @param {chorus.v1.SendMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendMessage conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.conversationId = "";

            /**
             * SendMessage clientId.
             * @member {string} clientId
             * @memberof chorus.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.clientId = "";

            /**
             * SendMessage text.
             * @member {string} text
             * @memberof chorus.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.text = "";

            /**
             * SendMessage resend.
             * @member {boolean} resend
             * @memberof chorus.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.resend = false;

            /**
             * Creates a new SendMessage instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SendMessage
             * @static
             * @param {chorus.v1.SendMessage.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SendMessage} SendMessage instance
             * @type {{
             *   (properties: chorus.v1.SendMessage.$Shape): chorus.v1.SendMessage & chorus.v1.SendMessage.$Shape;
             *   (properties?: chorus.v1.SendMessage.$Properties): chorus.v1.SendMessage;
             * }}
             */
            SendMessage.create = function(properties) {
                return new SendMessage(properties);
            };

            /**
             * Encodes the specified SendMessage message. Does not implicitly {@link chorus.v1.SendMessage.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SendMessage
             * @static
             * @param {chorus.v1.SendMessage.$Properties} message SendMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.resend != null && $Object.hasOwnProperty.call(message, "resend") && message.resend !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.resend);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SendMessage message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SendMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SendMessage & chorus.v1.SendMessage.$Shape} SendMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SendMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.resend = value;
                            else
                                delete message.resend;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SendMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SendMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SendMessage} SendMessage
             */
            SendMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SendMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SendMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SendMessage();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.resend != null)
                    if (object.resend)
                        message.resend = $Boolean(object.resend);
                return message;
            };

            /**
             * Creates a plain object from a SendMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SendMessage
             * @static
             * @param {chorus.v1.SendMessage} message SendMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.clientId = "";
                    object.text = "";
                    object.resend = false;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.resend != null && $Object.hasOwnProperty.call(message, "resend"))
                    object.resend = message.resend;
                return object;
            };

            /**
             * Converts this SendMessage to JSON.
             * @function toJSON
             * @memberof chorus.v1.SendMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendMessage.prototype.toJSON = function() {
                return SendMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendMessage
             * @function getTypeUrl
             * @memberof chorus.v1.SendMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SendMessage";
            };

            return SendMessage;
        })();

        v1.SendAck = (function() {

            /**
             * Properties of a SendAck.
             * @typedef {Object} chorus.v1.SendAck.$Properties
             * @property {string|null} [conversationId] SendAck conversationId
             * @property {number|null} [seq] SendAck seq
             * @property {number|null} [sentAtMs] SendAck sentAtMs
             * @property {string|null} [clientId] SendAck clientId
             * @property {boolean|null} [duplicate] SendAck duplicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendAck.
             * @memberof chorus.v1
             * @interface ISendAck
             * @augments chorus.v1.SendAck.$Properties
             * @deprecated Use chorus.v1.SendAck.$Properties instead.
             */

            /**
             * Shape of a SendAck.
             * @typedef {chorus.v1.SendAck.$Properties} chorus.v1.SendAck.$Shape
             */

            /**
             * Constructs a new SendAck.
             * @memberof chorus.v1
             * @classdesc Represents a SendAck.
             * @constructor
             * @param {chorus.v1.SendAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendAck conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.SendAck
             * @instance
             */
            SendAck.prototype.conversationId = "";

            /**
             * SendAck seq.
             * @member {number} seq
             * @memberof chorus.v1.SendAck
             * @instance
             */
            SendAck.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SendAck sentAtMs.
             * @member {number} sentAtMs
             * @memberof chorus.v1.SendAck
             * @instance
             */
            SendAck.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SendAck clientId.
             * @member {string} clientId
             * @memberof chorus.v1.SendAck
             * @instance
             */
            SendAck.prototype.clientId = "";

            /**
             * SendAck duplicate.
             * @member {boolean} duplicate
             * @memberof chorus.v1.SendAck
             * @instance
             */
            SendAck.prototype.duplicate = false;

            /**
             * Creates a new SendAck instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SendAck
             * @static
             * @param {chorus.v1.SendAck.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SendAck} SendAck instance
             * @type {{
             *   (properties: chorus.v1.SendAck.$Shape): chorus.v1.SendAck & chorus.v1.SendAck.$Shape;
             *   (properties?: chorus.v1.SendAck.$Properties): chorus.v1.SendAck;
             * }}
             */
            SendAck.create = function(properties) {
                return new SendAck(properties);
            };

            /**
             * Encodes the specified SendAck message. Does not implicitly {@link chorus.v1.SendAck.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SendAck
             * @static
             * @param {chorus.v1.SendAck.$Properties} message SendAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.sentAtMs);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientId);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.duplicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SendAck message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SendAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SendAck & chorus.v1.SendAck.$Shape} SendAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SendAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SendAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SendAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SendAck} SendAck
             */
            SendAck.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SendAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SendAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SendAck();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.duplicate != null)
                    if (object.duplicate)
                        message.duplicate = $Boolean(object.duplicate);
                return message;
            };

            /**
             * Creates a plain object from a SendAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SendAck
             * @static
             * @param {chorus.v1.SendAck} message SendAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clientId = "";
                    object.duplicate = false;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                    object.duplicate = message.duplicate;
                return object;
            };

            /**
             * Converts this SendAck to JSON.
             * @function toJSON
             * @memberof chorus.v1.SendAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendAck.prototype.toJSON = function() {
                return SendAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendAck
             * @function getTypeUrl
             * @memberof chorus.v1.SendAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SendAck";
            };

            return SendAck;
        })();

        v1.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} chorus.v1.Message.$Properties
             * @property {string|null} [conversationId] Message conversationId
             * @property {number|null} [seq] Message seq
             * @property {string|null} [senderId] Message senderId
             * @property {string|null} [senderDevice] Message senderDevice
             * @property {string|null} [clientId] Message clientId
             * @property {number|null} [sentAtMs] Message sentAtMs
             * @property {string|null} [text] Message text
             * @property {chorus.v1.MessageKind|null} [kind] Message kind
             * @property {number|null} [refSeq] Message refSeq
             * @property {number|null} [editedAtMs] Message editedAtMs
             * @property {boolean|null} [deleted] Message deleted
             * @property {Array.<chorus.v1.ReactionCount.$Properties>|null} [reactions] Message reactions
             * @property {chorus.v1.SystemEvent.$Properties|null} [system] Message system
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof chorus.v1
             * @interface IMessage
             * @augments chorus.v1.Message.$Properties
             * @deprecated Use chorus.v1.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {chorus.v1.Message.$Properties} chorus.v1.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof chorus.v1
             * @classdesc Represents a Message.
             * @constructor
             * @param {chorus.v1.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (properties) {
                this.reactions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.conversationId = "";

            /**
             * Message seq.
             * @member {number} seq
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message senderId.
             * @member {string} senderId
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.senderId = "";

            /**
             * Message senderDevice.
             * @member {string} senderDevice
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.senderDevice = "";

            /**
             * Message clientId.
             * @member {string} clientId
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.clientId = "";

            /**
             * Message sentAtMs.
             * @member {number} sentAtMs
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Message text.
             * @member {string} text
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.text = "";

            /**
             * Message kind.
             * @member {chorus.v1.MessageKind} kind
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.kind = 0;

            /**
             * Message refSeq.
             * @member {number} refSeq
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.refSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message editedAtMs.
             * @member {number} editedAtMs
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.editedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Message deleted.
             * @member {boolean} deleted
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.deleted = false;

            /**
             * Message reactions.
             * @member {Array.<chorus.v1.ReactionCount.$Properties>} reactions
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.reactions = $util.emptyArray;

            /**
             * Message system.
             * @member {chorus.v1.SystemEvent.$Properties|null|undefined} system
             * @memberof chorus.v1.Message
             * @instance
             */
            Message.prototype.system = null;

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Message
             * @static
             * @param {chorus.v1.Message.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Message} Message instance
             * @type {{
             *   (properties: chorus.v1.Message.$Shape): chorus.v1.Message & chorus.v1.Message.$Shape;
             *   (properties?: chorus.v1.Message.$Properties): chorus.v1.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link chorus.v1.Message.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Message
             * @static
             * @param {chorus.v1.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.senderId);
                if (message.senderDevice != null && $Object.hasOwnProperty.call(message, "senderDevice") && message.senderDevice !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.senderDevice);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.clientId);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.sentAtMs);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.text);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.kind);
                if (message.refSeq != null && $Object.hasOwnProperty.call(message, "refSeq") && (typeof message.refSeq === "object" ? message.refSeq.low || message.refSeq.high : message.refSeq !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.refSeq);
                if (message.editedAtMs != null && $Object.hasOwnProperty.call(message, "editedAtMs") && (typeof message.editedAtMs === "object" ? message.editedAtMs.low || message.editedAtMs.high : message.editedAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.editedAtMs);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.deleted);
                if (message.reactions != null && message.reactions.length)
                    for (let i = 0; i < message.reactions.length; ++i)
                        $root.chorus.v1.ReactionCount.encode(message.reactions[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    $root.chorus.v1.SystemEvent.encode(message.system, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Message & chorus.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Message();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderDevice = value;
                            else
                                delete message.senderDevice;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.refSeq = value;
                            else
                                delete message.refSeq;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.editedAtMs = value;
                            else
                                delete message.editedAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reactions && message.reactions.length))
                                message.reactions = [];
                            message.reactions.push($root.chorus.v1.ReactionCount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.system = $root.chorus.v1.SystemEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.system);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Message
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Message} Message
             */
            Message.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Message)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Message: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Message();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.senderDevice != null)
                    if (typeof object.senderDevice !== "string" || object.senderDevice.length)
                        message.senderDevice = $String(object.senderDevice);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.chorus.v1.MessageKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TEXT":
                    case 0:
                        message.kind = 0;
                        break;
                    case "EDIT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "DELETE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "MEMBERS":
                    case 3:
                        message.kind = 3;
                        break;
                    case "RENAME":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.refSeq != null)
                    if (typeof object.refSeq === "object" ? object.refSeq.low || object.refSeq.high : $Number(object.refSeq) !== 0)
                        if ($util.Long)
                            message.refSeq = $util.Long.fromValue(object.refSeq, true);
                        else if (typeof object.refSeq === "string")
                            message.refSeq = $parseInt(object.refSeq, 10);
                        else if (typeof object.refSeq === "number")
                            message.refSeq = object.refSeq;
                        else if (typeof object.refSeq === "object")
                            message.refSeq = new $util.LongBits(object.refSeq.low >>> 0, object.refSeq.high >>> 0).toNumber(true);
                if (object.editedAtMs != null)
                    if (typeof object.editedAtMs === "object" ? object.editedAtMs.low || object.editedAtMs.high : $Number(object.editedAtMs) !== 0)
                        if ($util.Long)
                            message.editedAtMs = $util.Long.fromValue(object.editedAtMs, false);
                        else if (typeof object.editedAtMs === "string")
                            message.editedAtMs = $parseInt(object.editedAtMs, 10);
                        else if (typeof object.editedAtMs === "number")
                            message.editedAtMs = object.editedAtMs;
                        else if (typeof object.editedAtMs === "object")
                            message.editedAtMs = new $util.LongBits(object.editedAtMs.low >>> 0, object.editedAtMs.high >>> 0).toNumber();
                if (object.deleted != null)
                    if (object.deleted)
                        message.deleted = $Boolean(object.deleted);
                if (object.reactions) {
                    if (!$Array.isArray(object.reactions))
                        throw $TypeError(".chorus.v1.Message.reactions: array expected");
                    message.reactions = $Array(object.reactions.length);
                    for (let i = 0; i < object.reactions.length; ++i) {
                        if (!$util.isObject(object.reactions[i]))
                            throw $TypeError(".chorus.v1.Message.reactions: object expected");
                        message.reactions[i] = $root.chorus.v1.ReactionCount.fromObject(object.reactions[i], _depth + 1);
                    }
                }
                if (object.system != null) {
                    if (!$util.isObject(object.system))
                        throw $TypeError(".chorus.v1.Message.system: object expected");
                    message.system = $root.chorus.v1.SystemEvent.fromObject(object.system, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Message
             * @static
             * @param {chorus.v1.Message} message Message
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Message.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.reactions = [];
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.senderId = "";
                    object.senderDevice = "";
                    object.clientId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.text = "";
                    object.kind = options.enums === $String ? "TEXT" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.refSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.refSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.editedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.editedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.deleted = false;
                    object.system = null;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.senderDevice != null && $Object.hasOwnProperty.call(message, "senderDevice"))
                    object.senderDevice = message.senderDevice;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.chorus.v1.MessageKind[message.kind] === $undefined ? message.kind : $root.chorus.v1.MessageKind[message.kind] : message.kind;
                if (message.refSeq != null && $Object.hasOwnProperty.call(message, "refSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.refSeq = typeof message.refSeq === "number" ? $BigInt(message.refSeq) : $util.Long.fromBits(message.refSeq.low >>> 0, message.refSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.refSeq === "number")
                        object.refSeq = options.longs === $String ? $String(message.refSeq) : message.refSeq;
                    else
                        object.refSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.refSeq) : options.longs === $Number ? new $util.LongBits(message.refSeq.low >>> 0, message.refSeq.high >>> 0).toNumber(true) : message.refSeq;
                if (message.editedAtMs != null && $Object.hasOwnProperty.call(message, "editedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.editedAtMs = typeof message.editedAtMs === "number" ? $BigInt(message.editedAtMs) : $util.Long.fromBits(message.editedAtMs.low >>> 0, message.editedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.editedAtMs === "number")
                        object.editedAtMs = options.longs === $String ? $String(message.editedAtMs) : message.editedAtMs;
                    else
                        object.editedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.editedAtMs) : options.longs === $Number ? new $util.LongBits(message.editedAtMs.low >>> 0, message.editedAtMs.high >>> 0).toNumber() : message.editedAtMs;
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                if (message.reactions && message.reactions.length) {
                    object.reactions = $Array(message.reactions.length);
                    for (let j = 0; j < message.reactions.length; ++j)
                        object.reactions[j] = $root.chorus.v1.ReactionCount.toObject(message.reactions[j], options, _depth + 1);
                }
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    object.system = $root.chorus.v1.SystemEvent.toObject(message.system, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Message to JSON.
             * @function toJSON
             * @memberof chorus.v1.Message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Message
             * @function getTypeUrl
             * @memberof chorus.v1.Message
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Message";
            };

            return Message;
        })();

        /**
         * MessageKind enum.
         * @name chorus.v1.MessageKind
         * @enum {number}
         * @property {number} TEXT=0 TEXT value
         * @property {number} EDIT=1 EDIT value
         * @property {number} DELETE=2 DELETE value
         * @property {number} MEMBERS=3 MEMBERS value
         * @property {number} RENAME=4 RENAME value
         */
        v1.MessageKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TEXT"] = 0;
            values[valuesById[1] = "EDIT"] = 1;
            values[valuesById[2] = "DELETE"] = 2;
            values[valuesById[3] = "MEMBERS"] = 3;
            values[valuesById[4] = "RENAME"] = 4;
            return values;
        })();

        v1.SystemEvent = (function() {

            /**
             * Properties of a SystemEvent.
             * @typedef {Object} chorus.v1.SystemEvent.$Properties
             * @property {Array.<string>|null} [added] SystemEvent added
             * @property {Array.<string>|null} [removed] SystemEvent removed
             * @property {string|null} [title] SystemEvent title
             * @property {Array.<string>|null} [roles] SystemEvent roles
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SystemEvent.
             * @memberof chorus.v1
             * @interface ISystemEvent
             * @augments chorus.v1.SystemEvent.$Properties
             * @deprecated Use chorus.v1.SystemEvent.$Properties instead.
             */

            /**
             * Shape of a SystemEvent.
             * @typedef {chorus.v1.SystemEvent.$Properties} chorus.v1.SystemEvent.$Shape
             */

            /**
             * Constructs a new SystemEvent.
             * @memberof chorus.v1
             * @classdesc Represents a SystemEvent.
             * @constructor
             * @param {chorus.v1.SystemEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SystemEvent = function (properties) {
                this.added = [];
                this.removed = [];
                this.roles = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SystemEvent added.
             * @member {Array.<string>} added
             * @memberof chorus.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.added = $util.emptyArray;

            /**
             * SystemEvent removed.
             * @member {Array.<string>} removed
             * @memberof chorus.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.removed = $util.emptyArray;

            /**
             * SystemEvent title.
             * @member {string} title
             * @memberof chorus.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.title = "";

            /**
             * SystemEvent roles.
             * @member {Array.<string>} roles
             * @memberof chorus.v1.SystemEvent
             * @instance
             */
            SystemEvent.prototype.roles = $util.emptyArray;

            /**
             * Creates a new SystemEvent instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SystemEvent
             * @static
             * @param {chorus.v1.SystemEvent.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SystemEvent} SystemEvent instance
             * @type {{
             *   (properties: chorus.v1.SystemEvent.$Shape): chorus.v1.SystemEvent & chorus.v1.SystemEvent.$Shape;
             *   (properties?: chorus.v1.SystemEvent.$Properties): chorus.v1.SystemEvent;
             * }}
             */
            SystemEvent.create = function(properties) {
                return new SystemEvent(properties);
            };

            /**
             * Encodes the specified SystemEvent message. Does not implicitly {@link chorus.v1.SystemEvent.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SystemEvent
             * @static
             * @param {chorus.v1.SystemEvent.$Properties} message SystemEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SystemEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.added != null && message.added.length)
                    for (let i = 0; i < message.added.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.added[i]);
                if (message.removed != null && message.removed.length)
                    for (let i = 0; i < message.removed.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.removed[i]);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.roles[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SystemEvent message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SystemEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SystemEvent & chorus.v1.SystemEvent.$Shape} SystemEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SystemEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SystemEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.added && message.added.length))
                                message.added = [];
                            message.added.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removed && message.removed.length))
                                message.removed = [];
                            message.removed.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SystemEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SystemEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SystemEvent} SystemEvent
             */
            SystemEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SystemEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SystemEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SystemEvent();
                if (object.added) {
                    if (!$Array.isArray(object.added))
                        throw $TypeError(".chorus.v1.SystemEvent.added: array expected");
                    message.added = $Array(object.added.length);
                    for (let i = 0; i < object.added.length; ++i)
                        message.added[i] = $String(object.added[i]);
                }
                if (object.removed) {
                    if (!$Array.isArray(object.removed))
                        throw $TypeError(".chorus.v1.SystemEvent.removed: array expected");
                    message.removed = $Array(object.removed.length);
                    for (let i = 0; i < object.removed.length; ++i)
                        message.removed[i] = $String(object.removed[i]);
                }
                if (object.title != null)
                    if (typeof object.title !== "string" || object.title.length)
                        message.title = $String(object.title);
                if (object.roles) {
                    if (!$Array.isArray(object.roles))
                        throw $TypeError(".chorus.v1.SystemEvent.roles: array expected");
                    message.roles = $Array(object.roles.length);
                    for (let i = 0; i < object.roles.length; ++i)
                        message.roles[i] = $String(object.roles[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a SystemEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SystemEvent
             * @static
             * @param {chorus.v1.SystemEvent} message SystemEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SystemEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.added = [];
                    object.removed = [];
                    object.roles = [];
                }
                if (options.defaults)
                    object.title = "";
                if (message.added && message.added.length) {
                    object.added = $Array(message.added.length);
                    for (let j = 0; j < message.added.length; ++j)
                        object.added[j] = message.added[j];
                }
                if (message.removed && message.removed.length) {
                    object.removed = $Array(message.removed.length);
                    for (let j = 0; j < message.removed.length; ++j)
                        object.removed[j] = message.removed[j];
                }
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    object.title = message.title;
                if (message.roles && message.roles.length) {
                    object.roles = $Array(message.roles.length);
                    for (let j = 0; j < message.roles.length; ++j)
                        object.roles[j] = message.roles[j];
                }
                return object;
            };

            /**
             * Converts this SystemEvent to JSON.
             * @function toJSON
             * @memberof chorus.v1.SystemEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SystemEvent.prototype.toJSON = function() {
                return SystemEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SystemEvent
             * @function getTypeUrl
             * @memberof chorus.v1.SystemEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SystemEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SystemEvent";
            };

            return SystemEvent;
        })();

        v1.ReactionCount = (function() {

            /**
             * Properties of a ReactionCount.
             * @typedef {Object} chorus.v1.ReactionCount.$Properties
             * @property {string|null} [emoji] ReactionCount emoji
             * @property {number|null} [count] ReactionCount count
             * @property {boolean|null} [mine] ReactionCount mine
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReactionCount.
             * @memberof chorus.v1
             * @interface IReactionCount
             * @augments chorus.v1.ReactionCount.$Properties
             * @deprecated Use chorus.v1.ReactionCount.$Properties instead.
             */

            /**
             * Shape of a ReactionCount.
             * @typedef {chorus.v1.ReactionCount.$Properties} chorus.v1.ReactionCount.$Shape
             */

            /**
             * Constructs a new ReactionCount.
             * @memberof chorus.v1
             * @classdesc Represents a ReactionCount.
             * @constructor
             * @param {chorus.v1.ReactionCount.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReactionCount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReactionCount emoji.
             * @member {string} emoji
             * @memberof chorus.v1.ReactionCount
             * @instance
             */
            ReactionCount.prototype.emoji = "";

            /**
             * ReactionCount count.
             * @member {number} count
             * @memberof chorus.v1.ReactionCount
             * @instance
             */
            ReactionCount.prototype.count = 0;

            /**
             * ReactionCount mine.
             * @member {boolean} mine
             * @memberof chorus.v1.ReactionCount
             * @instance
             */
            ReactionCount.prototype.mine = false;

            /**
             * Creates a new ReactionCount instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ReactionCount
             * @static
             * @param {chorus.v1.ReactionCount.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ReactionCount} ReactionCount instance
             * @type {{
             *   (properties: chorus.v1.ReactionCount.$Shape): chorus.v1.ReactionCount & chorus.v1.ReactionCount.$Shape;
             *   (properties?: chorus.v1.ReactionCount.$Properties): chorus.v1.ReactionCount;
             * }}
             */
            ReactionCount.create = function(properties) {
                return new ReactionCount(properties);
            };

            /**
             * Encodes the specified ReactionCount message. Does not implicitly {@link chorus.v1.ReactionCount.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ReactionCount
             * @static
             * @param {chorus.v1.ReactionCount.$Properties} message ReactionCount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReactionCount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji") && message.emoji !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.emoji);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                if (message.mine != null && $Object.hasOwnProperty.call(message, "mine") && message.mine !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.mine);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReactionCount message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ReactionCount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ReactionCount & chorus.v1.ReactionCount.$Shape} ReactionCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReactionCount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ReactionCount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.emoji = value;
                            else
                                delete message.emoji;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.mine = value;
                            else
                                delete message.mine;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReactionCount message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ReactionCount
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ReactionCount} ReactionCount
             */
            ReactionCount.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ReactionCount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ReactionCount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ReactionCount();
                if (object.emoji != null)
                    if (typeof object.emoji !== "string" || object.emoji.length)
                        message.emoji = $String(object.emoji);
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.mine != null)
                    if (object.mine)
                        message.mine = $Boolean(object.mine);
                return message;
            };

            /**
             * Creates a plain object from a ReactionCount message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ReactionCount
             * @static
             * @param {chorus.v1.ReactionCount} message ReactionCount
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReactionCount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.emoji = "";
                    object.count = 0;
                    object.mine = false;
                }
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    object.emoji = message.emoji;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.mine != null && $Object.hasOwnProperty.call(message, "mine"))
                    object.mine = message.mine;
                return object;
            };

            /**
             * Converts this ReactionCount to JSON.
             * @function toJSON
             * @memberof chorus.v1.ReactionCount
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReactionCount.prototype.toJSON = function() {
                return ReactionCount.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReactionCount
             * @function getTypeUrl
             * @memberof chorus.v1.ReactionCount
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReactionCount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ReactionCount";
            };

            return ReactionCount;
        })();

        v1.HistoryRequest = (function() {

            /**
             * Properties of a HistoryRequest.
             * @typedef {Object} chorus.v1.HistoryRequest.$Properties
             * @property {string|null} [conversationId] HistoryRequest conversationId
             * @property {number|null} [beforeSeq] HistoryRequest beforeSeq
             * @property {number|null} [afterSeq] HistoryRequest afterSeq
             * @property {number|null} [limit] HistoryRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HistoryRequest.
             * @memberof chorus.v1
             * @interface IHistoryRequest
             * @augments chorus.v1.HistoryRequest.$Properties
             * @deprecated Use chorus.v1.HistoryRequest.$Properties instead.
             */

            /**
             * Shape of a HistoryRequest.
             * @typedef {chorus.v1.HistoryRequest.$Properties} chorus.v1.HistoryRequest.$Shape
             */

            /**
             * Constructs a new HistoryRequest.
             * @memberof chorus.v1
             * @classdesc Represents a HistoryRequest.
             * @constructor
             * @param {chorus.v1.HistoryRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HistoryRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HistoryRequest conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.conversationId = "";

            /**
             * HistoryRequest beforeSeq.
             * @member {number|null|undefined} beforeSeq
             * @memberof chorus.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.beforeSeq = null;

            /**
             * HistoryRequest afterSeq.
             * @member {number|null|undefined} afterSeq
             * @memberof chorus.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.afterSeq = null;

            /**
             * HistoryRequest limit.
             * @member {number} limit
             * @memberof chorus.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.limit = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HistoryRequest.prototype, "_beforeSeq", {
                get: $util.oneOfGetter($oneOfFields = ["beforeSeq"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HistoryRequest.prototype, "_afterSeq", {
                get: $util.oneOfGetter($oneOfFields = ["afterSeq"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HistoryRequest instance using the specified properties.
             * @function create
             * @memberof chorus.v1.HistoryRequest
             * @static
             * @param {chorus.v1.HistoryRequest.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.HistoryRequest} HistoryRequest instance
             * @type {{
             *   (properties: chorus.v1.HistoryRequest.$Shape): chorus.v1.HistoryRequest & chorus.v1.HistoryRequest.$Shape;
             *   (properties?: chorus.v1.HistoryRequest.$Properties): chorus.v1.HistoryRequest;
             * }}
             */
            HistoryRequest.create = function(properties) {
                return new HistoryRequest(properties);
            };

            /**
             * Encodes the specified HistoryRequest message. Does not implicitly {@link chorus.v1.HistoryRequest.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.HistoryRequest
             * @static
             * @param {chorus.v1.HistoryRequest.$Properties} message HistoryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HistoryRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.beforeSeq != null && $Object.hasOwnProperty.call(message, "beforeSeq"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.beforeSeq);
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.afterSeq);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HistoryRequest message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.HistoryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.HistoryRequest & chorus.v1.HistoryRequest.$Shape} HistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HistoryRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.HistoryRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.beforeSeq = reader.uint64();
                            message._beforeSeq = "beforeSeq";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.afterSeq = reader.uint64();
                            message._afterSeq = "afterSeq";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HistoryRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.HistoryRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.HistoryRequest} HistoryRequest
             */
            HistoryRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.HistoryRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.HistoryRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.HistoryRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.beforeSeq != null)
                    if ($util.Long)
                        message.beforeSeq = $util.Long.fromValue(object.beforeSeq, true);
                    else if (typeof object.beforeSeq === "string")
                        message.beforeSeq = $parseInt(object.beforeSeq, 10);
                    else if (typeof object.beforeSeq === "number")
                        message.beforeSeq = object.beforeSeq;
                    else if (typeof object.beforeSeq === "object")
                        message.beforeSeq = new $util.LongBits(object.beforeSeq.low >>> 0, object.beforeSeq.high >>> 0).toNumber(true);
                if (object.afterSeq != null)
                    if ($util.Long)
                        message.afterSeq = $util.Long.fromValue(object.afterSeq, true);
                    else if (typeof object.afterSeq === "string")
                        message.afterSeq = $parseInt(object.afterSeq, 10);
                    else if (typeof object.afterSeq === "number")
                        message.afterSeq = object.afterSeq;
                    else if (typeof object.afterSeq === "object")
                        message.afterSeq = new $util.LongBits(object.afterSeq.low >>> 0, object.afterSeq.high >>> 0).toNumber(true);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a HistoryRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.HistoryRequest
             * @static
             * @param {chorus.v1.HistoryRequest} message HistoryRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HistoryRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.limit = 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.beforeSeq != null && $Object.hasOwnProperty.call(message, "beforeSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.beforeSeq = typeof message.beforeSeq === "number" ? $BigInt(message.beforeSeq) : $util.Long.fromBits(message.beforeSeq.low >>> 0, message.beforeSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.beforeSeq === "number")
                        object.beforeSeq = options.longs === $String ? $String(message.beforeSeq) : message.beforeSeq;
                    else
                        object.beforeSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.beforeSeq) : options.longs === $Number ? new $util.LongBits(message.beforeSeq.low >>> 0, message.beforeSeq.high >>> 0).toNumber(true) : message.beforeSeq;
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.afterSeq = typeof message.afterSeq === "number" ? $BigInt(message.afterSeq) : $util.Long.fromBits(message.afterSeq.low >>> 0, message.afterSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.afterSeq === "number")
                        object.afterSeq = options.longs === $String ? $String(message.afterSeq) : message.afterSeq;
                    else
                        object.afterSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.afterSeq) : options.longs === $Number ? new $util.LongBits(message.afterSeq.low >>> 0, message.afterSeq.high >>> 0).toNumber(true) : message.afterSeq;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            /**
             * Converts this HistoryRequest to JSON.
             * @function toJSON
             * @memberof chorus.v1.HistoryRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HistoryRequest.prototype.toJSON = function() {
                return HistoryRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HistoryRequest
             * @function getTypeUrl
             * @memberof chorus.v1.HistoryRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HistoryRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.HistoryRequest";
            };

            return HistoryRequest;
        })();

        v1.HistoryPage = (function() {

            /**
             * Properties of a HistoryPage.
             * @typedef {Object} chorus.v1.HistoryPage.$Properties
             * @property {string|null} [conversationId] HistoryPage conversationId
             * @property {Array.<chorus.v1.Message.$Properties>|null} [messages] HistoryPage messages
             * @property {boolean|null} [hasMore] HistoryPage hasMore
             * @property {number|null} [lastSeq] HistoryPage lastSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HistoryPage.
             * @memberof chorus.v1
             * @interface IHistoryPage
             * @augments chorus.v1.HistoryPage.$Properties
             * @deprecated Use chorus.v1.HistoryPage.$Properties instead.
             */

            /**
             * Shape of a HistoryPage.
             * @typedef {chorus.v1.HistoryPage.$Properties} chorus.v1.HistoryPage.$Shape
             */

            /**
             * Constructs a new HistoryPage.
             * @memberof chorus.v1
             * @classdesc Represents a HistoryPage.
             * @constructor
             * @param {chorus.v1.HistoryPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HistoryPage = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HistoryPage conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.conversationId = "";

            /**
             * HistoryPage messages.
             * @member {Array.<chorus.v1.Message.$Properties>} messages
             * @memberof chorus.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.messages = $util.emptyArray;

            /**
             * HistoryPage hasMore.
             * @member {boolean} hasMore
             * @memberof chorus.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.hasMore = false;

            /**
             * HistoryPage lastSeq.
             * @member {number} lastSeq
             * @memberof chorus.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HistoryPage instance using the specified properties.
             * @function create
             * @memberof chorus.v1.HistoryPage
             * @static
             * @param {chorus.v1.HistoryPage.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.HistoryPage} HistoryPage instance
             * @type {{
             *   (properties: chorus.v1.HistoryPage.$Shape): chorus.v1.HistoryPage & chorus.v1.HistoryPage.$Shape;
             *   (properties?: chorus.v1.HistoryPage.$Properties): chorus.v1.HistoryPage;
             * }}
             */
            HistoryPage.create = function(properties) {
                return new HistoryPage(properties);
            };

            /**
             * Encodes the specified HistoryPage message. Does not implicitly {@link chorus.v1.HistoryPage.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.HistoryPage
             * @static
             * @param {chorus.v1.HistoryPage.$Properties} message HistoryPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HistoryPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.chorus.v1.Message.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.hasMore);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HistoryPage message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.HistoryPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.HistoryPage & chorus.v1.HistoryPage.$Shape} HistoryPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HistoryPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.HistoryPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.chorus.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasMore = value;
                            else
                                delete message.hasMore;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HistoryPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.HistoryPage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.HistoryPage} HistoryPage
             */
            HistoryPage.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.HistoryPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.HistoryPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.HistoryPage();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".chorus.v1.HistoryPage.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".chorus.v1.HistoryPage.messages: object expected");
                        message.messages[i] = $root.chorus.v1.Message.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.hasMore != null)
                    if (object.hasMore)
                        message.hasMore = $Boolean(object.hasMore);
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HistoryPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.HistoryPage
             * @static
             * @param {chorus.v1.HistoryPage} message HistoryPage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HistoryPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.hasMore = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.chorus.v1.Message.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore"))
                    object.hasMore = message.hasMore;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                return object;
            };

            /**
             * Converts this HistoryPage to JSON.
             * @function toJSON
             * @memberof chorus.v1.HistoryPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HistoryPage.prototype.toJSON = function() {
                return HistoryPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HistoryPage
             * @function getTypeUrl
             * @memberof chorus.v1.HistoryPage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HistoryPage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.HistoryPage";
            };

            return HistoryPage;
        })();

        v1.Cursor = (function() {

            /**
             * Properties of a Cursor.
             * @typedef {Object} chorus.v1.Cursor.$Properties
             * @property {string|null} [conversationId] Cursor conversationId
             * @property {number|null} [seq] Cursor seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cursor.
             * @memberof chorus.v1
             * @interface ICursor
             * @augments chorus.v1.Cursor.$Properties
             * @deprecated Use chorus.v1.Cursor.$Properties instead.
             */

            /**
             * Shape of a Cursor.
             * @typedef {chorus.v1.Cursor.$Properties} chorus.v1.Cursor.$Shape
             */

            /**
             * Constructs a new Cursor.
             * @memberof chorus.v1
             * @classdesc Represents a Cursor.
             * @constructor
             * @param {chorus.v1.Cursor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cursor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Cursor conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.Cursor
             * @instance
             */
            Cursor.prototype.conversationId = "";

            /**
             * Cursor seq.
             * @member {number} seq
             * @memberof chorus.v1.Cursor
             * @instance
             */
            Cursor.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Cursor instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Cursor
             * @static
             * @param {chorus.v1.Cursor.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Cursor} Cursor instance
             * @type {{
             *   (properties: chorus.v1.Cursor.$Shape): chorus.v1.Cursor & chorus.v1.Cursor.$Shape;
             *   (properties?: chorus.v1.Cursor.$Properties): chorus.v1.Cursor;
             * }}
             */
            Cursor.create = function(properties) {
                return new Cursor(properties);
            };

            /**
             * Encodes the specified Cursor message. Does not implicitly {@link chorus.v1.Cursor.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Cursor
             * @static
             * @param {chorus.v1.Cursor.$Properties} message Cursor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cursor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Cursor message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Cursor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Cursor & chorus.v1.Cursor.$Shape} Cursor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cursor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Cursor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Cursor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Cursor
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Cursor} Cursor
             */
            Cursor.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Cursor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Cursor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Cursor();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Cursor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Cursor
             * @static
             * @param {chorus.v1.Cursor} message Cursor
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Cursor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this Cursor to JSON.
             * @function toJSON
             * @memberof chorus.v1.Cursor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Cursor.prototype.toJSON = function() {
                return Cursor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Cursor
             * @function getTypeUrl
             * @memberof chorus.v1.Cursor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Cursor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Cursor";
            };

            return Cursor;
        })();

        v1.SyncRequest = (function() {

            /**
             * Properties of a SyncRequest.
             * @typedef {Object} chorus.v1.SyncRequest.$Properties
             * @property {Array.<chorus.v1.Cursor.$Properties>|null} [cursors] SyncRequest cursors
             * @property {number|null} [limit] SyncRequest limit
             * @property {number|null} [receiptsSinceMs] SyncRequest receiptsSinceMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncRequest.
             * @memberof chorus.v1
             * @interface ISyncRequest
             * @augments chorus.v1.SyncRequest.$Properties
             * @deprecated Use chorus.v1.SyncRequest.$Properties instead.
             */

            /**
             * Shape of a SyncRequest.
             * @typedef {chorus.v1.SyncRequest.$Properties} chorus.v1.SyncRequest.$Shape
             */

            /**
             * Constructs a new SyncRequest.
             * @memberof chorus.v1
             * @classdesc Represents a SyncRequest.
             * @constructor
             * @param {chorus.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncRequest = function (properties) {
                this.cursors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncRequest cursors.
             * @member {Array.<chorus.v1.Cursor.$Properties>} cursors
             * @memberof chorus.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.cursors = $util.emptyArray;

            /**
             * SyncRequest limit.
             * @member {number} limit
             * @memberof chorus.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.limit = 0;

            /**
             * SyncRequest receiptsSinceMs.
             * @member {number} receiptsSinceMs
             * @memberof chorus.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.receiptsSinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SyncRequest instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SyncRequest
             * @static
             * @param {chorus.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SyncRequest} SyncRequest instance
             * @type {{
             *   (properties: chorus.v1.SyncRequest.$Shape): chorus.v1.SyncRequest & chorus.v1.SyncRequest.$Shape;
             *   (properties?: chorus.v1.SyncRequest.$Properties): chorus.v1.SyncRequest;
             * }}
             */
            SyncRequest.create = function(properties) {
                return new SyncRequest(properties);
            };

            /**
             * Encodes the specified SyncRequest message. Does not implicitly {@link chorus.v1.SyncRequest.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SyncRequest
             * @static
             * @param {chorus.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursors != null && message.cursors.length)
                    for (let i = 0; i < message.cursors.length; ++i)
                        $root.chorus.v1.Cursor.encode(message.cursors[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.receiptsSinceMs != null && $Object.hasOwnProperty.call(message, "receiptsSinceMs") && (typeof message.receiptsSinceMs === "object" ? message.receiptsSinceMs.low || message.receiptsSinceMs.high : message.receiptsSinceMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.receiptsSinceMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncRequest message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SyncRequest & chorus.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SyncRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cursors && message.cursors.length))
                                message.cursors = [];
                            message.cursors.push($root.chorus.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.receiptsSinceMs = value;
                            else
                                delete message.receiptsSinceMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SyncRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SyncRequest} SyncRequest
             */
            SyncRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SyncRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SyncRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SyncRequest();
                if (object.cursors) {
                    if (!$Array.isArray(object.cursors))
                        throw $TypeError(".chorus.v1.SyncRequest.cursors: array expected");
                    message.cursors = $Array(object.cursors.length);
                    for (let i = 0; i < object.cursors.length; ++i) {
                        if (!$util.isObject(object.cursors[i]))
                            throw $TypeError(".chorus.v1.SyncRequest.cursors: object expected");
                        message.cursors[i] = $root.chorus.v1.Cursor.fromObject(object.cursors[i], _depth + 1);
                    }
                }
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.receiptsSinceMs != null)
                    if (typeof object.receiptsSinceMs === "object" ? object.receiptsSinceMs.low || object.receiptsSinceMs.high : $Number(object.receiptsSinceMs) !== 0)
                        if ($util.Long)
                            message.receiptsSinceMs = $util.Long.fromValue(object.receiptsSinceMs, false);
                        else if (typeof object.receiptsSinceMs === "string")
                            message.receiptsSinceMs = $parseInt(object.receiptsSinceMs, 10);
                        else if (typeof object.receiptsSinceMs === "number")
                            message.receiptsSinceMs = object.receiptsSinceMs;
                        else if (typeof object.receiptsSinceMs === "object")
                            message.receiptsSinceMs = new $util.LongBits(object.receiptsSinceMs.low >>> 0, object.receiptsSinceMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SyncRequest
             * @static
             * @param {chorus.v1.SyncRequest} message SyncRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.cursors = [];
                if (options.defaults) {
                    object.limit = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.receiptsSinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.receiptsSinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cursors && message.cursors.length) {
                    object.cursors = $Array(message.cursors.length);
                    for (let j = 0; j < message.cursors.length; ++j)
                        object.cursors[j] = $root.chorus.v1.Cursor.toObject(message.cursors[j], options, _depth + 1);
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.receiptsSinceMs != null && $Object.hasOwnProperty.call(message, "receiptsSinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.receiptsSinceMs = typeof message.receiptsSinceMs === "number" ? $BigInt(message.receiptsSinceMs) : $util.Long.fromBits(message.receiptsSinceMs.low >>> 0, message.receiptsSinceMs.high >>> 0, false).toBigInt();
                    else if (typeof message.receiptsSinceMs === "number")
                        object.receiptsSinceMs = options.longs === $String ? $String(message.receiptsSinceMs) : message.receiptsSinceMs;
                    else
                        object.receiptsSinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.receiptsSinceMs) : options.longs === $Number ? new $util.LongBits(message.receiptsSinceMs.low >>> 0, message.receiptsSinceMs.high >>> 0).toNumber() : message.receiptsSinceMs;
                return object;
            };

            /**
             * Converts this SyncRequest to JSON.
             * @function toJSON
             * @memberof chorus.v1.SyncRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncRequest.prototype.toJSON = function() {
                return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncRequest
             * @function getTypeUrl
             * @memberof chorus.v1.SyncRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SyncRequest";
            };

            return SyncRequest;
        })();

        v1.SyncPage = (function() {

            /**
             * Properties of a SyncPage.
             * @typedef {Object} chorus.v1.SyncPage.$Properties
             * @property {Array.<chorus.v1.Message.$Properties>|null} [messages] SyncPage messages
             * @property {Array.<chorus.v1.Conversation.$Properties>|null} [conversations] SyncPage conversations
             * @property {boolean|null} [done] SyncPage done
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncPage.
             * @memberof chorus.v1
             * @interface ISyncPage
             * @augments chorus.v1.SyncPage.$Properties
             * @deprecated Use chorus.v1.SyncPage.$Properties instead.
             */

            /**
             * Shape of a SyncPage.
             * @typedef {chorus.v1.SyncPage.$Properties} chorus.v1.SyncPage.$Shape
             */

            /**
             * Constructs a new SyncPage.
             * @memberof chorus.v1
             * @classdesc Represents a SyncPage.
             * @constructor
             * @param {chorus.v1.SyncPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncPage = function (properties) {
                this.messages = [];
                this.conversations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncPage messages.
             * @member {Array.<chorus.v1.Message.$Properties>} messages
             * @memberof chorus.v1.SyncPage
             * @instance
             */
            SyncPage.prototype.messages = $util.emptyArray;

            /**
             * SyncPage conversations.
             * @member {Array.<chorus.v1.Conversation.$Properties>} conversations
             * @memberof chorus.v1.SyncPage
             * @instance
             */
            SyncPage.prototype.conversations = $util.emptyArray;

            /**
             * SyncPage done.
             * @member {boolean} done
             * @memberof chorus.v1.SyncPage
             * @instance
             */
            SyncPage.prototype.done = false;

            /**
             * Creates a new SyncPage instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SyncPage
             * @static
             * @param {chorus.v1.SyncPage.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SyncPage} SyncPage instance
             * @type {{
             *   (properties: chorus.v1.SyncPage.$Shape): chorus.v1.SyncPage & chorus.v1.SyncPage.$Shape;
             *   (properties?: chorus.v1.SyncPage.$Properties): chorus.v1.SyncPage;
             * }}
             */
            SyncPage.create = function(properties) {
                return new SyncPage(properties);
            };

            /**
             * Encodes the specified SyncPage message. Does not implicitly {@link chorus.v1.SyncPage.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SyncPage
             * @static
             * @param {chorus.v1.SyncPage.$Properties} message SyncPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.chorus.v1.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.conversations != null && message.conversations.length)
                    for (let i = 0; i < message.conversations.length; ++i)
                        $root.chorus.v1.Conversation.encode(message.conversations[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.done);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncPage message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SyncPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SyncPage & chorus.v1.SyncPage.$Shape} SyncPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SyncPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.chorus.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conversations && message.conversations.length))
                                message.conversations = [];
                            message.conversations.push($root.chorus.v1.Conversation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SyncPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SyncPage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SyncPage} SyncPage
             */
            SyncPage.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SyncPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SyncPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SyncPage();
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".chorus.v1.SyncPage.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".chorus.v1.SyncPage.messages: object expected");
                        message.messages[i] = $root.chorus.v1.Message.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.conversations) {
                    if (!$Array.isArray(object.conversations))
                        throw $TypeError(".chorus.v1.SyncPage.conversations: array expected");
                    message.conversations = $Array(object.conversations.length);
                    for (let i = 0; i < object.conversations.length; ++i) {
                        if (!$util.isObject(object.conversations[i]))
                            throw $TypeError(".chorus.v1.SyncPage.conversations: object expected");
                        message.conversations[i] = $root.chorus.v1.Conversation.fromObject(object.conversations[i], _depth + 1);
                    }
                }
                if (object.done != null)
                    if (object.done)
                        message.done = $Boolean(object.done);
                return message;
            };

            /**
             * Creates a plain object from a SyncPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SyncPage
             * @static
             * @param {chorus.v1.SyncPage} message SyncPage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.messages = [];
                    object.conversations = [];
                }
                if (options.defaults)
                    object.done = false;
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.chorus.v1.Message.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.conversations && message.conversations.length) {
                    object.conversations = $Array(message.conversations.length);
                    for (let j = 0; j < message.conversations.length; ++j)
                        object.conversations[j] = $root.chorus.v1.Conversation.toObject(message.conversations[j], options, _depth + 1);
                }
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    object.done = message.done;
                return object;
            };

            /**
             * Converts this SyncPage to JSON.
             * @function toJSON
             * @memberof chorus.v1.SyncPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncPage.prototype.toJSON = function() {
                return SyncPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncPage
             * @function getTypeUrl
             * @memberof chorus.v1.SyncPage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncPage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SyncPage";
            };

            return SyncPage;
        })();

        /**
         * ConversationKind enum.
         * @name chorus.v1.ConversationKind
         * @enum {number}
         * @property {number} CONVERSATION_KIND_UNSPECIFIED=0 CONVERSATION_KIND_UNSPECIFIED value
         * @property {number} DIRECT=1 DIRECT value
         * @property {number} GROUP=2 GROUP value
         */
        v1.ConversationKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONVERSATION_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DIRECT"] = 1;
            values[valuesById[2] = "GROUP"] = 2;
            return values;
        })();

        v1.CreateConversation = (function() {

            /**
             * Properties of a CreateConversation.
             * @typedef {Object} chorus.v1.CreateConversation.$Properties
             * @property {chorus.v1.ConversationKind|null} [kind] CreateConversation kind
             * @property {Array.<string>|null} [members] CreateConversation members
             * @property {string|null} [title] CreateConversation title
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateConversation.
             * @memberof chorus.v1
             * @interface ICreateConversation
             * @augments chorus.v1.CreateConversation.$Properties
             * @deprecated Use chorus.v1.CreateConversation.$Properties instead.
             */

            /**
             * Shape of a CreateConversation.
             * @typedef {chorus.v1.CreateConversation.$Properties} chorus.v1.CreateConversation.$Shape
             */

            /**
             * Constructs a new CreateConversation.
             * @memberof chorus.v1
             * @classdesc Represents a CreateConversation.
             * @constructor
             * @param {chorus.v1.CreateConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateConversation = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateConversation kind.
             * @member {chorus.v1.ConversationKind} kind
             * @memberof chorus.v1.CreateConversation
             * @instance
             */
            CreateConversation.prototype.kind = 0;

            /**
             * CreateConversation members.
             * @member {Array.<string>} members
             * @memberof chorus.v1.CreateConversation
             * @instance
             */
            CreateConversation.prototype.members = $util.emptyArray;

            /**
             * CreateConversation title.
             * @member {string} title
             * @memberof chorus.v1.CreateConversation
             * @instance
             */
            CreateConversation.prototype.title = "";

            /**
             * Creates a new CreateConversation instance using the specified properties.
             * @function create
             * @memberof chorus.v1.CreateConversation
             * @static
             * @param {chorus.v1.CreateConversation.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.CreateConversation} CreateConversation instance
             * @type {{
             *   (properties: chorus.v1.CreateConversation.$Shape): chorus.v1.CreateConversation & chorus.v1.CreateConversation.$Shape;
             *   (properties?: chorus.v1.CreateConversation.$Properties): chorus.v1.CreateConversation;
             * }}
             */
            CreateConversation.create = function(properties) {
                return new CreateConversation(properties);
            };

            /**
             * Encodes the specified CreateConversation message. Does not implicitly {@link chorus.v1.CreateConversation.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.CreateConversation
             * @static
             * @param {chorus.v1.CreateConversation.$Properties} message CreateConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.members[i]);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateConversation message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.CreateConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.CreateConversation & chorus.v1.CreateConversation.$Shape} CreateConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.CreateConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CreateConversation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.CreateConversation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.CreateConversation} CreateConversation
             */
            CreateConversation.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.CreateConversation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.CreateConversation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.CreateConversation();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.chorus.v1.ConversationKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "CONVERSATION_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DIRECT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "GROUP":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".chorus.v1.CreateConversation.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i)
                        message.members[i] = $String(object.members[i]);
                }
                if (object.title != null)
                    if (typeof object.title !== "string" || object.title.length)
                        message.title = $String(object.title);
                return message;
            };

            /**
             * Creates a plain object from a CreateConversation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.CreateConversation
             * @static
             * @param {chorus.v1.CreateConversation} message CreateConversation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateConversation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults) {
                    object.kind = options.enums === $String ? "CONVERSATION_KIND_UNSPECIFIED" : 0;
                    object.title = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.chorus.v1.ConversationKind[message.kind] === $undefined ? message.kind : $root.chorus.v1.ConversationKind[message.kind] : message.kind;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = message.members[j];
                }
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    object.title = message.title;
                return object;
            };

            /**
             * Converts this CreateConversation to JSON.
             * @function toJSON
             * @memberof chorus.v1.CreateConversation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateConversation.prototype.toJSON = function() {
                return CreateConversation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateConversation
             * @function getTypeUrl
             * @memberof chorus.v1.CreateConversation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateConversation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.CreateConversation";
            };

            return CreateConversation;
        })();

        v1.Conversation = (function() {

            /**
             * Properties of a Conversation.
             * @typedef {Object} chorus.v1.Conversation.$Properties
             * @property {string|null} [id] Conversation id
             * @property {chorus.v1.ConversationKind|null} [kind] Conversation kind
             * @property {string|null} [title] Conversation title
             * @property {Array.<string>|null} [members] Conversation members
             * @property {number|null} [lastSeq] Conversation lastSeq
             * @property {number|null} [createdAtMs] Conversation createdAtMs
             * @property {string|null} [createdBy] Conversation createdBy
             * @property {Array.<string>|null} [roles] Conversation roles
             * @property {Array.<chorus.v1.MemberReceipt.$Properties>|null} [receipts] Conversation receipts
             * @property {number|null} [lastActivityMs] Conversation lastActivityMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Conversation.
             * @memberof chorus.v1
             * @interface IConversation
             * @augments chorus.v1.Conversation.$Properties
             * @deprecated Use chorus.v1.Conversation.$Properties instead.
             */

            /**
             * Shape of a Conversation.
             * @typedef {chorus.v1.Conversation.$Properties} chorus.v1.Conversation.$Shape
             */

            /**
             * Constructs a new Conversation.
             * @memberof chorus.v1
             * @classdesc Represents a Conversation.
             * @constructor
             * @param {chorus.v1.Conversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Conversation = function (properties) {
                this.members = [];
                this.roles = [];
                this.receipts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Conversation id.
             * @member {string} id
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.id = "";

            /**
             * Conversation kind.
             * @member {chorus.v1.ConversationKind} kind
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.kind = 0;

            /**
             * Conversation title.
             * @member {string} title
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.title = "";

            /**
             * Conversation members.
             * @member {Array.<string>} members
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.members = $util.emptyArray;

            /**
             * Conversation lastSeq.
             * @member {number} lastSeq
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Conversation createdAtMs.
             * @member {number} createdAtMs
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Conversation createdBy.
             * @member {string} createdBy
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.createdBy = "";

            /**
             * Conversation roles.
             * @member {Array.<string>} roles
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.roles = $util.emptyArray;

            /**
             * Conversation receipts.
             * @member {Array.<chorus.v1.MemberReceipt.$Properties>} receipts
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.receipts = $util.emptyArray;

            /**
             * Conversation lastActivityMs.
             * @member {number} lastActivityMs
             * @memberof chorus.v1.Conversation
             * @instance
             */
            Conversation.prototype.lastActivityMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Conversation instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Conversation
             * @static
             * @param {chorus.v1.Conversation.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Conversation} Conversation instance
             * @type {{
             *   (properties: chorus.v1.Conversation.$Shape): chorus.v1.Conversation & chorus.v1.Conversation.$Shape;
             *   (properties?: chorus.v1.Conversation.$Properties): chorus.v1.Conversation;
             * }}
             */
            Conversation.create = function(properties) {
                return new Conversation(properties);
            };

            /**
             * Encodes the specified Conversation message. Does not implicitly {@link chorus.v1.Conversation.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Conversation
             * @static
             * @param {chorus.v1.Conversation.$Properties} message Conversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.members[i]);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.lastSeq);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.createdAtMs);
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy") && message.createdBy !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.createdBy);
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.roles[i]);
                if (message.receipts != null && message.receipts.length)
                    for (let i = 0; i < message.receipts.length; ++i)
                        $root.chorus.v1.MemberReceipt.encode(message.receipts[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.lastActivityMs != null && $Object.hasOwnProperty.call(message, "lastActivityMs") && (typeof message.lastActivityMs === "object" ? message.lastActivityMs.low || message.lastActivityMs.high : message.lastActivityMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.lastActivityMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Conversation message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Conversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Conversation & chorus.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Conversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.createdBy = value;
                            else
                                delete message.createdBy;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.receipts && message.receipts.length))
                                message.receipts = [];
                            message.receipts.push($root.chorus.v1.MemberReceipt.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastActivityMs = value;
                            else
                                delete message.lastActivityMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Conversation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Conversation} Conversation
             */
            Conversation.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Conversation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Conversation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Conversation();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.chorus.v1.ConversationKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "CONVERSATION_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DIRECT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "GROUP":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.title != null)
                    if (typeof object.title !== "string" || object.title.length)
                        message.title = $String(object.title);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".chorus.v1.Conversation.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i)
                        message.members[i] = $String(object.members[i]);
                }
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, false);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber();
                if (object.createdBy != null)
                    if (typeof object.createdBy !== "string" || object.createdBy.length)
                        message.createdBy = $String(object.createdBy);
                if (object.roles) {
                    if (!$Array.isArray(object.roles))
                        throw $TypeError(".chorus.v1.Conversation.roles: array expected");
                    message.roles = $Array(object.roles.length);
                    for (let i = 0; i < object.roles.length; ++i)
                        message.roles[i] = $String(object.roles[i]);
                }
                if (object.receipts) {
                    if (!$Array.isArray(object.receipts))
                        throw $TypeError(".chorus.v1.Conversation.receipts: array expected");
                    message.receipts = $Array(object.receipts.length);
                    for (let i = 0; i < object.receipts.length; ++i) {
                        if (!$util.isObject(object.receipts[i]))
                            throw $TypeError(".chorus.v1.Conversation.receipts: object expected");
                        message.receipts[i] = $root.chorus.v1.MemberReceipt.fromObject(object.receipts[i], _depth + 1);
                    }
                }
                if (object.lastActivityMs != null)
                    if (typeof object.lastActivityMs === "object" ? object.lastActivityMs.low || object.lastActivityMs.high : $Number(object.lastActivityMs) !== 0)
                        if ($util.Long)
                            message.lastActivityMs = $util.Long.fromValue(object.lastActivityMs, false);
                        else if (typeof object.lastActivityMs === "string")
                            message.lastActivityMs = $parseInt(object.lastActivityMs, 10);
                        else if (typeof object.lastActivityMs === "number")
                            message.lastActivityMs = object.lastActivityMs;
                        else if (typeof object.lastActivityMs === "object")
                            message.lastActivityMs = new $util.LongBits(object.lastActivityMs.low >>> 0, object.lastActivityMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Conversation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Conversation
             * @static
             * @param {chorus.v1.Conversation} message Conversation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Conversation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.members = [];
                    object.roles = [];
                    object.receipts = [];
                }
                if (options.defaults) {
                    object.id = "";
                    object.kind = options.enums === $String ? "CONVERSATION_KIND_UNSPECIFIED" : 0;
                    object.title = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.createdBy = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastActivityMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastActivityMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.chorus.v1.ConversationKind[message.kind] === $undefined ? message.kind : $root.chorus.v1.ConversationKind[message.kind] : message.kind;
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    object.title = message.title;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = message.members[j];
                }
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber() : message.createdAtMs;
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    object.createdBy = message.createdBy;
                if (message.roles && message.roles.length) {
                    object.roles = $Array(message.roles.length);
                    for (let j = 0; j < message.roles.length; ++j)
                        object.roles[j] = message.roles[j];
                }
                if (message.receipts && message.receipts.length) {
                    object.receipts = $Array(message.receipts.length);
                    for (let j = 0; j < message.receipts.length; ++j)
                        object.receipts[j] = $root.chorus.v1.MemberReceipt.toObject(message.receipts[j], options, _depth + 1);
                }
                if (message.lastActivityMs != null && $Object.hasOwnProperty.call(message, "lastActivityMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastActivityMs = typeof message.lastActivityMs === "number" ? $BigInt(message.lastActivityMs) : $util.Long.fromBits(message.lastActivityMs.low >>> 0, message.lastActivityMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastActivityMs === "number")
                        object.lastActivityMs = options.longs === $String ? $String(message.lastActivityMs) : message.lastActivityMs;
                    else
                        object.lastActivityMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastActivityMs) : options.longs === $Number ? new $util.LongBits(message.lastActivityMs.low >>> 0, message.lastActivityMs.high >>> 0).toNumber() : message.lastActivityMs;
                return object;
            };

            /**
             * Converts this Conversation to JSON.
             * @function toJSON
             * @memberof chorus.v1.Conversation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Conversation.prototype.toJSON = function() {
                return Conversation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Conversation
             * @function getTypeUrl
             * @memberof chorus.v1.Conversation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Conversation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Conversation";
            };

            return Conversation;
        })();

        v1.ListConversations = (function() {

            /**
             * Properties of a ListConversations.
             * @typedef {Object} chorus.v1.ListConversations.$Properties
             * @property {string|null} [afterId] ListConversations afterId
             * @property {number|null} [limit] ListConversations limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListConversations.
             * @memberof chorus.v1
             * @interface IListConversations
             * @augments chorus.v1.ListConversations.$Properties
             * @deprecated Use chorus.v1.ListConversations.$Properties instead.
             */

            /**
             * Shape of a ListConversations.
             * @typedef {chorus.v1.ListConversations.$Properties} chorus.v1.ListConversations.$Shape
             */

            /**
             * Constructs a new ListConversations.
             * @memberof chorus.v1
             * @classdesc Represents a ListConversations.
             * @constructor
             * @param {chorus.v1.ListConversations.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListConversations = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListConversations afterId.
             * @member {string} afterId
             * @memberof chorus.v1.ListConversations
             * @instance
             */
            ListConversations.prototype.afterId = "";

            /**
             * ListConversations limit.
             * @member {number} limit
             * @memberof chorus.v1.ListConversations
             * @instance
             */
            ListConversations.prototype.limit = 0;

            /**
             * Creates a new ListConversations instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ListConversations
             * @static
             * @param {chorus.v1.ListConversations.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ListConversations} ListConversations instance
             * @type {{
             *   (properties: chorus.v1.ListConversations.$Shape): chorus.v1.ListConversations & chorus.v1.ListConversations.$Shape;
             *   (properties?: chorus.v1.ListConversations.$Properties): chorus.v1.ListConversations;
             * }}
             */
            ListConversations.create = function(properties) {
                return new ListConversations(properties);
            };

            /**
             * Encodes the specified ListConversations message. Does not implicitly {@link chorus.v1.ListConversations.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ListConversations
             * @static
             * @param {chorus.v1.ListConversations.$Properties} message ListConversations message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListConversations.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.afterId != null && $Object.hasOwnProperty.call(message, "afterId") && message.afterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.afterId);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListConversations message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ListConversations
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ListConversations & chorus.v1.ListConversations.$Shape} ListConversations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListConversations.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ListConversations();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.afterId = value;
                            else
                                delete message.afterId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ListConversations message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ListConversations
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ListConversations} ListConversations
             */
            ListConversations.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ListConversations)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ListConversations: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ListConversations();
                if (object.afterId != null)
                    if (typeof object.afterId !== "string" || object.afterId.length)
                        message.afterId = $String(object.afterId);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ListConversations message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ListConversations
             * @static
             * @param {chorus.v1.ListConversations} message ListConversations
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListConversations.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.afterId = "";
                    object.limit = 0;
                }
                if (message.afterId != null && $Object.hasOwnProperty.call(message, "afterId"))
                    object.afterId = message.afterId;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            /**
             * Converts this ListConversations to JSON.
             * @function toJSON
             * @memberof chorus.v1.ListConversations
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListConversations.prototype.toJSON = function() {
                return ListConversations.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListConversations
             * @function getTypeUrl
             * @memberof chorus.v1.ListConversations
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListConversations.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ListConversations";
            };

            return ListConversations;
        })();

        v1.ConversationList = (function() {

            /**
             * Properties of a ConversationList.
             * @typedef {Object} chorus.v1.ConversationList.$Properties
             * @property {Array.<chorus.v1.Conversation.$Properties>|null} [conversations] ConversationList conversations
             * @property {boolean|null} [hasMore] ConversationList hasMore
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationList.
             * @memberof chorus.v1
             * @interface IConversationList
             * @augments chorus.v1.ConversationList.$Properties
             * @deprecated Use chorus.v1.ConversationList.$Properties instead.
             */

            /**
             * Shape of a ConversationList.
             * @typedef {chorus.v1.ConversationList.$Properties} chorus.v1.ConversationList.$Shape
             */

            /**
             * Constructs a new ConversationList.
             * @memberof chorus.v1
             * @classdesc Represents a ConversationList.
             * @constructor
             * @param {chorus.v1.ConversationList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationList = function (properties) {
                this.conversations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationList conversations.
             * @member {Array.<chorus.v1.Conversation.$Properties>} conversations
             * @memberof chorus.v1.ConversationList
             * @instance
             */
            ConversationList.prototype.conversations = $util.emptyArray;

            /**
             * ConversationList hasMore.
             * @member {boolean} hasMore
             * @memberof chorus.v1.ConversationList
             * @instance
             */
            ConversationList.prototype.hasMore = false;

            /**
             * Creates a new ConversationList instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ConversationList
             * @static
             * @param {chorus.v1.ConversationList.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ConversationList} ConversationList instance
             * @type {{
             *   (properties: chorus.v1.ConversationList.$Shape): chorus.v1.ConversationList & chorus.v1.ConversationList.$Shape;
             *   (properties?: chorus.v1.ConversationList.$Properties): chorus.v1.ConversationList;
             * }}
             */
            ConversationList.create = function(properties) {
                return new ConversationList(properties);
            };

            /**
             * Encodes the specified ConversationList message. Does not implicitly {@link chorus.v1.ConversationList.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ConversationList
             * @static
             * @param {chorus.v1.ConversationList.$Properties} message ConversationList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversations != null && message.conversations.length)
                    for (let i = 0; i < message.conversations.length; ++i)
                        $root.chorus.v1.Conversation.encode(message.conversations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hasMore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConversationList message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ConversationList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ConversationList & chorus.v1.ConversationList.$Shape} ConversationList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ConversationList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conversations && message.conversations.length))
                                message.conversations = [];
                            message.conversations.push($root.chorus.v1.Conversation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasMore = value;
                            else
                                delete message.hasMore;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ConversationList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ConversationList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ConversationList} ConversationList
             */
            ConversationList.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ConversationList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ConversationList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ConversationList();
                if (object.conversations) {
                    if (!$Array.isArray(object.conversations))
                        throw $TypeError(".chorus.v1.ConversationList.conversations: array expected");
                    message.conversations = $Array(object.conversations.length);
                    for (let i = 0; i < object.conversations.length; ++i) {
                        if (!$util.isObject(object.conversations[i]))
                            throw $TypeError(".chorus.v1.ConversationList.conversations: object expected");
                        message.conversations[i] = $root.chorus.v1.Conversation.fromObject(object.conversations[i], _depth + 1);
                    }
                }
                if (object.hasMore != null)
                    if (object.hasMore)
                        message.hasMore = $Boolean(object.hasMore);
                return message;
            };

            /**
             * Creates a plain object from a ConversationList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ConversationList
             * @static
             * @param {chorus.v1.ConversationList} message ConversationList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConversationList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.conversations = [];
                if (options.defaults)
                    object.hasMore = false;
                if (message.conversations && message.conversations.length) {
                    object.conversations = $Array(message.conversations.length);
                    for (let j = 0; j < message.conversations.length; ++j)
                        object.conversations[j] = $root.chorus.v1.Conversation.toObject(message.conversations[j], options, _depth + 1);
                }
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore"))
                    object.hasMore = message.hasMore;
                return object;
            };

            /**
             * Converts this ConversationList to JSON.
             * @function toJSON
             * @memberof chorus.v1.ConversationList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConversationList.prototype.toJSON = function() {
                return ConversationList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConversationList
             * @function getTypeUrl
             * @memberof chorus.v1.ConversationList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConversationList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ConversationList";
            };

            return ConversationList;
        })();

        /**
         * ReceiptKind enum.
         * @name chorus.v1.ReceiptKind
         * @enum {number}
         * @property {number} RECEIPT_KIND_UNSPECIFIED=0 RECEIPT_KIND_UNSPECIFIED value
         * @property {number} DELIVERED=1 DELIVERED value
         * @property {number} READ=2 READ value
         */
        v1.ReceiptKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECEIPT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DELIVERED"] = 1;
            values[valuesById[2] = "READ"] = 2;
            return values;
        })();

        v1.Receipt = (function() {

            /**
             * Properties of a Receipt.
             * @typedef {Object} chorus.v1.Receipt.$Properties
             * @property {string|null} [conversationId] Receipt conversationId
             * @property {number|null} [seq] Receipt seq
             * @property {chorus.v1.ReceiptKind|null} [kind] Receipt kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Receipt.
             * @memberof chorus.v1
             * @interface IReceipt
             * @augments chorus.v1.Receipt.$Properties
             * @deprecated Use chorus.v1.Receipt.$Properties instead.
             */

            /**
             * Shape of a Receipt.
             * @typedef {chorus.v1.Receipt.$Properties} chorus.v1.Receipt.$Shape
             */

            /**
             * Constructs a new Receipt.
             * @memberof chorus.v1
             * @classdesc Represents a Receipt.
             * @constructor
             * @param {chorus.v1.Receipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Receipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Receipt conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.Receipt
             * @instance
             */
            Receipt.prototype.conversationId = "";

            /**
             * Receipt seq.
             * @member {number} seq
             * @memberof chorus.v1.Receipt
             * @instance
             */
            Receipt.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Receipt kind.
             * @member {chorus.v1.ReceiptKind} kind
             * @memberof chorus.v1.Receipt
             * @instance
             */
            Receipt.prototype.kind = 0;

            /**
             * Creates a new Receipt instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Receipt
             * @static
             * @param {chorus.v1.Receipt.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Receipt} Receipt instance
             * @type {{
             *   (properties: chorus.v1.Receipt.$Shape): chorus.v1.Receipt & chorus.v1.Receipt.$Shape;
             *   (properties?: chorus.v1.Receipt.$Properties): chorus.v1.Receipt;
             * }}
             */
            Receipt.create = function(properties) {
                return new Receipt(properties);
            };

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link chorus.v1.Receipt.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Receipt
             * @static
             * @param {chorus.v1.Receipt.$Properties} message Receipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Receipt & chorus.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Receipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Receipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Receipt} Receipt
             */
            Receipt.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Receipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Receipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Receipt();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.chorus.v1.ReceiptKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "RECEIPT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DELIVERED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "READ":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Receipt
             * @static
             * @param {chorus.v1.Receipt} message Receipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Receipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.kind = options.enums === $String ? "RECEIPT_KIND_UNSPECIFIED" : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.chorus.v1.ReceiptKind[message.kind] === $undefined ? message.kind : $root.chorus.v1.ReceiptKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this Receipt to JSON.
             * @function toJSON
             * @memberof chorus.v1.Receipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Receipt.prototype.toJSON = function() {
                return Receipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Receipt
             * @function getTypeUrl
             * @memberof chorus.v1.Receipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Receipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Receipt";
            };

            return Receipt;
        })();

        v1.ReceiptAck = (function() {

            /**
             * Properties of a ReceiptAck.
             * @typedef {Object} chorus.v1.ReceiptAck.$Properties
             * @property {string|null} [conversationId] ReceiptAck conversationId
             * @property {chorus.v1.ReceiptKind|null} [kind] ReceiptAck kind
             * @property {number|null} [seq] ReceiptAck seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiptAck.
             * @memberof chorus.v1
             * @interface IReceiptAck
             * @augments chorus.v1.ReceiptAck.$Properties
             * @deprecated Use chorus.v1.ReceiptAck.$Properties instead.
             */

            /**
             * Shape of a ReceiptAck.
             * @typedef {chorus.v1.ReceiptAck.$Properties} chorus.v1.ReceiptAck.$Shape
             */

            /**
             * Constructs a new ReceiptAck.
             * @memberof chorus.v1
             * @classdesc Represents a ReceiptAck.
             * @constructor
             * @param {chorus.v1.ReceiptAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiptAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReceiptAck conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.ReceiptAck
             * @instance
             */
            ReceiptAck.prototype.conversationId = "";

            /**
             * ReceiptAck kind.
             * @member {chorus.v1.ReceiptKind} kind
             * @memberof chorus.v1.ReceiptAck
             * @instance
             */
            ReceiptAck.prototype.kind = 0;

            /**
             * ReceiptAck seq.
             * @member {number} seq
             * @memberof chorus.v1.ReceiptAck
             * @instance
             */
            ReceiptAck.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ReceiptAck instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ReceiptAck
             * @static
             * @param {chorus.v1.ReceiptAck.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ReceiptAck} ReceiptAck instance
             * @type {{
             *   (properties: chorus.v1.ReceiptAck.$Shape): chorus.v1.ReceiptAck & chorus.v1.ReceiptAck.$Shape;
             *   (properties?: chorus.v1.ReceiptAck.$Properties): chorus.v1.ReceiptAck;
             * }}
             */
            ReceiptAck.create = function(properties) {
                return new ReceiptAck(properties);
            };

            /**
             * Encodes the specified ReceiptAck message. Does not implicitly {@link chorus.v1.ReceiptAck.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ReceiptAck
             * @static
             * @param {chorus.v1.ReceiptAck.$Properties} message ReceiptAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiptAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiptAck message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ReceiptAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ReceiptAck & chorus.v1.ReceiptAck.$Shape} ReceiptAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiptAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ReceiptAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReceiptAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ReceiptAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ReceiptAck} ReceiptAck
             */
            ReceiptAck.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ReceiptAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ReceiptAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ReceiptAck();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.chorus.v1.ReceiptKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "RECEIPT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DELIVERED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "READ":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ReceiptAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ReceiptAck
             * @static
             * @param {chorus.v1.ReceiptAck} message ReceiptAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReceiptAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.kind = options.enums === $String ? "RECEIPT_KIND_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.chorus.v1.ReceiptKind[message.kind] === $undefined ? message.kind : $root.chorus.v1.ReceiptKind[message.kind] : message.kind;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this ReceiptAck to JSON.
             * @function toJSON
             * @memberof chorus.v1.ReceiptAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReceiptAck.prototype.toJSON = function() {
                return ReceiptAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReceiptAck
             * @function getTypeUrl
             * @memberof chorus.v1.ReceiptAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReceiptAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ReceiptAck";
            };

            return ReceiptAck;
        })();

        v1.EditMessage = (function() {

            /**
             * Properties of an EditMessage.
             * @typedef {Object} chorus.v1.EditMessage.$Properties
             * @property {string|null} [conversationId] EditMessage conversationId
             * @property {number|null} [seq] EditMessage seq
             * @property {string|null} [text] EditMessage text
             * @property {string|null} [clientId] EditMessage clientId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EditMessage.
             * @memberof chorus.v1
             * @interface IEditMessage
             * @augments chorus.v1.EditMessage.$Properties
             * @deprecated Use chorus.v1.EditMessage.$Properties instead.
             */

            /**
             * Shape of an EditMessage.
             * @typedef {chorus.v1.EditMessage.$Properties} chorus.v1.EditMessage.$Shape
             */

            /**
             * Constructs a new EditMessage.
             * @memberof chorus.v1
             * @classdesc Represents an EditMessage.
             * @constructor
             * @param {chorus.v1.EditMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EditMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EditMessage conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.EditMessage
             * @instance
             */
            EditMessage.prototype.conversationId = "";

            /**
             * EditMessage seq.
             * @member {number} seq
             * @memberof chorus.v1.EditMessage
             * @instance
             */
            EditMessage.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EditMessage text.
             * @member {string} text
             * @memberof chorus.v1.EditMessage
             * @instance
             */
            EditMessage.prototype.text = "";

            /**
             * EditMessage clientId.
             * @member {string} clientId
             * @memberof chorus.v1.EditMessage
             * @instance
             */
            EditMessage.prototype.clientId = "";

            /**
             * Creates a new EditMessage instance using the specified properties.
             * @function create
             * @memberof chorus.v1.EditMessage
             * @static
             * @param {chorus.v1.EditMessage.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.EditMessage} EditMessage instance
             * @type {{
             *   (properties: chorus.v1.EditMessage.$Shape): chorus.v1.EditMessage & chorus.v1.EditMessage.$Shape;
             *   (properties?: chorus.v1.EditMessage.$Properties): chorus.v1.EditMessage;
             * }}
             */
            EditMessage.create = function(properties) {
                return new EditMessage(properties);
            };

            /**
             * Encodes the specified EditMessage message. Does not implicitly {@link chorus.v1.EditMessage.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.EditMessage
             * @static
             * @param {chorus.v1.EditMessage.$Properties} message EditMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EditMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EditMessage message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.EditMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.EditMessage & chorus.v1.EditMessage.$Shape} EditMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EditMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.EditMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EditMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.EditMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.EditMessage} EditMessage
             */
            EditMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.EditMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.EditMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.EditMessage();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                return message;
            };

            /**
             * Creates a plain object from an EditMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.EditMessage
             * @static
             * @param {chorus.v1.EditMessage} message EditMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EditMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.text = "";
                    object.clientId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                return object;
            };

            /**
             * Converts this EditMessage to JSON.
             * @function toJSON
             * @memberof chorus.v1.EditMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EditMessage.prototype.toJSON = function() {
                return EditMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EditMessage
             * @function getTypeUrl
             * @memberof chorus.v1.EditMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EditMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.EditMessage";
            };

            return EditMessage;
        })();

        v1.DeleteMessage = (function() {

            /**
             * Properties of a DeleteMessage.
             * @typedef {Object} chorus.v1.DeleteMessage.$Properties
             * @property {string|null} [conversationId] DeleteMessage conversationId
             * @property {number|null} [seq] DeleteMessage seq
             * @property {string|null} [clientId] DeleteMessage clientId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteMessage.
             * @memberof chorus.v1
             * @interface IDeleteMessage
             * @augments chorus.v1.DeleteMessage.$Properties
             * @deprecated Use chorus.v1.DeleteMessage.$Properties instead.
             */

            /**
             * Shape of a DeleteMessage.
             * @typedef {chorus.v1.DeleteMessage.$Properties} chorus.v1.DeleteMessage.$Shape
             */

            /**
             * Constructs a new DeleteMessage.
             * @memberof chorus.v1
             * @classdesc Represents a DeleteMessage.
             * @constructor
             * @param {chorus.v1.DeleteMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteMessage conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.DeleteMessage
             * @instance
             */
            DeleteMessage.prototype.conversationId = "";

            /**
             * DeleteMessage seq.
             * @member {number} seq
             * @memberof chorus.v1.DeleteMessage
             * @instance
             */
            DeleteMessage.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeleteMessage clientId.
             * @member {string} clientId
             * @memberof chorus.v1.DeleteMessage
             * @instance
             */
            DeleteMessage.prototype.clientId = "";

            /**
             * Creates a new DeleteMessage instance using the specified properties.
             * @function create
             * @memberof chorus.v1.DeleteMessage
             * @static
             * @param {chorus.v1.DeleteMessage.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.DeleteMessage} DeleteMessage instance
             * @type {{
             *   (properties: chorus.v1.DeleteMessage.$Shape): chorus.v1.DeleteMessage & chorus.v1.DeleteMessage.$Shape;
             *   (properties?: chorus.v1.DeleteMessage.$Properties): chorus.v1.DeleteMessage;
             * }}
             */
            DeleteMessage.create = function(properties) {
                return new DeleteMessage(properties);
            };

            /**
             * Encodes the specified DeleteMessage message. Does not implicitly {@link chorus.v1.DeleteMessage.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.DeleteMessage
             * @static
             * @param {chorus.v1.DeleteMessage.$Properties} message DeleteMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteMessage message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.DeleteMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.DeleteMessage & chorus.v1.DeleteMessage.$Shape} DeleteMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.DeleteMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a DeleteMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.DeleteMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.DeleteMessage} DeleteMessage
             */
            DeleteMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.DeleteMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.DeleteMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.DeleteMessage();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                return message;
            };

            /**
             * Creates a plain object from a DeleteMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.DeleteMessage
             * @static
             * @param {chorus.v1.DeleteMessage} message DeleteMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clientId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                return object;
            };

            /**
             * Converts this DeleteMessage to JSON.
             * @function toJSON
             * @memberof chorus.v1.DeleteMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteMessage.prototype.toJSON = function() {
                return DeleteMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteMessage
             * @function getTypeUrl
             * @memberof chorus.v1.DeleteMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.DeleteMessage";
            };

            return DeleteMessage;
        })();

        v1.React = (function() {

            /**
             * Properties of a React.
             * @typedef {Object} chorus.v1.React.$Properties
             * @property {string|null} [conversationId] React conversationId
             * @property {number|null} [seq] React seq
             * @property {string|null} [emoji] React emoji
             * @property {boolean|null} [add] React add
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a React.
             * @memberof chorus.v1
             * @interface IReact
             * @augments chorus.v1.React.$Properties
             * @deprecated Use chorus.v1.React.$Properties instead.
             */

            /**
             * Shape of a React.
             * @typedef {chorus.v1.React.$Properties} chorus.v1.React.$Shape
             */

            /**
             * Constructs a new React.
             * @memberof chorus.v1
             * @classdesc Represents a React.
             * @constructor
             * @param {chorus.v1.React.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const React = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * React conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.React
             * @instance
             */
            React.prototype.conversationId = "";

            /**
             * React seq.
             * @member {number} seq
             * @memberof chorus.v1.React
             * @instance
             */
            React.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * React emoji.
             * @member {string} emoji
             * @memberof chorus.v1.React
             * @instance
             */
            React.prototype.emoji = "";

            /**
             * React add.
             * @member {boolean} add
             * @memberof chorus.v1.React
             * @instance
             */
            React.prototype.add = false;

            /**
             * Creates a new React instance using the specified properties.
             * @function create
             * @memberof chorus.v1.React
             * @static
             * @param {chorus.v1.React.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.React} React instance
             * @type {{
             *   (properties: chorus.v1.React.$Shape): chorus.v1.React & chorus.v1.React.$Shape;
             *   (properties?: chorus.v1.React.$Properties): chorus.v1.React;
             * }}
             */
            React.create = function(properties) {
                return new React(properties);
            };

            /**
             * Encodes the specified React message. Does not implicitly {@link chorus.v1.React.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.React
             * @static
             * @param {chorus.v1.React.$Properties} message React message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            React.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji") && message.emoji !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.emoji);
                if (message.add != null && $Object.hasOwnProperty.call(message, "add") && message.add !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.add);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a React message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.React
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.React & chorus.v1.React.$Shape} React
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            React.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.React();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.emoji = value;
                            else
                                delete message.emoji;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.add = value;
                            else
                                delete message.add;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a React message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.React
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.React} React
             */
            React.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.React)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.React: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.React();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.emoji != null)
                    if (typeof object.emoji !== "string" || object.emoji.length)
                        message.emoji = $String(object.emoji);
                if (object.add != null)
                    if (object.add)
                        message.add = $Boolean(object.add);
                return message;
            };

            /**
             * Creates a plain object from a React message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.React
             * @static
             * @param {chorus.v1.React} message React
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            React.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.emoji = "";
                    object.add = false;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    object.emoji = message.emoji;
                if (message.add != null && $Object.hasOwnProperty.call(message, "add"))
                    object.add = message.add;
                return object;
            };

            /**
             * Converts this React to JSON.
             * @function toJSON
             * @memberof chorus.v1.React
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            React.prototype.toJSON = function() {
                return React.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for React
             * @function getTypeUrl
             * @memberof chorus.v1.React
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            React.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.React";
            };

            return React;
        })();

        v1.ReactionAck = (function() {

            /**
             * Properties of a ReactionAck.
             * @typedef {Object} chorus.v1.ReactionAck.$Properties
             * @property {string|null} [conversationId] ReactionAck conversationId
             * @property {number|null} [seq] ReactionAck seq
             * @property {Array.<chorus.v1.ReactionCount.$Properties>|null} [reactions] ReactionAck reactions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReactionAck.
             * @memberof chorus.v1
             * @interface IReactionAck
             * @augments chorus.v1.ReactionAck.$Properties
             * @deprecated Use chorus.v1.ReactionAck.$Properties instead.
             */

            /**
             * Shape of a ReactionAck.
             * @typedef {chorus.v1.ReactionAck.$Properties} chorus.v1.ReactionAck.$Shape
             */

            /**
             * Constructs a new ReactionAck.
             * @memberof chorus.v1
             * @classdesc Represents a ReactionAck.
             * @constructor
             * @param {chorus.v1.ReactionAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReactionAck = function (properties) {
                this.reactions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReactionAck conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.ReactionAck
             * @instance
             */
            ReactionAck.prototype.conversationId = "";

            /**
             * ReactionAck seq.
             * @member {number} seq
             * @memberof chorus.v1.ReactionAck
             * @instance
             */
            ReactionAck.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReactionAck reactions.
             * @member {Array.<chorus.v1.ReactionCount.$Properties>} reactions
             * @memberof chorus.v1.ReactionAck
             * @instance
             */
            ReactionAck.prototype.reactions = $util.emptyArray;

            /**
             * Creates a new ReactionAck instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ReactionAck
             * @static
             * @param {chorus.v1.ReactionAck.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ReactionAck} ReactionAck instance
             * @type {{
             *   (properties: chorus.v1.ReactionAck.$Shape): chorus.v1.ReactionAck & chorus.v1.ReactionAck.$Shape;
             *   (properties?: chorus.v1.ReactionAck.$Properties): chorus.v1.ReactionAck;
             * }}
             */
            ReactionAck.create = function(properties) {
                return new ReactionAck(properties);
            };

            /**
             * Encodes the specified ReactionAck message. Does not implicitly {@link chorus.v1.ReactionAck.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ReactionAck
             * @static
             * @param {chorus.v1.ReactionAck.$Properties} message ReactionAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReactionAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.reactions != null && message.reactions.length)
                    for (let i = 0; i < message.reactions.length; ++i)
                        $root.chorus.v1.ReactionCount.encode(message.reactions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReactionAck message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ReactionAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ReactionAck & chorus.v1.ReactionAck.$Shape} ReactionAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReactionAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ReactionAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reactions && message.reactions.length))
                                message.reactions = [];
                            message.reactions.push($root.chorus.v1.ReactionCount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReactionAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ReactionAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ReactionAck} ReactionAck
             */
            ReactionAck.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ReactionAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ReactionAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ReactionAck();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.reactions) {
                    if (!$Array.isArray(object.reactions))
                        throw $TypeError(".chorus.v1.ReactionAck.reactions: array expected");
                    message.reactions = $Array(object.reactions.length);
                    for (let i = 0; i < object.reactions.length; ++i) {
                        if (!$util.isObject(object.reactions[i]))
                            throw $TypeError(".chorus.v1.ReactionAck.reactions: object expected");
                        message.reactions[i] = $root.chorus.v1.ReactionCount.fromObject(object.reactions[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ReactionAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ReactionAck
             * @static
             * @param {chorus.v1.ReactionAck} message ReactionAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReactionAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.reactions = [];
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.reactions && message.reactions.length) {
                    object.reactions = $Array(message.reactions.length);
                    for (let j = 0; j < message.reactions.length; ++j)
                        object.reactions[j] = $root.chorus.v1.ReactionCount.toObject(message.reactions[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ReactionAck to JSON.
             * @function toJSON
             * @memberof chorus.v1.ReactionAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReactionAck.prototype.toJSON = function() {
                return ReactionAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReactionAck
             * @function getTypeUrl
             * @memberof chorus.v1.ReactionAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReactionAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ReactionAck";
            };

            return ReactionAck;
        })();

        v1.ReactionEvent = (function() {

            /**
             * Properties of a ReactionEvent.
             * @typedef {Object} chorus.v1.ReactionEvent.$Properties
             * @property {string|null} [conversationId] ReactionEvent conversationId
             * @property {number|null} [seq] ReactionEvent seq
             * @property {string|null} [userId] ReactionEvent userId
             * @property {string|null} [emoji] ReactionEvent emoji
             * @property {boolean|null} [add] ReactionEvent add
             * @property {Array.<chorus.v1.ReactionCount.$Properties>|null} [reactions] ReactionEvent reactions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReactionEvent.
             * @memberof chorus.v1
             * @interface IReactionEvent
             * @augments chorus.v1.ReactionEvent.$Properties
             * @deprecated Use chorus.v1.ReactionEvent.$Properties instead.
             */

            /**
             * Shape of a ReactionEvent.
             * @typedef {chorus.v1.ReactionEvent.$Properties} chorus.v1.ReactionEvent.$Shape
             */

            /**
             * Constructs a new ReactionEvent.
             * @memberof chorus.v1
             * @classdesc Represents a ReactionEvent.
             * @constructor
             * @param {chorus.v1.ReactionEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReactionEvent = function (properties) {
                this.reactions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReactionEvent conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.ReactionEvent
             * @instance
             */
            ReactionEvent.prototype.conversationId = "";

            /**
             * ReactionEvent seq.
             * @member {number} seq
             * @memberof chorus.v1.ReactionEvent
             * @instance
             */
            ReactionEvent.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReactionEvent userId.
             * @member {string} userId
             * @memberof chorus.v1.ReactionEvent
             * @instance
             */
            ReactionEvent.prototype.userId = "";

            /**
             * ReactionEvent emoji.
             * @member {string} emoji
             * @memberof chorus.v1.ReactionEvent
             * @instance
             */
            ReactionEvent.prototype.emoji = "";

            /**
             * ReactionEvent add.
             * @member {boolean} add
             * @memberof chorus.v1.ReactionEvent
             * @instance
             */
            ReactionEvent.prototype.add = false;

            /**
             * ReactionEvent reactions.
             * @member {Array.<chorus.v1.ReactionCount.$Properties>} reactions
             * @memberof chorus.v1.ReactionEvent
             * @instance
             */
            ReactionEvent.prototype.reactions = $util.emptyArray;

            /**
             * Creates a new ReactionEvent instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ReactionEvent
             * @static
             * @param {chorus.v1.ReactionEvent.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ReactionEvent} ReactionEvent instance
             * @type {{
             *   (properties: chorus.v1.ReactionEvent.$Shape): chorus.v1.ReactionEvent & chorus.v1.ReactionEvent.$Shape;
             *   (properties?: chorus.v1.ReactionEvent.$Properties): chorus.v1.ReactionEvent;
             * }}
             */
            ReactionEvent.create = function(properties) {
                return new ReactionEvent(properties);
            };

            /**
             * Encodes the specified ReactionEvent message. Does not implicitly {@link chorus.v1.ReactionEvent.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ReactionEvent
             * @static
             * @param {chorus.v1.ReactionEvent.$Properties} message ReactionEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReactionEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji") && message.emoji !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.emoji);
                if (message.add != null && $Object.hasOwnProperty.call(message, "add") && message.add !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.add);
                if (message.reactions != null && message.reactions.length)
                    for (let i = 0; i < message.reactions.length; ++i)
                        $root.chorus.v1.ReactionCount.encode(message.reactions[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReactionEvent message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ReactionEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ReactionEvent & chorus.v1.ReactionEvent.$Shape} ReactionEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReactionEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ReactionEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.emoji = value;
                            else
                                delete message.emoji;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.add = value;
                            else
                                delete message.add;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reactions && message.reactions.length))
                                message.reactions = [];
                            message.reactions.push($root.chorus.v1.ReactionCount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReactionEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ReactionEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ReactionEvent} ReactionEvent
             */
            ReactionEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ReactionEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ReactionEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ReactionEvent();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.emoji != null)
                    if (typeof object.emoji !== "string" || object.emoji.length)
                        message.emoji = $String(object.emoji);
                if (object.add != null)
                    if (object.add)
                        message.add = $Boolean(object.add);
                if (object.reactions) {
                    if (!$Array.isArray(object.reactions))
                        throw $TypeError(".chorus.v1.ReactionEvent.reactions: array expected");
                    message.reactions = $Array(object.reactions.length);
                    for (let i = 0; i < object.reactions.length; ++i) {
                        if (!$util.isObject(object.reactions[i]))
                            throw $TypeError(".chorus.v1.ReactionEvent.reactions: object expected");
                        message.reactions[i] = $root.chorus.v1.ReactionCount.fromObject(object.reactions[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ReactionEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ReactionEvent
             * @static
             * @param {chorus.v1.ReactionEvent} message ReactionEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReactionEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.reactions = [];
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.userId = "";
                    object.emoji = "";
                    object.add = false;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    object.emoji = message.emoji;
                if (message.add != null && $Object.hasOwnProperty.call(message, "add"))
                    object.add = message.add;
                if (message.reactions && message.reactions.length) {
                    object.reactions = $Array(message.reactions.length);
                    for (let j = 0; j < message.reactions.length; ++j)
                        object.reactions[j] = $root.chorus.v1.ReactionCount.toObject(message.reactions[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ReactionEvent to JSON.
             * @function toJSON
             * @memberof chorus.v1.ReactionEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReactionEvent.prototype.toJSON = function() {
                return ReactionEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReactionEvent
             * @function getTypeUrl
             * @memberof chorus.v1.ReactionEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReactionEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ReactionEvent";
            };

            return ReactionEvent;
        })();

        v1.Typing = (function() {

            /**
             * Properties of a Typing.
             * @typedef {Object} chorus.v1.Typing.$Properties
             * @property {string|null} [conversationId] Typing conversationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Typing.
             * @memberof chorus.v1
             * @interface ITyping
             * @augments chorus.v1.Typing.$Properties
             * @deprecated Use chorus.v1.Typing.$Properties instead.
             */

            /**
             * Shape of a Typing.
             * @typedef {chorus.v1.Typing.$Properties} chorus.v1.Typing.$Shape
             */

            /**
             * Constructs a new Typing.
             * @memberof chorus.v1
             * @classdesc Represents a Typing.
             * @constructor
             * @param {chorus.v1.Typing.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Typing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Typing conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.Typing
             * @instance
             */
            Typing.prototype.conversationId = "";

            /**
             * Creates a new Typing instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Typing
             * @static
             * @param {chorus.v1.Typing.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Typing} Typing instance
             * @type {{
             *   (properties: chorus.v1.Typing.$Shape): chorus.v1.Typing & chorus.v1.Typing.$Shape;
             *   (properties?: chorus.v1.Typing.$Properties): chorus.v1.Typing;
             * }}
             */
            Typing.create = function(properties) {
                return new Typing(properties);
            };

            /**
             * Encodes the specified Typing message. Does not implicitly {@link chorus.v1.Typing.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Typing
             * @static
             * @param {chorus.v1.Typing.$Properties} message Typing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Typing & chorus.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Typing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Typing
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Typing} Typing
             */
            Typing.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Typing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Typing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Typing();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                return message;
            };

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Typing
             * @static
             * @param {chorus.v1.Typing} message Typing
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Typing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.conversationId = "";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                return object;
            };

            /**
             * Converts this Typing to JSON.
             * @function toJSON
             * @memberof chorus.v1.Typing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Typing.prototype.toJSON = function() {
                return Typing.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Typing
             * @function getTypeUrl
             * @memberof chorus.v1.Typing
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Typing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Typing";
            };

            return Typing;
        })();

        v1.TypingEvent = (function() {

            /**
             * Properties of a TypingEvent.
             * @typedef {Object} chorus.v1.TypingEvent.$Properties
             * @property {string|null} [conversationId] TypingEvent conversationId
             * @property {string|null} [userId] TypingEvent userId
             * @property {number|null} [expiresInMs] TypingEvent expiresInMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TypingEvent.
             * @memberof chorus.v1
             * @interface ITypingEvent
             * @augments chorus.v1.TypingEvent.$Properties
             * @deprecated Use chorus.v1.TypingEvent.$Properties instead.
             */

            /**
             * Shape of a TypingEvent.
             * @typedef {chorus.v1.TypingEvent.$Properties} chorus.v1.TypingEvent.$Shape
             */

            /**
             * Constructs a new TypingEvent.
             * @memberof chorus.v1
             * @classdesc Represents a TypingEvent.
             * @constructor
             * @param {chorus.v1.TypingEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TypingEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TypingEvent conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.conversationId = "";

            /**
             * TypingEvent userId.
             * @member {string} userId
             * @memberof chorus.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.userId = "";

            /**
             * TypingEvent expiresInMs.
             * @member {number} expiresInMs
             * @memberof chorus.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.expiresInMs = 0;

            /**
             * Creates a new TypingEvent instance using the specified properties.
             * @function create
             * @memberof chorus.v1.TypingEvent
             * @static
             * @param {chorus.v1.TypingEvent.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.TypingEvent} TypingEvent instance
             * @type {{
             *   (properties: chorus.v1.TypingEvent.$Shape): chorus.v1.TypingEvent & chorus.v1.TypingEvent.$Shape;
             *   (properties?: chorus.v1.TypingEvent.$Properties): chorus.v1.TypingEvent;
             * }}
             */
            TypingEvent.create = function(properties) {
                return new TypingEvent(properties);
            };

            /**
             * Encodes the specified TypingEvent message. Does not implicitly {@link chorus.v1.TypingEvent.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.TypingEvent
             * @static
             * @param {chorus.v1.TypingEvent.$Properties} message TypingEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TypingEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.expiresInMs != null && $Object.hasOwnProperty.call(message, "expiresInMs") && message.expiresInMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.expiresInMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TypingEvent message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.TypingEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.TypingEvent & chorus.v1.TypingEvent.$Shape} TypingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TypingEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.TypingEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.expiresInMs = value;
                            else
                                delete message.expiresInMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TypingEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.TypingEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.TypingEvent} TypingEvent
             */
            TypingEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.TypingEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.TypingEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.TypingEvent();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.expiresInMs != null)
                    if ($Number(object.expiresInMs) !== 0)
                        message.expiresInMs = object.expiresInMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TypingEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.TypingEvent
             * @static
             * @param {chorus.v1.TypingEvent} message TypingEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TypingEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.userId = "";
                    object.expiresInMs = 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.expiresInMs != null && $Object.hasOwnProperty.call(message, "expiresInMs"))
                    object.expiresInMs = message.expiresInMs;
                return object;
            };

            /**
             * Converts this TypingEvent to JSON.
             * @function toJSON
             * @memberof chorus.v1.TypingEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TypingEvent.prototype.toJSON = function() {
                return TypingEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TypingEvent
             * @function getTypeUrl
             * @memberof chorus.v1.TypingEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TypingEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.TypingEvent";
            };

            return TypingEvent;
        })();

        v1.SubscribePresence = (function() {

            /**
             * Properties of a SubscribePresence.
             * @typedef {Object} chorus.v1.SubscribePresence.$Properties
             * @property {Array.<string>|null} [conversationIds] SubscribePresence conversationIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribePresence.
             * @memberof chorus.v1
             * @interface ISubscribePresence
             * @augments chorus.v1.SubscribePresence.$Properties
             * @deprecated Use chorus.v1.SubscribePresence.$Properties instead.
             */

            /**
             * Shape of a SubscribePresence.
             * @typedef {chorus.v1.SubscribePresence.$Properties} chorus.v1.SubscribePresence.$Shape
             */

            /**
             * Constructs a new SubscribePresence.
             * @memberof chorus.v1
             * @classdesc Represents a SubscribePresence.
             * @constructor
             * @param {chorus.v1.SubscribePresence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscribePresence = function (properties) {
                this.conversationIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubscribePresence conversationIds.
             * @member {Array.<string>} conversationIds
             * @memberof chorus.v1.SubscribePresence
             * @instance
             */
            SubscribePresence.prototype.conversationIds = $util.emptyArray;

            /**
             * Creates a new SubscribePresence instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SubscribePresence
             * @static
             * @param {chorus.v1.SubscribePresence.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SubscribePresence} SubscribePresence instance
             * @type {{
             *   (properties: chorus.v1.SubscribePresence.$Shape): chorus.v1.SubscribePresence & chorus.v1.SubscribePresence.$Shape;
             *   (properties?: chorus.v1.SubscribePresence.$Properties): chorus.v1.SubscribePresence;
             * }}
             */
            SubscribePresence.create = function(properties) {
                return new SubscribePresence(properties);
            };

            /**
             * Encodes the specified SubscribePresence message. Does not implicitly {@link chorus.v1.SubscribePresence.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SubscribePresence
             * @static
             * @param {chorus.v1.SubscribePresence.$Properties} message SubscribePresence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribePresence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationIds != null && message.conversationIds.length)
                    for (let i = 0; i < message.conversationIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubscribePresence message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SubscribePresence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SubscribePresence & chorus.v1.SubscribePresence.$Shape} SubscribePresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribePresence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SubscribePresence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conversationIds && message.conversationIds.length))
                                message.conversationIds = [];
                            message.conversationIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SubscribePresence message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SubscribePresence
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SubscribePresence} SubscribePresence
             */
            SubscribePresence.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SubscribePresence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SubscribePresence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SubscribePresence();
                if (object.conversationIds) {
                    if (!$Array.isArray(object.conversationIds))
                        throw $TypeError(".chorus.v1.SubscribePresence.conversationIds: array expected");
                    message.conversationIds = $Array(object.conversationIds.length);
                    for (let i = 0; i < object.conversationIds.length; ++i)
                        message.conversationIds[i] = $String(object.conversationIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubscribePresence message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SubscribePresence
             * @static
             * @param {chorus.v1.SubscribePresence} message SubscribePresence
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscribePresence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.conversationIds = [];
                if (message.conversationIds && message.conversationIds.length) {
                    object.conversationIds = $Array(message.conversationIds.length);
                    for (let j = 0; j < message.conversationIds.length; ++j)
                        object.conversationIds[j] = message.conversationIds[j];
                }
                return object;
            };

            /**
             * Converts this SubscribePresence to JSON.
             * @function toJSON
             * @memberof chorus.v1.SubscribePresence
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscribePresence.prototype.toJSON = function() {
                return SubscribePresence.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubscribePresence
             * @function getTypeUrl
             * @memberof chorus.v1.SubscribePresence
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscribePresence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SubscribePresence";
            };

            return SubscribePresence;
        })();

        v1.Presence = (function() {

            /**
             * Properties of a Presence.
             * @typedef {Object} chorus.v1.Presence.$Properties
             * @property {string|null} [userId] Presence userId
             * @property {boolean|null} [online] Presence online
             * @property {number|null} [lastSeenMs] Presence lastSeenMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Presence.
             * @memberof chorus.v1
             * @interface IPresence
             * @augments chorus.v1.Presence.$Properties
             * @deprecated Use chorus.v1.Presence.$Properties instead.
             */

            /**
             * Shape of a Presence.
             * @typedef {chorus.v1.Presence.$Properties} chorus.v1.Presence.$Shape
             */

            /**
             * Constructs a new Presence.
             * @memberof chorus.v1
             * @classdesc Represents a Presence.
             * @constructor
             * @param {chorus.v1.Presence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Presence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Presence userId.
             * @member {string} userId
             * @memberof chorus.v1.Presence
             * @instance
             */
            Presence.prototype.userId = "";

            /**
             * Presence online.
             * @member {boolean} online
             * @memberof chorus.v1.Presence
             * @instance
             */
            Presence.prototype.online = false;

            /**
             * Presence lastSeenMs.
             * @member {number} lastSeenMs
             * @memberof chorus.v1.Presence
             * @instance
             */
            Presence.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Presence instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Presence
             * @static
             * @param {chorus.v1.Presence.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Presence} Presence instance
             * @type {{
             *   (properties: chorus.v1.Presence.$Shape): chorus.v1.Presence & chorus.v1.Presence.$Shape;
             *   (properties?: chorus.v1.Presence.$Properties): chorus.v1.Presence;
             * }}
             */
            Presence.create = function(properties) {
                return new Presence(properties);
            };

            /**
             * Encodes the specified Presence message. Does not implicitly {@link chorus.v1.Presence.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Presence
             * @static
             * @param {chorus.v1.Presence.$Properties} message Presence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Presence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.online);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.lastSeenMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Presence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Presence & chorus.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Presence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Presence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Presence message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Presence
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Presence} Presence
             */
            Presence.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Presence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Presence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Presence();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.online != null)
                    if (object.online)
                        message.online = $Boolean(object.online);
                if (object.lastSeenMs != null)
                    if (typeof object.lastSeenMs === "object" ? object.lastSeenMs.low || object.lastSeenMs.high : $Number(object.lastSeenMs) !== 0)
                        if ($util.Long)
                            message.lastSeenMs = $util.Long.fromValue(object.lastSeenMs, false);
                        else if (typeof object.lastSeenMs === "string")
                            message.lastSeenMs = $parseInt(object.lastSeenMs, 10);
                        else if (typeof object.lastSeenMs === "number")
                            message.lastSeenMs = object.lastSeenMs;
                        else if (typeof object.lastSeenMs === "object")
                            message.lastSeenMs = new $util.LongBits(object.lastSeenMs.low >>> 0, object.lastSeenMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Presence message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Presence
             * @static
             * @param {chorus.v1.Presence} message Presence
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Presence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.online = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    object.online = message.online;
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeenMs = typeof message.lastSeenMs === "number" ? $BigInt(message.lastSeenMs) : $util.Long.fromBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeenMs === "number")
                        object.lastSeenMs = options.longs === $String ? $String(message.lastSeenMs) : message.lastSeenMs;
                    else
                        object.lastSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenMs) : options.longs === $Number ? new $util.LongBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0).toNumber() : message.lastSeenMs;
                return object;
            };

            /**
             * Converts this Presence to JSON.
             * @function toJSON
             * @memberof chorus.v1.Presence
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Presence.prototype.toJSON = function() {
                return Presence.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Presence
             * @function getTypeUrl
             * @memberof chorus.v1.Presence
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Presence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Presence";
            };

            return Presence;
        })();

        v1.PresenceSnapshot = (function() {

            /**
             * Properties of a PresenceSnapshot.
             * @typedef {Object} chorus.v1.PresenceSnapshot.$Properties
             * @property {Array.<chorus.v1.Presence.$Properties>|null} [users] PresenceSnapshot users
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresenceSnapshot.
             * @memberof chorus.v1
             * @interface IPresenceSnapshot
             * @augments chorus.v1.PresenceSnapshot.$Properties
             * @deprecated Use chorus.v1.PresenceSnapshot.$Properties instead.
             */

            /**
             * Shape of a PresenceSnapshot.
             * @typedef {chorus.v1.PresenceSnapshot.$Properties} chorus.v1.PresenceSnapshot.$Shape
             */

            /**
             * Constructs a new PresenceSnapshot.
             * @memberof chorus.v1
             * @classdesc Represents a PresenceSnapshot.
             * @constructor
             * @param {chorus.v1.PresenceSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresenceSnapshot = function (properties) {
                this.users = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresenceSnapshot users.
             * @member {Array.<chorus.v1.Presence.$Properties>} users
             * @memberof chorus.v1.PresenceSnapshot
             * @instance
             */
            PresenceSnapshot.prototype.users = $util.emptyArray;

            /**
             * Creates a new PresenceSnapshot instance using the specified properties.
             * @function create
             * @memberof chorus.v1.PresenceSnapshot
             * @static
             * @param {chorus.v1.PresenceSnapshot.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.PresenceSnapshot} PresenceSnapshot instance
             * @type {{
             *   (properties: chorus.v1.PresenceSnapshot.$Shape): chorus.v1.PresenceSnapshot & chorus.v1.PresenceSnapshot.$Shape;
             *   (properties?: chorus.v1.PresenceSnapshot.$Properties): chorus.v1.PresenceSnapshot;
             * }}
             */
            PresenceSnapshot.create = function(properties) {
                return new PresenceSnapshot(properties);
            };

            /**
             * Encodes the specified PresenceSnapshot message. Does not implicitly {@link chorus.v1.PresenceSnapshot.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.PresenceSnapshot
             * @static
             * @param {chorus.v1.PresenceSnapshot.$Properties} message PresenceSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresenceSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.users != null && message.users.length)
                    for (let i = 0; i < message.users.length; ++i)
                        $root.chorus.v1.Presence.encode(message.users[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresenceSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.PresenceSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.PresenceSnapshot & chorus.v1.PresenceSnapshot.$Shape} PresenceSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresenceSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.PresenceSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.users && message.users.length))
                                message.users = [];
                            message.users.push($root.chorus.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PresenceSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.PresenceSnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.PresenceSnapshot} PresenceSnapshot
             */
            PresenceSnapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.PresenceSnapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.PresenceSnapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.PresenceSnapshot();
                if (object.users) {
                    if (!$Array.isArray(object.users))
                        throw $TypeError(".chorus.v1.PresenceSnapshot.users: array expected");
                    message.users = $Array(object.users.length);
                    for (let i = 0; i < object.users.length; ++i) {
                        if (!$util.isObject(object.users[i]))
                            throw $TypeError(".chorus.v1.PresenceSnapshot.users: object expected");
                        message.users[i] = $root.chorus.v1.Presence.fromObject(object.users[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PresenceSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.PresenceSnapshot
             * @static
             * @param {chorus.v1.PresenceSnapshot} message PresenceSnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PresenceSnapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.users = [];
                if (message.users && message.users.length) {
                    object.users = $Array(message.users.length);
                    for (let j = 0; j < message.users.length; ++j)
                        object.users[j] = $root.chorus.v1.Presence.toObject(message.users[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PresenceSnapshot to JSON.
             * @function toJSON
             * @memberof chorus.v1.PresenceSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PresenceSnapshot.prototype.toJSON = function() {
                return PresenceSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PresenceSnapshot
             * @function getTypeUrl
             * @memberof chorus.v1.PresenceSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PresenceSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.PresenceSnapshot";
            };

            return PresenceSnapshot;
        })();

        v1.LookupUsers = (function() {

            /**
             * Properties of a LookupUsers.
             * @typedef {Object} chorus.v1.LookupUsers.$Properties
             * @property {Array.<string>|null} [userIds] LookupUsers userIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupUsers.
             * @memberof chorus.v1
             * @interface ILookupUsers
             * @augments chorus.v1.LookupUsers.$Properties
             * @deprecated Use chorus.v1.LookupUsers.$Properties instead.
             */

            /**
             * Shape of a LookupUsers.
             * @typedef {chorus.v1.LookupUsers.$Properties} chorus.v1.LookupUsers.$Shape
             */

            /**
             * Constructs a new LookupUsers.
             * @memberof chorus.v1
             * @classdesc Represents a LookupUsers.
             * @constructor
             * @param {chorus.v1.LookupUsers.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LookupUsers = function (properties) {
                this.userIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LookupUsers userIds.
             * @member {Array.<string>} userIds
             * @memberof chorus.v1.LookupUsers
             * @instance
             */
            LookupUsers.prototype.userIds = $util.emptyArray;

            /**
             * Creates a new LookupUsers instance using the specified properties.
             * @function create
             * @memberof chorus.v1.LookupUsers
             * @static
             * @param {chorus.v1.LookupUsers.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.LookupUsers} LookupUsers instance
             * @type {{
             *   (properties: chorus.v1.LookupUsers.$Shape): chorus.v1.LookupUsers & chorus.v1.LookupUsers.$Shape;
             *   (properties?: chorus.v1.LookupUsers.$Properties): chorus.v1.LookupUsers;
             * }}
             */
            LookupUsers.create = function(properties) {
                return new LookupUsers(properties);
            };

            /**
             * Encodes the specified LookupUsers message. Does not implicitly {@link chorus.v1.LookupUsers.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.LookupUsers
             * @static
             * @param {chorus.v1.LookupUsers.$Properties} message LookupUsers message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupUsers.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userIds != null && message.userIds.length)
                    for (let i = 0; i < message.userIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LookupUsers message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.LookupUsers
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.LookupUsers & chorus.v1.LookupUsers.$Shape} LookupUsers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupUsers.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.LookupUsers();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.userIds && message.userIds.length))
                                message.userIds = [];
                            message.userIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LookupUsers message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.LookupUsers
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.LookupUsers} LookupUsers
             */
            LookupUsers.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.LookupUsers)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.LookupUsers: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.LookupUsers();
                if (object.userIds) {
                    if (!$Array.isArray(object.userIds))
                        throw $TypeError(".chorus.v1.LookupUsers.userIds: array expected");
                    message.userIds = $Array(object.userIds.length);
                    for (let i = 0; i < object.userIds.length; ++i)
                        message.userIds[i] = $String(object.userIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a LookupUsers message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.LookupUsers
             * @static
             * @param {chorus.v1.LookupUsers} message LookupUsers
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupUsers.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.userIds = [];
                if (message.userIds && message.userIds.length) {
                    object.userIds = $Array(message.userIds.length);
                    for (let j = 0; j < message.userIds.length; ++j)
                        object.userIds[j] = message.userIds[j];
                }
                return object;
            };

            /**
             * Converts this LookupUsers to JSON.
             * @function toJSON
             * @memberof chorus.v1.LookupUsers
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupUsers.prototype.toJSON = function() {
                return LookupUsers.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LookupUsers
             * @function getTypeUrl
             * @memberof chorus.v1.LookupUsers
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupUsers.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.LookupUsers";
            };

            return LookupUsers;
        })();

        v1.UserLookup = (function() {

            /**
             * Properties of a UserLookup.
             * @typedef {Object} chorus.v1.UserLookup.$Properties
             * @property {Array.<string>|null} [known] UserLookup known
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserLookup.
             * @memberof chorus.v1
             * @interface IUserLookup
             * @augments chorus.v1.UserLookup.$Properties
             * @deprecated Use chorus.v1.UserLookup.$Properties instead.
             */

            /**
             * Shape of a UserLookup.
             * @typedef {chorus.v1.UserLookup.$Properties} chorus.v1.UserLookup.$Shape
             */

            /**
             * Constructs a new UserLookup.
             * @memberof chorus.v1
             * @classdesc Represents a UserLookup.
             * @constructor
             * @param {chorus.v1.UserLookup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserLookup = function (properties) {
                this.known = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserLookup known.
             * @member {Array.<string>} known
             * @memberof chorus.v1.UserLookup
             * @instance
             */
            UserLookup.prototype.known = $util.emptyArray;

            /**
             * Creates a new UserLookup instance using the specified properties.
             * @function create
             * @memberof chorus.v1.UserLookup
             * @static
             * @param {chorus.v1.UserLookup.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.UserLookup} UserLookup instance
             * @type {{
             *   (properties: chorus.v1.UserLookup.$Shape): chorus.v1.UserLookup & chorus.v1.UserLookup.$Shape;
             *   (properties?: chorus.v1.UserLookup.$Properties): chorus.v1.UserLookup;
             * }}
             */
            UserLookup.create = function(properties) {
                return new UserLookup(properties);
            };

            /**
             * Encodes the specified UserLookup message. Does not implicitly {@link chorus.v1.UserLookup.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.UserLookup
             * @static
             * @param {chorus.v1.UserLookup.$Properties} message UserLookup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserLookup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.known != null && message.known.length)
                    for (let i = 0; i < message.known.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.known[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UserLookup message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.UserLookup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.UserLookup & chorus.v1.UserLookup.$Shape} UserLookup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserLookup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.UserLookup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.known && message.known.length))
                                message.known = [];
                            message.known.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a UserLookup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.UserLookup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.UserLookup} UserLookup
             */
            UserLookup.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.UserLookup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.UserLookup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.UserLookup();
                if (object.known) {
                    if (!$Array.isArray(object.known))
                        throw $TypeError(".chorus.v1.UserLookup.known: array expected");
                    message.known = $Array(object.known.length);
                    for (let i = 0; i < object.known.length; ++i)
                        message.known[i] = $String(object.known[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a UserLookup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.UserLookup
             * @static
             * @param {chorus.v1.UserLookup} message UserLookup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserLookup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.known = [];
                if (message.known && message.known.length) {
                    object.known = $Array(message.known.length);
                    for (let j = 0; j < message.known.length; ++j)
                        object.known[j] = message.known[j];
                }
                return object;
            };

            /**
             * Converts this UserLookup to JSON.
             * @function toJSON
             * @memberof chorus.v1.UserLookup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserLookup.prototype.toJSON = function() {
                return UserLookup.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserLookup
             * @function getTypeUrl
             * @memberof chorus.v1.UserLookup
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserLookup.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.UserLookup";
            };

            return UserLookup;
        })();

        v1.ReceiptUpdate = (function() {

            /**
             * Properties of a ReceiptUpdate.
             * @typedef {Object} chorus.v1.ReceiptUpdate.$Properties
             * @property {string|null} [conversationId] ReceiptUpdate conversationId
             * @property {string|null} [userId] ReceiptUpdate userId
             * @property {chorus.v1.ReceiptKind|null} [kind] ReceiptUpdate kind
             * @property {number|null} [seq] ReceiptUpdate seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiptUpdate.
             * @memberof chorus.v1
             * @interface IReceiptUpdate
             * @augments chorus.v1.ReceiptUpdate.$Properties
             * @deprecated Use chorus.v1.ReceiptUpdate.$Properties instead.
             */

            /**
             * Shape of a ReceiptUpdate.
             * @typedef {chorus.v1.ReceiptUpdate.$Properties} chorus.v1.ReceiptUpdate.$Shape
             */

            /**
             * Constructs a new ReceiptUpdate.
             * @memberof chorus.v1
             * @classdesc Represents a ReceiptUpdate.
             * @constructor
             * @param {chorus.v1.ReceiptUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiptUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReceiptUpdate conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.ReceiptUpdate
             * @instance
             */
            ReceiptUpdate.prototype.conversationId = "";

            /**
             * ReceiptUpdate userId.
             * @member {string} userId
             * @memberof chorus.v1.ReceiptUpdate
             * @instance
             */
            ReceiptUpdate.prototype.userId = "";

            /**
             * ReceiptUpdate kind.
             * @member {chorus.v1.ReceiptKind} kind
             * @memberof chorus.v1.ReceiptUpdate
             * @instance
             */
            ReceiptUpdate.prototype.kind = 0;

            /**
             * ReceiptUpdate seq.
             * @member {number} seq
             * @memberof chorus.v1.ReceiptUpdate
             * @instance
             */
            ReceiptUpdate.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ReceiptUpdate instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ReceiptUpdate
             * @static
             * @param {chorus.v1.ReceiptUpdate.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ReceiptUpdate} ReceiptUpdate instance
             * @type {{
             *   (properties: chorus.v1.ReceiptUpdate.$Shape): chorus.v1.ReceiptUpdate & chorus.v1.ReceiptUpdate.$Shape;
             *   (properties?: chorus.v1.ReceiptUpdate.$Properties): chorus.v1.ReceiptUpdate;
             * }}
             */
            ReceiptUpdate.create = function(properties) {
                return new ReceiptUpdate(properties);
            };

            /**
             * Encodes the specified ReceiptUpdate message. Does not implicitly {@link chorus.v1.ReceiptUpdate.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ReceiptUpdate
             * @static
             * @param {chorus.v1.ReceiptUpdate.$Properties} message ReceiptUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiptUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiptUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ReceiptUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ReceiptUpdate & chorus.v1.ReceiptUpdate.$Shape} ReceiptUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiptUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ReceiptUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReceiptUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ReceiptUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ReceiptUpdate} ReceiptUpdate
             */
            ReceiptUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ReceiptUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ReceiptUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ReceiptUpdate();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.chorus.v1.ReceiptKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "RECEIPT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DELIVERED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "READ":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ReceiptUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ReceiptUpdate
             * @static
             * @param {chorus.v1.ReceiptUpdate} message ReceiptUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReceiptUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.userId = "";
                    object.kind = options.enums === $String ? "RECEIPT_KIND_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.chorus.v1.ReceiptKind[message.kind] === $undefined ? message.kind : $root.chorus.v1.ReceiptKind[message.kind] : message.kind;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this ReceiptUpdate to JSON.
             * @function toJSON
             * @memberof chorus.v1.ReceiptUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReceiptUpdate.prototype.toJSON = function() {
                return ReceiptUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReceiptUpdate
             * @function getTypeUrl
             * @memberof chorus.v1.ReceiptUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReceiptUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ReceiptUpdate";
            };

            return ReceiptUpdate;
        })();

        v1.ReceiptsRequest = (function() {

            /**
             * Properties of a ReceiptsRequest.
             * @typedef {Object} chorus.v1.ReceiptsRequest.$Properties
             * @property {string|null} [conversationId] ReceiptsRequest conversationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiptsRequest.
             * @memberof chorus.v1
             * @interface IReceiptsRequest
             * @augments chorus.v1.ReceiptsRequest.$Properties
             * @deprecated Use chorus.v1.ReceiptsRequest.$Properties instead.
             */

            /**
             * Shape of a ReceiptsRequest.
             * @typedef {chorus.v1.ReceiptsRequest.$Properties} chorus.v1.ReceiptsRequest.$Shape
             */

            /**
             * Constructs a new ReceiptsRequest.
             * @memberof chorus.v1
             * @classdesc Represents a ReceiptsRequest.
             * @constructor
             * @param {chorus.v1.ReceiptsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiptsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReceiptsRequest conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.ReceiptsRequest
             * @instance
             */
            ReceiptsRequest.prototype.conversationId = "";

            /**
             * Creates a new ReceiptsRequest instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ReceiptsRequest
             * @static
             * @param {chorus.v1.ReceiptsRequest.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ReceiptsRequest} ReceiptsRequest instance
             * @type {{
             *   (properties: chorus.v1.ReceiptsRequest.$Shape): chorus.v1.ReceiptsRequest & chorus.v1.ReceiptsRequest.$Shape;
             *   (properties?: chorus.v1.ReceiptsRequest.$Properties): chorus.v1.ReceiptsRequest;
             * }}
             */
            ReceiptsRequest.create = function(properties) {
                return new ReceiptsRequest(properties);
            };

            /**
             * Encodes the specified ReceiptsRequest message. Does not implicitly {@link chorus.v1.ReceiptsRequest.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ReceiptsRequest
             * @static
             * @param {chorus.v1.ReceiptsRequest.$Properties} message ReceiptsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiptsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiptsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ReceiptsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ReceiptsRequest & chorus.v1.ReceiptsRequest.$Shape} ReceiptsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiptsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ReceiptsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReceiptsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ReceiptsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ReceiptsRequest} ReceiptsRequest
             */
            ReceiptsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ReceiptsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ReceiptsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ReceiptsRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                return message;
            };

            /**
             * Creates a plain object from a ReceiptsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ReceiptsRequest
             * @static
             * @param {chorus.v1.ReceiptsRequest} message ReceiptsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReceiptsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.conversationId = "";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                return object;
            };

            /**
             * Converts this ReceiptsRequest to JSON.
             * @function toJSON
             * @memberof chorus.v1.ReceiptsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReceiptsRequest.prototype.toJSON = function() {
                return ReceiptsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReceiptsRequest
             * @function getTypeUrl
             * @memberof chorus.v1.ReceiptsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReceiptsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ReceiptsRequest";
            };

            return ReceiptsRequest;
        })();

        v1.MemberReceipt = (function() {

            /**
             * Properties of a MemberReceipt.
             * @typedef {Object} chorus.v1.MemberReceipt.$Properties
             * @property {string|null} [userId] MemberReceipt userId
             * @property {number|null} [deliveredSeq] MemberReceipt deliveredSeq
             * @property {number|null} [readSeq] MemberReceipt readSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberReceipt.
             * @memberof chorus.v1
             * @interface IMemberReceipt
             * @augments chorus.v1.MemberReceipt.$Properties
             * @deprecated Use chorus.v1.MemberReceipt.$Properties instead.
             */

            /**
             * Shape of a MemberReceipt.
             * @typedef {chorus.v1.MemberReceipt.$Properties} chorus.v1.MemberReceipt.$Shape
             */

            /**
             * Constructs a new MemberReceipt.
             * @memberof chorus.v1
             * @classdesc Represents a MemberReceipt.
             * @constructor
             * @param {chorus.v1.MemberReceipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberReceipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberReceipt userId.
             * @member {string} userId
             * @memberof chorus.v1.MemberReceipt
             * @instance
             */
            MemberReceipt.prototype.userId = "";

            /**
             * MemberReceipt deliveredSeq.
             * @member {number} deliveredSeq
             * @memberof chorus.v1.MemberReceipt
             * @instance
             */
            MemberReceipt.prototype.deliveredSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemberReceipt readSeq.
             * @member {number} readSeq
             * @memberof chorus.v1.MemberReceipt
             * @instance
             */
            MemberReceipt.prototype.readSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MemberReceipt instance using the specified properties.
             * @function create
             * @memberof chorus.v1.MemberReceipt
             * @static
             * @param {chorus.v1.MemberReceipt.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.MemberReceipt} MemberReceipt instance
             * @type {{
             *   (properties: chorus.v1.MemberReceipt.$Shape): chorus.v1.MemberReceipt & chorus.v1.MemberReceipt.$Shape;
             *   (properties?: chorus.v1.MemberReceipt.$Properties): chorus.v1.MemberReceipt;
             * }}
             */
            MemberReceipt.create = function(properties) {
                return new MemberReceipt(properties);
            };

            /**
             * Encodes the specified MemberReceipt message. Does not implicitly {@link chorus.v1.MemberReceipt.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.MemberReceipt
             * @static
             * @param {chorus.v1.MemberReceipt.$Properties} message MemberReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberReceipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.deliveredSeq != null && $Object.hasOwnProperty.call(message, "deliveredSeq") && (typeof message.deliveredSeq === "object" ? message.deliveredSeq.low || message.deliveredSeq.high : message.deliveredSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.deliveredSeq);
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq") && (typeof message.readSeq === "object" ? message.readSeq.low || message.readSeq.high : message.readSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.readSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemberReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.MemberReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.MemberReceipt & chorus.v1.MemberReceipt.$Shape} MemberReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberReceipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.MemberReceipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deliveredSeq = value;
                            else
                                delete message.deliveredSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.readSeq = value;
                            else
                                delete message.readSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MemberReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.MemberReceipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.MemberReceipt} MemberReceipt
             */
            MemberReceipt.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.MemberReceipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.MemberReceipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.MemberReceipt();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deliveredSeq != null)
                    if (typeof object.deliveredSeq === "object" ? object.deliveredSeq.low || object.deliveredSeq.high : $Number(object.deliveredSeq) !== 0)
                        if ($util.Long)
                            message.deliveredSeq = $util.Long.fromValue(object.deliveredSeq, true);
                        else if (typeof object.deliveredSeq === "string")
                            message.deliveredSeq = $parseInt(object.deliveredSeq, 10);
                        else if (typeof object.deliveredSeq === "number")
                            message.deliveredSeq = object.deliveredSeq;
                        else if (typeof object.deliveredSeq === "object")
                            message.deliveredSeq = new $util.LongBits(object.deliveredSeq.low >>> 0, object.deliveredSeq.high >>> 0).toNumber(true);
                if (object.readSeq != null)
                    if (typeof object.readSeq === "object" ? object.readSeq.low || object.readSeq.high : $Number(object.readSeq) !== 0)
                        if ($util.Long)
                            message.readSeq = $util.Long.fromValue(object.readSeq, true);
                        else if (typeof object.readSeq === "string")
                            message.readSeq = $parseInt(object.readSeq, 10);
                        else if (typeof object.readSeq === "number")
                            message.readSeq = object.readSeq;
                        else if (typeof object.readSeq === "object")
                            message.readSeq = new $util.LongBits(object.readSeq.low >>> 0, object.readSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a MemberReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.MemberReceipt
             * @static
             * @param {chorus.v1.MemberReceipt} message MemberReceipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemberReceipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.deliveredSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deliveredSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.readSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.readSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deliveredSeq != null && $Object.hasOwnProperty.call(message, "deliveredSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deliveredSeq = typeof message.deliveredSeq === "number" ? $BigInt(message.deliveredSeq) : $util.Long.fromBits(message.deliveredSeq.low >>> 0, message.deliveredSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.deliveredSeq === "number")
                        object.deliveredSeq = options.longs === $String ? $String(message.deliveredSeq) : message.deliveredSeq;
                    else
                        object.deliveredSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.deliveredSeq) : options.longs === $Number ? new $util.LongBits(message.deliveredSeq.low >>> 0, message.deliveredSeq.high >>> 0).toNumber(true) : message.deliveredSeq;
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.readSeq = typeof message.readSeq === "number" ? $BigInt(message.readSeq) : $util.Long.fromBits(message.readSeq.low >>> 0, message.readSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.readSeq === "number")
                        object.readSeq = options.longs === $String ? $String(message.readSeq) : message.readSeq;
                    else
                        object.readSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.readSeq) : options.longs === $Number ? new $util.LongBits(message.readSeq.low >>> 0, message.readSeq.high >>> 0).toNumber(true) : message.readSeq;
                return object;
            };

            /**
             * Converts this MemberReceipt to JSON.
             * @function toJSON
             * @memberof chorus.v1.MemberReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemberReceipt.prototype.toJSON = function() {
                return MemberReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemberReceipt
             * @function getTypeUrl
             * @memberof chorus.v1.MemberReceipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemberReceipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.MemberReceipt";
            };

            return MemberReceipt;
        })();

        v1.ConversationReceipts = (function() {

            /**
             * Properties of a ConversationReceipts.
             * @typedef {Object} chorus.v1.ConversationReceipts.$Properties
             * @property {string|null} [conversationId] ConversationReceipts conversationId
             * @property {Array.<chorus.v1.MemberReceipt.$Properties>|null} [members] ConversationReceipts members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationReceipts.
             * @memberof chorus.v1
             * @interface IConversationReceipts
             * @augments chorus.v1.ConversationReceipts.$Properties
             * @deprecated Use chorus.v1.ConversationReceipts.$Properties instead.
             */

            /**
             * Shape of a ConversationReceipts.
             * @typedef {chorus.v1.ConversationReceipts.$Properties} chorus.v1.ConversationReceipts.$Shape
             */

            /**
             * Constructs a new ConversationReceipts.
             * @memberof chorus.v1
             * @classdesc Represents a ConversationReceipts.
             * @constructor
             * @param {chorus.v1.ConversationReceipts.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationReceipts = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationReceipts conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.ConversationReceipts
             * @instance
             */
            ConversationReceipts.prototype.conversationId = "";

            /**
             * ConversationReceipts members.
             * @member {Array.<chorus.v1.MemberReceipt.$Properties>} members
             * @memberof chorus.v1.ConversationReceipts
             * @instance
             */
            ConversationReceipts.prototype.members = $util.emptyArray;

            /**
             * Creates a new ConversationReceipts instance using the specified properties.
             * @function create
             * @memberof chorus.v1.ConversationReceipts
             * @static
             * @param {chorus.v1.ConversationReceipts.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.ConversationReceipts} ConversationReceipts instance
             * @type {{
             *   (properties: chorus.v1.ConversationReceipts.$Shape): chorus.v1.ConversationReceipts & chorus.v1.ConversationReceipts.$Shape;
             *   (properties?: chorus.v1.ConversationReceipts.$Properties): chorus.v1.ConversationReceipts;
             * }}
             */
            ConversationReceipts.create = function(properties) {
                return new ConversationReceipts(properties);
            };

            /**
             * Encodes the specified ConversationReceipts message. Does not implicitly {@link chorus.v1.ConversationReceipts.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.ConversationReceipts
             * @static
             * @param {chorus.v1.ConversationReceipts.$Properties} message ConversationReceipts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationReceipts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.chorus.v1.MemberReceipt.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConversationReceipts message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.ConversationReceipts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.ConversationReceipts & chorus.v1.ConversationReceipts.$Shape} ConversationReceipts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationReceipts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.ConversationReceipts();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.chorus.v1.MemberReceipt.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ConversationReceipts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.ConversationReceipts
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.ConversationReceipts} ConversationReceipts
             */
            ConversationReceipts.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.ConversationReceipts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.ConversationReceipts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.ConversationReceipts();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".chorus.v1.ConversationReceipts.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".chorus.v1.ConversationReceipts.members: object expected");
                        message.members[i] = $root.chorus.v1.MemberReceipt.fromObject(object.members[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ConversationReceipts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.ConversationReceipts
             * @static
             * @param {chorus.v1.ConversationReceipts} message ConversationReceipts
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConversationReceipts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults)
                    object.conversationId = "";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.chorus.v1.MemberReceipt.toObject(message.members[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ConversationReceipts to JSON.
             * @function toJSON
             * @memberof chorus.v1.ConversationReceipts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConversationReceipts.prototype.toJSON = function() {
                return ConversationReceipts.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConversationReceipts
             * @function getTypeUrl
             * @memberof chorus.v1.ConversationReceipts
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConversationReceipts.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.ConversationReceipts";
            };

            return ConversationReceipts;
        })();

        v1.InboxRequest = (function() {

            /**
             * Properties of an InboxRequest.
             * @typedef {Object} chorus.v1.InboxRequest.$Properties
             * @property {number|null} [beforeActivityMs] InboxRequest beforeActivityMs
             * @property {string|null} [beforeId] InboxRequest beforeId
             * @property {number|null} [limit] InboxRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InboxRequest.
             * @memberof chorus.v1
             * @interface IInboxRequest
             * @augments chorus.v1.InboxRequest.$Properties
             * @deprecated Use chorus.v1.InboxRequest.$Properties instead.
             */

            /**
             * Shape of an InboxRequest.
             * @typedef {chorus.v1.InboxRequest.$Properties} chorus.v1.InboxRequest.$Shape
             */

            /**
             * Constructs a new InboxRequest.
             * @memberof chorus.v1
             * @classdesc Represents an InboxRequest.
             * @constructor
             * @param {chorus.v1.InboxRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InboxRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InboxRequest beforeActivityMs.
             * @member {number} beforeActivityMs
             * @memberof chorus.v1.InboxRequest
             * @instance
             */
            InboxRequest.prototype.beforeActivityMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * InboxRequest beforeId.
             * @member {string} beforeId
             * @memberof chorus.v1.InboxRequest
             * @instance
             */
            InboxRequest.prototype.beforeId = "";

            /**
             * InboxRequest limit.
             * @member {number} limit
             * @memberof chorus.v1.InboxRequest
             * @instance
             */
            InboxRequest.prototype.limit = 0;

            /**
             * Creates a new InboxRequest instance using the specified properties.
             * @function create
             * @memberof chorus.v1.InboxRequest
             * @static
             * @param {chorus.v1.InboxRequest.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.InboxRequest} InboxRequest instance
             * @type {{
             *   (properties: chorus.v1.InboxRequest.$Shape): chorus.v1.InboxRequest & chorus.v1.InboxRequest.$Shape;
             *   (properties?: chorus.v1.InboxRequest.$Properties): chorus.v1.InboxRequest;
             * }}
             */
            InboxRequest.create = function(properties) {
                return new InboxRequest(properties);
            };

            /**
             * Encodes the specified InboxRequest message. Does not implicitly {@link chorus.v1.InboxRequest.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.InboxRequest
             * @static
             * @param {chorus.v1.InboxRequest.$Properties} message InboxRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InboxRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beforeActivityMs != null && $Object.hasOwnProperty.call(message, "beforeActivityMs") && (typeof message.beforeActivityMs === "object" ? message.beforeActivityMs.low || message.beforeActivityMs.high : message.beforeActivityMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.beforeActivityMs);
                if (message.beforeId != null && $Object.hasOwnProperty.call(message, "beforeId") && message.beforeId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.beforeId);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InboxRequest message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.InboxRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.InboxRequest & chorus.v1.InboxRequest.$Shape} InboxRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InboxRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.InboxRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.beforeActivityMs = value;
                            else
                                delete message.beforeActivityMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beforeId = value;
                            else
                                delete message.beforeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an InboxRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.InboxRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.InboxRequest} InboxRequest
             */
            InboxRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.InboxRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.InboxRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.InboxRequest();
                if (object.beforeActivityMs != null)
                    if (typeof object.beforeActivityMs === "object" ? object.beforeActivityMs.low || object.beforeActivityMs.high : $Number(object.beforeActivityMs) !== 0)
                        if ($util.Long)
                            message.beforeActivityMs = $util.Long.fromValue(object.beforeActivityMs, false);
                        else if (typeof object.beforeActivityMs === "string")
                            message.beforeActivityMs = $parseInt(object.beforeActivityMs, 10);
                        else if (typeof object.beforeActivityMs === "number")
                            message.beforeActivityMs = object.beforeActivityMs;
                        else if (typeof object.beforeActivityMs === "object")
                            message.beforeActivityMs = new $util.LongBits(object.beforeActivityMs.low >>> 0, object.beforeActivityMs.high >>> 0).toNumber();
                if (object.beforeId != null)
                    if (typeof object.beforeId !== "string" || object.beforeId.length)
                        message.beforeId = $String(object.beforeId);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an InboxRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.InboxRequest
             * @static
             * @param {chorus.v1.InboxRequest} message InboxRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InboxRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.beforeActivityMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.beforeActivityMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.beforeId = "";
                    object.limit = 0;
                }
                if (message.beforeActivityMs != null && $Object.hasOwnProperty.call(message, "beforeActivityMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.beforeActivityMs = typeof message.beforeActivityMs === "number" ? $BigInt(message.beforeActivityMs) : $util.Long.fromBits(message.beforeActivityMs.low >>> 0, message.beforeActivityMs.high >>> 0, false).toBigInt();
                    else if (typeof message.beforeActivityMs === "number")
                        object.beforeActivityMs = options.longs === $String ? $String(message.beforeActivityMs) : message.beforeActivityMs;
                    else
                        object.beforeActivityMs = options.longs === $String ? $util.Long.prototype.toString.call(message.beforeActivityMs) : options.longs === $Number ? new $util.LongBits(message.beforeActivityMs.low >>> 0, message.beforeActivityMs.high >>> 0).toNumber() : message.beforeActivityMs;
                if (message.beforeId != null && $Object.hasOwnProperty.call(message, "beforeId"))
                    object.beforeId = message.beforeId;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            /**
             * Converts this InboxRequest to JSON.
             * @function toJSON
             * @memberof chorus.v1.InboxRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InboxRequest.prototype.toJSON = function() {
                return InboxRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InboxRequest
             * @function getTypeUrl
             * @memberof chorus.v1.InboxRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InboxRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.InboxRequest";
            };

            return InboxRequest;
        })();

        v1.InboxEntry = (function() {

            /**
             * Properties of an InboxEntry.
             * @typedef {Object} chorus.v1.InboxEntry.$Properties
             * @property {chorus.v1.Conversation.$Properties|null} [conversation] InboxEntry conversation
             * @property {chorus.v1.Message.$Properties|null} [lastMessage] InboxEntry lastMessage
             * @property {number|null} [unread] InboxEntry unread
             * @property {number|null} [lastActivityMs] InboxEntry lastActivityMs
             * @property {number|null} [readSeq] InboxEntry readSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InboxEntry.
             * @memberof chorus.v1
             * @interface IInboxEntry
             * @augments chorus.v1.InboxEntry.$Properties
             * @deprecated Use chorus.v1.InboxEntry.$Properties instead.
             */

            /**
             * Shape of an InboxEntry.
             * @typedef {chorus.v1.InboxEntry.$Properties} chorus.v1.InboxEntry.$Shape
             */

            /**
             * Constructs a new InboxEntry.
             * @memberof chorus.v1
             * @classdesc Represents an InboxEntry.
             * @constructor
             * @param {chorus.v1.InboxEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InboxEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InboxEntry conversation.
             * @member {chorus.v1.Conversation.$Properties|null|undefined} conversation
             * @memberof chorus.v1.InboxEntry
             * @instance
             */
            InboxEntry.prototype.conversation = null;

            /**
             * InboxEntry lastMessage.
             * @member {chorus.v1.Message.$Properties|null|undefined} lastMessage
             * @memberof chorus.v1.InboxEntry
             * @instance
             */
            InboxEntry.prototype.lastMessage = null;

            /**
             * InboxEntry unread.
             * @member {number} unread
             * @memberof chorus.v1.InboxEntry
             * @instance
             */
            InboxEntry.prototype.unread = 0;

            /**
             * InboxEntry lastActivityMs.
             * @member {number} lastActivityMs
             * @memberof chorus.v1.InboxEntry
             * @instance
             */
            InboxEntry.prototype.lastActivityMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * InboxEntry readSeq.
             * @member {number} readSeq
             * @memberof chorus.v1.InboxEntry
             * @instance
             */
            InboxEntry.prototype.readSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new InboxEntry instance using the specified properties.
             * @function create
             * @memberof chorus.v1.InboxEntry
             * @static
             * @param {chorus.v1.InboxEntry.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.InboxEntry} InboxEntry instance
             * @type {{
             *   (properties: chorus.v1.InboxEntry.$Shape): chorus.v1.InboxEntry & chorus.v1.InboxEntry.$Shape;
             *   (properties?: chorus.v1.InboxEntry.$Properties): chorus.v1.InboxEntry;
             * }}
             */
            InboxEntry.create = function(properties) {
                return new InboxEntry(properties);
            };

            /**
             * Encodes the specified InboxEntry message. Does not implicitly {@link chorus.v1.InboxEntry.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.InboxEntry
             * @static
             * @param {chorus.v1.InboxEntry.$Properties} message InboxEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InboxEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    $root.chorus.v1.Conversation.encode(message.conversation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.lastMessage != null && $Object.hasOwnProperty.call(message, "lastMessage"))
                    $root.chorus.v1.Message.encode(message.lastMessage, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.unread != null && $Object.hasOwnProperty.call(message, "unread") && message.unread !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.unread);
                if (message.lastActivityMs != null && $Object.hasOwnProperty.call(message, "lastActivityMs") && (typeof message.lastActivityMs === "object" ? message.lastActivityMs.low || message.lastActivityMs.high : message.lastActivityMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lastActivityMs);
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq") && (typeof message.readSeq === "object" ? message.readSeq.low || message.readSeq.high : message.readSeq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.readSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InboxEntry message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.InboxEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.InboxEntry & chorus.v1.InboxEntry.$Shape} InboxEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InboxEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.InboxEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.conversation = $root.chorus.v1.Conversation.decode(reader, reader.size(), $undefined, _depth + 1, message.conversation);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.lastMessage = $root.chorus.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.lastMessage);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.unread = value;
                            else
                                delete message.unread;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastActivityMs = value;
                            else
                                delete message.lastActivityMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.readSeq = value;
                            else
                                delete message.readSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an InboxEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.InboxEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.InboxEntry} InboxEntry
             */
            InboxEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.InboxEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.InboxEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.InboxEntry();
                if (object.conversation != null) {
                    if (!$util.isObject(object.conversation))
                        throw $TypeError(".chorus.v1.InboxEntry.conversation: object expected");
                    message.conversation = $root.chorus.v1.Conversation.fromObject(object.conversation, _depth + 1);
                }
                if (object.lastMessage != null) {
                    if (!$util.isObject(object.lastMessage))
                        throw $TypeError(".chorus.v1.InboxEntry.lastMessage: object expected");
                    message.lastMessage = $root.chorus.v1.Message.fromObject(object.lastMessage, _depth + 1);
                }
                if (object.unread != null)
                    if ($Number(object.unread) !== 0)
                        message.unread = object.unread >>> 0;
                if (object.lastActivityMs != null)
                    if (typeof object.lastActivityMs === "object" ? object.lastActivityMs.low || object.lastActivityMs.high : $Number(object.lastActivityMs) !== 0)
                        if ($util.Long)
                            message.lastActivityMs = $util.Long.fromValue(object.lastActivityMs, false);
                        else if (typeof object.lastActivityMs === "string")
                            message.lastActivityMs = $parseInt(object.lastActivityMs, 10);
                        else if (typeof object.lastActivityMs === "number")
                            message.lastActivityMs = object.lastActivityMs;
                        else if (typeof object.lastActivityMs === "object")
                            message.lastActivityMs = new $util.LongBits(object.lastActivityMs.low >>> 0, object.lastActivityMs.high >>> 0).toNumber();
                if (object.readSeq != null)
                    if (typeof object.readSeq === "object" ? object.readSeq.low || object.readSeq.high : $Number(object.readSeq) !== 0)
                        if ($util.Long)
                            message.readSeq = $util.Long.fromValue(object.readSeq, true);
                        else if (typeof object.readSeq === "string")
                            message.readSeq = $parseInt(object.readSeq, 10);
                        else if (typeof object.readSeq === "number")
                            message.readSeq = object.readSeq;
                        else if (typeof object.readSeq === "object")
                            message.readSeq = new $util.LongBits(object.readSeq.low >>> 0, object.readSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an InboxEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.InboxEntry
             * @static
             * @param {chorus.v1.InboxEntry} message InboxEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InboxEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversation = null;
                    object.lastMessage = null;
                    object.unread = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastActivityMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastActivityMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.readSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.readSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                    object.conversation = $root.chorus.v1.Conversation.toObject(message.conversation, options, _depth + 1);
                if (message.lastMessage != null && $Object.hasOwnProperty.call(message, "lastMessage"))
                    object.lastMessage = $root.chorus.v1.Message.toObject(message.lastMessage, options, _depth + 1);
                if (message.unread != null && $Object.hasOwnProperty.call(message, "unread"))
                    object.unread = message.unread;
                if (message.lastActivityMs != null && $Object.hasOwnProperty.call(message, "lastActivityMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastActivityMs = typeof message.lastActivityMs === "number" ? $BigInt(message.lastActivityMs) : $util.Long.fromBits(message.lastActivityMs.low >>> 0, message.lastActivityMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastActivityMs === "number")
                        object.lastActivityMs = options.longs === $String ? $String(message.lastActivityMs) : message.lastActivityMs;
                    else
                        object.lastActivityMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastActivityMs) : options.longs === $Number ? new $util.LongBits(message.lastActivityMs.low >>> 0, message.lastActivityMs.high >>> 0).toNumber() : message.lastActivityMs;
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.readSeq = typeof message.readSeq === "number" ? $BigInt(message.readSeq) : $util.Long.fromBits(message.readSeq.low >>> 0, message.readSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.readSeq === "number")
                        object.readSeq = options.longs === $String ? $String(message.readSeq) : message.readSeq;
                    else
                        object.readSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.readSeq) : options.longs === $Number ? new $util.LongBits(message.readSeq.low >>> 0, message.readSeq.high >>> 0).toNumber(true) : message.readSeq;
                return object;
            };

            /**
             * Converts this InboxEntry to JSON.
             * @function toJSON
             * @memberof chorus.v1.InboxEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InboxEntry.prototype.toJSON = function() {
                return InboxEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InboxEntry
             * @function getTypeUrl
             * @memberof chorus.v1.InboxEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InboxEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.InboxEntry";
            };

            return InboxEntry;
        })();

        v1.InboxPage = (function() {

            /**
             * Properties of an InboxPage.
             * @typedef {Object} chorus.v1.InboxPage.$Properties
             * @property {Array.<chorus.v1.InboxEntry.$Properties>|null} [entries] InboxPage entries
             * @property {boolean|null} [hasMore] InboxPage hasMore
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InboxPage.
             * @memberof chorus.v1
             * @interface IInboxPage
             * @augments chorus.v1.InboxPage.$Properties
             * @deprecated Use chorus.v1.InboxPage.$Properties instead.
             */

            /**
             * Shape of an InboxPage.
             * @typedef {chorus.v1.InboxPage.$Properties} chorus.v1.InboxPage.$Shape
             */

            /**
             * Constructs a new InboxPage.
             * @memberof chorus.v1
             * @classdesc Represents an InboxPage.
             * @constructor
             * @param {chorus.v1.InboxPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InboxPage = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InboxPage entries.
             * @member {Array.<chorus.v1.InboxEntry.$Properties>} entries
             * @memberof chorus.v1.InboxPage
             * @instance
             */
            InboxPage.prototype.entries = $util.emptyArray;

            /**
             * InboxPage hasMore.
             * @member {boolean} hasMore
             * @memberof chorus.v1.InboxPage
             * @instance
             */
            InboxPage.prototype.hasMore = false;

            /**
             * Creates a new InboxPage instance using the specified properties.
             * @function create
             * @memberof chorus.v1.InboxPage
             * @static
             * @param {chorus.v1.InboxPage.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.InboxPage} InboxPage instance
             * @type {{
             *   (properties: chorus.v1.InboxPage.$Shape): chorus.v1.InboxPage & chorus.v1.InboxPage.$Shape;
             *   (properties?: chorus.v1.InboxPage.$Properties): chorus.v1.InboxPage;
             * }}
             */
            InboxPage.create = function(properties) {
                return new InboxPage(properties);
            };

            /**
             * Encodes the specified InboxPage message. Does not implicitly {@link chorus.v1.InboxPage.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.InboxPage
             * @static
             * @param {chorus.v1.InboxPage.$Properties} message InboxPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InboxPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.chorus.v1.InboxEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hasMore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InboxPage message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.InboxPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.InboxPage & chorus.v1.InboxPage.$Shape} InboxPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InboxPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.InboxPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.chorus.v1.InboxEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasMore = value;
                            else
                                delete message.hasMore;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an InboxPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.InboxPage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.InboxPage} InboxPage
             */
            InboxPage.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.InboxPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.InboxPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.InboxPage();
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".chorus.v1.InboxPage.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".chorus.v1.InboxPage.entries: object expected");
                        message.entries[i] = $root.chorus.v1.InboxEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.hasMore != null)
                    if (object.hasMore)
                        message.hasMore = $Boolean(object.hasMore);
                return message;
            };

            /**
             * Creates a plain object from an InboxPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.InboxPage
             * @static
             * @param {chorus.v1.InboxPage} message InboxPage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InboxPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults)
                    object.hasMore = false;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.chorus.v1.InboxEntry.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore"))
                    object.hasMore = message.hasMore;
                return object;
            };

            /**
             * Converts this InboxPage to JSON.
             * @function toJSON
             * @memberof chorus.v1.InboxPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InboxPage.prototype.toJSON = function() {
                return InboxPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InboxPage
             * @function getTypeUrl
             * @memberof chorus.v1.InboxPage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InboxPage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.InboxPage";
            };

            return InboxPage;
        })();

        v1.UpdateGroup = (function() {

            /**
             * Properties of an UpdateGroup.
             * @typedef {Object} chorus.v1.UpdateGroup.$Properties
             * @property {string|null} [conversationId] UpdateGroup conversationId
             * @property {string|null} [title] UpdateGroup title
             * @property {Array.<string>|null} [add] UpdateGroup add
             * @property {Array.<string>|null} [remove] UpdateGroup remove
             * @property {Array.<string>|null} [roles] UpdateGroup roles
             * @property {string|null} [clientId] UpdateGroup clientId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateGroup.
             * @memberof chorus.v1
             * @interface IUpdateGroup
             * @augments chorus.v1.UpdateGroup.$Properties
             * @deprecated Use chorus.v1.UpdateGroup.$Properties instead.
             */

            /**
             * Shape of an UpdateGroup.
             * @typedef {chorus.v1.UpdateGroup.$Properties} chorus.v1.UpdateGroup.$Shape
             */

            /**
             * Constructs a new UpdateGroup.
             * @memberof chorus.v1
             * @classdesc Represents an UpdateGroup.
             * @constructor
             * @param {chorus.v1.UpdateGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateGroup = function (properties) {
                this.add = [];
                this.remove = [];
                this.roles = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateGroup conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.UpdateGroup
             * @instance
             */
            UpdateGroup.prototype.conversationId = "";

            /**
             * UpdateGroup title.
             * @member {string|null|undefined} title
             * @memberof chorus.v1.UpdateGroup
             * @instance
             */
            UpdateGroup.prototype.title = null;

            /**
             * UpdateGroup add.
             * @member {Array.<string>} add
             * @memberof chorus.v1.UpdateGroup
             * @instance
             */
            UpdateGroup.prototype.add = $util.emptyArray;

            /**
             * UpdateGroup remove.
             * @member {Array.<string>} remove
             * @memberof chorus.v1.UpdateGroup
             * @instance
             */
            UpdateGroup.prototype.remove = $util.emptyArray;

            /**
             * UpdateGroup roles.
             * @member {Array.<string>} roles
             * @memberof chorus.v1.UpdateGroup
             * @instance
             */
            UpdateGroup.prototype.roles = $util.emptyArray;

            /**
             * UpdateGroup clientId.
             * @member {string} clientId
             * @memberof chorus.v1.UpdateGroup
             * @instance
             */
            UpdateGroup.prototype.clientId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UpdateGroup.prototype, "_title", {
                get: $util.oneOfGetter($oneOfFields = ["title"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UpdateGroup instance using the specified properties.
             * @function create
             * @memberof chorus.v1.UpdateGroup
             * @static
             * @param {chorus.v1.UpdateGroup.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.UpdateGroup} UpdateGroup instance
             * @type {{
             *   (properties: chorus.v1.UpdateGroup.$Shape): chorus.v1.UpdateGroup & chorus.v1.UpdateGroup.$Shape;
             *   (properties?: chorus.v1.UpdateGroup.$Properties): chorus.v1.UpdateGroup;
             * }}
             */
            UpdateGroup.create = function(properties) {
                return new UpdateGroup(properties);
            };

            /**
             * Encodes the specified UpdateGroup message. Does not implicitly {@link chorus.v1.UpdateGroup.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.UpdateGroup
             * @static
             * @param {chorus.v1.UpdateGroup.$Properties} message UpdateGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                if (message.add != null && message.add.length)
                    for (let i = 0; i < message.add.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.add[i]);
                if (message.remove != null && message.remove.length)
                    for (let i = 0; i < message.remove.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.remove[i]);
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.roles[i]);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.clientId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateGroup message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.UpdateGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.UpdateGroup & chorus.v1.UpdateGroup.$Shape} UpdateGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateGroup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.UpdateGroup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.title = reader.stringVerify();
                            message._title = "title";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.add && message.add.length))
                                message.add = [];
                            message.add.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.remove && message.remove.length))
                                message.remove = [];
                            message.remove.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an UpdateGroup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.UpdateGroup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.UpdateGroup} UpdateGroup
             */
            UpdateGroup.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.UpdateGroup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.UpdateGroup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.UpdateGroup();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.title != null)
                    message.title = $String(object.title);
                if (object.add) {
                    if (!$Array.isArray(object.add))
                        throw $TypeError(".chorus.v1.UpdateGroup.add: array expected");
                    message.add = $Array(object.add.length);
                    for (let i = 0; i < object.add.length; ++i)
                        message.add[i] = $String(object.add[i]);
                }
                if (object.remove) {
                    if (!$Array.isArray(object.remove))
                        throw $TypeError(".chorus.v1.UpdateGroup.remove: array expected");
                    message.remove = $Array(object.remove.length);
                    for (let i = 0; i < object.remove.length; ++i)
                        message.remove[i] = $String(object.remove[i]);
                }
                if (object.roles) {
                    if (!$Array.isArray(object.roles))
                        throw $TypeError(".chorus.v1.UpdateGroup.roles: array expected");
                    message.roles = $Array(object.roles.length);
                    for (let i = 0; i < object.roles.length; ++i)
                        message.roles[i] = $String(object.roles[i]);
                }
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                return message;
            };

            /**
             * Creates a plain object from an UpdateGroup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.UpdateGroup
             * @static
             * @param {chorus.v1.UpdateGroup} message UpdateGroup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateGroup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.add = [];
                    object.remove = [];
                    object.roles = [];
                }
                if (options.defaults) {
                    object.conversationId = "";
                    object.clientId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    object.title = message.title;
                if (message.add && message.add.length) {
                    object.add = $Array(message.add.length);
                    for (let j = 0; j < message.add.length; ++j)
                        object.add[j] = message.add[j];
                }
                if (message.remove && message.remove.length) {
                    object.remove = $Array(message.remove.length);
                    for (let j = 0; j < message.remove.length; ++j)
                        object.remove[j] = message.remove[j];
                }
                if (message.roles && message.roles.length) {
                    object.roles = $Array(message.roles.length);
                    for (let j = 0; j < message.roles.length; ++j)
                        object.roles[j] = message.roles[j];
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                return object;
            };

            /**
             * Converts this UpdateGroup to JSON.
             * @function toJSON
             * @memberof chorus.v1.UpdateGroup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateGroup.prototype.toJSON = function() {
                return UpdateGroup.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateGroup
             * @function getTypeUrl
             * @memberof chorus.v1.UpdateGroup
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateGroup.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.UpdateGroup";
            };

            return UpdateGroup;
        })();

        v1.LeaveConversation = (function() {

            /**
             * Properties of a LeaveConversation.
             * @typedef {Object} chorus.v1.LeaveConversation.$Properties
             * @property {string|null} [conversationId] LeaveConversation conversationId
             * @property {string|null} [clientId] LeaveConversation clientId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaveConversation.
             * @memberof chorus.v1
             * @interface ILeaveConversation
             * @augments chorus.v1.LeaveConversation.$Properties
             * @deprecated Use chorus.v1.LeaveConversation.$Properties instead.
             */

            /**
             * Shape of a LeaveConversation.
             * @typedef {chorus.v1.LeaveConversation.$Properties} chorus.v1.LeaveConversation.$Shape
             */

            /**
             * Constructs a new LeaveConversation.
             * @memberof chorus.v1
             * @classdesc Represents a LeaveConversation.
             * @constructor
             * @param {chorus.v1.LeaveConversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaveConversation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaveConversation conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.LeaveConversation
             * @instance
             */
            LeaveConversation.prototype.conversationId = "";

            /**
             * LeaveConversation clientId.
             * @member {string} clientId
             * @memberof chorus.v1.LeaveConversation
             * @instance
             */
            LeaveConversation.prototype.clientId = "";

            /**
             * Creates a new LeaveConversation instance using the specified properties.
             * @function create
             * @memberof chorus.v1.LeaveConversation
             * @static
             * @param {chorus.v1.LeaveConversation.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.LeaveConversation} LeaveConversation instance
             * @type {{
             *   (properties: chorus.v1.LeaveConversation.$Shape): chorus.v1.LeaveConversation & chorus.v1.LeaveConversation.$Shape;
             *   (properties?: chorus.v1.LeaveConversation.$Properties): chorus.v1.LeaveConversation;
             * }}
             */
            LeaveConversation.create = function(properties) {
                return new LeaveConversation(properties);
            };

            /**
             * Encodes the specified LeaveConversation message. Does not implicitly {@link chorus.v1.LeaveConversation.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.LeaveConversation
             * @static
             * @param {chorus.v1.LeaveConversation.$Properties} message LeaveConversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaveConversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaveConversation message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.LeaveConversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.LeaveConversation & chorus.v1.LeaveConversation.$Shape} LeaveConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaveConversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.LeaveConversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LeaveConversation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.LeaveConversation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.LeaveConversation} LeaveConversation
             */
            LeaveConversation.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.LeaveConversation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.LeaveConversation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.LeaveConversation();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                return message;
            };

            /**
             * Creates a plain object from a LeaveConversation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.LeaveConversation
             * @static
             * @param {chorus.v1.LeaveConversation} message LeaveConversation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaveConversation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.clientId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                return object;
            };

            /**
             * Converts this LeaveConversation to JSON.
             * @function toJSON
             * @memberof chorus.v1.LeaveConversation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaveConversation.prototype.toJSON = function() {
                return LeaveConversation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LeaveConversation
             * @function getTypeUrl
             * @memberof chorus.v1.LeaveConversation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LeaveConversation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.LeaveConversation";
            };

            return LeaveConversation;
        })();

        v1.Removed = (function() {

            /**
             * Properties of a Removed.
             * @typedef {Object} chorus.v1.Removed.$Properties
             * @property {string|null} [conversationId] Removed conversationId
             * @property {number|null} [seq] Removed seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Removed.
             * @memberof chorus.v1
             * @interface IRemoved
             * @augments chorus.v1.Removed.$Properties
             * @deprecated Use chorus.v1.Removed.$Properties instead.
             */

            /**
             * Shape of a Removed.
             * @typedef {chorus.v1.Removed.$Properties} chorus.v1.Removed.$Shape
             */

            /**
             * Constructs a new Removed.
             * @memberof chorus.v1
             * @classdesc Represents a Removed.
             * @constructor
             * @param {chorus.v1.Removed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Removed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Removed conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.Removed
             * @instance
             */
            Removed.prototype.conversationId = "";

            /**
             * Removed seq.
             * @member {number} seq
             * @memberof chorus.v1.Removed
             * @instance
             */
            Removed.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Removed instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Removed
             * @static
             * @param {chorus.v1.Removed.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Removed} Removed instance
             * @type {{
             *   (properties: chorus.v1.Removed.$Shape): chorus.v1.Removed & chorus.v1.Removed.$Shape;
             *   (properties?: chorus.v1.Removed.$Properties): chorus.v1.Removed;
             * }}
             */
            Removed.create = function(properties) {
                return new Removed(properties);
            };

            /**
             * Encodes the specified Removed message. Does not implicitly {@link chorus.v1.Removed.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Removed
             * @static
             * @param {chorus.v1.Removed.$Properties} message Removed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Removed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Removed message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Removed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Removed & chorus.v1.Removed.$Shape} Removed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Removed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Removed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Removed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Removed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Removed} Removed
             */
            Removed.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Removed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Removed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.Removed();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Removed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Removed
             * @static
             * @param {chorus.v1.Removed} message Removed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Removed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this Removed to JSON.
             * @function toJSON
             * @memberof chorus.v1.Removed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Removed.prototype.toJSON = function() {
                return Removed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Removed
             * @function getTypeUrl
             * @memberof chorus.v1.Removed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Removed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Removed";
            };

            return Removed;
        })();

        v1.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} chorus.v1.Ok.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof chorus.v1
             * @interface IOk
             * @augments chorus.v1.Ok.$Properties
             * @deprecated Use chorus.v1.Ok.$Properties instead.
             */

            /**
             * Shape of an Ok.
             * @typedef {chorus.v1.Ok.$Properties} chorus.v1.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof chorus.v1
             * @classdesc Represents an Ok.
             * @constructor
             * @param {chorus.v1.Ok.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ok = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof chorus.v1.Ok
             * @static
             * @param {chorus.v1.Ok.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.Ok} Ok instance
             * @type {{
             *   (properties: chorus.v1.Ok.$Shape): chorus.v1.Ok & chorus.v1.Ok.$Shape;
             *   (properties?: chorus.v1.Ok.$Properties): chorus.v1.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link chorus.v1.Ok.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.Ok
             * @static
             * @param {chorus.v1.Ok.$Properties} message Ok message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ok.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.Ok & chorus.v1.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ok.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.Ok();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Ok message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.Ok
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.Ok} Ok
             */
            Ok.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.Ok)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.Ok: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.chorus.v1.Ok();
            };

            /**
             * Creates a plain object from an Ok message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.Ok
             * @static
             * @param {chorus.v1.Ok} message Ok
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ok.toObject = function () {
                return {};
            };

            /**
             * Converts this Ok to JSON.
             * @function toJSON
             * @memberof chorus.v1.Ok
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ok.prototype.toJSON = function() {
                return Ok.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ok
             * @function getTypeUrl
             * @memberof chorus.v1.Ok
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ok.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.Ok";
            };

            return Ok;
        })();

        v1.RegisterPush = (function() {

            /**
             * Properties of a RegisterPush.
             * @typedef {Object} chorus.v1.RegisterPush.$Properties
             * @property {chorus.v1.PushToken.$Properties|null} [fcm] RegisterPush fcm
             * @property {chorus.v1.PushToken.$Properties|null} [apns] RegisterPush apns
             * @property {chorus.v1.WebPushSubscription.$Properties|null} [webpush] RegisterPush webpush
             * @property {chorus.v1.PushToken.$Properties|null} [webhook] RegisterPush webhook
             * @property {"fcm"|"apns"|"webpush"|"webhook"} [target] RegisterPush target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterPush.
             * @memberof chorus.v1
             * @interface IRegisterPush
             * @augments chorus.v1.RegisterPush.$Properties
             * @deprecated Use chorus.v1.RegisterPush.$Properties instead.
             */

            /**
             * Narrowed shape of a RegisterPush.
             * @typedef {{
             *   fcm?: chorus.v1.PushToken.$Shape|null;
             *   apns?: chorus.v1.PushToken.$Shape|null;
             *   webpush?: chorus.v1.WebPushSubscription.$Shape|null;
             *   webhook?: chorus.v1.PushToken.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ target?: undefined; fcm?: null; apns?: null; webpush?: null; webhook?: null }|{ target?: "fcm"; fcm: chorus.v1.PushToken.$Shape; apns?: null; webpush?: null; webhook?: null }|{ target?: "apns"; fcm?: null; apns: chorus.v1.PushToken.$Shape; webpush?: null; webhook?: null }|{ target?: "webpush"; fcm?: null; apns?: null; webpush: chorus.v1.WebPushSubscription.$Shape; webhook?: null }|{ target?: "webhook"; fcm?: null; apns?: null; webpush?: null; webhook: chorus.v1.PushToken.$Shape })
             * )} chorus.v1.RegisterPush.$Shape
             */

            /**
             * Constructs a new RegisterPush.
             * @memberof chorus.v1
             * @classdesc Represents a RegisterPush.
             * @constructor
             * @param {chorus.v1.RegisterPush.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterPush = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegisterPush fcm.
             * @member {chorus.v1.PushToken.$Properties|null|undefined} fcm
             * @memberof chorus.v1.RegisterPush
             * @instance
             */
            RegisterPush.prototype.fcm = null;

            /**
             * RegisterPush apns.
             * @member {chorus.v1.PushToken.$Properties|null|undefined} apns
             * @memberof chorus.v1.RegisterPush
             * @instance
             */
            RegisterPush.prototype.apns = null;

            /**
             * RegisterPush webpush.
             * @member {chorus.v1.WebPushSubscription.$Properties|null|undefined} webpush
             * @memberof chorus.v1.RegisterPush
             * @instance
             */
            RegisterPush.prototype.webpush = null;

            /**
             * RegisterPush webhook.
             * @member {chorus.v1.PushToken.$Properties|null|undefined} webhook
             * @memberof chorus.v1.RegisterPush
             * @instance
             */
            RegisterPush.prototype.webhook = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * RegisterPush target.
             * @member {"fcm"|"apns"|"webpush"|"webhook"|undefined} target
             * @memberof chorus.v1.RegisterPush
             * @instance
             */
            $Object.defineProperty(RegisterPush.prototype, "target", {
                get: $util.oneOfGetter($oneOfFields = ["fcm", "apns", "webpush", "webhook"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RegisterPush instance using the specified properties.
             * @function create
             * @memberof chorus.v1.RegisterPush
             * @static
             * @param {chorus.v1.RegisterPush.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.RegisterPush} RegisterPush instance
             * @type {{
             *   (properties: chorus.v1.RegisterPush.$Shape): chorus.v1.RegisterPush & chorus.v1.RegisterPush.$Shape;
             *   (properties?: chorus.v1.RegisterPush.$Properties): chorus.v1.RegisterPush;
             * }}
             */
            RegisterPush.create = function(properties) {
                return new RegisterPush(properties);
            };

            /**
             * Encodes the specified RegisterPush message. Does not implicitly {@link chorus.v1.RegisterPush.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.RegisterPush
             * @static
             * @param {chorus.v1.RegisterPush.$Properties} message RegisterPush message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterPush.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fcm != null && $Object.hasOwnProperty.call(message, "fcm"))
                    $root.chorus.v1.PushToken.encode(message.fcm, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.apns != null && $Object.hasOwnProperty.call(message, "apns"))
                    $root.chorus.v1.PushToken.encode(message.apns, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.webpush != null && $Object.hasOwnProperty.call(message, "webpush"))
                    $root.chorus.v1.WebPushSubscription.encode(message.webpush, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.webhook != null && $Object.hasOwnProperty.call(message, "webhook"))
                    $root.chorus.v1.PushToken.encode(message.webhook, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegisterPush message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.RegisterPush
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.RegisterPush & chorus.v1.RegisterPush.$Shape} RegisterPush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterPush.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.RegisterPush();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.fcm = $root.chorus.v1.PushToken.decode(reader, reader.size(), $undefined, _depth + 1, message.fcm);
                            message.target = "fcm";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.apns = $root.chorus.v1.PushToken.decode(reader, reader.size(), $undefined, _depth + 1, message.apns);
                            message.target = "apns";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.webpush = $root.chorus.v1.WebPushSubscription.decode(reader, reader.size(), $undefined, _depth + 1, message.webpush);
                            message.target = "webpush";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.webhook = $root.chorus.v1.PushToken.decode(reader, reader.size(), $undefined, _depth + 1, message.webhook);
                            message.target = "webhook";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RegisterPush message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.RegisterPush
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.RegisterPush} RegisterPush
             */
            RegisterPush.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.RegisterPush)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.RegisterPush: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.RegisterPush();
                if (object.fcm != null) {
                    if (!$util.isObject(object.fcm))
                        throw $TypeError(".chorus.v1.RegisterPush.fcm: object expected");
                    message.fcm = $root.chorus.v1.PushToken.fromObject(object.fcm, _depth + 1);
                }
                if (object.apns != null) {
                    if (!$util.isObject(object.apns))
                        throw $TypeError(".chorus.v1.RegisterPush.apns: object expected");
                    message.apns = $root.chorus.v1.PushToken.fromObject(object.apns, _depth + 1);
                }
                if (object.webpush != null) {
                    if (!$util.isObject(object.webpush))
                        throw $TypeError(".chorus.v1.RegisterPush.webpush: object expected");
                    message.webpush = $root.chorus.v1.WebPushSubscription.fromObject(object.webpush, _depth + 1);
                }
                if (object.webhook != null) {
                    if (!$util.isObject(object.webhook))
                        throw $TypeError(".chorus.v1.RegisterPush.webhook: object expected");
                    message.webhook = $root.chorus.v1.PushToken.fromObject(object.webhook, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RegisterPush message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.RegisterPush
             * @static
             * @param {chorus.v1.RegisterPush} message RegisterPush
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegisterPush.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.fcm != null && $Object.hasOwnProperty.call(message, "fcm")) {
                    object.fcm = $root.chorus.v1.PushToken.toObject(message.fcm, options, _depth + 1);
                    if (options.oneofs)
                        object.target = "fcm";
                }
                if (message.apns != null && $Object.hasOwnProperty.call(message, "apns")) {
                    object.apns = $root.chorus.v1.PushToken.toObject(message.apns, options, _depth + 1);
                    if (options.oneofs)
                        object.target = "apns";
                }
                if (message.webpush != null && $Object.hasOwnProperty.call(message, "webpush")) {
                    object.webpush = $root.chorus.v1.WebPushSubscription.toObject(message.webpush, options, _depth + 1);
                    if (options.oneofs)
                        object.target = "webpush";
                }
                if (message.webhook != null && $Object.hasOwnProperty.call(message, "webhook")) {
                    object.webhook = $root.chorus.v1.PushToken.toObject(message.webhook, options, _depth + 1);
                    if (options.oneofs)
                        object.target = "webhook";
                }
                return object;
            };

            /**
             * Converts this RegisterPush to JSON.
             * @function toJSON
             * @memberof chorus.v1.RegisterPush
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterPush.prototype.toJSON = function() {
                return RegisterPush.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegisterPush
             * @function getTypeUrl
             * @memberof chorus.v1.RegisterPush
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterPush.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.RegisterPush";
            };

            return RegisterPush;
        })();

        v1.PushToken = (function() {

            /**
             * Properties of a PushToken.
             * @typedef {Object} chorus.v1.PushToken.$Properties
             * @property {string|null} [token] PushToken token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PushToken.
             * @memberof chorus.v1
             * @interface IPushToken
             * @augments chorus.v1.PushToken.$Properties
             * @deprecated Use chorus.v1.PushToken.$Properties instead.
             */

            /**
             * Shape of a PushToken.
             * @typedef {chorus.v1.PushToken.$Properties} chorus.v1.PushToken.$Shape
             */

            /**
             * Constructs a new PushToken.
             * @memberof chorus.v1
             * @classdesc Represents a PushToken.
             * @constructor
             * @param {chorus.v1.PushToken.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PushToken = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PushToken token.
             * @member {string} token
             * @memberof chorus.v1.PushToken
             * @instance
             */
            PushToken.prototype.token = "";

            /**
             * Creates a new PushToken instance using the specified properties.
             * @function create
             * @memberof chorus.v1.PushToken
             * @static
             * @param {chorus.v1.PushToken.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.PushToken} PushToken instance
             * @type {{
             *   (properties: chorus.v1.PushToken.$Shape): chorus.v1.PushToken & chorus.v1.PushToken.$Shape;
             *   (properties?: chorus.v1.PushToken.$Properties): chorus.v1.PushToken;
             * }}
             */
            PushToken.create = function(properties) {
                return new PushToken(properties);
            };

            /**
             * Encodes the specified PushToken message. Does not implicitly {@link chorus.v1.PushToken.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.PushToken
             * @static
             * @param {chorus.v1.PushToken.$Properties} message PushToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushToken.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PushToken message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.PushToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.PushToken & chorus.v1.PushToken.$Shape} PushToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushToken.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.PushToken();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PushToken message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.PushToken
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.PushToken} PushToken
             */
            PushToken.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.PushToken)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.PushToken: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.PushToken();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                return message;
            };

            /**
             * Creates a plain object from a PushToken message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.PushToken
             * @static
             * @param {chorus.v1.PushToken} message PushToken
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PushToken.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.token = "";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                return object;
            };

            /**
             * Converts this PushToken to JSON.
             * @function toJSON
             * @memberof chorus.v1.PushToken
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PushToken.prototype.toJSON = function() {
                return PushToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PushToken
             * @function getTypeUrl
             * @memberof chorus.v1.PushToken
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PushToken.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.PushToken";
            };

            return PushToken;
        })();

        v1.WebPushSubscription = (function() {

            /**
             * Properties of a WebPushSubscription.
             * @typedef {Object} chorus.v1.WebPushSubscription.$Properties
             * @property {string|null} [endpoint] WebPushSubscription endpoint
             * @property {string|null} [p256dh] WebPushSubscription p256dh
             * @property {string|null} [auth] WebPushSubscription auth
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WebPushSubscription.
             * @memberof chorus.v1
             * @interface IWebPushSubscription
             * @augments chorus.v1.WebPushSubscription.$Properties
             * @deprecated Use chorus.v1.WebPushSubscription.$Properties instead.
             */

            /**
             * Shape of a WebPushSubscription.
             * @typedef {chorus.v1.WebPushSubscription.$Properties} chorus.v1.WebPushSubscription.$Shape
             */

            /**
             * Constructs a new WebPushSubscription.
             * @memberof chorus.v1
             * @classdesc Represents a WebPushSubscription.
             * @constructor
             * @param {chorus.v1.WebPushSubscription.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WebPushSubscription = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WebPushSubscription endpoint.
             * @member {string} endpoint
             * @memberof chorus.v1.WebPushSubscription
             * @instance
             */
            WebPushSubscription.prototype.endpoint = "";

            /**
             * WebPushSubscription p256dh.
             * @member {string} p256dh
             * @memberof chorus.v1.WebPushSubscription
             * @instance
             */
            WebPushSubscription.prototype.p256dh = "";

            /**
             * WebPushSubscription auth.
             * @member {string} auth
             * @memberof chorus.v1.WebPushSubscription
             * @instance
             */
            WebPushSubscription.prototype.auth = "";

            /**
             * Creates a new WebPushSubscription instance using the specified properties.
             * @function create
             * @memberof chorus.v1.WebPushSubscription
             * @static
             * @param {chorus.v1.WebPushSubscription.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.WebPushSubscription} WebPushSubscription instance
             * @type {{
             *   (properties: chorus.v1.WebPushSubscription.$Shape): chorus.v1.WebPushSubscription & chorus.v1.WebPushSubscription.$Shape;
             *   (properties?: chorus.v1.WebPushSubscription.$Properties): chorus.v1.WebPushSubscription;
             * }}
             */
            WebPushSubscription.create = function(properties) {
                return new WebPushSubscription(properties);
            };

            /**
             * Encodes the specified WebPushSubscription message. Does not implicitly {@link chorus.v1.WebPushSubscription.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.WebPushSubscription
             * @static
             * @param {chorus.v1.WebPushSubscription.$Properties} message WebPushSubscription message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WebPushSubscription.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.endpoint);
                if (message.p256dh != null && $Object.hasOwnProperty.call(message, "p256dh") && message.p256dh !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.p256dh);
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth") && message.auth !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.auth);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WebPushSubscription message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.WebPushSubscription
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.WebPushSubscription & chorus.v1.WebPushSubscription.$Shape} WebPushSubscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WebPushSubscription.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.WebPushSubscription();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.p256dh = value;
                            else
                                delete message.p256dh;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.auth = value;
                            else
                                delete message.auth;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a WebPushSubscription message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.WebPushSubscription
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.WebPushSubscription} WebPushSubscription
             */
            WebPushSubscription.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.WebPushSubscription)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.WebPushSubscription: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.WebPushSubscription();
                if (object.endpoint != null)
                    if (typeof object.endpoint !== "string" || object.endpoint.length)
                        message.endpoint = $String(object.endpoint);
                if (object.p256dh != null)
                    if (typeof object.p256dh !== "string" || object.p256dh.length)
                        message.p256dh = $String(object.p256dh);
                if (object.auth != null)
                    if (typeof object.auth !== "string" || object.auth.length)
                        message.auth = $String(object.auth);
                return message;
            };

            /**
             * Creates a plain object from a WebPushSubscription message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.WebPushSubscription
             * @static
             * @param {chorus.v1.WebPushSubscription} message WebPushSubscription
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WebPushSubscription.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.endpoint = "";
                    object.p256dh = "";
                    object.auth = "";
                }
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = message.endpoint;
                if (message.p256dh != null && $Object.hasOwnProperty.call(message, "p256dh"))
                    object.p256dh = message.p256dh;
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth"))
                    object.auth = message.auth;
                return object;
            };

            /**
             * Converts this WebPushSubscription to JSON.
             * @function toJSON
             * @memberof chorus.v1.WebPushSubscription
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WebPushSubscription.prototype.toJSON = function() {
                return WebPushSubscription.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WebPushSubscription
             * @function getTypeUrl
             * @memberof chorus.v1.WebPushSubscription
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WebPushSubscription.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.WebPushSubscription";
            };

            return WebPushSubscription;
        })();

        v1.UnregisterPush = (function() {

            /**
             * Properties of an UnregisterPush.
             * @typedef {Object} chorus.v1.UnregisterPush.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnregisterPush.
             * @memberof chorus.v1
             * @interface IUnregisterPush
             * @augments chorus.v1.UnregisterPush.$Properties
             * @deprecated Use chorus.v1.UnregisterPush.$Properties instead.
             */

            /**
             * Shape of an UnregisterPush.
             * @typedef {chorus.v1.UnregisterPush.$Properties} chorus.v1.UnregisterPush.$Shape
             */

            /**
             * Constructs a new UnregisterPush.
             * @memberof chorus.v1
             * @classdesc Represents an UnregisterPush.
             * @constructor
             * @param {chorus.v1.UnregisterPush.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnregisterPush = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new UnregisterPush instance using the specified properties.
             * @function create
             * @memberof chorus.v1.UnregisterPush
             * @static
             * @param {chorus.v1.UnregisterPush.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.UnregisterPush} UnregisterPush instance
             * @type {{
             *   (properties: chorus.v1.UnregisterPush.$Shape): chorus.v1.UnregisterPush & chorus.v1.UnregisterPush.$Shape;
             *   (properties?: chorus.v1.UnregisterPush.$Properties): chorus.v1.UnregisterPush;
             * }}
             */
            UnregisterPush.create = function(properties) {
                return new UnregisterPush(properties);
            };

            /**
             * Encodes the specified UnregisterPush message. Does not implicitly {@link chorus.v1.UnregisterPush.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.UnregisterPush
             * @static
             * @param {chorus.v1.UnregisterPush.$Properties} message UnregisterPush message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnregisterPush.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnregisterPush message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.UnregisterPush
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.UnregisterPush & chorus.v1.UnregisterPush.$Shape} UnregisterPush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnregisterPush.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.UnregisterPush();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an UnregisterPush message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.UnregisterPush
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.UnregisterPush} UnregisterPush
             */
            UnregisterPush.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.UnregisterPush)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.UnregisterPush: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.chorus.v1.UnregisterPush();
            };

            /**
             * Creates a plain object from an UnregisterPush message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.UnregisterPush
             * @static
             * @param {chorus.v1.UnregisterPush} message UnregisterPush
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UnregisterPush.toObject = function () {
                return {};
            };

            /**
             * Converts this UnregisterPush to JSON.
             * @function toJSON
             * @memberof chorus.v1.UnregisterPush
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnregisterPush.prototype.toJSON = function() {
                return UnregisterPush.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnregisterPush
             * @function getTypeUrl
             * @memberof chorus.v1.UnregisterPush
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnregisterPush.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.UnregisterPush";
            };

            return UnregisterPush;
        })();

        v1.SetPushPrefs = (function() {

            /**
             * Properties of a SetPushPrefs.
             * @typedef {Object} chorus.v1.SetPushPrefs.$Properties
             * @property {string|null} [conversationId] SetPushPrefs conversationId
             * @property {number|null} [mutedUntilMs] SetPushPrefs mutedUntilMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetPushPrefs.
             * @memberof chorus.v1
             * @interface ISetPushPrefs
             * @augments chorus.v1.SetPushPrefs.$Properties
             * @deprecated Use chorus.v1.SetPushPrefs.$Properties instead.
             */

            /**
             * Shape of a SetPushPrefs.
             * @typedef {chorus.v1.SetPushPrefs.$Properties} chorus.v1.SetPushPrefs.$Shape
             */

            /**
             * Constructs a new SetPushPrefs.
             * @memberof chorus.v1
             * @classdesc Represents a SetPushPrefs.
             * @constructor
             * @param {chorus.v1.SetPushPrefs.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetPushPrefs = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetPushPrefs conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.SetPushPrefs
             * @instance
             */
            SetPushPrefs.prototype.conversationId = "";

            /**
             * SetPushPrefs mutedUntilMs.
             * @member {number} mutedUntilMs
             * @memberof chorus.v1.SetPushPrefs
             * @instance
             */
            SetPushPrefs.prototype.mutedUntilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SetPushPrefs instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SetPushPrefs
             * @static
             * @param {chorus.v1.SetPushPrefs.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SetPushPrefs} SetPushPrefs instance
             * @type {{
             *   (properties: chorus.v1.SetPushPrefs.$Shape): chorus.v1.SetPushPrefs & chorus.v1.SetPushPrefs.$Shape;
             *   (properties?: chorus.v1.SetPushPrefs.$Properties): chorus.v1.SetPushPrefs;
             * }}
             */
            SetPushPrefs.create = function(properties) {
                return new SetPushPrefs(properties);
            };

            /**
             * Encodes the specified SetPushPrefs message. Does not implicitly {@link chorus.v1.SetPushPrefs.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SetPushPrefs
             * @static
             * @param {chorus.v1.SetPushPrefs.$Properties} message SetPushPrefs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetPushPrefs.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.mutedUntilMs != null && $Object.hasOwnProperty.call(message, "mutedUntilMs") && (typeof message.mutedUntilMs === "object" ? message.mutedUntilMs.low || message.mutedUntilMs.high : message.mutedUntilMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.mutedUntilMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetPushPrefs message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SetPushPrefs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SetPushPrefs & chorus.v1.SetPushPrefs.$Shape} SetPushPrefs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetPushPrefs.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SetPushPrefs();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.mutedUntilMs = value;
                            else
                                delete message.mutedUntilMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SetPushPrefs message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SetPushPrefs
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SetPushPrefs} SetPushPrefs
             */
            SetPushPrefs.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SetPushPrefs)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SetPushPrefs: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SetPushPrefs();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.mutedUntilMs != null)
                    if (typeof object.mutedUntilMs === "object" ? object.mutedUntilMs.low || object.mutedUntilMs.high : $Number(object.mutedUntilMs) !== 0)
                        if ($util.Long)
                            message.mutedUntilMs = $util.Long.fromValue(object.mutedUntilMs, false);
                        else if (typeof object.mutedUntilMs === "string")
                            message.mutedUntilMs = $parseInt(object.mutedUntilMs, 10);
                        else if (typeof object.mutedUntilMs === "number")
                            message.mutedUntilMs = object.mutedUntilMs;
                        else if (typeof object.mutedUntilMs === "object")
                            message.mutedUntilMs = new $util.LongBits(object.mutedUntilMs.low >>> 0, object.mutedUntilMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a SetPushPrefs message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SetPushPrefs
             * @static
             * @param {chorus.v1.SetPushPrefs} message SetPushPrefs
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetPushPrefs.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.mutedUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.mutedUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.mutedUntilMs != null && $Object.hasOwnProperty.call(message, "mutedUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.mutedUntilMs = typeof message.mutedUntilMs === "number" ? $BigInt(message.mutedUntilMs) : $util.Long.fromBits(message.mutedUntilMs.low >>> 0, message.mutedUntilMs.high >>> 0, false).toBigInt();
                    else if (typeof message.mutedUntilMs === "number")
                        object.mutedUntilMs = options.longs === $String ? $String(message.mutedUntilMs) : message.mutedUntilMs;
                    else
                        object.mutedUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.mutedUntilMs) : options.longs === $Number ? new $util.LongBits(message.mutedUntilMs.low >>> 0, message.mutedUntilMs.high >>> 0).toNumber() : message.mutedUntilMs;
                return object;
            };

            /**
             * Converts this SetPushPrefs to JSON.
             * @function toJSON
             * @memberof chorus.v1.SetPushPrefs
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetPushPrefs.prototype.toJSON = function() {
                return SetPushPrefs.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetPushPrefs
             * @function getTypeUrl
             * @memberof chorus.v1.SetPushPrefs
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetPushPrefs.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SetPushPrefs";
            };

            return SetPushPrefs;
        })();

        v1.SearchRequest = (function() {

            /**
             * Properties of a SearchRequest.
             * @typedef {Object} chorus.v1.SearchRequest.$Properties
             * @property {string|null} [query] SearchRequest query
             * @property {string|null} [conversationId] SearchRequest conversationId
             * @property {string|null} [senderId] SearchRequest senderId
             * @property {number|null} [sinceMs] SearchRequest sinceMs
             * @property {number|null} [untilMs] SearchRequest untilMs
             * @property {chorus.v1.SearchOrder|null} [order] SearchRequest order
             * @property {number|null} [limit] SearchRequest limit
             * @property {string|null} [cursor] SearchRequest cursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SearchRequest.
             * @memberof chorus.v1
             * @interface ISearchRequest
             * @augments chorus.v1.SearchRequest.$Properties
             * @deprecated Use chorus.v1.SearchRequest.$Properties instead.
             */

            /**
             * Shape of a SearchRequest.
             * @typedef {chorus.v1.SearchRequest.$Properties} chorus.v1.SearchRequest.$Shape
             */

            /**
             * Constructs a new SearchRequest.
             * @memberof chorus.v1
             * @classdesc Represents a SearchRequest.
             * @constructor
             * @param {chorus.v1.SearchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SearchRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SearchRequest query.
             * @member {string} query
             * @memberof chorus.v1.SearchRequest
             * @instance
             */
            SearchRequest.prototype.query = "";

            /**
             * SearchRequest conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.SearchRequest
             * @instance
             */
            SearchRequest.prototype.conversationId = "";

            /**
             * SearchRequest senderId.
             * @member {string} senderId
             * @memberof chorus.v1.SearchRequest
             * @instance
             */
            SearchRequest.prototype.senderId = "";

            /**
             * SearchRequest sinceMs.
             * @member {number|null|undefined} sinceMs
             * @memberof chorus.v1.SearchRequest
             * @instance
             */
            SearchRequest.prototype.sinceMs = null;

            /**
             * SearchRequest untilMs.
             * @member {number|null|undefined} untilMs
             * @memberof chorus.v1.SearchRequest
             * @instance
             */
            SearchRequest.prototype.untilMs = null;

            /**
             * SearchRequest order.
             * @member {chorus.v1.SearchOrder} order
             * @memberof chorus.v1.SearchRequest
             * @instance
             */
            SearchRequest.prototype.order = 0;

            /**
             * SearchRequest limit.
             * @member {number} limit
             * @memberof chorus.v1.SearchRequest
             * @instance
             */
            SearchRequest.prototype.limit = 0;

            /**
             * SearchRequest cursor.
             * @member {string} cursor
             * @memberof chorus.v1.SearchRequest
             * @instance
             */
            SearchRequest.prototype.cursor = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SearchRequest.prototype, "_sinceMs", {
                get: $util.oneOfGetter($oneOfFields = ["sinceMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SearchRequest.prototype, "_untilMs", {
                get: $util.oneOfGetter($oneOfFields = ["untilMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SearchRequest instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SearchRequest
             * @static
             * @param {chorus.v1.SearchRequest.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SearchRequest} SearchRequest instance
             * @type {{
             *   (properties: chorus.v1.SearchRequest.$Shape): chorus.v1.SearchRequest & chorus.v1.SearchRequest.$Shape;
             *   (properties?: chorus.v1.SearchRequest.$Properties): chorus.v1.SearchRequest;
             * }}
             */
            SearchRequest.create = function(properties) {
                return new SearchRequest(properties);
            };

            /**
             * Encodes the specified SearchRequest message. Does not implicitly {@link chorus.v1.SearchRequest.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SearchRequest
             * @static
             * @param {chorus.v1.SearchRequest.$Properties} message SearchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SearchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.query);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.senderId);
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.sinceMs);
                if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.untilMs);
                if (message.order != null && $Object.hasOwnProperty.call(message, "order") && message.order !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.order);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.limit);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SearchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SearchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SearchRequest & chorus.v1.SearchRequest.$Shape} SearchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SearchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SearchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.query = value;
                            else
                                delete message.query;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.sinceMs = reader.int64();
                            message._sinceMs = "sinceMs";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.untilMs = reader.int64();
                            message._untilMs = "untilMs";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.order = value;
                            else
                                delete message.order;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SearchRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SearchRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SearchRequest} SearchRequest
             */
            SearchRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SearchRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SearchRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SearchRequest();
                if (object.query != null)
                    if (typeof object.query !== "string" || object.query.length)
                        message.query = $String(object.query);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.sinceMs != null)
                    if ($util.Long)
                        message.sinceMs = $util.Long.fromValue(object.sinceMs, false);
                    else if (typeof object.sinceMs === "string")
                        message.sinceMs = $parseInt(object.sinceMs, 10);
                    else if (typeof object.sinceMs === "number")
                        message.sinceMs = object.sinceMs;
                    else if (typeof object.sinceMs === "object")
                        message.sinceMs = new $util.LongBits(object.sinceMs.low >>> 0, object.sinceMs.high >>> 0).toNumber();
                if (object.untilMs != null)
                    if ($util.Long)
                        message.untilMs = $util.Long.fromValue(object.untilMs, false);
                    else if (typeof object.untilMs === "string")
                        message.untilMs = $parseInt(object.untilMs, 10);
                    else if (typeof object.untilMs === "number")
                        message.untilMs = object.untilMs;
                    else if (typeof object.untilMs === "object")
                        message.untilMs = new $util.LongBits(object.untilMs.low >>> 0, object.untilMs.high >>> 0).toNumber();
                if (object.order !== 0 && (typeof object.order !== "string" || $root.chorus.v1.SearchOrder[object.order] !== 0))
                    switch (object.order) {
                    case "SEARCH_ORDER_NEWEST":
                    case 0:
                        message.order = 0;
                        break;
                    case "SEARCH_ORDER_RELEVANCE":
                    case 1:
                        message.order = 1;
                        break;
                    default:
                        if (typeof object.order === "number" && (object.order | 0) === object.order)
                            message.order = object.order;
                    }
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                return message;
            };

            /**
             * Creates a plain object from a SearchRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SearchRequest
             * @static
             * @param {chorus.v1.SearchRequest} message SearchRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SearchRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.query = "";
                    object.conversationId = "";
                    object.senderId = "";
                    object.order = options.enums === $String ? "SEARCH_ORDER_NEWEST" : 0;
                    object.limit = 0;
                    object.cursor = "";
                }
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = message.query;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceMs = typeof message.sinceMs === "number" ? $BigInt(message.sinceMs) : $util.Long.fromBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sinceMs === "number")
                        object.sinceMs = options.longs === $String ? $String(message.sinceMs) : message.sinceMs;
                    else
                        object.sinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceMs) : options.longs === $Number ? new $util.LongBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0).toNumber() : message.sinceMs;
                if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.untilMs = typeof message.untilMs === "number" ? $BigInt(message.untilMs) : $util.Long.fromBits(message.untilMs.low >>> 0, message.untilMs.high >>> 0, false).toBigInt();
                    else if (typeof message.untilMs === "number")
                        object.untilMs = options.longs === $String ? $String(message.untilMs) : message.untilMs;
                    else
                        object.untilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.untilMs) : options.longs === $Number ? new $util.LongBits(message.untilMs.low >>> 0, message.untilMs.high >>> 0).toNumber() : message.untilMs;
                if (message.order != null && $Object.hasOwnProperty.call(message, "order"))
                    object.order = options.enums === $String ? $root.chorus.v1.SearchOrder[message.order] === $undefined ? message.order : $root.chorus.v1.SearchOrder[message.order] : message.order;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            /**
             * Converts this SearchRequest to JSON.
             * @function toJSON
             * @memberof chorus.v1.SearchRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SearchRequest.prototype.toJSON = function() {
                return SearchRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SearchRequest
             * @function getTypeUrl
             * @memberof chorus.v1.SearchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SearchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SearchRequest";
            };

            return SearchRequest;
        })();

        /**
         * SearchOrder enum.
         * @name chorus.v1.SearchOrder
         * @enum {number}
         * @property {number} SEARCH_ORDER_NEWEST=0 SEARCH_ORDER_NEWEST value
         * @property {number} SEARCH_ORDER_RELEVANCE=1 SEARCH_ORDER_RELEVANCE value
         */
        v1.SearchOrder = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEARCH_ORDER_NEWEST"] = 0;
            values[valuesById[1] = "SEARCH_ORDER_RELEVANCE"] = 1;
            return values;
        })();

        v1.SearchResults = (function() {

            /**
             * Properties of a SearchResults.
             * @typedef {Object} chorus.v1.SearchResults.$Properties
             * @property {Array.<chorus.v1.SearchHit.$Properties>|null} [hits] SearchResults hits
             * @property {string|null} [nextCursor] SearchResults nextCursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SearchResults.
             * @memberof chorus.v1
             * @interface ISearchResults
             * @augments chorus.v1.SearchResults.$Properties
             * @deprecated Use chorus.v1.SearchResults.$Properties instead.
             */

            /**
             * Shape of a SearchResults.
             * @typedef {chorus.v1.SearchResults.$Properties} chorus.v1.SearchResults.$Shape
             */

            /**
             * Constructs a new SearchResults.
             * @memberof chorus.v1
             * @classdesc Represents a SearchResults.
             * @constructor
             * @param {chorus.v1.SearchResults.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SearchResults = function (properties) {
                this.hits = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SearchResults hits.
             * @member {Array.<chorus.v1.SearchHit.$Properties>} hits
             * @memberof chorus.v1.SearchResults
             * @instance
             */
            SearchResults.prototype.hits = $util.emptyArray;

            /**
             * SearchResults nextCursor.
             * @member {string} nextCursor
             * @memberof chorus.v1.SearchResults
             * @instance
             */
            SearchResults.prototype.nextCursor = "";

            /**
             * Creates a new SearchResults instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SearchResults
             * @static
             * @param {chorus.v1.SearchResults.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SearchResults} SearchResults instance
             * @type {{
             *   (properties: chorus.v1.SearchResults.$Shape): chorus.v1.SearchResults & chorus.v1.SearchResults.$Shape;
             *   (properties?: chorus.v1.SearchResults.$Properties): chorus.v1.SearchResults;
             * }}
             */
            SearchResults.create = function(properties) {
                return new SearchResults(properties);
            };

            /**
             * Encodes the specified SearchResults message. Does not implicitly {@link chorus.v1.SearchResults.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SearchResults
             * @static
             * @param {chorus.v1.SearchResults.$Properties} message SearchResults message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SearchResults.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hits != null && message.hits.length)
                    for (let i = 0; i < message.hits.length; ++i)
                        $root.chorus.v1.SearchHit.encode(message.hits[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SearchResults message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SearchResults
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SearchResults & chorus.v1.SearchResults.$Shape} SearchResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SearchResults.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SearchResults();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hits && message.hits.length))
                                message.hits = [];
                            message.hits.push($root.chorus.v1.SearchHit.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SearchResults message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SearchResults
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SearchResults} SearchResults
             */
            SearchResults.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SearchResults)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SearchResults: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SearchResults();
                if (object.hits) {
                    if (!$Array.isArray(object.hits))
                        throw $TypeError(".chorus.v1.SearchResults.hits: array expected");
                    message.hits = $Array(object.hits.length);
                    for (let i = 0; i < object.hits.length; ++i) {
                        if (!$util.isObject(object.hits[i]))
                            throw $TypeError(".chorus.v1.SearchResults.hits: object expected");
                        message.hits[i] = $root.chorus.v1.SearchHit.fromObject(object.hits[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            /**
             * Creates a plain object from a SearchResults message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SearchResults
             * @static
             * @param {chorus.v1.SearchResults} message SearchResults
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SearchResults.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hits = [];
                if (options.defaults)
                    object.nextCursor = "";
                if (message.hits && message.hits.length) {
                    object.hits = $Array(message.hits.length);
                    for (let j = 0; j < message.hits.length; ++j)
                        object.hits[j] = $root.chorus.v1.SearchHit.toObject(message.hits[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            /**
             * Converts this SearchResults to JSON.
             * @function toJSON
             * @memberof chorus.v1.SearchResults
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SearchResults.prototype.toJSON = function() {
                return SearchResults.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SearchResults
             * @function getTypeUrl
             * @memberof chorus.v1.SearchResults
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SearchResults.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SearchResults";
            };

            return SearchResults;
        })();

        v1.SearchHit = (function() {

            /**
             * Properties of a SearchHit.
             * @typedef {Object} chorus.v1.SearchHit.$Properties
             * @property {string|null} [conversationId] SearchHit conversationId
             * @property {number|null} [seq] SearchHit seq
             * @property {string|null} [senderId] SearchHit senderId
             * @property {number|null} [sentAtMs] SearchHit sentAtMs
             * @property {string|null} [snippet] SearchHit snippet
             * @property {Array.<chorus.v1.SearchHighlight.$Properties>|null} [highlights] SearchHit highlights
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SearchHit.
             * @memberof chorus.v1
             * @interface ISearchHit
             * @augments chorus.v1.SearchHit.$Properties
             * @deprecated Use chorus.v1.SearchHit.$Properties instead.
             */

            /**
             * Shape of a SearchHit.
             * @typedef {chorus.v1.SearchHit.$Properties} chorus.v1.SearchHit.$Shape
             */

            /**
             * Constructs a new SearchHit.
             * @memberof chorus.v1
             * @classdesc Represents a SearchHit.
             * @constructor
             * @param {chorus.v1.SearchHit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SearchHit = function (properties) {
                this.highlights = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SearchHit conversationId.
             * @member {string} conversationId
             * @memberof chorus.v1.SearchHit
             * @instance
             */
            SearchHit.prototype.conversationId = "";

            /**
             * SearchHit seq.
             * @member {number} seq
             * @memberof chorus.v1.SearchHit
             * @instance
             */
            SearchHit.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SearchHit senderId.
             * @member {string} senderId
             * @memberof chorus.v1.SearchHit
             * @instance
             */
            SearchHit.prototype.senderId = "";

            /**
             * SearchHit sentAtMs.
             * @member {number} sentAtMs
             * @memberof chorus.v1.SearchHit
             * @instance
             */
            SearchHit.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SearchHit snippet.
             * @member {string} snippet
             * @memberof chorus.v1.SearchHit
             * @instance
             */
            SearchHit.prototype.snippet = "";

            /**
             * SearchHit highlights.
             * @member {Array.<chorus.v1.SearchHighlight.$Properties>} highlights
             * @memberof chorus.v1.SearchHit
             * @instance
             */
            SearchHit.prototype.highlights = $util.emptyArray;

            /**
             * Creates a new SearchHit instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SearchHit
             * @static
             * @param {chorus.v1.SearchHit.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SearchHit} SearchHit instance
             * @type {{
             *   (properties: chorus.v1.SearchHit.$Shape): chorus.v1.SearchHit & chorus.v1.SearchHit.$Shape;
             *   (properties?: chorus.v1.SearchHit.$Properties): chorus.v1.SearchHit;
             * }}
             */
            SearchHit.create = function(properties) {
                return new SearchHit(properties);
            };

            /**
             * Encodes the specified SearchHit message. Does not implicitly {@link chorus.v1.SearchHit.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SearchHit
             * @static
             * @param {chorus.v1.SearchHit.$Properties} message SearchHit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SearchHit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.senderId);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.sentAtMs);
                if (message.snippet != null && $Object.hasOwnProperty.call(message, "snippet") && message.snippet !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.snippet);
                if (message.highlights != null && message.highlights.length)
                    for (let i = 0; i < message.highlights.length; ++i)
                        $root.chorus.v1.SearchHighlight.encode(message.highlights[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SearchHit message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SearchHit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SearchHit & chorus.v1.SearchHit.$Shape} SearchHit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SearchHit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SearchHit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.snippet = value;
                            else
                                delete message.snippet;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.highlights && message.highlights.length))
                                message.highlights = [];
                            message.highlights.push($root.chorus.v1.SearchHighlight.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SearchHit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SearchHit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SearchHit} SearchHit
             */
            SearchHit.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SearchHit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SearchHit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SearchHit();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.snippet != null)
                    if (typeof object.snippet !== "string" || object.snippet.length)
                        message.snippet = $String(object.snippet);
                if (object.highlights) {
                    if (!$Array.isArray(object.highlights))
                        throw $TypeError(".chorus.v1.SearchHit.highlights: array expected");
                    message.highlights = $Array(object.highlights.length);
                    for (let i = 0; i < object.highlights.length; ++i) {
                        if (!$util.isObject(object.highlights[i]))
                            throw $TypeError(".chorus.v1.SearchHit.highlights: object expected");
                        message.highlights[i] = $root.chorus.v1.SearchHighlight.fromObject(object.highlights[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SearchHit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SearchHit
             * @static
             * @param {chorus.v1.SearchHit} message SearchHit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SearchHit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.highlights = [];
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.senderId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.snippet = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.snippet != null && $Object.hasOwnProperty.call(message, "snippet"))
                    object.snippet = message.snippet;
                if (message.highlights && message.highlights.length) {
                    object.highlights = $Array(message.highlights.length);
                    for (let j = 0; j < message.highlights.length; ++j)
                        object.highlights[j] = $root.chorus.v1.SearchHighlight.toObject(message.highlights[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this SearchHit to JSON.
             * @function toJSON
             * @memberof chorus.v1.SearchHit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SearchHit.prototype.toJSON = function() {
                return SearchHit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SearchHit
             * @function getTypeUrl
             * @memberof chorus.v1.SearchHit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SearchHit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SearchHit";
            };

            return SearchHit;
        })();

        v1.SearchHighlight = (function() {

            /**
             * Properties of a SearchHighlight.
             * @typedef {Object} chorus.v1.SearchHighlight.$Properties
             * @property {number|null} [start] SearchHighlight start
             * @property {number|null} [length] SearchHighlight length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SearchHighlight.
             * @memberof chorus.v1
             * @interface ISearchHighlight
             * @augments chorus.v1.SearchHighlight.$Properties
             * @deprecated Use chorus.v1.SearchHighlight.$Properties instead.
             */

            /**
             * Shape of a SearchHighlight.
             * @typedef {chorus.v1.SearchHighlight.$Properties} chorus.v1.SearchHighlight.$Shape
             */

            /**
             * Constructs a new SearchHighlight.
             * @memberof chorus.v1
             * @classdesc Represents a SearchHighlight.
             * @constructor
             * @param {chorus.v1.SearchHighlight.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SearchHighlight = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SearchHighlight start.
             * @member {number} start
             * @memberof chorus.v1.SearchHighlight
             * @instance
             */
            SearchHighlight.prototype.start = 0;

            /**
             * SearchHighlight length.
             * @member {number} length
             * @memberof chorus.v1.SearchHighlight
             * @instance
             */
            SearchHighlight.prototype.length = 0;

            /**
             * Creates a new SearchHighlight instance using the specified properties.
             * @function create
             * @memberof chorus.v1.SearchHighlight
             * @static
             * @param {chorus.v1.SearchHighlight.$Properties=} [properties] Properties to set
             * @returns {chorus.v1.SearchHighlight} SearchHighlight instance
             * @type {{
             *   (properties: chorus.v1.SearchHighlight.$Shape): chorus.v1.SearchHighlight & chorus.v1.SearchHighlight.$Shape;
             *   (properties?: chorus.v1.SearchHighlight.$Properties): chorus.v1.SearchHighlight;
             * }}
             */
            SearchHighlight.create = function(properties) {
                return new SearchHighlight(properties);
            };

            /**
             * Encodes the specified SearchHighlight message. Does not implicitly {@link chorus.v1.SearchHighlight.verify|verify} messages.
             * @function encode
             * @memberof chorus.v1.SearchHighlight
             * @static
             * @param {chorus.v1.SearchHighlight.$Properties} message SearchHighlight message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SearchHighlight.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.start);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.length);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SearchHighlight message from the specified reader or buffer.
             * @function decode
             * @memberof chorus.v1.SearchHighlight
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {chorus.v1.SearchHighlight & chorus.v1.SearchHighlight.$Shape} SearchHighlight
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SearchHighlight.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.chorus.v1.SearchHighlight();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SearchHighlight message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof chorus.v1.SearchHighlight
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {chorus.v1.SearchHighlight} SearchHighlight
             */
            SearchHighlight.fromObject = function (object, _depth) {
                if (object instanceof $root.chorus.v1.SearchHighlight)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".chorus.v1.SearchHighlight: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.chorus.v1.SearchHighlight();
                if (object.start != null)
                    if ($Number(object.start) !== 0)
                        message.start = object.start >>> 0;
                if (object.length != null)
                    if ($Number(object.length) !== 0)
                        message.length = object.length >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SearchHighlight message. Also converts values to other types if specified.
             * @function toObject
             * @memberof chorus.v1.SearchHighlight
             * @static
             * @param {chorus.v1.SearchHighlight} message SearchHighlight
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SearchHighlight.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.start = 0;
                    object.length = 0;
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = message.start;
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    object.length = message.length;
                return object;
            };

            /**
             * Converts this SearchHighlight to JSON.
             * @function toJSON
             * @memberof chorus.v1.SearchHighlight
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SearchHighlight.prototype.toJSON = function() {
                return SearchHighlight.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SearchHighlight
             * @function getTypeUrl
             * @memberof chorus.v1.SearchHighlight
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SearchHighlight.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/chorus.v1.SearchHighlight";
            };

            return SearchHighlight;
        })();

        return v1;
    })();

    return chorus;
})();

export {
  $root as default
};

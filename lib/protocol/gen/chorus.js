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
             * @property {"hello"|"ping"|"send"|"history"|"sync"|"createConversation"|"listConversations"|"receipt"} [body] ClientFrame body
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
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "hello"; hello: chorus.v1.Hello.$Shape; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "ping"; hello?: null; ping: chorus.v1.Ping.$Shape; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "send"; hello?: null; ping?: null; send: chorus.v1.SendMessage.$Shape; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "history"; hello?: null; ping?: null; send?: null; history: chorus.v1.HistoryRequest.$Shape; sync?: null; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "sync"; hello?: null; ping?: null; send?: null; history?: null; sync: chorus.v1.SyncRequest.$Shape; createConversation?: null; listConversations?: null; receipt?: null }|{ body?: "createConversation"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation: chorus.v1.CreateConversation.$Shape; listConversations?: null; receipt?: null }|{ body?: "listConversations"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations: chorus.v1.ListConversations.$Shape; receipt?: null }|{ body?: "receipt"; hello?: null; ping?: null; send?: null; history?: null; sync?: null; createConversation?: null; listConversations?: null; receipt: chorus.v1.Receipt.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientFrame body.
             * @member {"hello"|"ping"|"send"|"history"|"sync"|"createConversation"|"listConversations"|"receipt"|undefined} body
             * @memberof chorus.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "ping", "send", "history", "sync", "createConversation", "listConversations", "receipt"]),
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
             * @property {chorus.v1.Message.$Properties|null} [message] ServerFrame message
             * @property {chorus.v1.Conversation.$Properties|null} [joined] ServerFrame joined
             * @property {"welcome"|"pong"|"error"|"ack"|"history"|"sync"|"conversation"|"conversations"|"receipt"|"message"|"joined"} [body] ServerFrame body
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
             *   message?: chorus.v1.Message.$Shape|null;
             *   joined?: chorus.v1.Conversation.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "welcome"; welcome: chorus.v1.Welcome.$Shape; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "pong"; welcome?: null; pong: chorus.v1.Pong.$Shape; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "error"; welcome?: null; pong?: null; error: chorus.v1.Error.$Shape; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "ack"; welcome?: null; pong?: null; error?: null; ack: chorus.v1.SendAck.$Shape; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "history"; welcome?: null; pong?: null; error?: null; ack?: null; history: chorus.v1.HistoryPage.$Shape; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "sync"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync: chorus.v1.SyncPage.$Shape; conversation?: null; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "conversation"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation: chorus.v1.Conversation.$Shape; conversations?: null; receipt?: null; message?: null; joined?: null }|{ body?: "conversations"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations: chorus.v1.ConversationList.$Shape; receipt?: null; message?: null; joined?: null }|{ body?: "receipt"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt: chorus.v1.ReceiptAck.$Shape; message?: null; joined?: null }|{ body?: "message"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message: chorus.v1.Message.$Shape; joined?: null }|{ body?: "joined"; welcome?: null; pong?: null; error?: null; ack?: null; history?: null; sync?: null; conversation?: null; conversations?: null; receipt?: null; message?: null; joined: chorus.v1.Conversation.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerFrame body.
             * @member {"welcome"|"pong"|"error"|"ack"|"history"|"sync"|"conversation"|"conversations"|"receipt"|"message"|"joined"|undefined} body
             * @memberof chorus.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["welcome", "pong", "error", "ack", "history", "sync", "conversation", "conversations", "receipt", "message", "joined"]),
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
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.chorus.v1.Message.encode(message.message, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.joined != null && $Object.hasOwnProperty.call(message, "joined"))
                    $root.chorus.v1.Conversation.encode(message.joined, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
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
                if (options.defaults)
                    object.limit = 0;
                if (message.cursors && message.cursors.length) {
                    object.cursors = $Array(message.cursors.length);
                    for (let j = 0; j < message.cursors.length; ++j)
                        object.cursors[j] = $root.chorus.v1.Cursor.toObject(message.cursors[j], options, _depth + 1);
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
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
                if (options.arrays || options.defaults)
                    object.members = [];
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

        return v1;
    })();

    return chorus;
})();

export {
  $root as default
};

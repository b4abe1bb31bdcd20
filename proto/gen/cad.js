/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const cad = $root.cad = (() => {

    /**
     * Namespace cad.
     * @exports cad
     * @namespace
     */
    const cad = {};

    cad.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof cad
         * @namespace
         */
        const v1 = {};

        v1.Station = (function() {

            /**
             * Properties of a Station.
             * @typedef {Object} cad.v1.Station.$Properties
             * @property {string|null} [id] The station's id, unique within the agency's roster. Required when a station is given.
             * @property {number|null} [lon] Longitude in WGS84 degrees (-180..180). Required when a station is given.
             * @property {number|null} [lat] Latitude in WGS84 degrees (-90..90). Required when a station is given.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Station.
             * @memberof cad.v1
             * @interface IStation
             * @augments cad.v1.Station.$Properties
             * @deprecated Use cad.v1.Station.$Properties instead.
             */

            /**
             * Shape of a Station.
             * @typedef {cad.v1.Station.$Properties} cad.v1.Station.$Shape
             */

            /**
             * Constructs a new Station.
             * @memberof cad.v1
             * @classdesc A fire station, ambulance post or other base a unit returns to.
             * @constructor
             * @param {cad.v1.Station.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Station = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The station's id, unique within the agency's roster. Required when a station is given.
             * @member {string} id
             * @memberof cad.v1.Station
             * @instance
             */
            Station.prototype.id = "";

            /**
             * Longitude in WGS84 degrees (-180..180). Required when a station is given.
             * @member {number|null|undefined} lon
             * @memberof cad.v1.Station
             * @instance
             */
            Station.prototype.lon = null;

            /**
             * Latitude in WGS84 degrees (-90..90). Required when a station is given.
             * @member {number|null|undefined} lat
             * @memberof cad.v1.Station
             * @instance
             */
            Station.prototype.lat = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Station.prototype, "_lon", {
                get: $util.oneOfGetter($oneOfFields = ["lon"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Station.prototype, "_lat", {
                get: $util.oneOfGetter($oneOfFields = ["lat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Station instance using the specified properties.
             * @function create
             * @memberof cad.v1.Station
             * @static
             * @param {cad.v1.Station.$Properties=} [properties] Properties to set
             * @returns {cad.v1.Station} Station instance
             * @type {{
             *   (properties: cad.v1.Station.$Shape): cad.v1.Station & cad.v1.Station.$Shape;
             *   (properties?: cad.v1.Station.$Properties): cad.v1.Station;
             * }}
             */
            Station.create = function(properties) {
                return new Station(properties);
            };

            /**
             * Encodes the specified Station message. Does not implicitly {@link cad.v1.Station.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.Station
             * @static
             * @param {cad.v1.Station.$Properties} message Station message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Station.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.lat);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Station message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.Station
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.Station & cad.v1.Station.$Shape} Station
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Station.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.Station();
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
                            if (wireType !== 1)
                                break;
                            message.lon = reader.double();
                            message._lon = "lon";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.lat = reader.double();
                            message._lat = "lat";
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

            return Station;
        })();

        v1.ReceiveCall = (function() {

            /**
             * Properties of a ReceiveCall.
             * @typedef {Object} cad.v1.ReceiveCall.$Properties
             * @property {string|null} [callId] The call's id, unique within the agency. Required.
             * @property {number|Long|null} [receivedAtMs] When the call reached the PSAP, epoch milliseconds. Required; not after the input's
             * instant, nor more than the config's calls.maxAgeSeconds before it (CALL_TOO_OLD).
             * @property {number|Long|null} [answeredAtMs] When a call-taker answered it, epoch milliseconds. Optional.
             * @property {number|null} [lon] Caller or incident longitude, WGS84 degrees. Required.
             * @property {number|null} [lat] Caller or incident latitude, WGS84 degrees. Required.
             * @property {string|null} [address] Street address as text, for people; up to 500 characters. Optional.
             * @property {string|null} [callType] A configured call-type code (e.g. "MED", "AFA" in config/default.yaml), matched exactly,
             * case included. A code that differs from a configured one only in case is rejected
             * UNKNOWN_CALL_TYPE; an unknown or empty one falls back to the configured default type
             * ("UNK"; event CallTypeDefaulted). Up to 64 characters.
             * @property {string|null} [callerNumber] The caller's number (ANI); up to 64 characters. Optional.
             * @property {Array.<string>|null} [flags] Caller flags that may raise the priority (e.g. "WEAPONS", "INJURIES"); at most 32, each a
             * configured flag matched exactly, case included: an unknown one is rejected UNKNOWN_FLAG.
             * @property {string|null} [description] Free text from the call-taker. Optional.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiveCall.
             * @memberof cad.v1
             * @interface IReceiveCall
             * @augments cad.v1.ReceiveCall.$Properties
             * @deprecated Use cad.v1.ReceiveCall.$Properties instead.
             */

            /**
             * Shape of a ReceiveCall.
             * @typedef {cad.v1.ReceiveCall.$Properties} cad.v1.ReceiveCall.$Shape
             */

            /**
             * Constructs a new ReceiveCall.
             * @memberof cad.v1
             * @classdesc A 911 call from call-taking or NG911: either a new incident or another caller about an
             * incident the engine already knows (matched by distance and time).
             * Subject: cad.<agency>.in.call
             * @constructor
             * @param {cad.v1.ReceiveCall.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiveCall = function (properties) {
                this.flags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The call's id, unique within the agency. Required.
             * @member {string} callId
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.callId = "";

            /**
             * When the call reached the PSAP, epoch milliseconds. Required; not after the input's
             * instant, nor more than the config's calls.maxAgeSeconds before it (CALL_TOO_OLD).
             * @member {number|Long|null|undefined} receivedAtMs
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.receivedAtMs = null;

            /**
             * When a call-taker answered it, epoch milliseconds. Optional.
             * @member {number|Long|null|undefined} answeredAtMs
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.answeredAtMs = null;

            /**
             * Caller or incident longitude, WGS84 degrees. Required.
             * @member {number|null|undefined} lon
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.lon = null;

            /**
             * Caller or incident latitude, WGS84 degrees. Required.
             * @member {number|null|undefined} lat
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.lat = null;

            /**
             * Street address as text, for people; up to 500 characters. Optional.
             * @member {string} address
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.address = "";

            /**
             * A configured call-type code (e.g. "MED", "AFA" in config/default.yaml), matched exactly,
             * case included. A code that differs from a configured one only in case is rejected
             * UNKNOWN_CALL_TYPE; an unknown or empty one falls back to the configured default type
             * ("UNK"; event CallTypeDefaulted). Up to 64 characters.
             * @member {string} callType
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.callType = "";

            /**
             * The caller's number (ANI); up to 64 characters. Optional.
             * @member {string} callerNumber
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.callerNumber = "";

            /**
             * Caller flags that may raise the priority (e.g. "WEAPONS", "INJURIES"); at most 32, each a
             * configured flag matched exactly, case included: an unknown one is rejected UNKNOWN_FLAG.
             * @member {Array.<string>} flags
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.flags = $util.emptyArray;

            /**
             * Free text from the call-taker. Optional.
             * @member {string} description
             * @memberof cad.v1.ReceiveCall
             * @instance
             */
            ReceiveCall.prototype.description = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ReceiveCall.prototype, "_receivedAtMs", {
                get: $util.oneOfGetter($oneOfFields = ["receivedAtMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ReceiveCall.prototype, "_answeredAtMs", {
                get: $util.oneOfGetter($oneOfFields = ["answeredAtMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ReceiveCall.prototype, "_lon", {
                get: $util.oneOfGetter($oneOfFields = ["lon"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ReceiveCall.prototype, "_lat", {
                get: $util.oneOfGetter($oneOfFields = ["lat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ReceiveCall instance using the specified properties.
             * @function create
             * @memberof cad.v1.ReceiveCall
             * @static
             * @param {cad.v1.ReceiveCall.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ReceiveCall} ReceiveCall instance
             * @type {{
             *   (properties: cad.v1.ReceiveCall.$Shape): cad.v1.ReceiveCall & cad.v1.ReceiveCall.$Shape;
             *   (properties?: cad.v1.ReceiveCall.$Properties): cad.v1.ReceiveCall;
             * }}
             */
            ReceiveCall.create = function(properties) {
                return new ReceiveCall(properties);
            };

            /**
             * Encodes the specified ReceiveCall message. Does not implicitly {@link cad.v1.ReceiveCall.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ReceiveCall
             * @static
             * @param {cad.v1.ReceiveCall.$Properties} message ReceiveCall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiveCall.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.callId);
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.receivedAtMs);
                if (message.answeredAtMs != null && $Object.hasOwnProperty.call(message, "answeredAtMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.answeredAtMs);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.lat);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.address);
                if (message.callType != null && $Object.hasOwnProperty.call(message, "callType") && message.callType !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.callType);
                if (message.callerNumber != null && $Object.hasOwnProperty.call(message, "callerNumber") && message.callerNumber !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.callerNumber);
                if (message.flags != null && message.flags.length)
                    for (let i = 0; i < message.flags.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.flags[i]);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.description);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiveCall message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ReceiveCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ReceiveCall & cad.v1.ReceiveCall.$Shape} ReceiveCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiveCall.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ReceiveCall();
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
                                message.callId = value;
                            else
                                delete message.callId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.receivedAtMs = reader.int64();
                            message._receivedAtMs = "receivedAtMs";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.answeredAtMs = reader.int64();
                            message._answeredAtMs = "answeredAtMs";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.lon = reader.double();
                            message._lon = "lon";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.lat = reader.double();
                            message._lat = "lat";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callType = value;
                            else
                                delete message.callType;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callerNumber = value;
                            else
                                delete message.callerNumber;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.flags && message.flags.length))
                                message.flags = [];
                            message.flags.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
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

            return ReceiveCall;
        })();

        v1.SplitCall = (function() {

            /**
             * Properties of a SplitCall.
             * @typedef {Object} cad.v1.SplitCall.$Properties
             * @property {string|null} [callId] The call to split off. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SplitCall.
             * @memberof cad.v1
             * @interface ISplitCall
             * @augments cad.v1.SplitCall.$Properties
             * @deprecated Use cad.v1.SplitCall.$Properties instead.
             */

            /**
             * Shape of a SplitCall.
             * @typedef {cad.v1.SplitCall.$Properties} cad.v1.SplitCall.$Shape
             */

            /**
             * Constructs a new SplitCall.
             * @memberof cad.v1
             * @classdesc Take an attached call out of its incident into an incident of its own; the timelines of
             * both incidents record it.
             * Subject: cad.<agency>.in.cmd.split
             * @constructor
             * @param {cad.v1.SplitCall.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SplitCall = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The call to split off. Required.
             * @member {string} callId
             * @memberof cad.v1.SplitCall
             * @instance
             */
            SplitCall.prototype.callId = "";

            /**
             * Creates a new SplitCall instance using the specified properties.
             * @function create
             * @memberof cad.v1.SplitCall
             * @static
             * @param {cad.v1.SplitCall.$Properties=} [properties] Properties to set
             * @returns {cad.v1.SplitCall} SplitCall instance
             * @type {{
             *   (properties: cad.v1.SplitCall.$Shape): cad.v1.SplitCall & cad.v1.SplitCall.$Shape;
             *   (properties?: cad.v1.SplitCall.$Properties): cad.v1.SplitCall;
             * }}
             */
            SplitCall.create = function(properties) {
                return new SplitCall(properties);
            };

            /**
             * Encodes the specified SplitCall message. Does not implicitly {@link cad.v1.SplitCall.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.SplitCall
             * @static
             * @param {cad.v1.SplitCall.$Properties} message SplitCall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SplitCall.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.callId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SplitCall message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.SplitCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.SplitCall & cad.v1.SplitCall.$Shape} SplitCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SplitCall.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.SplitCall();
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
                                message.callId = value;
                            else
                                delete message.callId;
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

            return SplitCall;
        })();

        v1.MergeIncidents = (function() {

            /**
             * Properties of a MergeIncidents.
             * @typedef {Object} cad.v1.MergeIncidents.$Properties
             * @property {string|null} [incidentId] The incident that goes away. Required.
             * @property {string|null} [intoIncidentId] The incident that takes its calls and units. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MergeIncidents.
             * @memberof cad.v1
             * @interface IMergeIncidents
             * @augments cad.v1.MergeIncidents.$Properties
             * @deprecated Use cad.v1.MergeIncidents.$Properties instead.
             */

            /**
             * Shape of a MergeIncidents.
             * @typedef {cad.v1.MergeIncidents.$Properties} cad.v1.MergeIncidents.$Shape
             */

            /**
             * Constructs a new MergeIncidents.
             * @memberof cad.v1
             * @classdesc Merge one incident into another; the source closes as MERGED and keeps its lineage.
             * Subject: cad.<agency>.in.cmd.merge
             * @constructor
             * @param {cad.v1.MergeIncidents.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MergeIncidents = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident that goes away. Required.
             * @member {string} incidentId
             * @memberof cad.v1.MergeIncidents
             * @instance
             */
            MergeIncidents.prototype.incidentId = "";

            /**
             * The incident that takes its calls and units. Required.
             * @member {string} intoIncidentId
             * @memberof cad.v1.MergeIncidents
             * @instance
             */
            MergeIncidents.prototype.intoIncidentId = "";

            /**
             * Creates a new MergeIncidents instance using the specified properties.
             * @function create
             * @memberof cad.v1.MergeIncidents
             * @static
             * @param {cad.v1.MergeIncidents.$Properties=} [properties] Properties to set
             * @returns {cad.v1.MergeIncidents} MergeIncidents instance
             * @type {{
             *   (properties: cad.v1.MergeIncidents.$Shape): cad.v1.MergeIncidents & cad.v1.MergeIncidents.$Shape;
             *   (properties?: cad.v1.MergeIncidents.$Properties): cad.v1.MergeIncidents;
             * }}
             */
            MergeIncidents.create = function(properties) {
                return new MergeIncidents(properties);
            };

            /**
             * Encodes the specified MergeIncidents message. Does not implicitly {@link cad.v1.MergeIncidents.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.MergeIncidents
             * @static
             * @param {cad.v1.MergeIncidents.$Properties} message MergeIncidents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MergeIncidents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.intoIncidentId != null && $Object.hasOwnProperty.call(message, "intoIncidentId") && message.intoIncidentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.intoIncidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MergeIncidents message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.MergeIncidents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.MergeIncidents & cad.v1.MergeIncidents.$Shape} MergeIncidents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MergeIncidents.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.MergeIncidents();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.intoIncidentId = value;
                            else
                                delete message.intoIncidentId;
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

            return MergeIncidents;
        })();

        v1.LinkIncidents = (function() {

            /**
             * Properties of a LinkIncidents.
             * @typedef {Object} cad.v1.LinkIncidents.$Properties
             * @property {string|null} [incidentId] One incident. Required.
             * @property {string|null} [otherIncidentId] The other incident. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinkIncidents.
             * @memberof cad.v1
             * @interface ILinkIncidents
             * @augments cad.v1.LinkIncidents.$Properties
             * @deprecated Use cad.v1.LinkIncidents.$Properties instead.
             */

            /**
             * Shape of a LinkIncidents.
             * @typedef {cad.v1.LinkIncidents.$Properties} cad.v1.LinkIncidents.$Shape
             */

            /**
             * Constructs a new LinkIncidents.
             * @memberof cad.v1
             * @classdesc Mark two incidents as related without merging them.
             * Subject: cad.<agency>.in.cmd.link
             * @constructor
             * @param {cad.v1.LinkIncidents.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinkIncidents = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * One incident. Required.
             * @member {string} incidentId
             * @memberof cad.v1.LinkIncidents
             * @instance
             */
            LinkIncidents.prototype.incidentId = "";

            /**
             * The other incident. Required.
             * @member {string} otherIncidentId
             * @memberof cad.v1.LinkIncidents
             * @instance
             */
            LinkIncidents.prototype.otherIncidentId = "";

            /**
             * Creates a new LinkIncidents instance using the specified properties.
             * @function create
             * @memberof cad.v1.LinkIncidents
             * @static
             * @param {cad.v1.LinkIncidents.$Properties=} [properties] Properties to set
             * @returns {cad.v1.LinkIncidents} LinkIncidents instance
             * @type {{
             *   (properties: cad.v1.LinkIncidents.$Shape): cad.v1.LinkIncidents & cad.v1.LinkIncidents.$Shape;
             *   (properties?: cad.v1.LinkIncidents.$Properties): cad.v1.LinkIncidents;
             * }}
             */
            LinkIncidents.create = function(properties) {
                return new LinkIncidents(properties);
            };

            /**
             * Encodes the specified LinkIncidents message. Does not implicitly {@link cad.v1.LinkIncidents.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.LinkIncidents
             * @static
             * @param {cad.v1.LinkIncidents.$Properties} message LinkIncidents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinkIncidents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.otherIncidentId != null && $Object.hasOwnProperty.call(message, "otherIncidentId") && message.otherIncidentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.otherIncidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LinkIncidents message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.LinkIncidents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.LinkIncidents & cad.v1.LinkIncidents.$Shape} LinkIncidents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinkIncidents.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.LinkIncidents();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.otherIncidentId = value;
                            else
                                delete message.otherIncidentId;
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

            return LinkIncidents;
        })();

        v1.DispatchUnit = (function() {

            /**
             * Properties of a DispatchUnit.
             * @typedef {Object} cad.v1.DispatchUnit.$Properties
             * @property {string|null} [incidentId] The incident to serve. Required.
             * @property {string|null} [unitId] The unit to send; it must be available. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DispatchUnit.
             * @memberof cad.v1
             * @interface IDispatchUnit
             * @augments cad.v1.DispatchUnit.$Properties
             * @deprecated Use cad.v1.DispatchUnit.$Properties instead.
             */

            /**
             * Shape of a DispatchUnit.
             * @typedef {cad.v1.DispatchUnit.$Properties} cad.v1.DispatchUnit.$Shape
             */

            /**
             * Constructs a new DispatchUnit.
             * @memberof cad.v1
             * @classdesc Assign an available unit to an incident.
             * Subject: cad.<agency>.in.cmd.dispatch
             * @constructor
             * @param {cad.v1.DispatchUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DispatchUnit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident to serve. Required.
             * @member {string} incidentId
             * @memberof cad.v1.DispatchUnit
             * @instance
             */
            DispatchUnit.prototype.incidentId = "";

            /**
             * The unit to send; it must be available. Required.
             * @member {string} unitId
             * @memberof cad.v1.DispatchUnit
             * @instance
             */
            DispatchUnit.prototype.unitId = "";

            /**
             * Creates a new DispatchUnit instance using the specified properties.
             * @function create
             * @memberof cad.v1.DispatchUnit
             * @static
             * @param {cad.v1.DispatchUnit.$Properties=} [properties] Properties to set
             * @returns {cad.v1.DispatchUnit} DispatchUnit instance
             * @type {{
             *   (properties: cad.v1.DispatchUnit.$Shape): cad.v1.DispatchUnit & cad.v1.DispatchUnit.$Shape;
             *   (properties?: cad.v1.DispatchUnit.$Properties): cad.v1.DispatchUnit;
             * }}
             */
            DispatchUnit.create = function(properties) {
                return new DispatchUnit(properties);
            };

            /**
             * Encodes the specified DispatchUnit message. Does not implicitly {@link cad.v1.DispatchUnit.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.DispatchUnit
             * @static
             * @param {cad.v1.DispatchUnit.$Properties} message DispatchUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DispatchUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unitId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DispatchUnit message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.DispatchUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.DispatchUnit & cad.v1.DispatchUnit.$Shape} DispatchUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DispatchUnit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.DispatchUnit();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unitId = value;
                            else
                                delete message.unitId;
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

            return DispatchUnit;
        })();

        v1.ReassignUnit = (function() {

            /**
             * Properties of a ReassignUnit.
             * @typedef {Object} cad.v1.ReassignUnit.$Properties
             * @property {string|null} [incidentId] The incident to serve. Required.
             * @property {string|null} [unitId] The unit to take. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReassignUnit.
             * @memberof cad.v1
             * @interface IReassignUnit
             * @augments cad.v1.ReassignUnit.$Properties
             * @deprecated Use cad.v1.ReassignUnit.$Properties instead.
             */

            /**
             * Shape of a ReassignUnit.
             * @typedef {cad.v1.ReassignUnit.$Properties} cad.v1.ReassignUnit.$Shape
             */

            /**
             * Constructs a new ReassignUnit.
             * @memberof cad.v1
             * @classdesc Pre-empt: take a unit from whatever it is doing and assign it to this incident.
             * Subject: cad.<agency>.in.cmd.reassign
             * @constructor
             * @param {cad.v1.ReassignUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReassignUnit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident to serve. Required.
             * @member {string} incidentId
             * @memberof cad.v1.ReassignUnit
             * @instance
             */
            ReassignUnit.prototype.incidentId = "";

            /**
             * The unit to take. Required.
             * @member {string} unitId
             * @memberof cad.v1.ReassignUnit
             * @instance
             */
            ReassignUnit.prototype.unitId = "";

            /**
             * Creates a new ReassignUnit instance using the specified properties.
             * @function create
             * @memberof cad.v1.ReassignUnit
             * @static
             * @param {cad.v1.ReassignUnit.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ReassignUnit} ReassignUnit instance
             * @type {{
             *   (properties: cad.v1.ReassignUnit.$Shape): cad.v1.ReassignUnit & cad.v1.ReassignUnit.$Shape;
             *   (properties?: cad.v1.ReassignUnit.$Properties): cad.v1.ReassignUnit;
             * }}
             */
            ReassignUnit.create = function(properties) {
                return new ReassignUnit(properties);
            };

            /**
             * Encodes the specified ReassignUnit message. Does not implicitly {@link cad.v1.ReassignUnit.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ReassignUnit
             * @static
             * @param {cad.v1.ReassignUnit.$Properties} message ReassignUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReassignUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unitId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReassignUnit message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ReassignUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ReassignUnit & cad.v1.ReassignUnit.$Shape} ReassignUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReassignUnit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ReassignUnit();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unitId = value;
                            else
                                delete message.unitId;
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

            return ReassignUnit;
        })();

        v1.UpdateUnitStatus = (function() {

            /**
             * Properties of an UpdateUnitStatus.
             * @typedef {Object} cad.v1.UpdateUnitStatus.$Properties
             * @property {string|null} [unitId] The unit reporting. Required.
             * @property {string|null} [status] The status, canonical ("en_route", "on_scene", ...) or in the agency's own codes as
             * configured (e.g. "OS" for metro-fire). Required; up to 64 characters. A unit that reports
             * the status it already has is accepted with no events (a repeat changes nothing).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateUnitStatus.
             * @memberof cad.v1
             * @interface IUpdateUnitStatus
             * @augments cad.v1.UpdateUnitStatus.$Properties
             * @deprecated Use cad.v1.UpdateUnitStatus.$Properties instead.
             */

            /**
             * Shape of an UpdateUnitStatus.
             * @typedef {cad.v1.UpdateUnitStatus.$Properties} cad.v1.UpdateUnitStatus.$Shape
             */

            /**
             * Constructs a new UpdateUnitStatus.
             * @memberof cad.v1
             * @classdesc A unit status from a mobile data terminal or the radio.
             * Subject: cad.<agency>.in.unit.status.<unit_id> (the subject's token must be unit_id)
             * @constructor
             * @param {cad.v1.UpdateUnitStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateUnitStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit reporting. Required.
             * @member {string} unitId
             * @memberof cad.v1.UpdateUnitStatus
             * @instance
             */
            UpdateUnitStatus.prototype.unitId = "";

            /**
             * The status, canonical ("en_route", "on_scene", ...) or in the agency's own codes as
             * configured (e.g. "OS" for metro-fire). Required; up to 64 characters. A unit that reports
             * the status it already has is accepted with no events (a repeat changes nothing).
             * @member {string} status
             * @memberof cad.v1.UpdateUnitStatus
             * @instance
             */
            UpdateUnitStatus.prototype.status = "";

            /**
             * Creates a new UpdateUnitStatus instance using the specified properties.
             * @function create
             * @memberof cad.v1.UpdateUnitStatus
             * @static
             * @param {cad.v1.UpdateUnitStatus.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UpdateUnitStatus} UpdateUnitStatus instance
             * @type {{
             *   (properties: cad.v1.UpdateUnitStatus.$Shape): cad.v1.UpdateUnitStatus & cad.v1.UpdateUnitStatus.$Shape;
             *   (properties?: cad.v1.UpdateUnitStatus.$Properties): cad.v1.UpdateUnitStatus;
             * }}
             */
            UpdateUnitStatus.create = function(properties) {
                return new UpdateUnitStatus(properties);
            };

            /**
             * Encodes the specified UpdateUnitStatus message. Does not implicitly {@link cad.v1.UpdateUnitStatus.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UpdateUnitStatus
             * @static
             * @param {cad.v1.UpdateUnitStatus.$Properties} message UpdateUnitStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateUnitStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateUnitStatus message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UpdateUnitStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UpdateUnitStatus & cad.v1.UpdateUnitStatus.$Shape} UpdateUnitStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateUnitStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UpdateUnitStatus();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
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

            return UpdateUnitStatus;
        })();

        v1.UpdateUnitLocation = (function() {

            /**
             * Properties of an UpdateUnitLocation.
             * @typedef {Object} cad.v1.UpdateUnitLocation.$Properties
             * @property {string|null} [unitId] The unit that moved. Required.
             * @property {number|null} [lon] Longitude, WGS84 degrees. Required.
             * @property {number|null} [lat] Latitude, WGS84 degrees. Required.
             * @property {number|Long|null} [fixAtMs] Instant of the GPS fix, epoch milliseconds; not after the input's acceptance time.
             * Optional: defaults to the acceptance time.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateUnitLocation.
             * @memberof cad.v1
             * @interface IUpdateUnitLocation
             * @augments cad.v1.UpdateUnitLocation.$Properties
             * @deprecated Use cad.v1.UpdateUnitLocation.$Properties instead.
             */

            /**
             * Shape of an UpdateUnitLocation.
             * @typedef {cad.v1.UpdateUnitLocation.$Properties} cad.v1.UpdateUnitLocation.$Shape
             */

            /**
             * Constructs a new UpdateUnitLocation.
             * @memberof cad.v1
             * @classdesc An AVL position fix.
             * Subject: cad.<agency>.in.unit.location.<unit_id> (the subject's token must be unit_id)
             * @constructor
             * @param {cad.v1.UpdateUnitLocation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateUnitLocation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit that moved. Required.
             * @member {string} unitId
             * @memberof cad.v1.UpdateUnitLocation
             * @instance
             */
            UpdateUnitLocation.prototype.unitId = "";

            /**
             * Longitude, WGS84 degrees. Required.
             * @member {number|null|undefined} lon
             * @memberof cad.v1.UpdateUnitLocation
             * @instance
             */
            UpdateUnitLocation.prototype.lon = null;

            /**
             * Latitude, WGS84 degrees. Required.
             * @member {number|null|undefined} lat
             * @memberof cad.v1.UpdateUnitLocation
             * @instance
             */
            UpdateUnitLocation.prototype.lat = null;

            /**
             * Instant of the GPS fix, epoch milliseconds; not after the input's acceptance time.
             * Optional: defaults to the acceptance time.
             * @member {number|Long|null|undefined} fixAtMs
             * @memberof cad.v1.UpdateUnitLocation
             * @instance
             */
            UpdateUnitLocation.prototype.fixAtMs = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UpdateUnitLocation.prototype, "_lon", {
                get: $util.oneOfGetter($oneOfFields = ["lon"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UpdateUnitLocation.prototype, "_lat", {
                get: $util.oneOfGetter($oneOfFields = ["lat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UpdateUnitLocation.prototype, "_fixAtMs", {
                get: $util.oneOfGetter($oneOfFields = ["fixAtMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UpdateUnitLocation instance using the specified properties.
             * @function create
             * @memberof cad.v1.UpdateUnitLocation
             * @static
             * @param {cad.v1.UpdateUnitLocation.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UpdateUnitLocation} UpdateUnitLocation instance
             * @type {{
             *   (properties: cad.v1.UpdateUnitLocation.$Shape): cad.v1.UpdateUnitLocation & cad.v1.UpdateUnitLocation.$Shape;
             *   (properties?: cad.v1.UpdateUnitLocation.$Properties): cad.v1.UpdateUnitLocation;
             * }}
             */
            UpdateUnitLocation.create = function(properties) {
                return new UpdateUnitLocation(properties);
            };

            /**
             * Encodes the specified UpdateUnitLocation message. Does not implicitly {@link cad.v1.UpdateUnitLocation.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UpdateUnitLocation
             * @static
             * @param {cad.v1.UpdateUnitLocation.$Properties} message UpdateUnitLocation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateUnitLocation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.lat);
                if (message.fixAtMs != null && $Object.hasOwnProperty.call(message, "fixAtMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.fixAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateUnitLocation message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UpdateUnitLocation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UpdateUnitLocation & cad.v1.UpdateUnitLocation.$Shape} UpdateUnitLocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateUnitLocation.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UpdateUnitLocation();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.lon = reader.double();
                            message._lon = "lon";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.lat = reader.double();
                            message._lat = "lat";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.fixAtMs = reader.int64();
                            message._fixAtMs = "fixAtMs";
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

            return UpdateUnitLocation;
        })();

        v1.CheckUnit = (function() {

            /**
             * Properties of a CheckUnit.
             * @typedef {Object} cad.v1.CheckUnit.$Properties
             * @property {string|null} [unitId] The unit checked on. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CheckUnit.
             * @memberof cad.v1
             * @interface ICheckUnit
             * @augments cad.v1.CheckUnit.$Properties
             * @deprecated Use cad.v1.CheckUnit.$Properties instead.
             */

            /**
             * Shape of a CheckUnit.
             * @typedef {cad.v1.CheckUnit.$Properties} cad.v1.CheckUnit.$Shape
             */

            /**
             * Constructs a new CheckUnit.
             * @memberof cad.v1
             * @classdesc The dispatcher has checked on a unit: its status timer starts again.
             * Subject: cad.<agency>.in.unit.check
             * @constructor
             * @param {cad.v1.CheckUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CheckUnit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit checked on. Required.
             * @member {string} unitId
             * @memberof cad.v1.CheckUnit
             * @instance
             */
            CheckUnit.prototype.unitId = "";

            /**
             * Creates a new CheckUnit instance using the specified properties.
             * @function create
             * @memberof cad.v1.CheckUnit
             * @static
             * @param {cad.v1.CheckUnit.$Properties=} [properties] Properties to set
             * @returns {cad.v1.CheckUnit} CheckUnit instance
             * @type {{
             *   (properties: cad.v1.CheckUnit.$Shape): cad.v1.CheckUnit & cad.v1.CheckUnit.$Shape;
             *   (properties?: cad.v1.CheckUnit.$Properties): cad.v1.CheckUnit;
             * }}
             */
            CheckUnit.create = function(properties) {
                return new CheckUnit(properties);
            };

            /**
             * Encodes the specified CheckUnit message. Does not implicitly {@link cad.v1.CheckUnit.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.CheckUnit
             * @static
             * @param {cad.v1.CheckUnit.$Properties} message CheckUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CheckUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CheckUnit message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.CheckUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.CheckUnit & cad.v1.CheckUnit.$Shape} CheckUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CheckUnit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.CheckUnit();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
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

            return CheckUnit;
        })();

        v1.ClearIncident = (function() {

            /**
             * Properties of a ClearIncident.
             * @typedef {Object} cad.v1.ClearIncident.$Properties
             * @property {string|null} [incidentId] The incident to clear. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClearIncident.
             * @memberof cad.v1
             * @interface IClearIncident
             * @augments cad.v1.ClearIncident.$Properties
             * @deprecated Use cad.v1.ClearIncident.$Properties instead.
             */

            /**
             * Shape of a ClearIncident.
             * @typedef {cad.v1.ClearIncident.$Properties} cad.v1.ClearIncident.$Shape
             */

            /**
             * Constructs a new ClearIncident.
             * @memberof cad.v1
             * @classdesc The incident's work is done: its units are released and it becomes cleared.
             * Subject: cad.<agency>.in.cmd.clear
             * @constructor
             * @param {cad.v1.ClearIncident.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClearIncident = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident to clear. Required.
             * @member {string} incidentId
             * @memberof cad.v1.ClearIncident
             * @instance
             */
            ClearIncident.prototype.incidentId = "";

            /**
             * Creates a new ClearIncident instance using the specified properties.
             * @function create
             * @memberof cad.v1.ClearIncident
             * @static
             * @param {cad.v1.ClearIncident.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ClearIncident} ClearIncident instance
             * @type {{
             *   (properties: cad.v1.ClearIncident.$Shape): cad.v1.ClearIncident & cad.v1.ClearIncident.$Shape;
             *   (properties?: cad.v1.ClearIncident.$Properties): cad.v1.ClearIncident;
             * }}
             */
            ClearIncident.create = function(properties) {
                return new ClearIncident(properties);
            };

            /**
             * Encodes the specified ClearIncident message. Does not implicitly {@link cad.v1.ClearIncident.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ClearIncident
             * @static
             * @param {cad.v1.ClearIncident.$Properties} message ClearIncident message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClearIncident.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClearIncident message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ClearIncident
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ClearIncident & cad.v1.ClearIncident.$Shape} ClearIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClearIncident.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ClearIncident();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
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

            return ClearIncident;
        })();

        v1.CloseIncident = (function() {

            /**
             * Properties of a CloseIncident.
             * @typedef {Object} cad.v1.CloseIncident.$Properties
             * @property {string|null} [incidentId] The incident to close. Required.
             * @property {string|null} [disposition] A configured disposition code (e.g. "REPORT"). Required; up to 64 characters.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CloseIncident.
             * @memberof cad.v1
             * @interface ICloseIncident
             * @augments cad.v1.CloseIncident.$Properties
             * @deprecated Use cad.v1.CloseIncident.$Properties instead.
             */

            /**
             * Shape of a CloseIncident.
             * @typedef {cad.v1.CloseIncident.$Properties} cad.v1.CloseIncident.$Shape
             */

            /**
             * Constructs a new CloseIncident.
             * @memberof cad.v1
             * @classdesc Close an incident with a disposition.
             * Subject: cad.<agency>.in.cmd.close
             * @constructor
             * @param {cad.v1.CloseIncident.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CloseIncident = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident to close. Required.
             * @member {string} incidentId
             * @memberof cad.v1.CloseIncident
             * @instance
             */
            CloseIncident.prototype.incidentId = "";

            /**
             * A configured disposition code (e.g. "REPORT"). Required; up to 64 characters.
             * @member {string} disposition
             * @memberof cad.v1.CloseIncident
             * @instance
             */
            CloseIncident.prototype.disposition = "";

            /**
             * Creates a new CloseIncident instance using the specified properties.
             * @function create
             * @memberof cad.v1.CloseIncident
             * @static
             * @param {cad.v1.CloseIncident.$Properties=} [properties] Properties to set
             * @returns {cad.v1.CloseIncident} CloseIncident instance
             * @type {{
             *   (properties: cad.v1.CloseIncident.$Shape): cad.v1.CloseIncident & cad.v1.CloseIncident.$Shape;
             *   (properties?: cad.v1.CloseIncident.$Properties): cad.v1.CloseIncident;
             * }}
             */
            CloseIncident.create = function(properties) {
                return new CloseIncident(properties);
            };

            /**
             * Encodes the specified CloseIncident message. Does not implicitly {@link cad.v1.CloseIncident.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.CloseIncident
             * @static
             * @param {cad.v1.CloseIncident.$Properties} message CloseIncident message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CloseIncident.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition") && message.disposition !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.disposition);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CloseIncident message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.CloseIncident
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.CloseIncident & cad.v1.CloseIncident.$Shape} CloseIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CloseIncident.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.CloseIncident();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.disposition = value;
                            else
                                delete message.disposition;
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

            return CloseIncident;
        })();

        v1.ReopenIncident = (function() {

            /**
             * Properties of a ReopenIncident.
             * @typedef {Object} cad.v1.ReopenIncident.$Properties
             * @property {string|null} [incidentId] The incident to reopen. Required.
             * @property {string|null} [reason] Why, for the record; up to 500 characters. Optional.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReopenIncident.
             * @memberof cad.v1
             * @interface IReopenIncident
             * @augments cad.v1.ReopenIncident.$Properties
             * @deprecated Use cad.v1.ReopenIncident.$Properties instead.
             */

            /**
             * Shape of a ReopenIncident.
             * @typedef {cad.v1.ReopenIncident.$Properties} cad.v1.ReopenIncident.$Shape
             */

            /**
             * Constructs a new ReopenIncident.
             * @memberof cad.v1
             * @classdesc Reopen a closed or cleared incident (it becomes pending again). Its history stays: the
             * timeline keeps every clearance and closure, and the incident's times keep the first
             * (firstClearedAt, firstClosedAt) while clearedAt/closedAt are empty until it is cleared again.
             * Subject: cad.<agency>.in.cmd.reopen
             * @constructor
             * @param {cad.v1.ReopenIncident.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReopenIncident = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident to reopen. Required.
             * @member {string} incidentId
             * @memberof cad.v1.ReopenIncident
             * @instance
             */
            ReopenIncident.prototype.incidentId = "";

            /**
             * Why, for the record; up to 500 characters. Optional.
             * @member {string} reason
             * @memberof cad.v1.ReopenIncident
             * @instance
             */
            ReopenIncident.prototype.reason = "";

            /**
             * Creates a new ReopenIncident instance using the specified properties.
             * @function create
             * @memberof cad.v1.ReopenIncident
             * @static
             * @param {cad.v1.ReopenIncident.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ReopenIncident} ReopenIncident instance
             * @type {{
             *   (properties: cad.v1.ReopenIncident.$Shape): cad.v1.ReopenIncident & cad.v1.ReopenIncident.$Shape;
             *   (properties?: cad.v1.ReopenIncident.$Properties): cad.v1.ReopenIncident;
             * }}
             */
            ReopenIncident.create = function(properties) {
                return new ReopenIncident(properties);
            };

            /**
             * Encodes the specified ReopenIncident message. Does not implicitly {@link cad.v1.ReopenIncident.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ReopenIncident
             * @static
             * @param {cad.v1.ReopenIncident.$Properties} message ReopenIncident message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReopenIncident.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReopenIncident message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ReopenIncident
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ReopenIncident & cad.v1.ReopenIncident.$Shape} ReopenIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReopenIncident.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ReopenIncident();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return ReopenIncident;
        })();

        v1.ReprioritiseIncident = (function() {

            /**
             * Properties of a ReprioritiseIncident.
             * @typedef {Object} cad.v1.ReprioritiseIncident.$Properties
             * @property {string|null} [incidentId] The incident. Required.
             * @property {number|null} [priority] The new priority, 1 (most urgent) to the number of configured priorities. Required.
             * @property {string|null} [reason] Why, for the record; up to 500 characters. Optional.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReprioritiseIncident.
             * @memberof cad.v1
             * @interface IReprioritiseIncident
             * @augments cad.v1.ReprioritiseIncident.$Properties
             * @deprecated Use cad.v1.ReprioritiseIncident.$Properties instead.
             */

            /**
             * Shape of a ReprioritiseIncident.
             * @typedef {cad.v1.ReprioritiseIncident.$Properties} cad.v1.ReprioritiseIncident.$Shape
             */

            /**
             * Constructs a new ReprioritiseIncident.
             * @memberof cad.v1
             * @classdesc Change an incident's priority.
             * Subject: cad.<agency>.in.cmd.reprioritise
             * @constructor
             * @param {cad.v1.ReprioritiseIncident.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReprioritiseIncident = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident. Required.
             * @member {string} incidentId
             * @memberof cad.v1.ReprioritiseIncident
             * @instance
             */
            ReprioritiseIncident.prototype.incidentId = "";

            /**
             * The new priority, 1 (most urgent) to the number of configured priorities. Required.
             * @member {number|null|undefined} priority
             * @memberof cad.v1.ReprioritiseIncident
             * @instance
             */
            ReprioritiseIncident.prototype.priority = null;

            /**
             * Why, for the record; up to 500 characters. Optional.
             * @member {string} reason
             * @memberof cad.v1.ReprioritiseIncident
             * @instance
             */
            ReprioritiseIncident.prototype.reason = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ReprioritiseIncident.prototype, "_priority", {
                get: $util.oneOfGetter($oneOfFields = ["priority"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ReprioritiseIncident instance using the specified properties.
             * @function create
             * @memberof cad.v1.ReprioritiseIncident
             * @static
             * @param {cad.v1.ReprioritiseIncident.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ReprioritiseIncident} ReprioritiseIncident instance
             * @type {{
             *   (properties: cad.v1.ReprioritiseIncident.$Shape): cad.v1.ReprioritiseIncident & cad.v1.ReprioritiseIncident.$Shape;
             *   (properties?: cad.v1.ReprioritiseIncident.$Properties): cad.v1.ReprioritiseIncident;
             * }}
             */
            ReprioritiseIncident.create = function(properties) {
                return new ReprioritiseIncident(properties);
            };

            /**
             * Encodes the specified ReprioritiseIncident message. Does not implicitly {@link cad.v1.ReprioritiseIncident.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ReprioritiseIncident
             * @static
             * @param {cad.v1.ReprioritiseIncident.$Properties} message ReprioritiseIncident message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReprioritiseIncident.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.priority);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReprioritiseIncident message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ReprioritiseIncident
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ReprioritiseIncident & cad.v1.ReprioritiseIncident.$Shape} ReprioritiseIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReprioritiseIncident.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ReprioritiseIncident();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.priority = reader.int32();
                            message._priority = "priority";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return ReprioritiseIncident;
        })();

        v1.AddNote = (function() {

            /**
             * Properties of an AddNote.
             * @typedef {Object} cad.v1.AddNote.$Properties
             * @property {string|null} [incidentId] The incident. Required.
             * @property {string|null} [text] The note. Required; up to 4000 characters.
             * @property {string|null} [author] Who wrote it; up to 128 characters. Optional.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddNote.
             * @memberof cad.v1
             * @interface IAddNote
             * @augments cad.v1.AddNote.$Properties
             * @deprecated Use cad.v1.AddNote.$Properties instead.
             */

            /**
             * Shape of an AddNote.
             * @typedef {cad.v1.AddNote.$Properties} cad.v1.AddNote.$Shape
             */

            /**
             * Constructs a new AddNote.
             * @memberof cad.v1
             * @classdesc Add a note to an incident's narrative.
             * Subject: cad.<agency>.in.cmd.note
             * @constructor
             * @param {cad.v1.AddNote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddNote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident. Required.
             * @member {string} incidentId
             * @memberof cad.v1.AddNote
             * @instance
             */
            AddNote.prototype.incidentId = "";

            /**
             * The note. Required; up to 4000 characters.
             * @member {string} text
             * @memberof cad.v1.AddNote
             * @instance
             */
            AddNote.prototype.text = "";

            /**
             * Who wrote it; up to 128 characters. Optional.
             * @member {string} author
             * @memberof cad.v1.AddNote
             * @instance
             */
            AddNote.prototype.author = "";

            /**
             * Creates a new AddNote instance using the specified properties.
             * @function create
             * @memberof cad.v1.AddNote
             * @static
             * @param {cad.v1.AddNote.$Properties=} [properties] Properties to set
             * @returns {cad.v1.AddNote} AddNote instance
             * @type {{
             *   (properties: cad.v1.AddNote.$Shape): cad.v1.AddNote & cad.v1.AddNote.$Shape;
             *   (properties?: cad.v1.AddNote.$Properties): cad.v1.AddNote;
             * }}
             */
            AddNote.create = function(properties) {
                return new AddNote(properties);
            };

            /**
             * Encodes the specified AddNote message. Does not implicitly {@link cad.v1.AddNote.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.AddNote
             * @static
             * @param {cad.v1.AddNote.$Properties} message AddNote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddNote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.author);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AddNote message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.AddNote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.AddNote & cad.v1.AddNote.$Shape} AddNote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddNote.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.AddNote();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.author = value;
                            else
                                delete message.author;
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

            return AddNote;
        })();

        v1.AddUnit = (function() {

            /**
             * Properties of an AddUnit.
             * @typedef {Object} cad.v1.AddUnit.$Properties
             * @property {string|null} [unitId] The unit's id, unique within the agency. Required. It names the unit's terminal subject
             * cad.<agency>.unit.<id>.>, so it is 1-32 ASCII letters, digits, "_" or "-": any other is
             * rejected INVALID_UNIT_ID.
             * @property {string|null} [unitType] A configured unit type, case as configured (e.g. "engine", "medic" in
             * config/default.yaml). Required.
             * @property {string|null} [agency] A configured agency (e.g. "metro-fire"; for mutual aid). Required.
             * @property {Array.<string>|null} [capabilities] What the unit can do beyond its type (e.g. "ALS", "RESCUE"); at most 32.
             * @property {cad.v1.Station.$Properties|null} [station] Where the unit is based. Optional: without one the unit has no position until AVL.
             * @property {number|null} [crew] Crew size, 0..50. Optional: defaults to 1. A varint beyond int32 is rejected
             * VALUE_OUT_OF_RANGE, never truncated.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddUnit.
             * @memberof cad.v1
             * @interface IAddUnit
             * @augments cad.v1.AddUnit.$Properties
             * @deprecated Use cad.v1.AddUnit.$Properties instead.
             */

            /**
             * Shape of an AddUnit.
             * @typedef {cad.v1.AddUnit.$Properties} cad.v1.AddUnit.$Shape
             */

            /**
             * Constructs a new AddUnit.
             * @memberof cad.v1
             * @classdesc Put a unit on the roster (it starts available).
             * Subject: cad.<agency>.in.roster.add
             * @constructor
             * @param {cad.v1.AddUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddUnit = function (properties) {
                this.capabilities = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit's id, unique within the agency. Required. It names the unit's terminal subject
             * cad.<agency>.unit.<id>.>, so it is 1-32 ASCII letters, digits, "_" or "-": any other is
             * rejected INVALID_UNIT_ID.
             * @member {string} unitId
             * @memberof cad.v1.AddUnit
             * @instance
             */
            AddUnit.prototype.unitId = "";

            /**
             * A configured unit type, case as configured (e.g. "engine", "medic" in
             * config/default.yaml). Required.
             * @member {string} unitType
             * @memberof cad.v1.AddUnit
             * @instance
             */
            AddUnit.prototype.unitType = "";

            /**
             * A configured agency (e.g. "metro-fire"; for mutual aid). Required.
             * @member {string} agency
             * @memberof cad.v1.AddUnit
             * @instance
             */
            AddUnit.prototype.agency = "";

            /**
             * What the unit can do beyond its type (e.g. "ALS", "RESCUE"); at most 32.
             * @member {Array.<string>} capabilities
             * @memberof cad.v1.AddUnit
             * @instance
             */
            AddUnit.prototype.capabilities = $util.emptyArray;

            /**
             * Where the unit is based. Optional: without one the unit has no position until AVL.
             * @member {cad.v1.Station.$Properties|null|undefined} station
             * @memberof cad.v1.AddUnit
             * @instance
             */
            AddUnit.prototype.station = null;

            /**
             * Crew size, 0..50. Optional: defaults to 1. A varint beyond int32 is rejected
             * VALUE_OUT_OF_RANGE, never truncated.
             * @member {number|null|undefined} crew
             * @memberof cad.v1.AddUnit
             * @instance
             */
            AddUnit.prototype.crew = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AddUnit.prototype, "_crew", {
                get: $util.oneOfGetter($oneOfFields = ["crew"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AddUnit instance using the specified properties.
             * @function create
             * @memberof cad.v1.AddUnit
             * @static
             * @param {cad.v1.AddUnit.$Properties=} [properties] Properties to set
             * @returns {cad.v1.AddUnit} AddUnit instance
             * @type {{
             *   (properties: cad.v1.AddUnit.$Shape): cad.v1.AddUnit & cad.v1.AddUnit.$Shape;
             *   (properties?: cad.v1.AddUnit.$Properties): cad.v1.AddUnit;
             * }}
             */
            AddUnit.create = function(properties) {
                return new AddUnit(properties);
            };

            /**
             * Encodes the specified AddUnit message. Does not implicitly {@link cad.v1.AddUnit.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.AddUnit
             * @static
             * @param {cad.v1.AddUnit.$Properties} message AddUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.unitType != null && $Object.hasOwnProperty.call(message, "unitType") && message.unitType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unitType);
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency") && message.agency !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agency);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.capabilities[i]);
                if (message.station != null && $Object.hasOwnProperty.call(message, "station"))
                    $root.cad.v1.Station.encode(message.station, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.crew != null && $Object.hasOwnProperty.call(message, "crew"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.crew);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AddUnit message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.AddUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.AddUnit & cad.v1.AddUnit.$Shape} AddUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddUnit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.AddUnit();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unitType = value;
                            else
                                delete message.unitType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agency = value;
                            else
                                delete message.agency;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.station = $root.cad.v1.Station.decode(reader, reader.size(), $undefined, _depth + 1, message.station);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.crew = reader.int32();
                            message._crew = "crew";
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

            return AddUnit;
        })();

        v1.StringList = (function() {

            /**
             * Properties of a StringList.
             * @typedef {Object} cad.v1.StringList.$Properties
             * @property {Array.<string>|null} [values] The strings.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringList.
             * @memberof cad.v1
             * @interface IStringList
             * @augments cad.v1.StringList.$Properties
             * @deprecated Use cad.v1.StringList.$Properties instead.
             */

            /**
             * Shape of a StringList.
             * @typedef {cad.v1.StringList.$Properties} cad.v1.StringList.$Shape
             */

            /**
             * Constructs a new StringList.
             * @memberof cad.v1
             * @classdesc A list of strings whose presence matters (an empty list is not the same as no list).
             * @constructor
             * @param {cad.v1.StringList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringList = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The strings.
             * @member {Array.<string>} values
             * @memberof cad.v1.StringList
             * @instance
             */
            StringList.prototype.values = $util.emptyArray;

            /**
             * Creates a new StringList instance using the specified properties.
             * @function create
             * @memberof cad.v1.StringList
             * @static
             * @param {cad.v1.StringList.$Properties=} [properties] Properties to set
             * @returns {cad.v1.StringList} StringList instance
             * @type {{
             *   (properties: cad.v1.StringList.$Shape): cad.v1.StringList & cad.v1.StringList.$Shape;
             *   (properties?: cad.v1.StringList.$Properties): cad.v1.StringList;
             * }}
             */
            StringList.create = function(properties) {
                return new StringList(properties);
            };

            /**
             * Encodes the specified StringList message. Does not implicitly {@link cad.v1.StringList.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.StringList
             * @static
             * @param {cad.v1.StringList.$Properties} message StringList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.values[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.StringList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.StringList & cad.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.StringList();
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
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.stringVerify());
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

            return StringList;
        })();

        v1.ChangeUnit = (function() {

            /**
             * Properties of a ChangeUnit.
             * @typedef {Object} cad.v1.ChangeUnit.$Properties
             * @property {string|null} [unitId] The unit to change. Required.
             * @property {string|null} [unitType] A configured unit type. Optional.
             * @property {string|null} [agency] A configured agency. Optional.
             * @property {cad.v1.StringList.$Properties|null} [capabilities] The unit's new capabilities, replacing the old ones. Optional: leave it out to keep
             * them; send it with no values to clear them.
             * @property {cad.v1.Station.$Properties|null} [station] The unit's new station. Optional: leave it out to keep the current one.
             * @property {number|null} [crew] Crew size, 0..50. Optional. A varint beyond int32 is rejected VALUE_OUT_OF_RANGE.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChangeUnit.
             * @memberof cad.v1
             * @interface IChangeUnit
             * @augments cad.v1.ChangeUnit.$Properties
             * @deprecated Use cad.v1.ChangeUnit.$Properties instead.
             */

            /**
             * Shape of a ChangeUnit.
             * @typedef {cad.v1.ChangeUnit.$Properties} cad.v1.ChangeUnit.$Shape
             */

            /**
             * Constructs a new ChangeUnit.
             * @memberof cad.v1
             * @classdesc Change a unit on the roster; every field left out keeps its current value.
             * Subject: cad.<agency>.in.roster.change
             * @constructor
             * @param {cad.v1.ChangeUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChangeUnit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit to change. Required.
             * @member {string} unitId
             * @memberof cad.v1.ChangeUnit
             * @instance
             */
            ChangeUnit.prototype.unitId = "";

            /**
             * A configured unit type. Optional.
             * @member {string} unitType
             * @memberof cad.v1.ChangeUnit
             * @instance
             */
            ChangeUnit.prototype.unitType = "";

            /**
             * A configured agency. Optional.
             * @member {string} agency
             * @memberof cad.v1.ChangeUnit
             * @instance
             */
            ChangeUnit.prototype.agency = "";

            /**
             * The unit's new capabilities, replacing the old ones. Optional: leave it out to keep
             * them; send it with no values to clear them.
             * @member {cad.v1.StringList.$Properties|null|undefined} capabilities
             * @memberof cad.v1.ChangeUnit
             * @instance
             */
            ChangeUnit.prototype.capabilities = null;

            /**
             * The unit's new station. Optional: leave it out to keep the current one.
             * @member {cad.v1.Station.$Properties|null|undefined} station
             * @memberof cad.v1.ChangeUnit
             * @instance
             */
            ChangeUnit.prototype.station = null;

            /**
             * Crew size, 0..50. Optional. A varint beyond int32 is rejected VALUE_OUT_OF_RANGE.
             * @member {number|null|undefined} crew
             * @memberof cad.v1.ChangeUnit
             * @instance
             */
            ChangeUnit.prototype.crew = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ChangeUnit.prototype, "_crew", {
                get: $util.oneOfGetter($oneOfFields = ["crew"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ChangeUnit instance using the specified properties.
             * @function create
             * @memberof cad.v1.ChangeUnit
             * @static
             * @param {cad.v1.ChangeUnit.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ChangeUnit} ChangeUnit instance
             * @type {{
             *   (properties: cad.v1.ChangeUnit.$Shape): cad.v1.ChangeUnit & cad.v1.ChangeUnit.$Shape;
             *   (properties?: cad.v1.ChangeUnit.$Properties): cad.v1.ChangeUnit;
             * }}
             */
            ChangeUnit.create = function(properties) {
                return new ChangeUnit(properties);
            };

            /**
             * Encodes the specified ChangeUnit message. Does not implicitly {@link cad.v1.ChangeUnit.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ChangeUnit
             * @static
             * @param {cad.v1.ChangeUnit.$Properties} message ChangeUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChangeUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.unitType != null && $Object.hasOwnProperty.call(message, "unitType") && message.unitType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unitType);
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency") && message.agency !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agency);
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    $root.cad.v1.StringList.encode(message.capabilities, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.station != null && $Object.hasOwnProperty.call(message, "station"))
                    $root.cad.v1.Station.encode(message.station, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.crew != null && $Object.hasOwnProperty.call(message, "crew"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.crew);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChangeUnit message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ChangeUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ChangeUnit & cad.v1.ChangeUnit.$Shape} ChangeUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChangeUnit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ChangeUnit();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unitType = value;
                            else
                                delete message.unitType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agency = value;
                            else
                                delete message.agency;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.capabilities = $root.cad.v1.StringList.decode(reader, reader.size(), $undefined, _depth + 1, message.capabilities);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.station = $root.cad.v1.Station.decode(reader, reader.size(), $undefined, _depth + 1, message.station);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.crew = reader.int32();
                            message._crew = "crew";
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

            return ChangeUnit;
        })();

        v1.RetireUnit = (function() {

            /**
             * Properties of a RetireUnit.
             * @typedef {Object} cad.v1.RetireUnit.$Properties
             * @property {string|null} [unitId] The unit to retire. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RetireUnit.
             * @memberof cad.v1
             * @interface IRetireUnit
             * @augments cad.v1.RetireUnit.$Properties
             * @deprecated Use cad.v1.RetireUnit.$Properties instead.
             */

            /**
             * Shape of a RetireUnit.
             * @typedef {cad.v1.RetireUnit.$Properties} cad.v1.RetireUnit.$Shape
             */

            /**
             * Constructs a new RetireUnit.
             * @memberof cad.v1
             * @classdesc Take a unit off the roster; it must not be serving an incident.
             * Subject: cad.<agency>.in.roster.retire
             * @constructor
             * @param {cad.v1.RetireUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RetireUnit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit to retire. Required.
             * @member {string} unitId
             * @memberof cad.v1.RetireUnit
             * @instance
             */
            RetireUnit.prototype.unitId = "";

            /**
             * Creates a new RetireUnit instance using the specified properties.
             * @function create
             * @memberof cad.v1.RetireUnit
             * @static
             * @param {cad.v1.RetireUnit.$Properties=} [properties] Properties to set
             * @returns {cad.v1.RetireUnit} RetireUnit instance
             * @type {{
             *   (properties: cad.v1.RetireUnit.$Shape): cad.v1.RetireUnit & cad.v1.RetireUnit.$Shape;
             *   (properties?: cad.v1.RetireUnit.$Properties): cad.v1.RetireUnit;
             * }}
             */
            RetireUnit.create = function(properties) {
                return new RetireUnit(properties);
            };

            /**
             * Encodes the specified RetireUnit message. Does not implicitly {@link cad.v1.RetireUnit.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.RetireUnit
             * @static
             * @param {cad.v1.RetireUnit.$Properties} message RetireUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetireUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RetireUnit message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.RetireUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.RetireUnit & cad.v1.RetireUnit.$Shape} RetireUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetireUnit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.RetireUnit();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
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

            return RetireUnit;
        })();

        v1.ApplyConfiguration = (function() {

            /**
             * Properties of an ApplyConfiguration.
             * @typedef {Object} cad.v1.ApplyConfiguration.$Properties
             * @property {string|null} [hash] sha256 of content, 64 lowercase hex digits: the configuration's name. Required.
             * @property {string|null} [content] The configuration as JSON text: {"document": <the config file as data>, "zonesGeoJSON":
             * <the GeoJSON its zones.file names, or null>}, so replay needs no file. Required; up to
             * 900,000 characters.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApplyConfiguration.
             * @memberof cad.v1
             * @interface IApplyConfiguration
             * @augments cad.v1.ApplyConfiguration.$Properties
             * @deprecated Use cad.v1.ApplyConfiguration.$Properties instead.
             */

            /**
             * Shape of an ApplyConfiguration.
             * @typedef {cad.v1.ApplyConfiguration.$Properties} cad.v1.ApplyConfiguration.$Shape
             */

            /**
             * Constructs a new ApplyConfiguration.
             * @memberof cad.v1
             * @classdesc The configuration in force from this input on (the configuration is part of the history).
             * Inputs before it keep their outcomes; replay applies each input under the configuration in
             * force when it was accepted. `cad serve` publishes one at start-up when its file differs from
             * the configuration in force, with Nats-Msg-Id "config-<hash>-<seq>" (seq: the last input it
             * had applied), so replicas starting together with the same new file record it once. Accepted
             * with no event; rejected with INVALID_CONFIGURATION (the content does not validate; the reason
             * names each problem by its path) or CONFIGURATION_IN_FORCE (this hash is already in force).
             * Subject: cad.<agency>.in.config.apply
             * @constructor
             * @param {cad.v1.ApplyConfiguration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApplyConfiguration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * sha256 of content, 64 lowercase hex digits: the configuration's name. Required.
             * @member {string} hash
             * @memberof cad.v1.ApplyConfiguration
             * @instance
             */
            ApplyConfiguration.prototype.hash = "";

            /**
             * The configuration as JSON text: {"document": <the config file as data>, "zonesGeoJSON":
             * <the GeoJSON its zones.file names, or null>}, so replay needs no file. Required; up to
             * 900,000 characters.
             * @member {string} content
             * @memberof cad.v1.ApplyConfiguration
             * @instance
             */
            ApplyConfiguration.prototype.content = "";

            /**
             * Creates a new ApplyConfiguration instance using the specified properties.
             * @function create
             * @memberof cad.v1.ApplyConfiguration
             * @static
             * @param {cad.v1.ApplyConfiguration.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ApplyConfiguration} ApplyConfiguration instance
             * @type {{
             *   (properties: cad.v1.ApplyConfiguration.$Shape): cad.v1.ApplyConfiguration & cad.v1.ApplyConfiguration.$Shape;
             *   (properties?: cad.v1.ApplyConfiguration.$Properties): cad.v1.ApplyConfiguration;
             * }}
             */
            ApplyConfiguration.create = function(properties) {
                return new ApplyConfiguration(properties);
            };

            /**
             * Encodes the specified ApplyConfiguration message. Does not implicitly {@link cad.v1.ApplyConfiguration.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ApplyConfiguration
             * @static
             * @param {cad.v1.ApplyConfiguration.$Properties} message ApplyConfiguration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplyConfiguration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hash);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ApplyConfiguration message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ApplyConfiguration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ApplyConfiguration & cad.v1.ApplyConfiguration.$Shape} ApplyConfiguration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplyConfiguration.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ApplyConfiguration();
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
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.content = value;
                            else
                                delete message.content;
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

            return ApplyConfiguration;
        })();

        v1.ClaimLeadership = (function() {

            /**
             * Properties of a ClaimLeadership.
             * @typedef {Object} cad.v1.ClaimLeadership.$Properties
             * @property {number|null} [term] The term claimed, 1 or more: the term in force plus one. Required.
             * @property {string|null} [replica] The claiming replica's name, 1-64 of A-Z a-z 0-9 _ -. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClaimLeadership.
             * @memberof cad.v1
             * @interface IClaimLeadership
             * @augments cad.v1.ClaimLeadership.$Properties
             * @deprecated Use cad.v1.ClaimLeadership.$Properties instead.
             */

            /**
             * Shape of a ClaimLeadership.
             * @typedef {cad.v1.ClaimLeadership.$Properties} cad.v1.ClaimLeadership.$Shape
             */

            /**
             * Constructs a new ClaimLeadership.
             * @memberof cad.v1
             * @classdesc A replica claims the leadership of the agency's engine for the next term. Published by the
             * engine role only (`cad serve` in replica mode), with Nats-Msg-Id
             * "claim:<agency>:<term>:<replica>:<instance>" (instance: a random token of the process); the
             * claim's place in the log is where the leadership changes. Accepted with LeadershipChanged when
             * the term is the one in force plus one; otherwise rejected STALE_TERM (field term). A replica of
             * an engine that trusts input time claims on cad.<agency>.in.timed.leader.claim with the engine's
             * own time in Cad-Time, so that a claim never moves a simulated clock.
             * Subject: cad.<agency>.in.leader.claim
             * @constructor
             * @param {cad.v1.ClaimLeadership.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClaimLeadership = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The term claimed, 1 or more: the term in force plus one. Required.
             * @member {number|null|undefined} term
             * @memberof cad.v1.ClaimLeadership
             * @instance
             */
            ClaimLeadership.prototype.term = null;

            /**
             * The claiming replica's name, 1-64 of A-Z a-z 0-9 _ -. Required.
             * @member {string} replica
             * @memberof cad.v1.ClaimLeadership
             * @instance
             */
            ClaimLeadership.prototype.replica = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ClaimLeadership.prototype, "_term", {
                get: $util.oneOfGetter($oneOfFields = ["term"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClaimLeadership instance using the specified properties.
             * @function create
             * @memberof cad.v1.ClaimLeadership
             * @static
             * @param {cad.v1.ClaimLeadership.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ClaimLeadership} ClaimLeadership instance
             * @type {{
             *   (properties: cad.v1.ClaimLeadership.$Shape): cad.v1.ClaimLeadership & cad.v1.ClaimLeadership.$Shape;
             *   (properties?: cad.v1.ClaimLeadership.$Properties): cad.v1.ClaimLeadership;
             * }}
             */
            ClaimLeadership.create = function(properties) {
                return new ClaimLeadership(properties);
            };

            /**
             * Encodes the specified ClaimLeadership message. Does not implicitly {@link cad.v1.ClaimLeadership.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ClaimLeadership
             * @static
             * @param {cad.v1.ClaimLeadership.$Properties} message ClaimLeadership message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClaimLeadership.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.term);
                if (message.replica != null && $Object.hasOwnProperty.call(message, "replica") && message.replica !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.replica);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClaimLeadership message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ClaimLeadership
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ClaimLeadership & cad.v1.ClaimLeadership.$Shape} ClaimLeadership
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClaimLeadership.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ClaimLeadership();
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
                            message.term = reader.int32();
                            message._term = "term";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replica = value;
                            else
                                delete message.replica;
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

            return ClaimLeadership;
        })();

        v1.ReceiveEido = (function() {

            /**
             * Properties of a ReceiveEido.
             * @typedef {Object} cad.v1.ReceiveEido.$Properties
             * @property {string|null} [document] The EIDO as JSON text. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiveEido.
             * @memberof cad.v1
             * @interface IReceiveEido
             * @augments cad.v1.ReceiveEido.$Properties
             * @deprecated Use cad.v1.ReceiveEido.$Properties instead.
             */

            /**
             * Shape of a ReceiveEido.
             * @typedef {cad.v1.ReceiveEido.$Properties} cad.v1.ReceiveEido.$Shape
             */

            /**
             * Constructs a new ReceiveEido.
             * @memberof cad.v1
             * @classdesc An EIDO (NENA-STA-021 EmergencyIncidentDataObjectType) that another agency hands over or
             * shares. ON THE WIRE THE PAYLOAD IS THE EIDO DOCUMENT ITSELF, as JSON (UTF-8), not this message:
             * the engine checks it against the NENA schema when decoding (an invalid one is rejected with
             * INVALID_EIDO and the schema path of the first error) and keeps its text as `document`. This
             * message only names the input's one field for the codec's tables.
             * Subject: cad.<agency>.in.eido
             * @constructor
             * @param {cad.v1.ReceiveEido.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiveEido = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The EIDO as JSON text. Required.
             * @member {string} document
             * @memberof cad.v1.ReceiveEido
             * @instance
             */
            ReceiveEido.prototype.document = "";

            /**
             * Creates a new ReceiveEido instance using the specified properties.
             * @function create
             * @memberof cad.v1.ReceiveEido
             * @static
             * @param {cad.v1.ReceiveEido.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ReceiveEido} ReceiveEido instance
             * @type {{
             *   (properties: cad.v1.ReceiveEido.$Shape): cad.v1.ReceiveEido & cad.v1.ReceiveEido.$Shape;
             *   (properties?: cad.v1.ReceiveEido.$Properties): cad.v1.ReceiveEido;
             * }}
             */
            ReceiveEido.create = function(properties) {
                return new ReceiveEido(properties);
            };

            /**
             * Encodes the specified ReceiveEido message. Does not implicitly {@link cad.v1.ReceiveEido.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ReceiveEido
             * @static
             * @param {cad.v1.ReceiveEido.$Properties} message ReceiveEido message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiveEido.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.document != null && $Object.hasOwnProperty.call(message, "document") && message.document !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.document);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiveEido message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ReceiveEido
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ReceiveEido & cad.v1.ReceiveEido.$Shape} ReceiveEido
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiveEido.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ReceiveEido();
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
                                message.document = value;
                            else
                                delete message.document;
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

            return ReceiveEido;
        })();

        v1.AcceptIncoming = (function() {

            /**
             * Properties of an AcceptIncoming.
             * @typedef {Object} cad.v1.AcceptIncoming.$Properties
             * @property {string|null} [trackingId] The sender's incident tracking id (the EIDO's incidentTrackingIdentifier, else its $id). Required.
             * @property {number|null} [lon] Where the incident is, WGS84, when the EIDO gives no coordinates (or to place it better);
             * both or neither.
             * @property {number|null} [lat] AcceptIncoming lat
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AcceptIncoming.
             * @memberof cad.v1
             * @interface IAcceptIncoming
             * @augments cad.v1.AcceptIncoming.$Properties
             * @deprecated Use cad.v1.AcceptIncoming.$Properties instead.
             */

            /**
             * Shape of an AcceptIncoming.
             * @typedef {cad.v1.AcceptIncoming.$Properties} cad.v1.AcceptIncoming.$Shape
             */

            /**
             * Constructs a new AcceptIncoming.
             * @memberof cad.v1
             * @classdesc The dispatcher accepts an incoming incident (from an EIDO): it becomes an incident of this
             * agency, with the sender's calls, place, notes and units.
             * Subject: cad.<agency>.in.cmd.incoming.accept
             * @constructor
             * @param {cad.v1.AcceptIncoming.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AcceptIncoming = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The sender's incident tracking id (the EIDO's incidentTrackingIdentifier, else its $id). Required.
             * @member {string} trackingId
             * @memberof cad.v1.AcceptIncoming
             * @instance
             */
            AcceptIncoming.prototype.trackingId = "";

            /**
             * Where the incident is, WGS84, when the EIDO gives no coordinates (or to place it better);
             * both or neither.
             * @member {number|null|undefined} lon
             * @memberof cad.v1.AcceptIncoming
             * @instance
             */
            AcceptIncoming.prototype.lon = null;

            /**
             * AcceptIncoming lat.
             * @member {number|null|undefined} lat
             * @memberof cad.v1.AcceptIncoming
             * @instance
             */
            AcceptIncoming.prototype.lat = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AcceptIncoming.prototype, "_lon", {
                get: $util.oneOfGetter($oneOfFields = ["lon"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AcceptIncoming.prototype, "_lat", {
                get: $util.oneOfGetter($oneOfFields = ["lat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AcceptIncoming instance using the specified properties.
             * @function create
             * @memberof cad.v1.AcceptIncoming
             * @static
             * @param {cad.v1.AcceptIncoming.$Properties=} [properties] Properties to set
             * @returns {cad.v1.AcceptIncoming} AcceptIncoming instance
             * @type {{
             *   (properties: cad.v1.AcceptIncoming.$Shape): cad.v1.AcceptIncoming & cad.v1.AcceptIncoming.$Shape;
             *   (properties?: cad.v1.AcceptIncoming.$Properties): cad.v1.AcceptIncoming;
             * }}
             */
            AcceptIncoming.create = function(properties) {
                return new AcceptIncoming(properties);
            };

            /**
             * Encodes the specified AcceptIncoming message. Does not implicitly {@link cad.v1.AcceptIncoming.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.AcceptIncoming
             * @static
             * @param {cad.v1.AcceptIncoming.$Properties} message AcceptIncoming message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcceptIncoming.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackingId != null && $Object.hasOwnProperty.call(message, "trackingId") && message.trackingId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackingId);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.lat);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AcceptIncoming message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.AcceptIncoming
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.AcceptIncoming & cad.v1.AcceptIncoming.$Shape} AcceptIncoming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcceptIncoming.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.AcceptIncoming();
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
                                message.trackingId = value;
                            else
                                delete message.trackingId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.lon = reader.double();
                            message._lon = "lon";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.lat = reader.double();
                            message._lat = "lat";
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

            return AcceptIncoming;
        })();

        v1.DeclineIncoming = (function() {

            /**
             * Properties of a DeclineIncoming.
             * @typedef {Object} cad.v1.DeclineIncoming.$Properties
             * @property {string|null} [trackingId] The sender's incident tracking id. Required.
             * @property {string|null} [reason] Why, for the sender. Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeclineIncoming.
             * @memberof cad.v1
             * @interface IDeclineIncoming
             * @augments cad.v1.DeclineIncoming.$Properties
             * @deprecated Use cad.v1.DeclineIncoming.$Properties instead.
             */

            /**
             * Shape of a DeclineIncoming.
             * @typedef {cad.v1.DeclineIncoming.$Properties} cad.v1.DeclineIncoming.$Shape
             */

            /**
             * Constructs a new DeclineIncoming.
             * @memberof cad.v1
             * @classdesc The dispatcher declines an incoming incident, saying why.
             * Subject: cad.<agency>.in.cmd.incoming.decline
             * @constructor
             * @param {cad.v1.DeclineIncoming.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeclineIncoming = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The sender's incident tracking id. Required.
             * @member {string} trackingId
             * @memberof cad.v1.DeclineIncoming
             * @instance
             */
            DeclineIncoming.prototype.trackingId = "";

            /**
             * Why, for the sender. Required.
             * @member {string} reason
             * @memberof cad.v1.DeclineIncoming
             * @instance
             */
            DeclineIncoming.prototype.reason = "";

            /**
             * Creates a new DeclineIncoming instance using the specified properties.
             * @function create
             * @memberof cad.v1.DeclineIncoming
             * @static
             * @param {cad.v1.DeclineIncoming.$Properties=} [properties] Properties to set
             * @returns {cad.v1.DeclineIncoming} DeclineIncoming instance
             * @type {{
             *   (properties: cad.v1.DeclineIncoming.$Shape): cad.v1.DeclineIncoming & cad.v1.DeclineIncoming.$Shape;
             *   (properties?: cad.v1.DeclineIncoming.$Properties): cad.v1.DeclineIncoming;
             * }}
             */
            DeclineIncoming.create = function(properties) {
                return new DeclineIncoming(properties);
            };

            /**
             * Encodes the specified DeclineIncoming message. Does not implicitly {@link cad.v1.DeclineIncoming.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.DeclineIncoming
             * @static
             * @param {cad.v1.DeclineIncoming.$Properties} message DeclineIncoming message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeclineIncoming.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackingId != null && $Object.hasOwnProperty.call(message, "trackingId") && message.trackingId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackingId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeclineIncoming message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.DeclineIncoming
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.DeclineIncoming & cad.v1.DeclineIncoming.$Shape} DeclineIncoming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeclineIncoming.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.DeclineIncoming();
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
                                message.trackingId = value;
                            else
                                delete message.trackingId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return DeclineIncoming;
        })();

        v1.ShareIncident = (function() {

            /**
             * Properties of a ShareIncident.
             * @typedef {Object} cad.v1.ShareIncident.$Properties
             * @property {string|null} [incidentId] Required.
             * @property {string|null} [toAgency] The partner's NATS token (its EIDOs go to cad.<to_agency>.in.eido). Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShareIncident.
             * @memberof cad.v1
             * @interface IShareIncident
             * @augments cad.v1.ShareIncident.$Properties
             * @deprecated Use cad.v1.ShareIncident.$Properties instead.
             */

            /**
             * Shape of a ShareIncident.
             * @typedef {cad.v1.ShareIncident.$Properties} cad.v1.ShareIncident.$Shape
             */

            /**
             * Constructs a new ShareIncident.
             * @memberof cad.v1
             * @classdesc Share an incident with a partner agency (sharing.partners in the configuration): it stays
             * ours; they receive its EIDO and every later change as a newer version, until EndShare or the
             * incident's closure.
             * Subject: cad.<agency>.in.cmd.incident.share
             * @constructor
             * @param {cad.v1.ShareIncident.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShareIncident = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Required.
             * @member {string} incidentId
             * @memberof cad.v1.ShareIncident
             * @instance
             */
            ShareIncident.prototype.incidentId = "";

            /**
             * The partner's NATS token (its EIDOs go to cad.<to_agency>.in.eido). Required.
             * @member {string} toAgency
             * @memberof cad.v1.ShareIncident
             * @instance
             */
            ShareIncident.prototype.toAgency = "";

            /**
             * Creates a new ShareIncident instance using the specified properties.
             * @function create
             * @memberof cad.v1.ShareIncident
             * @static
             * @param {cad.v1.ShareIncident.$Properties=} [properties] Properties to set
             * @returns {cad.v1.ShareIncident} ShareIncident instance
             * @type {{
             *   (properties: cad.v1.ShareIncident.$Shape): cad.v1.ShareIncident & cad.v1.ShareIncident.$Shape;
             *   (properties?: cad.v1.ShareIncident.$Properties): cad.v1.ShareIncident;
             * }}
             */
            ShareIncident.create = function(properties) {
                return new ShareIncident(properties);
            };

            /**
             * Encodes the specified ShareIncident message. Does not implicitly {@link cad.v1.ShareIncident.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.ShareIncident
             * @static
             * @param {cad.v1.ShareIncident.$Properties} message ShareIncident message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShareIncident.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.toAgency != null && $Object.hasOwnProperty.call(message, "toAgency") && message.toAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.toAgency);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShareIncident message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.ShareIncident
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.ShareIncident & cad.v1.ShareIncident.$Shape} ShareIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShareIncident.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.ShareIncident();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toAgency = value;
                            else
                                delete message.toAgency;
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

            return ShareIncident;
        })();

        v1.TransferIncident = (function() {

            /**
             * Properties of a TransferIncident.
             * @typedef {Object} cad.v1.TransferIncident.$Properties
             * @property {string|null} [incidentId] Required.
             * @property {string|null} [toAgency] Required.
             * @property {string|null} [reason] Why, for the partner. Optional.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferIncident.
             * @memberof cad.v1
             * @interface ITransferIncident
             * @augments cad.v1.TransferIncident.$Properties
             * @deprecated Use cad.v1.TransferIncident.$Properties instead.
             */

            /**
             * Shape of a TransferIncident.
             * @typedef {cad.v1.TransferIncident.$Properties} cad.v1.TransferIncident.$Shape
             */

            /**
             * Constructs a new TransferIncident.
             * @memberof cad.v1
             * @classdesc Hand an incident over to a partner agency: it is offered to them as an incoming incident;
             * ours until they answer; closed as TRANSFERRED once they accept; still ours if they decline.
             * Subject: cad.<agency>.in.cmd.incident.transfer
             * @constructor
             * @param {cad.v1.TransferIncident.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferIncident = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Required.
             * @member {string} incidentId
             * @memberof cad.v1.TransferIncident
             * @instance
             */
            TransferIncident.prototype.incidentId = "";

            /**
             * Required.
             * @member {string} toAgency
             * @memberof cad.v1.TransferIncident
             * @instance
             */
            TransferIncident.prototype.toAgency = "";

            /**
             * Why, for the partner. Optional.
             * @member {string} reason
             * @memberof cad.v1.TransferIncident
             * @instance
             */
            TransferIncident.prototype.reason = "";

            /**
             * Creates a new TransferIncident instance using the specified properties.
             * @function create
             * @memberof cad.v1.TransferIncident
             * @static
             * @param {cad.v1.TransferIncident.$Properties=} [properties] Properties to set
             * @returns {cad.v1.TransferIncident} TransferIncident instance
             * @type {{
             *   (properties: cad.v1.TransferIncident.$Shape): cad.v1.TransferIncident & cad.v1.TransferIncident.$Shape;
             *   (properties?: cad.v1.TransferIncident.$Properties): cad.v1.TransferIncident;
             * }}
             */
            TransferIncident.create = function(properties) {
                return new TransferIncident(properties);
            };

            /**
             * Encodes the specified TransferIncident message. Does not implicitly {@link cad.v1.TransferIncident.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.TransferIncident
             * @static
             * @param {cad.v1.TransferIncident.$Properties} message TransferIncident message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferIncident.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.toAgency != null && $Object.hasOwnProperty.call(message, "toAgency") && message.toAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.toAgency);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferIncident message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.TransferIncident
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.TransferIncident & cad.v1.TransferIncident.$Shape} TransferIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferIncident.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.TransferIncident();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toAgency = value;
                            else
                                delete message.toAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return TransferIncident;
        })();

        v1.EndShare = (function() {

            /**
             * Properties of an EndShare.
             * @typedef {Object} cad.v1.EndShare.$Properties
             * @property {string|null} [incidentId] Required.
             * @property {string|null} [toAgency] Required.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EndShare.
             * @memberof cad.v1
             * @interface IEndShare
             * @augments cad.v1.EndShare.$Properties
             * @deprecated Use cad.v1.EndShare.$Properties instead.
             */

            /**
             * Shape of an EndShare.
             * @typedef {cad.v1.EndShare.$Properties} cad.v1.EndShare.$Shape
             */

            /**
             * Constructs a new EndShare.
             * @memberof cad.v1
             * @classdesc Stop sharing an incident with a partner agency.
             * Subject: cad.<agency>.in.cmd.incident.unshare
             * @constructor
             * @param {cad.v1.EndShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EndShare = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Required.
             * @member {string} incidentId
             * @memberof cad.v1.EndShare
             * @instance
             */
            EndShare.prototype.incidentId = "";

            /**
             * Required.
             * @member {string} toAgency
             * @memberof cad.v1.EndShare
             * @instance
             */
            EndShare.prototype.toAgency = "";

            /**
             * Creates a new EndShare instance using the specified properties.
             * @function create
             * @memberof cad.v1.EndShare
             * @static
             * @param {cad.v1.EndShare.$Properties=} [properties] Properties to set
             * @returns {cad.v1.EndShare} EndShare instance
             * @type {{
             *   (properties: cad.v1.EndShare.$Shape): cad.v1.EndShare & cad.v1.EndShare.$Shape;
             *   (properties?: cad.v1.EndShare.$Properties): cad.v1.EndShare;
             * }}
             */
            EndShare.create = function(properties) {
                return new EndShare(properties);
            };

            /**
             * Encodes the specified EndShare message. Does not implicitly {@link cad.v1.EndShare.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.EndShare
             * @static
             * @param {cad.v1.EndShare.$Properties} message EndShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.toAgency != null && $Object.hasOwnProperty.call(message, "toAgency") && message.toAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.toAgency);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EndShare message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.EndShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.EndShare & cad.v1.EndShare.$Shape} EndShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndShare.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.EndShare();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toAgency = value;
                            else
                                delete message.toAgency;
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

            return EndShare;
        })();

        v1.Tick = (function() {

            /**
             * Properties of a Tick.
             * @typedef {Object} cad.v1.Tick.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tick.
             * @memberof cad.v1
             * @interface ITick
             * @augments cad.v1.Tick.$Properties
             * @deprecated Use cad.v1.Tick.$Properties instead.
             */

            /**
             * Shape of a Tick.
             * @typedef {cad.v1.Tick.$Properties} cad.v1.Tick.$Shape
             */

            /**
             * Constructs a new Tick.
             * @memberof cad.v1
             * @classdesc Time advancing: timers that are due (overdue incidents, unit status timers) fire at the
             * message's acceptance time. Written by the clock adapter, typically once a second.
             * Subject: cad.<agency>.in.tick
             * @constructor
             * @param {cad.v1.Tick.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Tick = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Tick instance using the specified properties.
             * @function create
             * @memberof cad.v1.Tick
             * @static
             * @param {cad.v1.Tick.$Properties=} [properties] Properties to set
             * @returns {cad.v1.Tick} Tick instance
             * @type {{
             *   (properties: cad.v1.Tick.$Shape): cad.v1.Tick & cad.v1.Tick.$Shape;
             *   (properties?: cad.v1.Tick.$Properties): cad.v1.Tick;
             * }}
             */
            Tick.create = function(properties) {
                return new Tick(properties);
            };

            /**
             * Encodes the specified Tick message. Does not implicitly {@link cad.v1.Tick.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.Tick
             * @static
             * @param {cad.v1.Tick.$Properties} message Tick message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tick.encode = function (message, writer, _depth) {
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
             * Decodes a Tick message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.Tick
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.Tick & cad.v1.Tick.$Shape} Tick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tick.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.Tick();
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

            return Tick;
        })();

        /**
         * A unit's status.
         * @name cad.v1.UnitStatus
         * @enum {number}
         * @property {number} UNIT_STATUS_UNSPECIFIED=0 Never sent; a decoder treats it as an error.
         * @property {number} UNIT_STATUS_AVAILABLE=1 UNIT_STATUS_AVAILABLE value
         * @property {number} UNIT_STATUS_DISPATCHED=2 UNIT_STATUS_DISPATCHED value
         * @property {number} UNIT_STATUS_EN_ROUTE=3 UNIT_STATUS_EN_ROUTE value
         * @property {number} UNIT_STATUS_ON_SCENE=4 UNIT_STATUS_ON_SCENE value
         * @property {number} UNIT_STATUS_TRANSPORTING=5 UNIT_STATUS_TRANSPORTING value
         * @property {number} UNIT_STATUS_AT_HOSPITAL=6 UNIT_STATUS_AT_HOSPITAL value
         * @property {number} UNIT_STATUS_RETURNING=7 UNIT_STATUS_RETURNING value
         * @property {number} UNIT_STATUS_OUT_OF_SERVICE=8 UNIT_STATUS_OUT_OF_SERVICE value
         */
        v1.UnitStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNIT_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "UNIT_STATUS_AVAILABLE"] = 1;
            values[valuesById[2] = "UNIT_STATUS_DISPATCHED"] = 2;
            values[valuesById[3] = "UNIT_STATUS_EN_ROUTE"] = 3;
            values[valuesById[4] = "UNIT_STATUS_ON_SCENE"] = 4;
            values[valuesById[5] = "UNIT_STATUS_TRANSPORTING"] = 5;
            values[valuesById[6] = "UNIT_STATUS_AT_HOSPITAL"] = 6;
            values[valuesById[7] = "UNIT_STATUS_RETURNING"] = 7;
            values[valuesById[8] = "UNIT_STATUS_OUT_OF_SERVICE"] = 8;
            return values;
        })();

        /**
         * An incident's status.
         * @name cad.v1.IncidentStatus
         * @enum {number}
         * @property {number} INCIDENT_STATUS_UNSPECIFIED=0 Never sent; a decoder treats it as an error.
         * @property {number} INCIDENT_STATUS_PENDING=1 INCIDENT_STATUS_PENDING value
         * @property {number} INCIDENT_STATUS_DISPATCHED=2 INCIDENT_STATUS_DISPATCHED value
         * @property {number} INCIDENT_STATUS_EN_ROUTE=3 INCIDENT_STATUS_EN_ROUTE value
         * @property {number} INCIDENT_STATUS_ON_SCENE=4 INCIDENT_STATUS_ON_SCENE value
         * @property {number} INCIDENT_STATUS_CLEARED=5 INCIDENT_STATUS_CLEARED value
         * @property {number} INCIDENT_STATUS_CLOSED=6 INCIDENT_STATUS_CLOSED value
         */
        v1.IncidentStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INCIDENT_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "INCIDENT_STATUS_PENDING"] = 1;
            values[valuesById[2] = "INCIDENT_STATUS_DISPATCHED"] = 2;
            values[valuesById[3] = "INCIDENT_STATUS_EN_ROUTE"] = 3;
            values[valuesById[4] = "INCIDENT_STATUS_ON_SCENE"] = 4;
            values[valuesById[5] = "INCIDENT_STATUS_CLEARED"] = 5;
            values[valuesById[6] = "INCIDENT_STATUS_CLOSED"] = 6;
            return values;
        })();

        /**
         * Why a call was attached to an incident.
         * @name cad.v1.CallAttachReason
         * @enum {number}
         * @property {number} CALL_ATTACH_REASON_UNSPECIFIED=0 Never sent; a decoder treats it as an error.
         * @property {number} CALL_ATTACH_REASON_FIRST_CALL=1 The call created the incident.
         * @property {number} CALL_ATTACH_REASON_ADDITIONAL_CALLER=2 Another caller about an incident already known (near it, within the attach window).
         * @property {number} CALL_ATTACH_REASON_SPLIT=3 The call was split off another incident (SplitCall).
         */
        v1.CallAttachReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CALL_ATTACH_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CALL_ATTACH_REASON_FIRST_CALL"] = 1;
            values[valuesById[2] = "CALL_ATTACH_REASON_ADDITIONAL_CALLER"] = 2;
            values[valuesById[3] = "CALL_ATTACH_REASON_SPLIT"] = 3;
            return values;
        })();

        /**
         * Why an incident's priority changed.
         * @name cad.v1.ReprioritiseReason
         * @enum {number}
         * @property {number} REPRIORITISE_REASON_UNSPECIFIED=0 Never sent; a decoder treats it as an error.
         * @property {number} REPRIORITISE_REASON_DISPATCHER=1 A dispatcher's ReprioritiseIncident.
         * @property {number} REPRIORITISE_REASON_CALLER_FLAGS=2 An additional caller's flags raised it.
         * @property {number} REPRIORITISE_REASON_OVERDUE=3 It waited past its dispatch target.
         * @property {number} REPRIORITISE_REASON_MERGE=4 A merged incident brought a higher priority.
         */
        v1.ReprioritiseReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REPRIORITISE_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REPRIORITISE_REASON_DISPATCHER"] = 1;
            values[valuesById[2] = "REPRIORITISE_REASON_CALLER_FLAGS"] = 2;
            values[valuesById[3] = "REPRIORITISE_REASON_OVERDUE"] = 3;
            values[valuesById[4] = "REPRIORITISE_REASON_MERGE"] = 4;
            return values;
        })();

        /**
         * Why a unit left an incident.
         * @name cad.v1.UnitReleaseReason
         * @enum {number}
         * @property {number} UNIT_RELEASE_REASON_UNSPECIFIED=0 Never sent; a decoder treats it as an error.
         * @property {number} UNIT_RELEASE_REASON_CLEARED=1 The unit reported a status that ends its assignment (e.g. available, returning).
         * @property {number} UNIT_RELEASE_REASON_PREEMPTED=2 It was reassigned to another incident (ReassignUnit).
         * @property {number} UNIT_RELEASE_REASON_OUT_OF_SERVICE=3 It went out of service.
         * @property {number} UNIT_RELEASE_REASON_INCIDENT_CLEARED=4 The incident was cleared or closed.
         */
        v1.UnitReleaseReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNIT_RELEASE_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "UNIT_RELEASE_REASON_CLEARED"] = 1;
            values[valuesById[2] = "UNIT_RELEASE_REASON_PREEMPTED"] = 2;
            values[valuesById[3] = "UNIT_RELEASE_REASON_OUT_OF_SERVICE"] = 3;
            values[valuesById[4] = "UNIT_RELEASE_REASON_INCIDENT_CLEARED"] = 4;
            return values;
        })();

        /**
         * Why a candidate unit ranks where it does.
         * @name cad.v1.CandidateReason
         * @enum {number}
         * @property {number} CANDIDATE_REASON_UNSPECIFIED=0 Never sent; a decoder treats it as an error.
         * @property {number} CANDIDATE_REASON_CLOSEST_BY_ETA=1 The best candidate by estimated time of arrival (the first of the ranking).
         * @property {number} CANDIDATE_REASON_IN_ZONE=2 The unit is in the incident's zone.
         * @property {number} CANDIDATE_REASON_AT_STATION=3 The unit's position is its station's (it has no AVL fix).
         * @property {number} CANDIDATE_REASON_RETURNING_NO_TURNOUT=4 The unit is returning: no turnout time is added.
         * @property {number} CANDIDATE_REASON_STALE_POSITION_AT_STATION=5 Its AVL fix is stale, so its station position was used.
         * @property {number} CANDIDATE_REASON_STALE_POSITION_PENALISED=6 Its AVL fix is stale and there is no station: its ETA carries a penalty.
         * @property {number} CANDIDATE_REASON_MUTUAL_AID=7 The unit belongs to another agency (mutual aid).
         */
        v1.CandidateReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CANDIDATE_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CANDIDATE_REASON_CLOSEST_BY_ETA"] = 1;
            values[valuesById[2] = "CANDIDATE_REASON_IN_ZONE"] = 2;
            values[valuesById[3] = "CANDIDATE_REASON_AT_STATION"] = 3;
            values[valuesById[4] = "CANDIDATE_REASON_RETURNING_NO_TURNOUT"] = 4;
            values[valuesById[5] = "CANDIDATE_REASON_STALE_POSITION_AT_STATION"] = 5;
            values[valuesById[6] = "CANDIDATE_REASON_STALE_POSITION_PENALISED"] = 6;
            values[valuesById[7] = "CANDIDATE_REASON_MUTUAL_AID"] = 7;
            return values;
        })();

        v1.CallReceived = (function() {

            /**
             * Properties of a CallReceived.
             * @typedef {Object} cad.v1.CallReceived.$Properties
             * @property {string|null} [callId] The call's id.
             * @property {number|Long|null} [receivedAtMs] When the call reached the PSAP, epoch milliseconds.
             * @property {number|Long|null} [answeredAtMs] When it was answered, epoch milliseconds; absent if not given.
             * @property {number|null} [lon] Longitude, WGS84 degrees.
             * @property {number|null} [lat] Latitude, WGS84 degrees.
             * @property {string|null} [address] Address as given ("" if none).
             * @property {string|null} [callType] The call-type code used (after any fallback to the default).
             * @property {string|null} [callerNumber] The caller's number ("" if none).
             * @property {Array.<string>|null} [flags] Caller flags as given.
             * @property {string|null} [description] Free text ("" if none).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CallReceived.
             * @memberof cad.v1
             * @interface ICallReceived
             * @augments cad.v1.CallReceived.$Properties
             * @deprecated Use cad.v1.CallReceived.$Properties instead.
             */

            /**
             * Shape of a CallReceived.
             * @typedef {cad.v1.CallReceived.$Properties} cad.v1.CallReceived.$Shape
             */

            /**
             * Constructs a new CallReceived.
             * @memberof cad.v1
             * @classdesc A 911 call was received and recorded (emitted before it is attached to an incident).
             * @constructor
             * @param {cad.v1.CallReceived.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CallReceived = function (properties) {
                this.flags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The call's id.
             * @member {string} callId
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.callId = "";

            /**
             * When the call reached the PSAP, epoch milliseconds.
             * @member {number|Long} receivedAtMs
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * When it was answered, epoch milliseconds; absent if not given.
             * @member {number|Long|null|undefined} answeredAtMs
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.answeredAtMs = null;

            /**
             * Longitude, WGS84 degrees.
             * @member {number} lon
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.lon = 0;

            /**
             * Latitude, WGS84 degrees.
             * @member {number} lat
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.lat = 0;

            /**
             * Address as given ("" if none).
             * @member {string} address
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.address = "";

            /**
             * The call-type code used (after any fallback to the default).
             * @member {string} callType
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.callType = "";

            /**
             * The caller's number ("" if none).
             * @member {string} callerNumber
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.callerNumber = "";

            /**
             * Caller flags as given.
             * @member {Array.<string>} flags
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.flags = $util.emptyArray;

            /**
             * Free text ("" if none).
             * @member {string} description
             * @memberof cad.v1.CallReceived
             * @instance
             */
            CallReceived.prototype.description = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CallReceived.prototype, "_answeredAtMs", {
                get: $util.oneOfGetter($oneOfFields = ["answeredAtMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CallReceived instance using the specified properties.
             * @function create
             * @memberof cad.v1.CallReceived
             * @static
             * @param {cad.v1.CallReceived.$Properties=} [properties] Properties to set
             * @returns {cad.v1.CallReceived} CallReceived instance
             * @type {{
             *   (properties: cad.v1.CallReceived.$Shape): cad.v1.CallReceived & cad.v1.CallReceived.$Shape;
             *   (properties?: cad.v1.CallReceived.$Properties): cad.v1.CallReceived;
             * }}
             */
            CallReceived.create = function(properties) {
                return new CallReceived(properties);
            };

            /**
             * Encodes the specified CallReceived message. Does not implicitly {@link cad.v1.CallReceived.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.CallReceived
             * @static
             * @param {cad.v1.CallReceived.$Properties} message CallReceived message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallReceived.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.callId);
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && (typeof message.receivedAtMs === "object" ? message.receivedAtMs.low || message.receivedAtMs.high : message.receivedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.receivedAtMs);
                if (message.answeredAtMs != null && $Object.hasOwnProperty.call(message, "answeredAtMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.answeredAtMs);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.lat);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.address);
                if (message.callType != null && $Object.hasOwnProperty.call(message, "callType") && message.callType !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.callType);
                if (message.callerNumber != null && $Object.hasOwnProperty.call(message, "callerNumber") && message.callerNumber !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.callerNumber);
                if (message.flags != null && message.flags.length)
                    for (let i = 0; i < message.flags.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.flags[i]);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.description);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CallReceived message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.CallReceived
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.CallReceived & cad.v1.CallReceived.$Shape} CallReceived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallReceived.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.CallReceived();
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
                                message.callId = value;
                            else
                                delete message.callId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.answeredAtMs = reader.int64();
                            message._answeredAtMs = "answeredAtMs";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lon = value;
                            else
                                delete message.lon;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lat = value;
                            else
                                delete message.lat;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callType = value;
                            else
                                delete message.callType;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callerNumber = value;
                            else
                                delete message.callerNumber;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.flags && message.flags.length))
                                message.flags = [];
                            message.flags.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
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

            return CallReceived;
        })();

        v1.CallTypeDefaulted = (function() {

            /**
             * Properties of a CallTypeDefaulted.
             * @typedef {Object} cad.v1.CallTypeDefaulted.$Properties
             * @property {string|null} [callId] The call.
             * @property {string|null} [requestedCode] The code the caller sent ("" if none).
             * @property {string|null} [usedCode] The configured default code used instead.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CallTypeDefaulted.
             * @memberof cad.v1
             * @interface ICallTypeDefaulted
             * @augments cad.v1.CallTypeDefaulted.$Properties
             * @deprecated Use cad.v1.CallTypeDefaulted.$Properties instead.
             */

            /**
             * Shape of a CallTypeDefaulted.
             * @typedef {cad.v1.CallTypeDefaulted.$Properties} cad.v1.CallTypeDefaulted.$Shape
             */

            /**
             * Constructs a new CallTypeDefaulted.
             * @memberof cad.v1
             * @classdesc The call's type code was unknown (or empty); the default type is used instead.
             * @constructor
             * @param {cad.v1.CallTypeDefaulted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CallTypeDefaulted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The call.
             * @member {string} callId
             * @memberof cad.v1.CallTypeDefaulted
             * @instance
             */
            CallTypeDefaulted.prototype.callId = "";

            /**
             * The code the caller sent ("" if none).
             * @member {string} requestedCode
             * @memberof cad.v1.CallTypeDefaulted
             * @instance
             */
            CallTypeDefaulted.prototype.requestedCode = "";

            /**
             * The configured default code used instead.
             * @member {string} usedCode
             * @memberof cad.v1.CallTypeDefaulted
             * @instance
             */
            CallTypeDefaulted.prototype.usedCode = "";

            /**
             * Creates a new CallTypeDefaulted instance using the specified properties.
             * @function create
             * @memberof cad.v1.CallTypeDefaulted
             * @static
             * @param {cad.v1.CallTypeDefaulted.$Properties=} [properties] Properties to set
             * @returns {cad.v1.CallTypeDefaulted} CallTypeDefaulted instance
             * @type {{
             *   (properties: cad.v1.CallTypeDefaulted.$Shape): cad.v1.CallTypeDefaulted & cad.v1.CallTypeDefaulted.$Shape;
             *   (properties?: cad.v1.CallTypeDefaulted.$Properties): cad.v1.CallTypeDefaulted;
             * }}
             */
            CallTypeDefaulted.create = function(properties) {
                return new CallTypeDefaulted(properties);
            };

            /**
             * Encodes the specified CallTypeDefaulted message. Does not implicitly {@link cad.v1.CallTypeDefaulted.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.CallTypeDefaulted
             * @static
             * @param {cad.v1.CallTypeDefaulted.$Properties} message CallTypeDefaulted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallTypeDefaulted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.callId);
                if (message.requestedCode != null && $Object.hasOwnProperty.call(message, "requestedCode") && message.requestedCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.requestedCode);
                if (message.usedCode != null && $Object.hasOwnProperty.call(message, "usedCode") && message.usedCode !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.usedCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CallTypeDefaulted message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.CallTypeDefaulted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.CallTypeDefaulted & cad.v1.CallTypeDefaulted.$Shape} CallTypeDefaulted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallTypeDefaulted.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.CallTypeDefaulted();
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
                                message.callId = value;
                            else
                                delete message.callId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestedCode = value;
                            else
                                delete message.requestedCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.usedCode = value;
                            else
                                delete message.usedCode;
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

            return CallTypeDefaulted;
        })();

        v1.IncidentCreated = (function() {

            /**
             * Properties of an IncidentCreated.
             * @typedef {Object} cad.v1.IncidentCreated.$Properties
             * @property {string|null} [incidentId] The incident's id (assigned by the engine).
             * @property {string|null} [callType] Its call-type code.
             * @property {number|null} [priority] Its priority, 1 = most urgent.
             * @property {number|null} [lon] Longitude, WGS84 degrees.
             * @property {number|null} [lat] Latitude, WGS84 degrees.
             * @property {string|null} [address] Address ("" if none).
             * @property {string|null} [zone] The configured zone (beat, first-due area) it lies in; absent if none.
             * @property {number|Long|null} [receivedAtMs] When the first call reached the PSAP, epoch milliseconds.
             * @property {number|Long|null} [answeredAtMs] When the first call was answered, epoch milliseconds; absent if not given.
             * @property {string|null} [splitFromIncidentId] The incident it was split from; absent unless created by SplitCall.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentCreated.
             * @memberof cad.v1
             * @interface IIncidentCreated
             * @augments cad.v1.IncidentCreated.$Properties
             * @deprecated Use cad.v1.IncidentCreated.$Properties instead.
             */

            /**
             * Shape of an IncidentCreated.
             * @typedef {cad.v1.IncidentCreated.$Properties} cad.v1.IncidentCreated.$Shape
             */

            /**
             * Constructs a new IncidentCreated.
             * @memberof cad.v1
             * @classdesc A new incident, from a call or a split.
             * @constructor
             * @param {cad.v1.IncidentCreated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentCreated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident's id (assigned by the engine).
             * @member {string} incidentId
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.incidentId = "";

            /**
             * Its call-type code.
             * @member {string} callType
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.callType = "";

            /**
             * Its priority, 1 = most urgent.
             * @member {number} priority
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.priority = 0;

            /**
             * Longitude, WGS84 degrees.
             * @member {number} lon
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.lon = 0;

            /**
             * Latitude, WGS84 degrees.
             * @member {number} lat
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.lat = 0;

            /**
             * Address ("" if none).
             * @member {string} address
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.address = "";

            /**
             * The configured zone (beat, first-due area) it lies in; absent if none.
             * @member {string|null|undefined} zone
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.zone = null;

            /**
             * When the first call reached the PSAP, epoch milliseconds.
             * @member {number|Long} receivedAtMs
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * When the first call was answered, epoch milliseconds; absent if not given.
             * @member {number|Long|null|undefined} answeredAtMs
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.answeredAtMs = null;

            /**
             * The incident it was split from; absent unless created by SplitCall.
             * @member {string|null|undefined} splitFromIncidentId
             * @memberof cad.v1.IncidentCreated
             * @instance
             */
            IncidentCreated.prototype.splitFromIncidentId = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncidentCreated.prototype, "_zone", {
                get: $util.oneOfGetter($oneOfFields = ["zone"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncidentCreated.prototype, "_answeredAtMs", {
                get: $util.oneOfGetter($oneOfFields = ["answeredAtMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncidentCreated.prototype, "_splitFromIncidentId", {
                get: $util.oneOfGetter($oneOfFields = ["splitFromIncidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IncidentCreated instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentCreated
             * @static
             * @param {cad.v1.IncidentCreated.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentCreated} IncidentCreated instance
             * @type {{
             *   (properties: cad.v1.IncidentCreated.$Shape): cad.v1.IncidentCreated & cad.v1.IncidentCreated.$Shape;
             *   (properties?: cad.v1.IncidentCreated.$Properties): cad.v1.IncidentCreated;
             * }}
             */
            IncidentCreated.create = function(properties) {
                return new IncidentCreated(properties);
            };

            /**
             * Encodes the specified IncidentCreated message. Does not implicitly {@link cad.v1.IncidentCreated.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentCreated
             * @static
             * @param {cad.v1.IncidentCreated.$Properties} message IncidentCreated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentCreated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.callType != null && $Object.hasOwnProperty.call(message, "callType") && message.callType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.callType);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.priority);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.lat);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.address);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.zone);
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && (typeof message.receivedAtMs === "object" ? message.receivedAtMs.low || message.receivedAtMs.high : message.receivedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.receivedAtMs);
                if (message.answeredAtMs != null && $Object.hasOwnProperty.call(message, "answeredAtMs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.answeredAtMs);
                if (message.splitFromIncidentId != null && $Object.hasOwnProperty.call(message, "splitFromIncidentId"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.splitFromIncidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentCreated message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentCreated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentCreated & cad.v1.IncidentCreated.$Shape} IncidentCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentCreated.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentCreated();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callType = value;
                            else
                                delete message.callType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lon = value;
                            else
                                delete message.lon;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lat = value;
                            else
                                delete message.lat;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.zone = reader.stringVerify();
                            message._zone = "zone";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.answeredAtMs = reader.int64();
                            message._answeredAtMs = "answeredAtMs";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.splitFromIncidentId = reader.stringVerify();
                            message._splitFromIncidentId = "splitFromIncidentId";
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

            return IncidentCreated;
        })();

        v1.BusyCandidate = (function() {

            /**
             * Properties of a BusyCandidate.
             * @typedef {Object} cad.v1.BusyCandidate.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {string|null} [unitType] Its unit type.
             * @property {cad.v1.UnitStatus|null} [status] Its current status.
             * @property {string|null} [incidentId] The incident it serves now; absent if none.
             * @property {number|null} [expectedFreeAtMs] When it is expected to be free, epoch milliseconds (an estimate: may carry a fraction).
             * @property {number|null} [etaSeconds] Seconds from now until it could arrive: wait until free, then turnout and travel.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BusyCandidate.
             * @memberof cad.v1
             * @interface IBusyCandidate
             * @augments cad.v1.BusyCandidate.$Properties
             * @deprecated Use cad.v1.BusyCandidate.$Properties instead.
             */

            /**
             * Shape of a BusyCandidate.
             * @typedef {cad.v1.BusyCandidate.$Properties} cad.v1.BusyCandidate.$Shape
             */

            /**
             * Constructs a new BusyCandidate.
             * @memberof cad.v1
             * @classdesc The busy unit that could fill a slot nobody free can: when it may be free, and its ETA then.
             * @constructor
             * @param {cad.v1.BusyCandidate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BusyCandidate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.BusyCandidate
             * @instance
             */
            BusyCandidate.prototype.unitId = "";

            /**
             * Its unit type.
             * @member {string} unitType
             * @memberof cad.v1.BusyCandidate
             * @instance
             */
            BusyCandidate.prototype.unitType = "";

            /**
             * Its current status.
             * @member {cad.v1.UnitStatus} status
             * @memberof cad.v1.BusyCandidate
             * @instance
             */
            BusyCandidate.prototype.status = 0;

            /**
             * The incident it serves now; absent if none.
             * @member {string|null|undefined} incidentId
             * @memberof cad.v1.BusyCandidate
             * @instance
             */
            BusyCandidate.prototype.incidentId = null;

            /**
             * When it is expected to be free, epoch milliseconds (an estimate: may carry a fraction).
             * @member {number} expectedFreeAtMs
             * @memberof cad.v1.BusyCandidate
             * @instance
             */
            BusyCandidate.prototype.expectedFreeAtMs = 0;

            /**
             * Seconds from now until it could arrive: wait until free, then turnout and travel.
             * @member {number} etaSeconds
             * @memberof cad.v1.BusyCandidate
             * @instance
             */
            BusyCandidate.prototype.etaSeconds = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BusyCandidate.prototype, "_incidentId", {
                get: $util.oneOfGetter($oneOfFields = ["incidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new BusyCandidate instance using the specified properties.
             * @function create
             * @memberof cad.v1.BusyCandidate
             * @static
             * @param {cad.v1.BusyCandidate.$Properties=} [properties] Properties to set
             * @returns {cad.v1.BusyCandidate} BusyCandidate instance
             * @type {{
             *   (properties: cad.v1.BusyCandidate.$Shape): cad.v1.BusyCandidate & cad.v1.BusyCandidate.$Shape;
             *   (properties?: cad.v1.BusyCandidate.$Properties): cad.v1.BusyCandidate;
             * }}
             */
            BusyCandidate.create = function(properties) {
                return new BusyCandidate(properties);
            };

            /**
             * Encodes the specified BusyCandidate message. Does not implicitly {@link cad.v1.BusyCandidate.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.BusyCandidate
             * @static
             * @param {cad.v1.BusyCandidate.$Properties} message BusyCandidate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BusyCandidate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.unitType != null && $Object.hasOwnProperty.call(message, "unitType") && message.unitType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unitType);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.incidentId);
                if (message.expectedFreeAtMs != null && $Object.hasOwnProperty.call(message, "expectedFreeAtMs") && !$Object.is(message.expectedFreeAtMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.expectedFreeAtMs);
                if (message.etaSeconds != null && $Object.hasOwnProperty.call(message, "etaSeconds") && !$Object.is(message.etaSeconds, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.etaSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BusyCandidate message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.BusyCandidate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.BusyCandidate & cad.v1.BusyCandidate.$Shape} BusyCandidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BusyCandidate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.BusyCandidate();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unitType = value;
                            else
                                delete message.unitType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.incidentId = reader.stringVerify();
                            message._incidentId = "incidentId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.expectedFreeAtMs = value;
                            else
                                delete message.expectedFreeAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.etaSeconds = value;
                            else
                                delete message.etaSeconds;
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

            return BusyCandidate;
        })();

        v1.Candidate = (function() {

            /**
             * Properties of a Candidate.
             * @typedef {Object} cad.v1.Candidate.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {string|null} [unitType] Its unit type.
             * @property {string|null} [agency] Its agency.
             * @property {number|null} [etaSeconds] Estimated seconds to arrive (turnout, travel and any penalty).
             * @property {number|null} [distanceMeters] Great-circle distance to the incident, metres.
             * @property {Array.<cad.v1.CandidateReason>|null} [reasons] Why it ranks where it does.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Candidate.
             * @memberof cad.v1
             * @interface ICandidate
             * @augments cad.v1.Candidate.$Properties
             * @deprecated Use cad.v1.Candidate.$Properties instead.
             */

            /**
             * Shape of a Candidate.
             * @typedef {cad.v1.Candidate.$Properties} cad.v1.Candidate.$Shape
             */

            /**
             * Constructs a new Candidate.
             * @memberof cad.v1
             * @classdesc A free unit that can fill a slot, with its estimate.
             * @constructor
             * @param {cad.v1.Candidate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Candidate = function (properties) {
                this.reasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.Candidate
             * @instance
             */
            Candidate.prototype.unitId = "";

            /**
             * Its unit type.
             * @member {string} unitType
             * @memberof cad.v1.Candidate
             * @instance
             */
            Candidate.prototype.unitType = "";

            /**
             * Its agency.
             * @member {string} agency
             * @memberof cad.v1.Candidate
             * @instance
             */
            Candidate.prototype.agency = "";

            /**
             * Estimated seconds to arrive (turnout, travel and any penalty).
             * @member {number} etaSeconds
             * @memberof cad.v1.Candidate
             * @instance
             */
            Candidate.prototype.etaSeconds = 0;

            /**
             * Great-circle distance to the incident, metres.
             * @member {number} distanceMeters
             * @memberof cad.v1.Candidate
             * @instance
             */
            Candidate.prototype.distanceMeters = 0;

            /**
             * Why it ranks where it does.
             * @member {Array.<cad.v1.CandidateReason>} reasons
             * @memberof cad.v1.Candidate
             * @instance
             */
            Candidate.prototype.reasons = $util.emptyArray;

            /**
             * Creates a new Candidate instance using the specified properties.
             * @function create
             * @memberof cad.v1.Candidate
             * @static
             * @param {cad.v1.Candidate.$Properties=} [properties] Properties to set
             * @returns {cad.v1.Candidate} Candidate instance
             * @type {{
             *   (properties: cad.v1.Candidate.$Shape): cad.v1.Candidate & cad.v1.Candidate.$Shape;
             *   (properties?: cad.v1.Candidate.$Properties): cad.v1.Candidate;
             * }}
             */
            Candidate.create = function(properties) {
                return new Candidate(properties);
            };

            /**
             * Encodes the specified Candidate message. Does not implicitly {@link cad.v1.Candidate.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.Candidate
             * @static
             * @param {cad.v1.Candidate.$Properties} message Candidate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Candidate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.unitType != null && $Object.hasOwnProperty.call(message, "unitType") && message.unitType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unitType);
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency") && message.agency !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agency);
                if (message.etaSeconds != null && $Object.hasOwnProperty.call(message, "etaSeconds") && !$Object.is(message.etaSeconds, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.etaSeconds);
                if (message.distanceMeters != null && $Object.hasOwnProperty.call(message, "distanceMeters") && !$Object.is(message.distanceMeters, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.distanceMeters);
                if (message.reasons != null && message.reasons.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.reasons);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Candidate message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.Candidate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.Candidate & cad.v1.Candidate.$Shape} Candidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Candidate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.Candidate();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unitType = value;
                            else
                                delete message.unitType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agency = value;
                            else
                                delete message.agency;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.etaSeconds = value;
                            else
                                delete message.etaSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.distanceMeters = value;
                            else
                                delete message.distanceMeters;
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.reasons && message.reasons.length))
                                    message.reasons = [];
                                reader.int32s(message.reasons);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push(reader.int32());
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

            return Candidate;
        })();

        v1.NextBest = (function() {

            /**
             * Properties of a NextBest.
             * @typedef {Object} cad.v1.NextBest.$Properties
             * @property {string|null} [unitId] The runner-up unit.
             * @property {number|null} [deltaSeconds] How many seconds later than the best unit it would arrive.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NextBest.
             * @memberof cad.v1
             * @interface INextBest
             * @augments cad.v1.NextBest.$Properties
             * @deprecated Use cad.v1.NextBest.$Properties instead.
             */

            /**
             * Shape of a NextBest.
             * @typedef {cad.v1.NextBest.$Properties} cad.v1.NextBest.$Shape
             */

            /**
             * Constructs a new NextBest.
             * @memberof cad.v1
             * @classdesc The runner-up for a slot.
             * @constructor
             * @param {cad.v1.NextBest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NextBest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The runner-up unit.
             * @member {string} unitId
             * @memberof cad.v1.NextBest
             * @instance
             */
            NextBest.prototype.unitId = "";

            /**
             * How many seconds later than the best unit it would arrive.
             * @member {number} deltaSeconds
             * @memberof cad.v1.NextBest
             * @instance
             */
            NextBest.prototype.deltaSeconds = 0;

            /**
             * Creates a new NextBest instance using the specified properties.
             * @function create
             * @memberof cad.v1.NextBest
             * @static
             * @param {cad.v1.NextBest.$Properties=} [properties] Properties to set
             * @returns {cad.v1.NextBest} NextBest instance
             * @type {{
             *   (properties: cad.v1.NextBest.$Shape): cad.v1.NextBest & cad.v1.NextBest.$Shape;
             *   (properties?: cad.v1.NextBest.$Properties): cad.v1.NextBest;
             * }}
             */
            NextBest.create = function(properties) {
                return new NextBest(properties);
            };

            /**
             * Encodes the specified NextBest message. Does not implicitly {@link cad.v1.NextBest.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.NextBest
             * @static
             * @param {cad.v1.NextBest.$Properties} message NextBest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NextBest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.deltaSeconds != null && $Object.hasOwnProperty.call(message, "deltaSeconds") && !$Object.is(message.deltaSeconds, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.deltaSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NextBest message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.NextBest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.NextBest & cad.v1.NextBest.$Shape} NextBest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NextBest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.NextBest();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.deltaSeconds = value;
                            else
                                delete message.deltaSeconds;
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

            return NextBest;
        })();

        v1.SlotRecommendation = (function() {

            /**
             * Properties of a SlotRecommendation.
             * @typedef {Object} cad.v1.SlotRecommendation.$Properties
             * @property {string|null} [label] The plan's label for the slot (e.g. "engine").
             * @property {Array.<string>|null} [types] Unit types that can fill it.
             * @property {Array.<string>|null} [capabilities] Capabilities the unit must have.
             * @property {cad.v1.Candidate.$Properties|null} [unit] The best free unit; absent when none is free (see shortfall).
             * @property {Array.<cad.v1.Candidate.$Properties>|null} [candidates] The ranked candidates (top k), best first; the first is `unit`.
             * @property {cad.v1.NextBest.$Properties|null} [nextBest] The runner-up and how much later it would arrive; absent if there is none.
             * @property {Array.<cad.v1.BusyCandidate.$Properties>|null} [shortfall] Busy units that could fill the slot later, by ETA, soonest first.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SlotRecommendation.
             * @memberof cad.v1
             * @interface ISlotRecommendation
             * @augments cad.v1.SlotRecommendation.$Properties
             * @deprecated Use cad.v1.SlotRecommendation.$Properties instead.
             */

            /**
             * Shape of a SlotRecommendation.
             * @typedef {cad.v1.SlotRecommendation.$Properties} cad.v1.SlotRecommendation.$Shape
             */

            /**
             * Constructs a new SlotRecommendation.
             * @memberof cad.v1
             * @classdesc One unit the response plan wants, and who could be it.
             * @constructor
             * @param {cad.v1.SlotRecommendation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SlotRecommendation = function (properties) {
                this.types = [];
                this.capabilities = [];
                this.candidates = [];
                this.shortfall = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The plan's label for the slot (e.g. "engine").
             * @member {string} label
             * @memberof cad.v1.SlotRecommendation
             * @instance
             */
            SlotRecommendation.prototype.label = "";

            /**
             * Unit types that can fill it.
             * @member {Array.<string>} types
             * @memberof cad.v1.SlotRecommendation
             * @instance
             */
            SlotRecommendation.prototype.types = $util.emptyArray;

            /**
             * Capabilities the unit must have.
             * @member {Array.<string>} capabilities
             * @memberof cad.v1.SlotRecommendation
             * @instance
             */
            SlotRecommendation.prototype.capabilities = $util.emptyArray;

            /**
             * The best free unit; absent when none is free (see shortfall).
             * @member {cad.v1.Candidate.$Properties|null|undefined} unit
             * @memberof cad.v1.SlotRecommendation
             * @instance
             */
            SlotRecommendation.prototype.unit = null;

            /**
             * The ranked candidates (top k), best first; the first is `unit`.
             * @member {Array.<cad.v1.Candidate.$Properties>} candidates
             * @memberof cad.v1.SlotRecommendation
             * @instance
             */
            SlotRecommendation.prototype.candidates = $util.emptyArray;

            /**
             * The runner-up and how much later it would arrive; absent if there is none.
             * @member {cad.v1.NextBest.$Properties|null|undefined} nextBest
             * @memberof cad.v1.SlotRecommendation
             * @instance
             */
            SlotRecommendation.prototype.nextBest = null;

            /**
             * Busy units that could fill the slot later, by ETA, soonest first.
             * @member {Array.<cad.v1.BusyCandidate.$Properties>} shortfall
             * @memberof cad.v1.SlotRecommendation
             * @instance
             */
            SlotRecommendation.prototype.shortfall = $util.emptyArray;

            /**
             * Creates a new SlotRecommendation instance using the specified properties.
             * @function create
             * @memberof cad.v1.SlotRecommendation
             * @static
             * @param {cad.v1.SlotRecommendation.$Properties=} [properties] Properties to set
             * @returns {cad.v1.SlotRecommendation} SlotRecommendation instance
             * @type {{
             *   (properties: cad.v1.SlotRecommendation.$Shape): cad.v1.SlotRecommendation & cad.v1.SlotRecommendation.$Shape;
             *   (properties?: cad.v1.SlotRecommendation.$Properties): cad.v1.SlotRecommendation;
             * }}
             */
            SlotRecommendation.create = function(properties) {
                return new SlotRecommendation(properties);
            };

            /**
             * Encodes the specified SlotRecommendation message. Does not implicitly {@link cad.v1.SlotRecommendation.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.SlotRecommendation
             * @static
             * @param {cad.v1.SlotRecommendation.$Properties} message SlotRecommendation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SlotRecommendation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.label);
                if (message.types != null && message.types.length)
                    for (let i = 0; i < message.types.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.types[i]);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.capabilities[i]);
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    $root.cad.v1.Candidate.encode(message.unit, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.candidates != null && message.candidates.length)
                    for (let i = 0; i < message.candidates.length; ++i)
                        $root.cad.v1.Candidate.encode(message.candidates[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.nextBest != null && $Object.hasOwnProperty.call(message, "nextBest"))
                    $root.cad.v1.NextBest.encode(message.nextBest, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.shortfall != null && message.shortfall.length)
                    for (let i = 0; i < message.shortfall.length; ++i)
                        $root.cad.v1.BusyCandidate.encode(message.shortfall[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SlotRecommendation message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.SlotRecommendation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.SlotRecommendation & cad.v1.SlotRecommendation.$Shape} SlotRecommendation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SlotRecommendation.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.SlotRecommendation();
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
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.types && message.types.length))
                                message.types = [];
                            message.types.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.unit = $root.cad.v1.Candidate.decode(reader, reader.size(), $undefined, _depth + 1, message.unit);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.candidates && message.candidates.length))
                                message.candidates = [];
                            message.candidates.push($root.cad.v1.Candidate.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.nextBest = $root.cad.v1.NextBest.decode(reader, reader.size(), $undefined, _depth + 1, message.nextBest);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shortfall && message.shortfall.length))
                                message.shortfall = [];
                            message.shortfall.push($root.cad.v1.BusyCandidate.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return SlotRecommendation;
        })();

        v1.UnitsRecommended = (function() {

            /**
             * Properties of a UnitsRecommended.
             * @typedef {Object} cad.v1.UnitsRecommended.$Properties
             * @property {string|null} [incidentId] The incident.
             * @property {string|null} [callType] Its call-type code (which chose the plan).
             * @property {string|null} [zone] Its zone; absent if none.
             * @property {Array.<cad.v1.SlotRecommendation.$Properties>|null} [slots] One entry per unit the plan wants (a slot of count 3 gives three entries).
             * @property {boolean|null} [complete] True when every slot has a free unit.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitsRecommended.
             * @memberof cad.v1
             * @interface IUnitsRecommended
             * @augments cad.v1.UnitsRecommended.$Properties
             * @deprecated Use cad.v1.UnitsRecommended.$Properties instead.
             */

            /**
             * Shape of a UnitsRecommended.
             * @typedef {cad.v1.UnitsRecommended.$Properties} cad.v1.UnitsRecommended.$Shape
             */

            /**
             * Constructs a new UnitsRecommended.
             * @memberof cad.v1
             * @classdesc The units the engine recommends for an incident's response plan, with the reasons.
             * @constructor
             * @param {cad.v1.UnitsRecommended.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitsRecommended = function (properties) {
                this.slots = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident.
             * @member {string} incidentId
             * @memberof cad.v1.UnitsRecommended
             * @instance
             */
            UnitsRecommended.prototype.incidentId = "";

            /**
             * Its call-type code (which chose the plan).
             * @member {string} callType
             * @memberof cad.v1.UnitsRecommended
             * @instance
             */
            UnitsRecommended.prototype.callType = "";

            /**
             * Its zone; absent if none.
             * @member {string|null|undefined} zone
             * @memberof cad.v1.UnitsRecommended
             * @instance
             */
            UnitsRecommended.prototype.zone = null;

            /**
             * One entry per unit the plan wants (a slot of count 3 gives three entries).
             * @member {Array.<cad.v1.SlotRecommendation.$Properties>} slots
             * @memberof cad.v1.UnitsRecommended
             * @instance
             */
            UnitsRecommended.prototype.slots = $util.emptyArray;

            /**
             * True when every slot has a free unit.
             * @member {boolean} complete
             * @memberof cad.v1.UnitsRecommended
             * @instance
             */
            UnitsRecommended.prototype.complete = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UnitsRecommended.prototype, "_zone", {
                get: $util.oneOfGetter($oneOfFields = ["zone"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UnitsRecommended instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitsRecommended
             * @static
             * @param {cad.v1.UnitsRecommended.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitsRecommended} UnitsRecommended instance
             * @type {{
             *   (properties: cad.v1.UnitsRecommended.$Shape): cad.v1.UnitsRecommended & cad.v1.UnitsRecommended.$Shape;
             *   (properties?: cad.v1.UnitsRecommended.$Properties): cad.v1.UnitsRecommended;
             * }}
             */
            UnitsRecommended.create = function(properties) {
                return new UnitsRecommended(properties);
            };

            /**
             * Encodes the specified UnitsRecommended message. Does not implicitly {@link cad.v1.UnitsRecommended.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitsRecommended
             * @static
             * @param {cad.v1.UnitsRecommended.$Properties} message UnitsRecommended message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitsRecommended.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.callType != null && $Object.hasOwnProperty.call(message, "callType") && message.callType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.callType);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.zone);
                if (message.slots != null && message.slots.length)
                    for (let i = 0; i < message.slots.length; ++i)
                        $root.cad.v1.SlotRecommendation.encode(message.slots[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.complete != null && $Object.hasOwnProperty.call(message, "complete") && message.complete !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.complete);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitsRecommended message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitsRecommended
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitsRecommended & cad.v1.UnitsRecommended.$Shape} UnitsRecommended
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitsRecommended.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitsRecommended();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callType = value;
                            else
                                delete message.callType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.zone = reader.stringVerify();
                            message._zone = "zone";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.slots && message.slots.length))
                                message.slots = [];
                            message.slots.push($root.cad.v1.SlotRecommendation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.complete = value;
                            else
                                delete message.complete;
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

            return UnitsRecommended;
        })();

        v1.CallAttached = (function() {

            /**
             * Properties of a CallAttached.
             * @typedef {Object} cad.v1.CallAttached.$Properties
             * @property {string|null} [callId] The call.
             * @property {string|null} [incidentId] The incident it now belongs to.
             * @property {cad.v1.CallAttachReason|null} [reason] Why.
             * @property {string|null} [fromIncidentId] The incident it came from (split); absent otherwise.
             * @property {number|null} [distanceMeters] Distance from the call to the incident, metres (0 for the first call).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CallAttached.
             * @memberof cad.v1
             * @interface ICallAttached
             * @augments cad.v1.CallAttached.$Properties
             * @deprecated Use cad.v1.CallAttached.$Properties instead.
             */

            /**
             * Shape of a CallAttached.
             * @typedef {cad.v1.CallAttached.$Properties} cad.v1.CallAttached.$Shape
             */

            /**
             * Constructs a new CallAttached.
             * @memberof cad.v1
             * @classdesc A call was attached to an incident.
             * @constructor
             * @param {cad.v1.CallAttached.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CallAttached = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The call.
             * @member {string} callId
             * @memberof cad.v1.CallAttached
             * @instance
             */
            CallAttached.prototype.callId = "";

            /**
             * The incident it now belongs to.
             * @member {string} incidentId
             * @memberof cad.v1.CallAttached
             * @instance
             */
            CallAttached.prototype.incidentId = "";

            /**
             * Why.
             * @member {cad.v1.CallAttachReason} reason
             * @memberof cad.v1.CallAttached
             * @instance
             */
            CallAttached.prototype.reason = 0;

            /**
             * The incident it came from (split); absent otherwise.
             * @member {string|null|undefined} fromIncidentId
             * @memberof cad.v1.CallAttached
             * @instance
             */
            CallAttached.prototype.fromIncidentId = null;

            /**
             * Distance from the call to the incident, metres (0 for the first call).
             * @member {number} distanceMeters
             * @memberof cad.v1.CallAttached
             * @instance
             */
            CallAttached.prototype.distanceMeters = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CallAttached.prototype, "_fromIncidentId", {
                get: $util.oneOfGetter($oneOfFields = ["fromIncidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CallAttached instance using the specified properties.
             * @function create
             * @memberof cad.v1.CallAttached
             * @static
             * @param {cad.v1.CallAttached.$Properties=} [properties] Properties to set
             * @returns {cad.v1.CallAttached} CallAttached instance
             * @type {{
             *   (properties: cad.v1.CallAttached.$Shape): cad.v1.CallAttached & cad.v1.CallAttached.$Shape;
             *   (properties?: cad.v1.CallAttached.$Properties): cad.v1.CallAttached;
             * }}
             */
            CallAttached.create = function(properties) {
                return new CallAttached(properties);
            };

            /**
             * Encodes the specified CallAttached message. Does not implicitly {@link cad.v1.CallAttached.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.CallAttached
             * @static
             * @param {cad.v1.CallAttached.$Properties} message CallAttached message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallAttached.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.callId);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.incidentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.reason);
                if (message.fromIncidentId != null && $Object.hasOwnProperty.call(message, "fromIncidentId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.fromIncidentId);
                if (message.distanceMeters != null && $Object.hasOwnProperty.call(message, "distanceMeters") && !$Object.is(message.distanceMeters, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.distanceMeters);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CallAttached message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.CallAttached
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.CallAttached & cad.v1.CallAttached.$Shape} CallAttached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallAttached.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.CallAttached();
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
                                message.callId = value;
                            else
                                delete message.callId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.fromIncidentId = reader.stringVerify();
                            message._fromIncidentId = "fromIncidentId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.distanceMeters = value;
                            else
                                delete message.distanceMeters;
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

            return CallAttached;
        })();

        v1.IncidentReprioritised = (function() {

            /**
             * Properties of an IncidentReprioritised.
             * @typedef {Object} cad.v1.IncidentReprioritised.$Properties
             * @property {string|null} [incidentId] The incident.
             * @property {number|null} [from] The old priority.
             * @property {number|null} [to] The new priority.
             * @property {cad.v1.ReprioritiseReason|null} [reason] Why.
             * @property {string|null} [note] Words for a console ("" if none).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentReprioritised.
             * @memberof cad.v1
             * @interface IIncidentReprioritised
             * @augments cad.v1.IncidentReprioritised.$Properties
             * @deprecated Use cad.v1.IncidentReprioritised.$Properties instead.
             */

            /**
             * Shape of an IncidentReprioritised.
             * @typedef {cad.v1.IncidentReprioritised.$Properties} cad.v1.IncidentReprioritised.$Shape
             */

            /**
             * Constructs a new IncidentReprioritised.
             * @memberof cad.v1
             * @classdesc An incident's priority changed.
             * @constructor
             * @param {cad.v1.IncidentReprioritised.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentReprioritised = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentReprioritised
             * @instance
             */
            IncidentReprioritised.prototype.incidentId = "";

            /**
             * The old priority.
             * @member {number} from
             * @memberof cad.v1.IncidentReprioritised
             * @instance
             */
            IncidentReprioritised.prototype.from = 0;

            /**
             * The new priority.
             * @member {number} to
             * @memberof cad.v1.IncidentReprioritised
             * @instance
             */
            IncidentReprioritised.prototype.to = 0;

            /**
             * Why.
             * @member {cad.v1.ReprioritiseReason} reason
             * @memberof cad.v1.IncidentReprioritised
             * @instance
             */
            IncidentReprioritised.prototype.reason = 0;

            /**
             * Words for a console ("" if none).
             * @member {string} note
             * @memberof cad.v1.IncidentReprioritised
             * @instance
             */
            IncidentReprioritised.prototype.note = "";

            /**
             * Creates a new IncidentReprioritised instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentReprioritised
             * @static
             * @param {cad.v1.IncidentReprioritised.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentReprioritised} IncidentReprioritised instance
             * @type {{
             *   (properties: cad.v1.IncidentReprioritised.$Shape): cad.v1.IncidentReprioritised & cad.v1.IncidentReprioritised.$Shape;
             *   (properties?: cad.v1.IncidentReprioritised.$Properties): cad.v1.IncidentReprioritised;
             * }}
             */
            IncidentReprioritised.create = function(properties) {
                return new IncidentReprioritised(properties);
            };

            /**
             * Encodes the specified IncidentReprioritised message. Does not implicitly {@link cad.v1.IncidentReprioritised.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentReprioritised
             * @static
             * @param {cad.v1.IncidentReprioritised.$Properties} message IncidentReprioritised message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentReprioritised.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.to);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reason);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.note);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentReprioritised message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentReprioritised
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentReprioritised & cad.v1.IncidentReprioritised.$Shape} IncidentReprioritised
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentReprioritised.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentReprioritised();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
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

            return IncidentReprioritised;
        })();

        v1.IncidentStatusChanged = (function() {

            /**
             * Properties of an IncidentStatusChanged.
             * @typedef {Object} cad.v1.IncidentStatusChanged.$Properties
             * @property {string|null} [incidentId] The incident.
             * @property {cad.v1.IncidentStatus|null} [from] The old status.
             * @property {cad.v1.IncidentStatus|null} [to] The new status.
             * @property {string|null} [reason] Why, in words a console can show (e.g. "cleared by dispatcher", "last unit E1 cleared",
             * "reopened: caller rang back").
             * @property {string|null} [disposition] The disposition code; present when `to` is closed.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentStatusChanged.
             * @memberof cad.v1
             * @interface IIncidentStatusChanged
             * @augments cad.v1.IncidentStatusChanged.$Properties
             * @deprecated Use cad.v1.IncidentStatusChanged.$Properties instead.
             */

            /**
             * Shape of an IncidentStatusChanged.
             * @typedef {cad.v1.IncidentStatusChanged.$Properties} cad.v1.IncidentStatusChanged.$Shape
             */

            /**
             * Constructs a new IncidentStatusChanged.
             * @memberof cad.v1
             * @classdesc An incident's status changed.
             * @constructor
             * @param {cad.v1.IncidentStatusChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentStatusChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentStatusChanged
             * @instance
             */
            IncidentStatusChanged.prototype.incidentId = "";

            /**
             * The old status.
             * @member {cad.v1.IncidentStatus} from
             * @memberof cad.v1.IncidentStatusChanged
             * @instance
             */
            IncidentStatusChanged.prototype.from = 0;

            /**
             * The new status.
             * @member {cad.v1.IncidentStatus} to
             * @memberof cad.v1.IncidentStatusChanged
             * @instance
             */
            IncidentStatusChanged.prototype.to = 0;

            /**
             * Why, in words a console can show (e.g. "cleared by dispatcher", "last unit E1 cleared",
             * "reopened: caller rang back").
             * @member {string} reason
             * @memberof cad.v1.IncidentStatusChanged
             * @instance
             */
            IncidentStatusChanged.prototype.reason = "";

            /**
             * The disposition code; present when `to` is closed.
             * @member {string|null|undefined} disposition
             * @memberof cad.v1.IncidentStatusChanged
             * @instance
             */
            IncidentStatusChanged.prototype.disposition = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncidentStatusChanged.prototype, "_disposition", {
                get: $util.oneOfGetter($oneOfFields = ["disposition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IncidentStatusChanged instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentStatusChanged
             * @static
             * @param {cad.v1.IncidentStatusChanged.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentStatusChanged} IncidentStatusChanged instance
             * @type {{
             *   (properties: cad.v1.IncidentStatusChanged.$Shape): cad.v1.IncidentStatusChanged & cad.v1.IncidentStatusChanged.$Shape;
             *   (properties?: cad.v1.IncidentStatusChanged.$Properties): cad.v1.IncidentStatusChanged;
             * }}
             */
            IncidentStatusChanged.create = function(properties) {
                return new IncidentStatusChanged(properties);
            };

            /**
             * Encodes the specified IncidentStatusChanged message. Does not implicitly {@link cad.v1.IncidentStatusChanged.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentStatusChanged
             * @static
             * @param {cad.v1.IncidentStatusChanged.$Properties} message IncidentStatusChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentStatusChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.to);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.disposition);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentStatusChanged message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentStatusChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentStatusChanged & cad.v1.IncidentStatusChanged.$Shape} IncidentStatusChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentStatusChanged.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentStatusChanged();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.disposition = reader.stringVerify();
                            message._disposition = "disposition";
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

            return IncidentStatusChanged;
        })();

        v1.IncidentsMerged = (function() {

            /**
             * Properties of an IncidentsMerged.
             * @typedef {Object} cad.v1.IncidentsMerged.$Properties
             * @property {string|null} [incidentId] The incident merged away.
             * @property {string|null} [intoIncidentId] The incident that absorbed it.
             * @property {Array.<string>|null} [callIds] The calls moved.
             * @property {Array.<string>|null} [unitIds] The units moved.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentsMerged.
             * @memberof cad.v1
             * @interface IIncidentsMerged
             * @augments cad.v1.IncidentsMerged.$Properties
             * @deprecated Use cad.v1.IncidentsMerged.$Properties instead.
             */

            /**
             * Shape of an IncidentsMerged.
             * @typedef {cad.v1.IncidentsMerged.$Properties} cad.v1.IncidentsMerged.$Shape
             */

            /**
             * Constructs a new IncidentsMerged.
             * @memberof cad.v1
             * @classdesc One incident was merged into another (the source is closed as MERGED).
             * @constructor
             * @param {cad.v1.IncidentsMerged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentsMerged = function (properties) {
                this.callIds = [];
                this.unitIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident merged away.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentsMerged
             * @instance
             */
            IncidentsMerged.prototype.incidentId = "";

            /**
             * The incident that absorbed it.
             * @member {string} intoIncidentId
             * @memberof cad.v1.IncidentsMerged
             * @instance
             */
            IncidentsMerged.prototype.intoIncidentId = "";

            /**
             * The calls moved.
             * @member {Array.<string>} callIds
             * @memberof cad.v1.IncidentsMerged
             * @instance
             */
            IncidentsMerged.prototype.callIds = $util.emptyArray;

            /**
             * The units moved.
             * @member {Array.<string>} unitIds
             * @memberof cad.v1.IncidentsMerged
             * @instance
             */
            IncidentsMerged.prototype.unitIds = $util.emptyArray;

            /**
             * Creates a new IncidentsMerged instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentsMerged
             * @static
             * @param {cad.v1.IncidentsMerged.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentsMerged} IncidentsMerged instance
             * @type {{
             *   (properties: cad.v1.IncidentsMerged.$Shape): cad.v1.IncidentsMerged & cad.v1.IncidentsMerged.$Shape;
             *   (properties?: cad.v1.IncidentsMerged.$Properties): cad.v1.IncidentsMerged;
             * }}
             */
            IncidentsMerged.create = function(properties) {
                return new IncidentsMerged(properties);
            };

            /**
             * Encodes the specified IncidentsMerged message. Does not implicitly {@link cad.v1.IncidentsMerged.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentsMerged
             * @static
             * @param {cad.v1.IncidentsMerged.$Properties} message IncidentsMerged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentsMerged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.intoIncidentId != null && $Object.hasOwnProperty.call(message, "intoIncidentId") && message.intoIncidentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.intoIncidentId);
                if (message.callIds != null && message.callIds.length)
                    for (let i = 0; i < message.callIds.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.callIds[i]);
                if (message.unitIds != null && message.unitIds.length)
                    for (let i = 0; i < message.unitIds.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.unitIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentsMerged message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentsMerged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentsMerged & cad.v1.IncidentsMerged.$Shape} IncidentsMerged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentsMerged.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentsMerged();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.intoIncidentId = value;
                            else
                                delete message.intoIncidentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.callIds && message.callIds.length))
                                message.callIds = [];
                            message.callIds.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.unitIds && message.unitIds.length))
                                message.unitIds = [];
                            message.unitIds.push(reader.stringVerify());
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

            return IncidentsMerged;
        })();

        v1.IncidentsLinked = (function() {

            /**
             * Properties of an IncidentsLinked.
             * @typedef {Object} cad.v1.IncidentsLinked.$Properties
             * @property {string|null} [incidentId] One incident.
             * @property {string|null} [otherIncidentId] The other.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentsLinked.
             * @memberof cad.v1
             * @interface IIncidentsLinked
             * @augments cad.v1.IncidentsLinked.$Properties
             * @deprecated Use cad.v1.IncidentsLinked.$Properties instead.
             */

            /**
             * Shape of an IncidentsLinked.
             * @typedef {cad.v1.IncidentsLinked.$Properties} cad.v1.IncidentsLinked.$Shape
             */

            /**
             * Constructs a new IncidentsLinked.
             * @memberof cad.v1
             * @classdesc Two incidents were linked; both incidents' timelines record it.
             * @constructor
             * @param {cad.v1.IncidentsLinked.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentsLinked = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * One incident.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentsLinked
             * @instance
             */
            IncidentsLinked.prototype.incidentId = "";

            /**
             * The other.
             * @member {string} otherIncidentId
             * @memberof cad.v1.IncidentsLinked
             * @instance
             */
            IncidentsLinked.prototype.otherIncidentId = "";

            /**
             * Creates a new IncidentsLinked instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentsLinked
             * @static
             * @param {cad.v1.IncidentsLinked.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentsLinked} IncidentsLinked instance
             * @type {{
             *   (properties: cad.v1.IncidentsLinked.$Shape): cad.v1.IncidentsLinked & cad.v1.IncidentsLinked.$Shape;
             *   (properties?: cad.v1.IncidentsLinked.$Properties): cad.v1.IncidentsLinked;
             * }}
             */
            IncidentsLinked.create = function(properties) {
                return new IncidentsLinked(properties);
            };

            /**
             * Encodes the specified IncidentsLinked message. Does not implicitly {@link cad.v1.IncidentsLinked.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentsLinked
             * @static
             * @param {cad.v1.IncidentsLinked.$Properties} message IncidentsLinked message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentsLinked.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.otherIncidentId != null && $Object.hasOwnProperty.call(message, "otherIncidentId") && message.otherIncidentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.otherIncidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentsLinked message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentsLinked
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentsLinked & cad.v1.IncidentsLinked.$Shape} IncidentsLinked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentsLinked.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentsLinked();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.otherIncidentId = value;
                            else
                                delete message.otherIncidentId;
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

            return IncidentsLinked;
        })();

        v1.NoteAdded = (function() {

            /**
             * Properties of a NoteAdded.
             * @typedef {Object} cad.v1.NoteAdded.$Properties
             * @property {string|null} [incidentId] The incident.
             * @property {string|null} [author] Who wrote it ("" if not given).
             * @property {string|null} [text] The note.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NoteAdded.
             * @memberof cad.v1
             * @interface INoteAdded
             * @augments cad.v1.NoteAdded.$Properties
             * @deprecated Use cad.v1.NoteAdded.$Properties instead.
             */

            /**
             * Shape of a NoteAdded.
             * @typedef {cad.v1.NoteAdded.$Properties} cad.v1.NoteAdded.$Shape
             */

            /**
             * Constructs a new NoteAdded.
             * @memberof cad.v1
             * @classdesc A note was added to an incident.
             * @constructor
             * @param {cad.v1.NoteAdded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NoteAdded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident.
             * @member {string} incidentId
             * @memberof cad.v1.NoteAdded
             * @instance
             */
            NoteAdded.prototype.incidentId = "";

            /**
             * Who wrote it ("" if not given).
             * @member {string} author
             * @memberof cad.v1.NoteAdded
             * @instance
             */
            NoteAdded.prototype.author = "";

            /**
             * The note.
             * @member {string} text
             * @memberof cad.v1.NoteAdded
             * @instance
             */
            NoteAdded.prototype.text = "";

            /**
             * Creates a new NoteAdded instance using the specified properties.
             * @function create
             * @memberof cad.v1.NoteAdded
             * @static
             * @param {cad.v1.NoteAdded.$Properties=} [properties] Properties to set
             * @returns {cad.v1.NoteAdded} NoteAdded instance
             * @type {{
             *   (properties: cad.v1.NoteAdded.$Shape): cad.v1.NoteAdded & cad.v1.NoteAdded.$Shape;
             *   (properties?: cad.v1.NoteAdded.$Properties): cad.v1.NoteAdded;
             * }}
             */
            NoteAdded.create = function(properties) {
                return new NoteAdded(properties);
            };

            /**
             * Encodes the specified NoteAdded message. Does not implicitly {@link cad.v1.NoteAdded.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.NoteAdded
             * @static
             * @param {cad.v1.NoteAdded.$Properties} message NoteAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NoteAdded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.author);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NoteAdded message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.NoteAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.NoteAdded & cad.v1.NoteAdded.$Shape} NoteAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NoteAdded.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.NoteAdded();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.author = value;
                            else
                                delete message.author;
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

            return NoteAdded;
        })();

        v1.UnitDispatched = (function() {

            /**
             * Properties of a UnitDispatched.
             * @typedef {Object} cad.v1.UnitDispatched.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {string|null} [incidentId] The incident.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitDispatched.
             * @memberof cad.v1
             * @interface IUnitDispatched
             * @augments cad.v1.UnitDispatched.$Properties
             * @deprecated Use cad.v1.UnitDispatched.$Properties instead.
             */

            /**
             * Shape of a UnitDispatched.
             * @typedef {cad.v1.UnitDispatched.$Properties} cad.v1.UnitDispatched.$Shape
             */

            /**
             * Constructs a new UnitDispatched.
             * @memberof cad.v1
             * @classdesc A unit was assigned to an incident.
             * @constructor
             * @param {cad.v1.UnitDispatched.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitDispatched = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitDispatched
             * @instance
             */
            UnitDispatched.prototype.unitId = "";

            /**
             * The incident.
             * @member {string} incidentId
             * @memberof cad.v1.UnitDispatched
             * @instance
             */
            UnitDispatched.prototype.incidentId = "";

            /**
             * Creates a new UnitDispatched instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitDispatched
             * @static
             * @param {cad.v1.UnitDispatched.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitDispatched} UnitDispatched instance
             * @type {{
             *   (properties: cad.v1.UnitDispatched.$Shape): cad.v1.UnitDispatched & cad.v1.UnitDispatched.$Shape;
             *   (properties?: cad.v1.UnitDispatched.$Properties): cad.v1.UnitDispatched;
             * }}
             */
            UnitDispatched.create = function(properties) {
                return new UnitDispatched(properties);
            };

            /**
             * Encodes the specified UnitDispatched message. Does not implicitly {@link cad.v1.UnitDispatched.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitDispatched
             * @static
             * @param {cad.v1.UnitDispatched.$Properties} message UnitDispatched message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitDispatched.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.incidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitDispatched message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitDispatched
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitDispatched & cad.v1.UnitDispatched.$Shape} UnitDispatched
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitDispatched.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitDispatched();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incidentId = value;
                            else
                                delete message.incidentId;
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

            return UnitDispatched;
        })();

        v1.UnitReleased = (function() {

            /**
             * Properties of a UnitReleased.
             * @typedef {Object} cad.v1.UnitReleased.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {string|null} [incidentId] The incident it left.
             * @property {cad.v1.UnitReleaseReason|null} [reason] Why.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitReleased.
             * @memberof cad.v1
             * @interface IUnitReleased
             * @augments cad.v1.UnitReleased.$Properties
             * @deprecated Use cad.v1.UnitReleased.$Properties instead.
             */

            /**
             * Shape of a UnitReleased.
             * @typedef {cad.v1.UnitReleased.$Properties} cad.v1.UnitReleased.$Shape
             */

            /**
             * Constructs a new UnitReleased.
             * @memberof cad.v1
             * @classdesc A unit left an incident.
             * @constructor
             * @param {cad.v1.UnitReleased.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitReleased = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitReleased
             * @instance
             */
            UnitReleased.prototype.unitId = "";

            /**
             * The incident it left.
             * @member {string} incidentId
             * @memberof cad.v1.UnitReleased
             * @instance
             */
            UnitReleased.prototype.incidentId = "";

            /**
             * Why.
             * @member {cad.v1.UnitReleaseReason} reason
             * @memberof cad.v1.UnitReleased
             * @instance
             */
            UnitReleased.prototype.reason = 0;

            /**
             * Creates a new UnitReleased instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitReleased
             * @static
             * @param {cad.v1.UnitReleased.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitReleased} UnitReleased instance
             * @type {{
             *   (properties: cad.v1.UnitReleased.$Shape): cad.v1.UnitReleased & cad.v1.UnitReleased.$Shape;
             *   (properties?: cad.v1.UnitReleased.$Properties): cad.v1.UnitReleased;
             * }}
             */
            UnitReleased.create = function(properties) {
                return new UnitReleased(properties);
            };

            /**
             * Encodes the specified UnitReleased message. Does not implicitly {@link cad.v1.UnitReleased.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitReleased
             * @static
             * @param {cad.v1.UnitReleased.$Properties} message UnitReleased message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitReleased.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.incidentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitReleased message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitReleased
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitReleased & cad.v1.UnitReleased.$Shape} UnitReleased
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitReleased.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitReleased();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
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

            return UnitReleased;
        })();

        v1.UnitStatusChanged = (function() {

            /**
             * Properties of a UnitStatusChanged.
             * @typedef {Object} cad.v1.UnitStatusChanged.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {cad.v1.UnitStatus|null} [from] The old status.
             * @property {cad.v1.UnitStatus|null} [to] The new status.
             * @property {string|null} [incidentId] The incident the unit serves after the change; absent if none.
             * @property {string|null} [reported] The status name as reported (agency code), or the canonical name.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitStatusChanged.
             * @memberof cad.v1
             * @interface IUnitStatusChanged
             * @augments cad.v1.UnitStatusChanged.$Properties
             * @deprecated Use cad.v1.UnitStatusChanged.$Properties instead.
             */

            /**
             * Shape of a UnitStatusChanged.
             * @typedef {cad.v1.UnitStatusChanged.$Properties} cad.v1.UnitStatusChanged.$Shape
             */

            /**
             * Constructs a new UnitStatusChanged.
             * @memberof cad.v1
             * @classdesc A unit's status changed.
             * @constructor
             * @param {cad.v1.UnitStatusChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitStatusChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitStatusChanged
             * @instance
             */
            UnitStatusChanged.prototype.unitId = "";

            /**
             * The old status.
             * @member {cad.v1.UnitStatus} from
             * @memberof cad.v1.UnitStatusChanged
             * @instance
             */
            UnitStatusChanged.prototype.from = 0;

            /**
             * The new status.
             * @member {cad.v1.UnitStatus} to
             * @memberof cad.v1.UnitStatusChanged
             * @instance
             */
            UnitStatusChanged.prototype.to = 0;

            /**
             * The incident the unit serves after the change; absent if none.
             * @member {string|null|undefined} incidentId
             * @memberof cad.v1.UnitStatusChanged
             * @instance
             */
            UnitStatusChanged.prototype.incidentId = null;

            /**
             * The status name as reported (agency code), or the canonical name.
             * @member {string} reported
             * @memberof cad.v1.UnitStatusChanged
             * @instance
             */
            UnitStatusChanged.prototype.reported = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UnitStatusChanged.prototype, "_incidentId", {
                get: $util.oneOfGetter($oneOfFields = ["incidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UnitStatusChanged instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitStatusChanged
             * @static
             * @param {cad.v1.UnitStatusChanged.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitStatusChanged} UnitStatusChanged instance
             * @type {{
             *   (properties: cad.v1.UnitStatusChanged.$Shape): cad.v1.UnitStatusChanged & cad.v1.UnitStatusChanged.$Shape;
             *   (properties?: cad.v1.UnitStatusChanged.$Properties): cad.v1.UnitStatusChanged;
             * }}
             */
            UnitStatusChanged.create = function(properties) {
                return new UnitStatusChanged(properties);
            };

            /**
             * Encodes the specified UnitStatusChanged message. Does not implicitly {@link cad.v1.UnitStatusChanged.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitStatusChanged
             * @static
             * @param {cad.v1.UnitStatusChanged.$Properties} message UnitStatusChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitStatusChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.to);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.incidentId);
                if (message.reported != null && $Object.hasOwnProperty.call(message, "reported") && message.reported !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reported);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitStatusChanged message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitStatusChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitStatusChanged & cad.v1.UnitStatusChanged.$Shape} UnitStatusChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitStatusChanged.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitStatusChanged();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.incidentId = reader.stringVerify();
                            message._incidentId = "incidentId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reported = value;
                            else
                                delete message.reported;
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

            return UnitStatusChanged;
        })();

        v1.UnitLocationUpdated = (function() {

            /**
             * Properties of a UnitLocationUpdated.
             * @typedef {Object} cad.v1.UnitLocationUpdated.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {number|null} [lon] Longitude, WGS84 degrees.
             * @property {number|null} [lat] Latitude, WGS84 degrees.
             * @property {number|Long|null} [fixAtMs] Instant of the fix, epoch milliseconds.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitLocationUpdated.
             * @memberof cad.v1
             * @interface IUnitLocationUpdated
             * @augments cad.v1.UnitLocationUpdated.$Properties
             * @deprecated Use cad.v1.UnitLocationUpdated.$Properties instead.
             */

            /**
             * Shape of a UnitLocationUpdated.
             * @typedef {cad.v1.UnitLocationUpdated.$Properties} cad.v1.UnitLocationUpdated.$Shape
             */

            /**
             * Constructs a new UnitLocationUpdated.
             * @memberof cad.v1
             * @classdesc A unit's position was updated from AVL.
             * @constructor
             * @param {cad.v1.UnitLocationUpdated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitLocationUpdated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitLocationUpdated
             * @instance
             */
            UnitLocationUpdated.prototype.unitId = "";

            /**
             * Longitude, WGS84 degrees.
             * @member {number} lon
             * @memberof cad.v1.UnitLocationUpdated
             * @instance
             */
            UnitLocationUpdated.prototype.lon = 0;

            /**
             * Latitude, WGS84 degrees.
             * @member {number} lat
             * @memberof cad.v1.UnitLocationUpdated
             * @instance
             */
            UnitLocationUpdated.prototype.lat = 0;

            /**
             * Instant of the fix, epoch milliseconds.
             * @member {number|Long} fixAtMs
             * @memberof cad.v1.UnitLocationUpdated
             * @instance
             */
            UnitLocationUpdated.prototype.fixAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new UnitLocationUpdated instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitLocationUpdated
             * @static
             * @param {cad.v1.UnitLocationUpdated.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitLocationUpdated} UnitLocationUpdated instance
             * @type {{
             *   (properties: cad.v1.UnitLocationUpdated.$Shape): cad.v1.UnitLocationUpdated & cad.v1.UnitLocationUpdated.$Shape;
             *   (properties?: cad.v1.UnitLocationUpdated.$Properties): cad.v1.UnitLocationUpdated;
             * }}
             */
            UnitLocationUpdated.create = function(properties) {
                return new UnitLocationUpdated(properties);
            };

            /**
             * Encodes the specified UnitLocationUpdated message. Does not implicitly {@link cad.v1.UnitLocationUpdated.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitLocationUpdated
             * @static
             * @param {cad.v1.UnitLocationUpdated.$Properties} message UnitLocationUpdated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitLocationUpdated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.lat);
                if (message.fixAtMs != null && $Object.hasOwnProperty.call(message, "fixAtMs") && (typeof message.fixAtMs === "object" ? message.fixAtMs.low || message.fixAtMs.high : message.fixAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.fixAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitLocationUpdated message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitLocationUpdated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitLocationUpdated & cad.v1.UnitLocationUpdated.$Shape} UnitLocationUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitLocationUpdated.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitLocationUpdated();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lon = value;
                            else
                                delete message.lon;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lat = value;
                            else
                                delete message.lat;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fixAtMs = value;
                            else
                                delete message.fixAtMs;
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

            return UnitLocationUpdated;
        })();

        v1.UnitAdded = (function() {

            /**
             * Properties of a UnitAdded.
             * @typedef {Object} cad.v1.UnitAdded.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {string|null} [unitType] Its unit type.
             * @property {string|null} [agency] Its agency.
             * @property {Array.<string>|null} [capabilities] Its capabilities.
             * @property {cad.v1.Station.$Properties|null} [station] Its station (lon and lat always set); absent if none.
             * @property {number|null} [crew] Crew size.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitAdded.
             * @memberof cad.v1
             * @interface IUnitAdded
             * @augments cad.v1.UnitAdded.$Properties
             * @deprecated Use cad.v1.UnitAdded.$Properties instead.
             */

            /**
             * Shape of a UnitAdded.
             * @typedef {cad.v1.UnitAdded.$Properties} cad.v1.UnitAdded.$Shape
             */

            /**
             * Constructs a new UnitAdded.
             * @memberof cad.v1
             * @classdesc A unit was put on the roster.
             * @constructor
             * @param {cad.v1.UnitAdded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitAdded = function (properties) {
                this.capabilities = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitAdded
             * @instance
             */
            UnitAdded.prototype.unitId = "";

            /**
             * Its unit type.
             * @member {string} unitType
             * @memberof cad.v1.UnitAdded
             * @instance
             */
            UnitAdded.prototype.unitType = "";

            /**
             * Its agency.
             * @member {string} agency
             * @memberof cad.v1.UnitAdded
             * @instance
             */
            UnitAdded.prototype.agency = "";

            /**
             * Its capabilities.
             * @member {Array.<string>} capabilities
             * @memberof cad.v1.UnitAdded
             * @instance
             */
            UnitAdded.prototype.capabilities = $util.emptyArray;

            /**
             * Its station (lon and lat always set); absent if none.
             * @member {cad.v1.Station.$Properties|null|undefined} station
             * @memberof cad.v1.UnitAdded
             * @instance
             */
            UnitAdded.prototype.station = null;

            /**
             * Crew size.
             * @member {number} crew
             * @memberof cad.v1.UnitAdded
             * @instance
             */
            UnitAdded.prototype.crew = 0;

            /**
             * Creates a new UnitAdded instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitAdded
             * @static
             * @param {cad.v1.UnitAdded.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitAdded} UnitAdded instance
             * @type {{
             *   (properties: cad.v1.UnitAdded.$Shape): cad.v1.UnitAdded & cad.v1.UnitAdded.$Shape;
             *   (properties?: cad.v1.UnitAdded.$Properties): cad.v1.UnitAdded;
             * }}
             */
            UnitAdded.create = function(properties) {
                return new UnitAdded(properties);
            };

            /**
             * Encodes the specified UnitAdded message. Does not implicitly {@link cad.v1.UnitAdded.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitAdded
             * @static
             * @param {cad.v1.UnitAdded.$Properties} message UnitAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitAdded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.unitType != null && $Object.hasOwnProperty.call(message, "unitType") && message.unitType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unitType);
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency") && message.agency !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agency);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.capabilities[i]);
                if (message.station != null && $Object.hasOwnProperty.call(message, "station"))
                    $root.cad.v1.Station.encode(message.station, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.crew != null && $Object.hasOwnProperty.call(message, "crew") && message.crew !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.crew);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitAdded message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitAdded & cad.v1.UnitAdded.$Shape} UnitAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitAdded.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitAdded();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unitType = value;
                            else
                                delete message.unitType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agency = value;
                            else
                                delete message.agency;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.station = $root.cad.v1.Station.decode(reader, reader.size(), $undefined, _depth + 1, message.station);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.crew = value;
                            else
                                delete message.crew;
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

            return UnitAdded;
        })();

        v1.UnitChanged = (function() {

            /**
             * Properties of a UnitChanged.
             * @typedef {Object} cad.v1.UnitChanged.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {string|null} [unitType] Its unit type.
             * @property {string|null} [agency] Its agency.
             * @property {Array.<string>|null} [capabilities] Its capabilities.
             * @property {cad.v1.Station.$Properties|null} [station] Its station (lon and lat always set); absent if none.
             * @property {number|null} [crew] Crew size.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitChanged.
             * @memberof cad.v1
             * @interface IUnitChanged
             * @augments cad.v1.UnitChanged.$Properties
             * @deprecated Use cad.v1.UnitChanged.$Properties instead.
             */

            /**
             * Shape of a UnitChanged.
             * @typedef {cad.v1.UnitChanged.$Properties} cad.v1.UnitChanged.$Shape
             */

            /**
             * Constructs a new UnitChanged.
             * @memberof cad.v1
             * @classdesc A unit's roster entry changed; every field carries the value after the change.
             * @constructor
             * @param {cad.v1.UnitChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitChanged = function (properties) {
                this.capabilities = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitChanged
             * @instance
             */
            UnitChanged.prototype.unitId = "";

            /**
             * Its unit type.
             * @member {string} unitType
             * @memberof cad.v1.UnitChanged
             * @instance
             */
            UnitChanged.prototype.unitType = "";

            /**
             * Its agency.
             * @member {string} agency
             * @memberof cad.v1.UnitChanged
             * @instance
             */
            UnitChanged.prototype.agency = "";

            /**
             * Its capabilities.
             * @member {Array.<string>} capabilities
             * @memberof cad.v1.UnitChanged
             * @instance
             */
            UnitChanged.prototype.capabilities = $util.emptyArray;

            /**
             * Its station (lon and lat always set); absent if none.
             * @member {cad.v1.Station.$Properties|null|undefined} station
             * @memberof cad.v1.UnitChanged
             * @instance
             */
            UnitChanged.prototype.station = null;

            /**
             * Crew size.
             * @member {number} crew
             * @memberof cad.v1.UnitChanged
             * @instance
             */
            UnitChanged.prototype.crew = 0;

            /**
             * Creates a new UnitChanged instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitChanged
             * @static
             * @param {cad.v1.UnitChanged.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitChanged} UnitChanged instance
             * @type {{
             *   (properties: cad.v1.UnitChanged.$Shape): cad.v1.UnitChanged & cad.v1.UnitChanged.$Shape;
             *   (properties?: cad.v1.UnitChanged.$Properties): cad.v1.UnitChanged;
             * }}
             */
            UnitChanged.create = function(properties) {
                return new UnitChanged(properties);
            };

            /**
             * Encodes the specified UnitChanged message. Does not implicitly {@link cad.v1.UnitChanged.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitChanged
             * @static
             * @param {cad.v1.UnitChanged.$Properties} message UnitChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.unitType != null && $Object.hasOwnProperty.call(message, "unitType") && message.unitType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.unitType);
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency") && message.agency !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agency);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.capabilities[i]);
                if (message.station != null && $Object.hasOwnProperty.call(message, "station"))
                    $root.cad.v1.Station.encode(message.station, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.crew != null && $Object.hasOwnProperty.call(message, "crew") && message.crew !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.crew);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitChanged message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitChanged & cad.v1.UnitChanged.$Shape} UnitChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitChanged.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitChanged();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unitType = value;
                            else
                                delete message.unitType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agency = value;
                            else
                                delete message.agency;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.station = $root.cad.v1.Station.decode(reader, reader.size(), $undefined, _depth + 1, message.station);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.crew = value;
                            else
                                delete message.crew;
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

            return UnitChanged;
        })();

        v1.UnitRetired = (function() {

            /**
             * Properties of a UnitRetired.
             * @typedef {Object} cad.v1.UnitRetired.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitRetired.
             * @memberof cad.v1
             * @interface IUnitRetired
             * @augments cad.v1.UnitRetired.$Properties
             * @deprecated Use cad.v1.UnitRetired.$Properties instead.
             */

            /**
             * Shape of a UnitRetired.
             * @typedef {cad.v1.UnitRetired.$Properties} cad.v1.UnitRetired.$Shape
             */

            /**
             * Constructs a new UnitRetired.
             * @memberof cad.v1
             * @classdesc A unit was taken off the roster.
             * @constructor
             * @param {cad.v1.UnitRetired.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitRetired = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitRetired
             * @instance
             */
            UnitRetired.prototype.unitId = "";

            /**
             * Creates a new UnitRetired instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitRetired
             * @static
             * @param {cad.v1.UnitRetired.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitRetired} UnitRetired instance
             * @type {{
             *   (properties: cad.v1.UnitRetired.$Shape): cad.v1.UnitRetired & cad.v1.UnitRetired.$Shape;
             *   (properties?: cad.v1.UnitRetired.$Properties): cad.v1.UnitRetired;
             * }}
             */
            UnitRetired.create = function(properties) {
                return new UnitRetired(properties);
            };

            /**
             * Encodes the specified UnitRetired message. Does not implicitly {@link cad.v1.UnitRetired.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitRetired
             * @static
             * @param {cad.v1.UnitRetired.$Properties} message UnitRetired message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitRetired.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitRetired message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitRetired
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitRetired & cad.v1.UnitRetired.$Shape} UnitRetired
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitRetired.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitRetired();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
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

            return UnitRetired;
        })();

        v1.UnitChecked = (function() {

            /**
             * Properties of a UnitChecked.
             * @typedef {Object} cad.v1.UnitChecked.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitChecked.
             * @memberof cad.v1
             * @interface IUnitChecked
             * @augments cad.v1.UnitChecked.$Properties
             * @deprecated Use cad.v1.UnitChecked.$Properties instead.
             */

            /**
             * Shape of a UnitChecked.
             * @typedef {cad.v1.UnitChecked.$Properties} cad.v1.UnitChecked.$Shape
             */

            /**
             * Constructs a new UnitChecked.
             * @memberof cad.v1
             * @classdesc A dispatcher checked on a unit; its status timer restarts.
             * @constructor
             * @param {cad.v1.UnitChecked.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitChecked = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitChecked
             * @instance
             */
            UnitChecked.prototype.unitId = "";

            /**
             * Creates a new UnitChecked instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitChecked
             * @static
             * @param {cad.v1.UnitChecked.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitChecked} UnitChecked instance
             * @type {{
             *   (properties: cad.v1.UnitChecked.$Shape): cad.v1.UnitChecked & cad.v1.UnitChecked.$Shape;
             *   (properties?: cad.v1.UnitChecked.$Properties): cad.v1.UnitChecked;
             * }}
             */
            UnitChecked.create = function(properties) {
                return new UnitChecked(properties);
            };

            /**
             * Encodes the specified UnitChecked message. Does not implicitly {@link cad.v1.UnitChecked.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitChecked
             * @static
             * @param {cad.v1.UnitChecked.$Properties} message UnitChecked message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitChecked.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitChecked message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitChecked
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitChecked & cad.v1.UnitChecked.$Shape} UnitChecked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitChecked.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitChecked();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
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

            return UnitChecked;
        })();

        v1.IncidentOverdue = (function() {

            /**
             * Properties of an IncidentOverdue.
             * @typedef {Object} cad.v1.IncidentOverdue.$Properties
             * @property {string|null} [incidentId] The incident.
             * @property {number|null} [priority] Its priority.
             * @property {number|null} [waitedSeconds] Seconds it has waited in the queue.
             * @property {number|null} [targetSeconds] Its dispatch target, seconds.
             * @property {number|null} [count] 1 for the first alert of this wait, then 2, 3...
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentOverdue.
             * @memberof cad.v1
             * @interface IIncidentOverdue
             * @augments cad.v1.IncidentOverdue.$Properties
             * @deprecated Use cad.v1.IncidentOverdue.$Properties instead.
             */

            /**
             * Shape of an IncidentOverdue.
             * @typedef {cad.v1.IncidentOverdue.$Properties} cad.v1.IncidentOverdue.$Shape
             */

            /**
             * Constructs a new IncidentOverdue.
             * @memberof cad.v1
             * @classdesc Alert: a pending incident has waited past its dispatch target.
             * @constructor
             * @param {cad.v1.IncidentOverdue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentOverdue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The incident.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentOverdue
             * @instance
             */
            IncidentOverdue.prototype.incidentId = "";

            /**
             * Its priority.
             * @member {number} priority
             * @memberof cad.v1.IncidentOverdue
             * @instance
             */
            IncidentOverdue.prototype.priority = 0;

            /**
             * Seconds it has waited in the queue.
             * @member {number} waitedSeconds
             * @memberof cad.v1.IncidentOverdue
             * @instance
             */
            IncidentOverdue.prototype.waitedSeconds = 0;

            /**
             * Its dispatch target, seconds.
             * @member {number} targetSeconds
             * @memberof cad.v1.IncidentOverdue
             * @instance
             */
            IncidentOverdue.prototype.targetSeconds = 0;

            /**
             * 1 for the first alert of this wait, then 2, 3...
             * @member {number} count
             * @memberof cad.v1.IncidentOverdue
             * @instance
             */
            IncidentOverdue.prototype.count = 0;

            /**
             * Creates a new IncidentOverdue instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentOverdue
             * @static
             * @param {cad.v1.IncidentOverdue.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentOverdue} IncidentOverdue instance
             * @type {{
             *   (properties: cad.v1.IncidentOverdue.$Shape): cad.v1.IncidentOverdue & cad.v1.IncidentOverdue.$Shape;
             *   (properties?: cad.v1.IncidentOverdue.$Properties): cad.v1.IncidentOverdue;
             * }}
             */
            IncidentOverdue.create = function(properties) {
                return new IncidentOverdue(properties);
            };

            /**
             * Encodes the specified IncidentOverdue message. Does not implicitly {@link cad.v1.IncidentOverdue.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentOverdue
             * @static
             * @param {cad.v1.IncidentOverdue.$Properties} message IncidentOverdue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentOverdue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.priority);
                if (message.waitedSeconds != null && $Object.hasOwnProperty.call(message, "waitedSeconds") && !$Object.is(message.waitedSeconds, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.waitedSeconds);
                if (message.targetSeconds != null && $Object.hasOwnProperty.call(message, "targetSeconds") && !$Object.is(message.targetSeconds, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.targetSeconds);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentOverdue message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentOverdue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentOverdue & cad.v1.IncidentOverdue.$Shape} IncidentOverdue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentOverdue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentOverdue();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.waitedSeconds = value;
                            else
                                delete message.waitedSeconds;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.targetSeconds = value;
                            else
                                delete message.targetSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
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

            return IncidentOverdue;
        })();

        v1.UnitStatusOverdue = (function() {

            /**
             * Properties of a UnitStatusOverdue.
             * @typedef {Object} cad.v1.UnitStatusOverdue.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {cad.v1.UnitStatus|null} [status] The status it is in.
             * @property {string|null} [incidentId] The incident it serves; absent if none.
             * @property {number|Long|null} [sinceAtMs] Since when (entering the status or the last check), epoch milliseconds.
             * @property {number|null} [limitSeconds] The status's time limit, seconds.
             * @property {number|null} [count] 1 for the first alert, then 2, 3...
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitStatusOverdue.
             * @memberof cad.v1
             * @interface IUnitStatusOverdue
             * @augments cad.v1.UnitStatusOverdue.$Properties
             * @deprecated Use cad.v1.UnitStatusOverdue.$Properties instead.
             */

            /**
             * Shape of a UnitStatusOverdue.
             * @typedef {cad.v1.UnitStatusOverdue.$Properties} cad.v1.UnitStatusOverdue.$Shape
             */

            /**
             * Constructs a new UnitStatusOverdue.
             * @memberof cad.v1
             * @classdesc Alert: a unit has stayed in a timed status past its limit without a check.
             * @constructor
             * @param {cad.v1.UnitStatusOverdue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitStatusOverdue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitStatusOverdue
             * @instance
             */
            UnitStatusOverdue.prototype.unitId = "";

            /**
             * The status it is in.
             * @member {cad.v1.UnitStatus} status
             * @memberof cad.v1.UnitStatusOverdue
             * @instance
             */
            UnitStatusOverdue.prototype.status = 0;

            /**
             * The incident it serves; absent if none.
             * @member {string|null|undefined} incidentId
             * @memberof cad.v1.UnitStatusOverdue
             * @instance
             */
            UnitStatusOverdue.prototype.incidentId = null;

            /**
             * Since when (entering the status or the last check), epoch milliseconds.
             * @member {number|Long} sinceAtMs
             * @memberof cad.v1.UnitStatusOverdue
             * @instance
             */
            UnitStatusOverdue.prototype.sinceAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * The status's time limit, seconds.
             * @member {number} limitSeconds
             * @memberof cad.v1.UnitStatusOverdue
             * @instance
             */
            UnitStatusOverdue.prototype.limitSeconds = 0;

            /**
             * 1 for the first alert, then 2, 3...
             * @member {number} count
             * @memberof cad.v1.UnitStatusOverdue
             * @instance
             */
            UnitStatusOverdue.prototype.count = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UnitStatusOverdue.prototype, "_incidentId", {
                get: $util.oneOfGetter($oneOfFields = ["incidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UnitStatusOverdue instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitStatusOverdue
             * @static
             * @param {cad.v1.UnitStatusOverdue.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitStatusOverdue} UnitStatusOverdue instance
             * @type {{
             *   (properties: cad.v1.UnitStatusOverdue.$Shape): cad.v1.UnitStatusOverdue & cad.v1.UnitStatusOverdue.$Shape;
             *   (properties?: cad.v1.UnitStatusOverdue.$Properties): cad.v1.UnitStatusOverdue;
             * }}
             */
            UnitStatusOverdue.create = function(properties) {
                return new UnitStatusOverdue(properties);
            };

            /**
             * Encodes the specified UnitStatusOverdue message. Does not implicitly {@link cad.v1.UnitStatusOverdue.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitStatusOverdue
             * @static
             * @param {cad.v1.UnitStatusOverdue.$Properties} message UnitStatusOverdue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitStatusOverdue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.incidentId);
                if (message.sinceAtMs != null && $Object.hasOwnProperty.call(message, "sinceAtMs") && (typeof message.sinceAtMs === "object" ? message.sinceAtMs.low || message.sinceAtMs.high : message.sinceAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.sinceAtMs);
                if (message.limitSeconds != null && $Object.hasOwnProperty.call(message, "limitSeconds") && !$Object.is(message.limitSeconds, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.limitSeconds);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitStatusOverdue message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitStatusOverdue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitStatusOverdue & cad.v1.UnitStatusOverdue.$Shape} UnitStatusOverdue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitStatusOverdue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitStatusOverdue();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.incidentId = reader.stringVerify();
                            message._incidentId = "incidentId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceAtMs = value;
                            else
                                delete message.sinceAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.limitSeconds = value;
                            else
                                delete message.limitSeconds;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
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

            return UnitStatusOverdue;
        })();

        v1.LeadershipChanged = (function() {

            /**
             * Properties of a LeadershipChanged.
             * @typedef {Object} cad.v1.LeadershipChanged.$Properties
             * @property {number|null} [term] The term now in force, 1 or more.
             * @property {string|null} [replica] The leading replica's name.
             * @property {string|null} [claimId] The id of the ClaimLeadership input that won the term (its Nats-Msg-Id).
             * @property {number|null} [previousTerm] The term before, 0 when there was none.
             * @property {string|null} [previousReplica] The replica that led the term before; "" when none.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeadershipChanged.
             * @memberof cad.v1
             * @interface ILeadershipChanged
             * @augments cad.v1.LeadershipChanged.$Properties
             * @deprecated Use cad.v1.LeadershipChanged.$Properties instead.
             */

            /**
             * Shape of a LeadershipChanged.
             * @typedef {cad.v1.LeadershipChanged.$Properties} cad.v1.LeadershipChanged.$Shape
             */

            /**
             * Constructs a new LeadershipChanged.
             * @memberof cad.v1
             * @classdesc A replica's claim (ClaimLeadership) was the next term: it leads the agency's engine from this
             * place in the log on.
             * @constructor
             * @param {cad.v1.LeadershipChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeadershipChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The term now in force, 1 or more.
             * @member {number} term
             * @memberof cad.v1.LeadershipChanged
             * @instance
             */
            LeadershipChanged.prototype.term = 0;

            /**
             * The leading replica's name.
             * @member {string} replica
             * @memberof cad.v1.LeadershipChanged
             * @instance
             */
            LeadershipChanged.prototype.replica = "";

            /**
             * The id of the ClaimLeadership input that won the term (its Nats-Msg-Id).
             * @member {string} claimId
             * @memberof cad.v1.LeadershipChanged
             * @instance
             */
            LeadershipChanged.prototype.claimId = "";

            /**
             * The term before, 0 when there was none.
             * @member {number} previousTerm
             * @memberof cad.v1.LeadershipChanged
             * @instance
             */
            LeadershipChanged.prototype.previousTerm = 0;

            /**
             * The replica that led the term before; "" when none.
             * @member {string} previousReplica
             * @memberof cad.v1.LeadershipChanged
             * @instance
             */
            LeadershipChanged.prototype.previousReplica = "";

            /**
             * Creates a new LeadershipChanged instance using the specified properties.
             * @function create
             * @memberof cad.v1.LeadershipChanged
             * @static
             * @param {cad.v1.LeadershipChanged.$Properties=} [properties] Properties to set
             * @returns {cad.v1.LeadershipChanged} LeadershipChanged instance
             * @type {{
             *   (properties: cad.v1.LeadershipChanged.$Shape): cad.v1.LeadershipChanged & cad.v1.LeadershipChanged.$Shape;
             *   (properties?: cad.v1.LeadershipChanged.$Properties): cad.v1.LeadershipChanged;
             * }}
             */
            LeadershipChanged.create = function(properties) {
                return new LeadershipChanged(properties);
            };

            /**
             * Encodes the specified LeadershipChanged message. Does not implicitly {@link cad.v1.LeadershipChanged.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.LeadershipChanged
             * @static
             * @param {cad.v1.LeadershipChanged.$Properties} message LeadershipChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeadershipChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && message.term !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.term);
                if (message.replica != null && $Object.hasOwnProperty.call(message, "replica") && message.replica !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.replica);
                if (message.claimId != null && $Object.hasOwnProperty.call(message, "claimId") && message.claimId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.claimId);
                if (message.previousTerm != null && $Object.hasOwnProperty.call(message, "previousTerm") && message.previousTerm !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.previousTerm);
                if (message.previousReplica != null && $Object.hasOwnProperty.call(message, "previousReplica") && message.previousReplica !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.previousReplica);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeadershipChanged message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.LeadershipChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.LeadershipChanged & cad.v1.LeadershipChanged.$Shape} LeadershipChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeadershipChanged.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.LeadershipChanged();
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
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replica = value;
                            else
                                delete message.replica;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.claimId = value;
                            else
                                delete message.claimId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.previousTerm = value;
                            else
                                delete message.previousTerm;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.previousReplica = value;
                            else
                                delete message.previousReplica;
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

            return LeadershipChanged;
        })();

        v1.IncomingCall = (function() {

            /**
             * Properties of an IncomingCall.
             * @typedef {Object} cad.v1.IncomingCall.$Properties
             * @property {string|null} [id] The sender's call id.
             * @property {number|Long|null} [receivedAtMs] IncomingCall receivedAtMs
             * @property {number|Long|null} [answeredAtMs] IncomingCall answeredAtMs
             * @property {string|null} [callerNumber] IncomingCall callerNumber
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingCall.
             * @memberof cad.v1
             * @interface IIncomingCall
             * @augments cad.v1.IncomingCall.$Properties
             * @deprecated Use cad.v1.IncomingCall.$Properties instead.
             */

            /**
             * Shape of an IncomingCall.
             * @typedef {cad.v1.IncomingCall.$Properties} cad.v1.IncomingCall.$Shape
             */

            /**
             * Constructs a new IncomingCall.
             * @memberof cad.v1
             * @classdesc A call of an incoming incident, as the sender's EIDO gives it.
             * @constructor
             * @param {cad.v1.IncomingCall.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingCall = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The sender's call id.
             * @member {string} id
             * @memberof cad.v1.IncomingCall
             * @instance
             */
            IncomingCall.prototype.id = "";

            /**
             * IncomingCall receivedAtMs.
             * @member {number|Long} receivedAtMs
             * @memberof cad.v1.IncomingCall
             * @instance
             */
            IncomingCall.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * IncomingCall answeredAtMs.
             * @member {number|Long|null|undefined} answeredAtMs
             * @memberof cad.v1.IncomingCall
             * @instance
             */
            IncomingCall.prototype.answeredAtMs = null;

            /**
             * IncomingCall callerNumber.
             * @member {string} callerNumber
             * @memberof cad.v1.IncomingCall
             * @instance
             */
            IncomingCall.prototype.callerNumber = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncomingCall.prototype, "_answeredAtMs", {
                get: $util.oneOfGetter($oneOfFields = ["answeredAtMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IncomingCall instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingCall
             * @static
             * @param {cad.v1.IncomingCall.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingCall} IncomingCall instance
             * @type {{
             *   (properties: cad.v1.IncomingCall.$Shape): cad.v1.IncomingCall & cad.v1.IncomingCall.$Shape;
             *   (properties?: cad.v1.IncomingCall.$Properties): cad.v1.IncomingCall;
             * }}
             */
            IncomingCall.create = function(properties) {
                return new IncomingCall(properties);
            };

            /**
             * Encodes the specified IncomingCall message. Does not implicitly {@link cad.v1.IncomingCall.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingCall
             * @static
             * @param {cad.v1.IncomingCall.$Properties} message IncomingCall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingCall.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && (typeof message.receivedAtMs === "object" ? message.receivedAtMs.low || message.receivedAtMs.high : message.receivedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.receivedAtMs);
                if (message.answeredAtMs != null && $Object.hasOwnProperty.call(message, "answeredAtMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.answeredAtMs);
                if (message.callerNumber != null && $Object.hasOwnProperty.call(message, "callerNumber") && message.callerNumber !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.callerNumber);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingCall message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingCall & cad.v1.IncomingCall.$Shape} IncomingCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingCall.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingCall();
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.answeredAtMs = reader.int64();
                            message._answeredAtMs = "answeredAtMs";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callerNumber = value;
                            else
                                delete message.callerNumber;
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

            return IncomingCall;
        })();

        v1.IncomingNote = (function() {

            /**
             * Properties of an IncomingNote.
             * @typedef {Object} cad.v1.IncomingNote.$Properties
             * @property {number|Long|null} [atMs] IncomingNote atMs
             * @property {string|null} [author] IncomingNote author
             * @property {string|null} [text] IncomingNote text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingNote.
             * @memberof cad.v1
             * @interface IIncomingNote
             * @augments cad.v1.IncomingNote.$Properties
             * @deprecated Use cad.v1.IncomingNote.$Properties instead.
             */

            /**
             * Shape of an IncomingNote.
             * @typedef {cad.v1.IncomingNote.$Properties} cad.v1.IncomingNote.$Shape
             */

            /**
             * Constructs a new IncomingNote.
             * @memberof cad.v1
             * @classdesc A note of an incoming incident.
             * @constructor
             * @param {cad.v1.IncomingNote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingNote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncomingNote atMs.
             * @member {number|Long} atMs
             * @memberof cad.v1.IncomingNote
             * @instance
             */
            IncomingNote.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * IncomingNote author.
             * @member {string} author
             * @memberof cad.v1.IncomingNote
             * @instance
             */
            IncomingNote.prototype.author = "";

            /**
             * IncomingNote text.
             * @member {string} text
             * @memberof cad.v1.IncomingNote
             * @instance
             */
            IncomingNote.prototype.text = "";

            /**
             * Creates a new IncomingNote instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingNote
             * @static
             * @param {cad.v1.IncomingNote.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingNote} IncomingNote instance
             * @type {{
             *   (properties: cad.v1.IncomingNote.$Shape): cad.v1.IncomingNote & cad.v1.IncomingNote.$Shape;
             *   (properties?: cad.v1.IncomingNote.$Properties): cad.v1.IncomingNote;
             * }}
             */
            IncomingNote.create = function(properties) {
                return new IncomingNote(properties);
            };

            /**
             * Encodes the specified IncomingNote message. Does not implicitly {@link cad.v1.IncomingNote.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingNote
             * @static
             * @param {cad.v1.IncomingNote.$Properties} message IncomingNote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingNote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.atMs);
                if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.author);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingNote message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingNote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingNote & cad.v1.IncomingNote.$Shape} IncomingNote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingNote.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingNote();
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
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.author = value;
                            else
                                delete message.author;
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

            return IncomingNote;
        })();

        v1.IncomingUnit = (function() {

            /**
             * Properties of an IncomingUnit.
             * @typedef {Object} cad.v1.IncomingUnit.$Properties
             * @property {string|null} [name] IncomingUnit name
             * @property {string|null} [type] IncomingUnit type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingUnit.
             * @memberof cad.v1
             * @interface IIncomingUnit
             * @augments cad.v1.IncomingUnit.$Properties
             * @deprecated Use cad.v1.IncomingUnit.$Properties instead.
             */

            /**
             * Shape of an IncomingUnit.
             * @typedef {cad.v1.IncomingUnit.$Properties} cad.v1.IncomingUnit.$Shape
             */

            /**
             * Constructs a new IncomingUnit.
             * @memberof cad.v1
             * @classdesc A unit of the sending agency on an incoming incident.
             * @constructor
             * @param {cad.v1.IncomingUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingUnit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncomingUnit name.
             * @member {string} name
             * @memberof cad.v1.IncomingUnit
             * @instance
             */
            IncomingUnit.prototype.name = "";

            /**
             * IncomingUnit type.
             * @member {string} type
             * @memberof cad.v1.IncomingUnit
             * @instance
             */
            IncomingUnit.prototype.type = "";

            /**
             * Creates a new IncomingUnit instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingUnit
             * @static
             * @param {cad.v1.IncomingUnit.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingUnit} IncomingUnit instance
             * @type {{
             *   (properties: cad.v1.IncomingUnit.$Shape): cad.v1.IncomingUnit & cad.v1.IncomingUnit.$Shape;
             *   (properties?: cad.v1.IncomingUnit.$Properties): cad.v1.IncomingUnit;
             * }}
             */
            IncomingUnit.create = function(properties) {
                return new IncomingUnit(properties);
            };

            /**
             * Encodes the specified IncomingUnit message. Does not implicitly {@link cad.v1.IncomingUnit.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingUnit
             * @static
             * @param {cad.v1.IncomingUnit.$Properties} message IncomingUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingUnit message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingUnit & cad.v1.IncomingUnit.$Shape} IncomingUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingUnit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingUnit();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
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

            return IncomingUnit;
        })();

        v1.IncomingDetail = (function() {

            /**
             * Properties of an IncomingDetail.
             * @typedef {Object} cad.v1.IncomingDetail.$Properties
             * @property {string|null} [callType] The sender's call type.
             * @property {string|null} [address] IncomingDetail address
             * @property {number|null} [lon] WGS84, absent when the EIDO gives no coordinates.
             * @property {number|null} [lat] IncomingDetail lat
             * @property {Array.<cad.v1.IncomingCall.$Properties>|null} [calls] IncomingDetail calls
             * @property {Array.<cad.v1.IncomingNote.$Properties>|null} [notes] IncomingDetail notes
             * @property {Array.<cad.v1.IncomingUnit.$Properties>|null} [units] IncomingDetail units
             * @property {Array.<string>|null} [links] Tracking ids of the incidents the sender links this one to.
             * @property {Array.<cad.v1.IncomingMerge.$Properties>|null} [merges] The sender's merges of this incident (the EIDO's mergeComponent).
             * @property {string|null} [offer] What the sender offers when its EIDO says: "share" (it stays theirs, we follow it) or
             * "transfer" (theirs until we accept it); empty when unsaid.
             * @property {boolean|null} [closed] The sender's incident is closed.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingDetail.
             * @memberof cad.v1
             * @interface IIncomingDetail
             * @augments cad.v1.IncomingDetail.$Properties
             * @deprecated Use cad.v1.IncomingDetail.$Properties instead.
             */

            /**
             * Shape of an IncomingDetail.
             * @typedef {cad.v1.IncomingDetail.$Properties} cad.v1.IncomingDetail.$Shape
             */

            /**
             * Constructs a new IncomingDetail.
             * @memberof cad.v1
             * @classdesc What an EIDO says of its incident.
             * @constructor
             * @param {cad.v1.IncomingDetail.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingDetail = function (properties) {
                this.calls = [];
                this.notes = [];
                this.units = [];
                this.links = [];
                this.merges = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The sender's call type.
             * @member {string} callType
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.callType = "";

            /**
             * IncomingDetail address.
             * @member {string} address
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.address = "";

            /**
             * WGS84, absent when the EIDO gives no coordinates.
             * @member {number|null|undefined} lon
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.lon = null;

            /**
             * IncomingDetail lat.
             * @member {number|null|undefined} lat
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.lat = null;

            /**
             * IncomingDetail calls.
             * @member {Array.<cad.v1.IncomingCall.$Properties>} calls
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.calls = $util.emptyArray;

            /**
             * IncomingDetail notes.
             * @member {Array.<cad.v1.IncomingNote.$Properties>} notes
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.notes = $util.emptyArray;

            /**
             * IncomingDetail units.
             * @member {Array.<cad.v1.IncomingUnit.$Properties>} units
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.units = $util.emptyArray;

            /**
             * Tracking ids of the incidents the sender links this one to.
             * @member {Array.<string>} links
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.links = $util.emptyArray;

            /**
             * The sender's merges of this incident (the EIDO's mergeComponent).
             * @member {Array.<cad.v1.IncomingMerge.$Properties>} merges
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.merges = $util.emptyArray;

            /**
             * What the sender offers when its EIDO says: "share" (it stays theirs, we follow it) or
             * "transfer" (theirs until we accept it); empty when unsaid.
             * @member {string} offer
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.offer = "";

            /**
             * The sender's incident is closed.
             * @member {boolean} closed
             * @memberof cad.v1.IncomingDetail
             * @instance
             */
            IncomingDetail.prototype.closed = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncomingDetail.prototype, "_lon", {
                get: $util.oneOfGetter($oneOfFields = ["lon"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncomingDetail.prototype, "_lat", {
                get: $util.oneOfGetter($oneOfFields = ["lat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IncomingDetail instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingDetail
             * @static
             * @param {cad.v1.IncomingDetail.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingDetail} IncomingDetail instance
             * @type {{
             *   (properties: cad.v1.IncomingDetail.$Shape): cad.v1.IncomingDetail & cad.v1.IncomingDetail.$Shape;
             *   (properties?: cad.v1.IncomingDetail.$Properties): cad.v1.IncomingDetail;
             * }}
             */
            IncomingDetail.create = function(properties) {
                return new IncomingDetail(properties);
            };

            /**
             * Encodes the specified IncomingDetail message. Does not implicitly {@link cad.v1.IncomingDetail.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingDetail
             * @static
             * @param {cad.v1.IncomingDetail.$Properties} message IncomingDetail message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingDetail.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.callType != null && $Object.hasOwnProperty.call(message, "callType") && message.callType !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.callType);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.lat);
                if (message.calls != null && message.calls.length)
                    for (let i = 0; i < message.calls.length; ++i)
                        $root.cad.v1.IncomingCall.encode(message.calls[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.notes != null && message.notes.length)
                    for (let i = 0; i < message.notes.length; ++i)
                        $root.cad.v1.IncomingNote.encode(message.notes[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.units != null && message.units.length)
                    for (let i = 0; i < message.units.length; ++i)
                        $root.cad.v1.IncomingUnit.encode(message.units[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.links != null && message.links.length)
                    for (let i = 0; i < message.links.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.links[i]);
                if (message.merges != null && message.merges.length)
                    for (let i = 0; i < message.merges.length; ++i)
                        $root.cad.v1.IncomingMerge.encode(message.merges[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer") && message.offer !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.offer);
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed") && message.closed !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.closed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingDetail message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingDetail
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingDetail & cad.v1.IncomingDetail.$Shape} IncomingDetail
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingDetail.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingDetail();
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
                                message.callType = value;
                            else
                                delete message.callType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.lon = reader.double();
                            message._lon = "lon";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.lat = reader.double();
                            message._lat = "lat";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.calls && message.calls.length))
                                message.calls = [];
                            message.calls.push($root.cad.v1.IncomingCall.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notes && message.notes.length))
                                message.notes = [];
                            message.notes.push($root.cad.v1.IncomingNote.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.units && message.units.length))
                                message.units = [];
                            message.units.push($root.cad.v1.IncomingUnit.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.links && message.links.length))
                                message.links = [];
                            message.links.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.merges && message.merges.length))
                                message.merges = [];
                            message.merges.push($root.cad.v1.IncomingMerge.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offer = value;
                            else
                                delete message.offer;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.closed = value;
                            else
                                delete message.closed;
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

            return IncomingDetail;
        })();

        v1.IncomingMerge = (function() {

            /**
             * Properties of an IncomingMerge.
             * @typedef {Object} cad.v1.IncomingMerge.$Properties
             * @property {string|null} [trackingId] IncomingMerge trackingId
             * @property {string|null} [direction] IncomingMerge direction
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingMerge.
             * @memberof cad.v1
             * @interface IIncomingMerge
             * @augments cad.v1.IncomingMerge.$Properties
             * @deprecated Use cad.v1.IncomingMerge.$Properties instead.
             */

            /**
             * Shape of an IncomingMerge.
             * @typedef {cad.v1.IncomingMerge.$Properties} cad.v1.IncomingMerge.$Shape
             */

            /**
             * Constructs a new IncomingMerge.
             * @memberof cad.v1
             * @classdesc A merge the sender made: direction "REPLACED" (this incident was merged into tracking_id) or
             * "REPLACING" (tracking_id was merged into this incident), as NENA-STA-021 codes it.
             * @constructor
             * @param {cad.v1.IncomingMerge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingMerge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncomingMerge trackingId.
             * @member {string} trackingId
             * @memberof cad.v1.IncomingMerge
             * @instance
             */
            IncomingMerge.prototype.trackingId = "";

            /**
             * IncomingMerge direction.
             * @member {string} direction
             * @memberof cad.v1.IncomingMerge
             * @instance
             */
            IncomingMerge.prototype.direction = "";

            /**
             * Creates a new IncomingMerge instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingMerge
             * @static
             * @param {cad.v1.IncomingMerge.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingMerge} IncomingMerge instance
             * @type {{
             *   (properties: cad.v1.IncomingMerge.$Shape): cad.v1.IncomingMerge & cad.v1.IncomingMerge.$Shape;
             *   (properties?: cad.v1.IncomingMerge.$Properties): cad.v1.IncomingMerge;
             * }}
             */
            IncomingMerge.create = function(properties) {
                return new IncomingMerge(properties);
            };

            /**
             * Encodes the specified IncomingMerge message. Does not implicitly {@link cad.v1.IncomingMerge.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingMerge
             * @static
             * @param {cad.v1.IncomingMerge.$Properties} message IncomingMerge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingMerge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackingId != null && $Object.hasOwnProperty.call(message, "trackingId") && message.trackingId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackingId);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.direction);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingMerge message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingMerge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingMerge & cad.v1.IncomingMerge.$Shape} IncomingMerge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingMerge.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingMerge();
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
                                message.trackingId = value;
                            else
                                delete message.trackingId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.direction = value;
                            else
                                delete message.direction;
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

            return IncomingMerge;
        })();

        v1.IncomingIncidentReceived = (function() {

            /**
             * Properties of an IncomingIncidentReceived.
             * @typedef {Object} cad.v1.IncomingIncidentReceived.$Properties
             * @property {string|null} [trackingId] The sender's incident tracking id (the key of AcceptIncoming / DeclineIncoming).
             * @property {string|null} [senderAgency] IncomingIncidentReceived senderAgency
             * @property {number|Long|null} [updatedAtMs] The EIDO's lastUpdateTimeStamp, epoch milliseconds.
             * @property {cad.v1.IncomingDetail.$Properties|null} [detail] IncomingIncidentReceived detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingIncidentReceived.
             * @memberof cad.v1
             * @interface IIncomingIncidentReceived
             * @augments cad.v1.IncomingIncidentReceived.$Properties
             * @deprecated Use cad.v1.IncomingIncidentReceived.$Properties instead.
             */

            /**
             * Shape of an IncomingIncidentReceived.
             * @typedef {cad.v1.IncomingIncidentReceived.$Properties} cad.v1.IncomingIncidentReceived.$Shape
             */

            /**
             * Constructs a new IncomingIncidentReceived.
             * @memberof cad.v1
             * @classdesc Another agency handed over an incident by EIDO (a first version): it waits for a dispatcher.
             * @constructor
             * @param {cad.v1.IncomingIncidentReceived.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingIncidentReceived = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The sender's incident tracking id (the key of AcceptIncoming / DeclineIncoming).
             * @member {string} trackingId
             * @memberof cad.v1.IncomingIncidentReceived
             * @instance
             */
            IncomingIncidentReceived.prototype.trackingId = "";

            /**
             * IncomingIncidentReceived senderAgency.
             * @member {string} senderAgency
             * @memberof cad.v1.IncomingIncidentReceived
             * @instance
             */
            IncomingIncidentReceived.prototype.senderAgency = "";

            /**
             * The EIDO's lastUpdateTimeStamp, epoch milliseconds.
             * @member {number|Long} updatedAtMs
             * @memberof cad.v1.IncomingIncidentReceived
             * @instance
             */
            IncomingIncidentReceived.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * IncomingIncidentReceived detail.
             * @member {cad.v1.IncomingDetail.$Properties|null|undefined} detail
             * @memberof cad.v1.IncomingIncidentReceived
             * @instance
             */
            IncomingIncidentReceived.prototype.detail = null;

            /**
             * Creates a new IncomingIncidentReceived instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingIncidentReceived
             * @static
             * @param {cad.v1.IncomingIncidentReceived.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingIncidentReceived} IncomingIncidentReceived instance
             * @type {{
             *   (properties: cad.v1.IncomingIncidentReceived.$Shape): cad.v1.IncomingIncidentReceived & cad.v1.IncomingIncidentReceived.$Shape;
             *   (properties?: cad.v1.IncomingIncidentReceived.$Properties): cad.v1.IncomingIncidentReceived;
             * }}
             */
            IncomingIncidentReceived.create = function(properties) {
                return new IncomingIncidentReceived(properties);
            };

            /**
             * Encodes the specified IncomingIncidentReceived message. Does not implicitly {@link cad.v1.IncomingIncidentReceived.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingIncidentReceived
             * @static
             * @param {cad.v1.IncomingIncidentReceived.$Properties} message IncomingIncidentReceived message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingIncidentReceived.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackingId != null && $Object.hasOwnProperty.call(message, "trackingId") && message.trackingId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackingId);
                if (message.senderAgency != null && $Object.hasOwnProperty.call(message, "senderAgency") && message.senderAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.senderAgency);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.updatedAtMs);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    $root.cad.v1.IncomingDetail.encode(message.detail, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingIncidentReceived message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingIncidentReceived
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentReceived & cad.v1.IncomingIncidentReceived.$Shape} IncomingIncidentReceived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingIncidentReceived.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingIncidentReceived();
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
                                message.trackingId = value;
                            else
                                delete message.trackingId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderAgency = value;
                            else
                                delete message.senderAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.detail = $root.cad.v1.IncomingDetail.decode(reader, reader.size(), $undefined, _depth + 1, message.detail);
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

            return IncomingIncidentReceived;
        })();

        v1.IncomingIncidentUpdated = (function() {

            /**
             * Properties of an IncomingIncidentUpdated.
             * @typedef {Object} cad.v1.IncomingIncidentUpdated.$Properties
             * @property {string|null} [trackingId] IncomingIncidentUpdated trackingId
             * @property {number|Long|null} [updatedAtMs] IncomingIncidentUpdated updatedAtMs
             * @property {cad.v1.IncomingDetail.$Properties|null} [detail] IncomingIncidentUpdated detail
             * @property {string|null} [incidentId] Our incident, when it was accepted; absent otherwise.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingIncidentUpdated.
             * @memberof cad.v1
             * @interface IIncomingIncidentUpdated
             * @augments cad.v1.IncomingIncidentUpdated.$Properties
             * @deprecated Use cad.v1.IncomingIncidentUpdated.$Properties instead.
             */

            /**
             * Shape of an IncomingIncidentUpdated.
             * @typedef {cad.v1.IncomingIncidentUpdated.$Properties} cad.v1.IncomingIncidentUpdated.$Shape
             */

            /**
             * Constructs a new IncomingIncidentUpdated.
             * @memberof cad.v1
             * @classdesc A newer version of an incoming incident's EIDO.
             * @constructor
             * @param {cad.v1.IncomingIncidentUpdated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingIncidentUpdated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncomingIncidentUpdated trackingId.
             * @member {string} trackingId
             * @memberof cad.v1.IncomingIncidentUpdated
             * @instance
             */
            IncomingIncidentUpdated.prototype.trackingId = "";

            /**
             * IncomingIncidentUpdated updatedAtMs.
             * @member {number|Long} updatedAtMs
             * @memberof cad.v1.IncomingIncidentUpdated
             * @instance
             */
            IncomingIncidentUpdated.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * IncomingIncidentUpdated detail.
             * @member {cad.v1.IncomingDetail.$Properties|null|undefined} detail
             * @memberof cad.v1.IncomingIncidentUpdated
             * @instance
             */
            IncomingIncidentUpdated.prototype.detail = null;

            /**
             * Our incident, when it was accepted; absent otherwise.
             * @member {string|null|undefined} incidentId
             * @memberof cad.v1.IncomingIncidentUpdated
             * @instance
             */
            IncomingIncidentUpdated.prototype.incidentId = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncomingIncidentUpdated.prototype, "_incidentId", {
                get: $util.oneOfGetter($oneOfFields = ["incidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IncomingIncidentUpdated instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingIncidentUpdated
             * @static
             * @param {cad.v1.IncomingIncidentUpdated.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingIncidentUpdated} IncomingIncidentUpdated instance
             * @type {{
             *   (properties: cad.v1.IncomingIncidentUpdated.$Shape): cad.v1.IncomingIncidentUpdated & cad.v1.IncomingIncidentUpdated.$Shape;
             *   (properties?: cad.v1.IncomingIncidentUpdated.$Properties): cad.v1.IncomingIncidentUpdated;
             * }}
             */
            IncomingIncidentUpdated.create = function(properties) {
                return new IncomingIncidentUpdated(properties);
            };

            /**
             * Encodes the specified IncomingIncidentUpdated message. Does not implicitly {@link cad.v1.IncomingIncidentUpdated.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingIncidentUpdated
             * @static
             * @param {cad.v1.IncomingIncidentUpdated.$Properties} message IncomingIncidentUpdated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingIncidentUpdated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackingId != null && $Object.hasOwnProperty.call(message, "trackingId") && message.trackingId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackingId);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.updatedAtMs);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    $root.cad.v1.IncomingDetail.encode(message.detail, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.incidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingIncidentUpdated message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingIncidentUpdated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentUpdated & cad.v1.IncomingIncidentUpdated.$Shape} IncomingIncidentUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingIncidentUpdated.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingIncidentUpdated();
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
                                message.trackingId = value;
                            else
                                delete message.trackingId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.detail = $root.cad.v1.IncomingDetail.decode(reader, reader.size(), $undefined, _depth + 1, message.detail);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.incidentId = reader.stringVerify();
                            message._incidentId = "incidentId";
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

            return IncomingIncidentUpdated;
        })();

        v1.IncomingIncidentAccepted = (function() {

            /**
             * Properties of an IncomingIncidentAccepted.
             * @typedef {Object} cad.v1.IncomingIncidentAccepted.$Properties
             * @property {string|null} [trackingId] IncomingIncidentAccepted trackingId
             * @property {string|null} [senderAgency] IncomingIncidentAccepted senderAgency
             * @property {string|null} [incidentId] IncomingIncidentAccepted incidentId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingIncidentAccepted.
             * @memberof cad.v1
             * @interface IIncomingIncidentAccepted
             * @augments cad.v1.IncomingIncidentAccepted.$Properties
             * @deprecated Use cad.v1.IncomingIncidentAccepted.$Properties instead.
             */

            /**
             * Shape of an IncomingIncidentAccepted.
             * @typedef {cad.v1.IncomingIncidentAccepted.$Properties} cad.v1.IncomingIncidentAccepted.$Shape
             */

            /**
             * Constructs a new IncomingIncidentAccepted.
             * @memberof cad.v1
             * @classdesc A dispatcher accepted an incoming incident as our incident_id.
             * @constructor
             * @param {cad.v1.IncomingIncidentAccepted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingIncidentAccepted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncomingIncidentAccepted trackingId.
             * @member {string} trackingId
             * @memberof cad.v1.IncomingIncidentAccepted
             * @instance
             */
            IncomingIncidentAccepted.prototype.trackingId = "";

            /**
             * IncomingIncidentAccepted senderAgency.
             * @member {string} senderAgency
             * @memberof cad.v1.IncomingIncidentAccepted
             * @instance
             */
            IncomingIncidentAccepted.prototype.senderAgency = "";

            /**
             * IncomingIncidentAccepted incidentId.
             * @member {string} incidentId
             * @memberof cad.v1.IncomingIncidentAccepted
             * @instance
             */
            IncomingIncidentAccepted.prototype.incidentId = "";

            /**
             * Creates a new IncomingIncidentAccepted instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingIncidentAccepted
             * @static
             * @param {cad.v1.IncomingIncidentAccepted.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingIncidentAccepted} IncomingIncidentAccepted instance
             * @type {{
             *   (properties: cad.v1.IncomingIncidentAccepted.$Shape): cad.v1.IncomingIncidentAccepted & cad.v1.IncomingIncidentAccepted.$Shape;
             *   (properties?: cad.v1.IncomingIncidentAccepted.$Properties): cad.v1.IncomingIncidentAccepted;
             * }}
             */
            IncomingIncidentAccepted.create = function(properties) {
                return new IncomingIncidentAccepted(properties);
            };

            /**
             * Encodes the specified IncomingIncidentAccepted message. Does not implicitly {@link cad.v1.IncomingIncidentAccepted.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingIncidentAccepted
             * @static
             * @param {cad.v1.IncomingIncidentAccepted.$Properties} message IncomingIncidentAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingIncidentAccepted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackingId != null && $Object.hasOwnProperty.call(message, "trackingId") && message.trackingId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackingId);
                if (message.senderAgency != null && $Object.hasOwnProperty.call(message, "senderAgency") && message.senderAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.senderAgency);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.incidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingIncidentAccepted message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingIncidentAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentAccepted & cad.v1.IncomingIncidentAccepted.$Shape} IncomingIncidentAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingIncidentAccepted.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingIncidentAccepted();
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
                                message.trackingId = value;
                            else
                                delete message.trackingId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderAgency = value;
                            else
                                delete message.senderAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incidentId = value;
                            else
                                delete message.incidentId;
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

            return IncomingIncidentAccepted;
        })();

        v1.IncomingIncidentDeclined = (function() {

            /**
             * Properties of an IncomingIncidentDeclined.
             * @typedef {Object} cad.v1.IncomingIncidentDeclined.$Properties
             * @property {string|null} [trackingId] IncomingIncidentDeclined trackingId
             * @property {string|null} [senderAgency] IncomingIncidentDeclined senderAgency
             * @property {string|null} [reason] IncomingIncidentDeclined reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingIncidentDeclined.
             * @memberof cad.v1
             * @interface IIncomingIncidentDeclined
             * @augments cad.v1.IncomingIncidentDeclined.$Properties
             * @deprecated Use cad.v1.IncomingIncidentDeclined.$Properties instead.
             */

            /**
             * Shape of an IncomingIncidentDeclined.
             * @typedef {cad.v1.IncomingIncidentDeclined.$Properties} cad.v1.IncomingIncidentDeclined.$Shape
             */

            /**
             * Constructs a new IncomingIncidentDeclined.
             * @memberof cad.v1
             * @classdesc A dispatcher declined an incoming incident.
             * @constructor
             * @param {cad.v1.IncomingIncidentDeclined.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingIncidentDeclined = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncomingIncidentDeclined trackingId.
             * @member {string} trackingId
             * @memberof cad.v1.IncomingIncidentDeclined
             * @instance
             */
            IncomingIncidentDeclined.prototype.trackingId = "";

            /**
             * IncomingIncidentDeclined senderAgency.
             * @member {string} senderAgency
             * @memberof cad.v1.IncomingIncidentDeclined
             * @instance
             */
            IncomingIncidentDeclined.prototype.senderAgency = "";

            /**
             * IncomingIncidentDeclined reason.
             * @member {string} reason
             * @memberof cad.v1.IncomingIncidentDeclined
             * @instance
             */
            IncomingIncidentDeclined.prototype.reason = "";

            /**
             * Creates a new IncomingIncidentDeclined instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingIncidentDeclined
             * @static
             * @param {cad.v1.IncomingIncidentDeclined.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingIncidentDeclined} IncomingIncidentDeclined instance
             * @type {{
             *   (properties: cad.v1.IncomingIncidentDeclined.$Shape): cad.v1.IncomingIncidentDeclined & cad.v1.IncomingIncidentDeclined.$Shape;
             *   (properties?: cad.v1.IncomingIncidentDeclined.$Properties): cad.v1.IncomingIncidentDeclined;
             * }}
             */
            IncomingIncidentDeclined.create = function(properties) {
                return new IncomingIncidentDeclined(properties);
            };

            /**
             * Encodes the specified IncomingIncidentDeclined message. Does not implicitly {@link cad.v1.IncomingIncidentDeclined.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingIncidentDeclined
             * @static
             * @param {cad.v1.IncomingIncidentDeclined.$Properties} message IncomingIncidentDeclined message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingIncidentDeclined.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackingId != null && $Object.hasOwnProperty.call(message, "trackingId") && message.trackingId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackingId);
                if (message.senderAgency != null && $Object.hasOwnProperty.call(message, "senderAgency") && message.senderAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.senderAgency);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingIncidentDeclined message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingIncidentDeclined
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentDeclined & cad.v1.IncomingIncidentDeclined.$Shape} IncomingIncidentDeclined
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingIncidentDeclined.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingIncidentDeclined();
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
                                message.trackingId = value;
                            else
                                delete message.trackingId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderAgency = value;
                            else
                                delete message.senderAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return IncomingIncidentDeclined;
        })();

        v1.IncomingIncidentMerged = (function() {

            /**
             * Properties of an IncomingIncidentMerged.
             * @typedef {Object} cad.v1.IncomingIncidentMerged.$Properties
             * @property {string|null} [trackingId] IncomingIncidentMerged trackingId
             * @property {string|null} [senderAgency] IncomingIncidentMerged senderAgency
             * @property {string|null} [intoTrackingId] IncomingIncidentMerged intoTrackingId
             * @property {string|null} [incidentId] IncomingIncidentMerged incidentId
             * @property {string|null} [intoIncidentId] IncomingIncidentMerged intoIncidentId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncomingIncidentMerged.
             * @memberof cad.v1
             * @interface IIncomingIncidentMerged
             * @augments cad.v1.IncomingIncidentMerged.$Properties
             * @deprecated Use cad.v1.IncomingIncidentMerged.$Properties instead.
             */

            /**
             * Shape of an IncomingIncidentMerged.
             * @typedef {cad.v1.IncomingIncidentMerged.$Properties} cad.v1.IncomingIncidentMerged.$Shape
             */

            /**
             * Constructs a new IncomingIncidentMerged.
             * @memberof cad.v1
             * @classdesc The sender merged incoming incident tracking_id into into_tracking_id, both held here; when
             * both were accepted, our incident_id is merged into into_incident_id (IncidentsMerged follows).
             * @constructor
             * @param {cad.v1.IncomingIncidentMerged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncomingIncidentMerged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncomingIncidentMerged trackingId.
             * @member {string} trackingId
             * @memberof cad.v1.IncomingIncidentMerged
             * @instance
             */
            IncomingIncidentMerged.prototype.trackingId = "";

            /**
             * IncomingIncidentMerged senderAgency.
             * @member {string} senderAgency
             * @memberof cad.v1.IncomingIncidentMerged
             * @instance
             */
            IncomingIncidentMerged.prototype.senderAgency = "";

            /**
             * IncomingIncidentMerged intoTrackingId.
             * @member {string} intoTrackingId
             * @memberof cad.v1.IncomingIncidentMerged
             * @instance
             */
            IncomingIncidentMerged.prototype.intoTrackingId = "";

            /**
             * IncomingIncidentMerged incidentId.
             * @member {string|null|undefined} incidentId
             * @memberof cad.v1.IncomingIncidentMerged
             * @instance
             */
            IncomingIncidentMerged.prototype.incidentId = null;

            /**
             * IncomingIncidentMerged intoIncidentId.
             * @member {string|null|undefined} intoIncidentId
             * @memberof cad.v1.IncomingIncidentMerged
             * @instance
             */
            IncomingIncidentMerged.prototype.intoIncidentId = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncomingIncidentMerged.prototype, "_incidentId", {
                get: $util.oneOfGetter($oneOfFields = ["incidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncomingIncidentMerged.prototype, "_intoIncidentId", {
                get: $util.oneOfGetter($oneOfFields = ["intoIncidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IncomingIncidentMerged instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncomingIncidentMerged
             * @static
             * @param {cad.v1.IncomingIncidentMerged.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncomingIncidentMerged} IncomingIncidentMerged instance
             * @type {{
             *   (properties: cad.v1.IncomingIncidentMerged.$Shape): cad.v1.IncomingIncidentMerged & cad.v1.IncomingIncidentMerged.$Shape;
             *   (properties?: cad.v1.IncomingIncidentMerged.$Properties): cad.v1.IncomingIncidentMerged;
             * }}
             */
            IncomingIncidentMerged.create = function(properties) {
                return new IncomingIncidentMerged(properties);
            };

            /**
             * Encodes the specified IncomingIncidentMerged message. Does not implicitly {@link cad.v1.IncomingIncidentMerged.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncomingIncidentMerged
             * @static
             * @param {cad.v1.IncomingIncidentMerged.$Properties} message IncomingIncidentMerged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncomingIncidentMerged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackingId != null && $Object.hasOwnProperty.call(message, "trackingId") && message.trackingId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trackingId);
                if (message.senderAgency != null && $Object.hasOwnProperty.call(message, "senderAgency") && message.senderAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.senderAgency);
                if (message.intoTrackingId != null && $Object.hasOwnProperty.call(message, "intoTrackingId") && message.intoTrackingId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.intoTrackingId);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.incidentId);
                if (message.intoIncidentId != null && $Object.hasOwnProperty.call(message, "intoIncidentId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.intoIncidentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncomingIncidentMerged message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncomingIncidentMerged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentMerged & cad.v1.IncomingIncidentMerged.$Shape} IncomingIncidentMerged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncomingIncidentMerged.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncomingIncidentMerged();
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
                                message.trackingId = value;
                            else
                                delete message.trackingId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderAgency = value;
                            else
                                delete message.senderAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.intoTrackingId = value;
                            else
                                delete message.intoTrackingId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.incidentId = reader.stringVerify();
                            message._incidentId = "incidentId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.intoIncidentId = reader.stringVerify();
                            message._intoIncidentId = "intoIncidentId";
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

            return IncomingIncidentMerged;
        })();

        v1.IncidentShared = (function() {

            /**
             * Properties of an IncidentShared.
             * @typedef {Object} cad.v1.IncidentShared.$Properties
             * @property {string|null} [incidentId] IncidentShared incidentId
             * @property {string|null} [toAgency] The partner's NATS token (cad.<to_agency>.in.eido).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentShared.
             * @memberof cad.v1
             * @interface IIncidentShared
             * @augments cad.v1.IncidentShared.$Properties
             * @deprecated Use cad.v1.IncidentShared.$Properties instead.
             */

            /**
             * Shape of an IncidentShared.
             * @typedef {cad.v1.IncidentShared.$Properties} cad.v1.IncidentShared.$Shape
             */

            /**
             * Constructs a new IncidentShared.
             * @memberof cad.v1
             * @classdesc An incident of ours is shared with a partner agency: it follows each change (EIDO versions).
             * @constructor
             * @param {cad.v1.IncidentShared.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentShared = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncidentShared incidentId.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentShared
             * @instance
             */
            IncidentShared.prototype.incidentId = "";

            /**
             * The partner's NATS token (cad.<to_agency>.in.eido).
             * @member {string} toAgency
             * @memberof cad.v1.IncidentShared
             * @instance
             */
            IncidentShared.prototype.toAgency = "";

            /**
             * Creates a new IncidentShared instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentShared
             * @static
             * @param {cad.v1.IncidentShared.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentShared} IncidentShared instance
             * @type {{
             *   (properties: cad.v1.IncidentShared.$Shape): cad.v1.IncidentShared & cad.v1.IncidentShared.$Shape;
             *   (properties?: cad.v1.IncidentShared.$Properties): cad.v1.IncidentShared;
             * }}
             */
            IncidentShared.create = function(properties) {
                return new IncidentShared(properties);
            };

            /**
             * Encodes the specified IncidentShared message. Does not implicitly {@link cad.v1.IncidentShared.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentShared
             * @static
             * @param {cad.v1.IncidentShared.$Properties} message IncidentShared message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentShared.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.toAgency != null && $Object.hasOwnProperty.call(message, "toAgency") && message.toAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.toAgency);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentShared message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentShared
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentShared & cad.v1.IncidentShared.$Shape} IncidentShared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentShared.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentShared();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toAgency = value;
                            else
                                delete message.toAgency;
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

            return IncidentShared;
        })();

        v1.IncidentTransferred = (function() {

            /**
             * Properties of an IncidentTransferred.
             * @typedef {Object} cad.v1.IncidentTransferred.$Properties
             * @property {string|null} [incidentId] IncidentTransferred incidentId
             * @property {string|null} [toAgency] IncidentTransferred toAgency
             * @property {string|null} [reason] IncidentTransferred reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentTransferred.
             * @memberof cad.v1
             * @interface IIncidentTransferred
             * @augments cad.v1.IncidentTransferred.$Properties
             * @deprecated Use cad.v1.IncidentTransferred.$Properties instead.
             */

            /**
             * Shape of an IncidentTransferred.
             * @typedef {cad.v1.IncidentTransferred.$Properties} cad.v1.IncidentTransferred.$Shape
             */

            /**
             * Constructs a new IncidentTransferred.
             * @memberof cad.v1
             * @classdesc An incident of ours is offered to a partner agency; ours until they answer.
             * @constructor
             * @param {cad.v1.IncidentTransferred.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentTransferred = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncidentTransferred incidentId.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentTransferred
             * @instance
             */
            IncidentTransferred.prototype.incidentId = "";

            /**
             * IncidentTransferred toAgency.
             * @member {string} toAgency
             * @memberof cad.v1.IncidentTransferred
             * @instance
             */
            IncidentTransferred.prototype.toAgency = "";

            /**
             * IncidentTransferred reason.
             * @member {string} reason
             * @memberof cad.v1.IncidentTransferred
             * @instance
             */
            IncidentTransferred.prototype.reason = "";

            /**
             * Creates a new IncidentTransferred instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentTransferred
             * @static
             * @param {cad.v1.IncidentTransferred.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentTransferred} IncidentTransferred instance
             * @type {{
             *   (properties: cad.v1.IncidentTransferred.$Shape): cad.v1.IncidentTransferred & cad.v1.IncidentTransferred.$Shape;
             *   (properties?: cad.v1.IncidentTransferred.$Properties): cad.v1.IncidentTransferred;
             * }}
             */
            IncidentTransferred.create = function(properties) {
                return new IncidentTransferred(properties);
            };

            /**
             * Encodes the specified IncidentTransferred message. Does not implicitly {@link cad.v1.IncidentTransferred.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentTransferred
             * @static
             * @param {cad.v1.IncidentTransferred.$Properties} message IncidentTransferred message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentTransferred.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.toAgency != null && $Object.hasOwnProperty.call(message, "toAgency") && message.toAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.toAgency);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentTransferred message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentTransferred
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentTransferred & cad.v1.IncidentTransferred.$Shape} IncidentTransferred
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentTransferred.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentTransferred();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toAgency = value;
                            else
                                delete message.toAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return IncidentTransferred;
        })();

        v1.IncidentShareEnded = (function() {

            /**
             * Properties of an IncidentShareEnded.
             * @typedef {Object} cad.v1.IncidentShareEnded.$Properties
             * @property {string|null} [incidentId] IncidentShareEnded incidentId
             * @property {string|null} [toAgency] IncidentShareEnded toAgency
             * @property {string|null} [reason] "ended by dispatcher" or "incident closed".
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentShareEnded.
             * @memberof cad.v1
             * @interface IIncidentShareEnded
             * @augments cad.v1.IncidentShareEnded.$Properties
             * @deprecated Use cad.v1.IncidentShareEnded.$Properties instead.
             */

            /**
             * Shape of an IncidentShareEnded.
             * @typedef {cad.v1.IncidentShareEnded.$Properties} cad.v1.IncidentShareEnded.$Shape
             */

            /**
             * Constructs a new IncidentShareEnded.
             * @memberof cad.v1
             * @classdesc A share ended: by the dispatcher (EndShare) or because the incident closed.
             * @constructor
             * @param {cad.v1.IncidentShareEnded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentShareEnded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncidentShareEnded incidentId.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentShareEnded
             * @instance
             */
            IncidentShareEnded.prototype.incidentId = "";

            /**
             * IncidentShareEnded toAgency.
             * @member {string} toAgency
             * @memberof cad.v1.IncidentShareEnded
             * @instance
             */
            IncidentShareEnded.prototype.toAgency = "";

            /**
             * "ended by dispatcher" or "incident closed".
             * @member {string} reason
             * @memberof cad.v1.IncidentShareEnded
             * @instance
             */
            IncidentShareEnded.prototype.reason = "";

            /**
             * Creates a new IncidentShareEnded instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentShareEnded
             * @static
             * @param {cad.v1.IncidentShareEnded.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentShareEnded} IncidentShareEnded instance
             * @type {{
             *   (properties: cad.v1.IncidentShareEnded.$Shape): cad.v1.IncidentShareEnded & cad.v1.IncidentShareEnded.$Shape;
             *   (properties?: cad.v1.IncidentShareEnded.$Properties): cad.v1.IncidentShareEnded;
             * }}
             */
            IncidentShareEnded.create = function(properties) {
                return new IncidentShareEnded(properties);
            };

            /**
             * Encodes the specified IncidentShareEnded message. Does not implicitly {@link cad.v1.IncidentShareEnded.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentShareEnded
             * @static
             * @param {cad.v1.IncidentShareEnded.$Properties} message IncidentShareEnded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentShareEnded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.toAgency != null && $Object.hasOwnProperty.call(message, "toAgency") && message.toAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.toAgency);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentShareEnded message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentShareEnded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentShareEnded & cad.v1.IncidentShareEnded.$Shape} IncidentShareEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentShareEnded.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentShareEnded();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toAgency = value;
                            else
                                delete message.toAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return IncidentShareEnded;
        })();

        v1.IncidentTransferAnswered = (function() {

            /**
             * Properties of an IncidentTransferAnswered.
             * @typedef {Object} cad.v1.IncidentTransferAnswered.$Properties
             * @property {string|null} [incidentId] IncidentTransferAnswered incidentId
             * @property {string|null} [toAgency] IncidentTransferAnswered toAgency
             * @property {boolean|null} [accepted] IncidentTransferAnswered accepted
             * @property {string|null} [theirIncidentId] Their incident id, when accepted and given.
             * @property {string|null} [reason] IncidentTransferAnswered reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentTransferAnswered.
             * @memberof cad.v1
             * @interface IIncidentTransferAnswered
             * @augments cad.v1.IncidentTransferAnswered.$Properties
             * @deprecated Use cad.v1.IncidentTransferAnswered.$Properties instead.
             */

            /**
             * Shape of an IncidentTransferAnswered.
             * @typedef {cad.v1.IncidentTransferAnswered.$Properties} cad.v1.IncidentTransferAnswered.$Shape
             */

            /**
             * Constructs a new IncidentTransferAnswered.
             * @memberof cad.v1
             * @classdesc The partner's answer to a transfer (from its EIDO): accepted (our incident is closed as
             * TRANSFERRED next) or declined with its reason (it stays ours).
             * @constructor
             * @param {cad.v1.IncidentTransferAnswered.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncidentTransferAnswered = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncidentTransferAnswered incidentId.
             * @member {string} incidentId
             * @memberof cad.v1.IncidentTransferAnswered
             * @instance
             */
            IncidentTransferAnswered.prototype.incidentId = "";

            /**
             * IncidentTransferAnswered toAgency.
             * @member {string} toAgency
             * @memberof cad.v1.IncidentTransferAnswered
             * @instance
             */
            IncidentTransferAnswered.prototype.toAgency = "";

            /**
             * IncidentTransferAnswered accepted.
             * @member {boolean} accepted
             * @memberof cad.v1.IncidentTransferAnswered
             * @instance
             */
            IncidentTransferAnswered.prototype.accepted = false;

            /**
             * Their incident id, when accepted and given.
             * @member {string|null|undefined} theirIncidentId
             * @memberof cad.v1.IncidentTransferAnswered
             * @instance
             */
            IncidentTransferAnswered.prototype.theirIncidentId = null;

            /**
             * IncidentTransferAnswered reason.
             * @member {string} reason
             * @memberof cad.v1.IncidentTransferAnswered
             * @instance
             */
            IncidentTransferAnswered.prototype.reason = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IncidentTransferAnswered.prototype, "_theirIncidentId", {
                get: $util.oneOfGetter($oneOfFields = ["theirIncidentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IncidentTransferAnswered instance using the specified properties.
             * @function create
             * @memberof cad.v1.IncidentTransferAnswered
             * @static
             * @param {cad.v1.IncidentTransferAnswered.$Properties=} [properties] Properties to set
             * @returns {cad.v1.IncidentTransferAnswered} IncidentTransferAnswered instance
             * @type {{
             *   (properties: cad.v1.IncidentTransferAnswered.$Shape): cad.v1.IncidentTransferAnswered & cad.v1.IncidentTransferAnswered.$Shape;
             *   (properties?: cad.v1.IncidentTransferAnswered.$Properties): cad.v1.IncidentTransferAnswered;
             * }}
             */
            IncidentTransferAnswered.create = function(properties) {
                return new IncidentTransferAnswered(properties);
            };

            /**
             * Encodes the specified IncidentTransferAnswered message. Does not implicitly {@link cad.v1.IncidentTransferAnswered.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.IncidentTransferAnswered
             * @static
             * @param {cad.v1.IncidentTransferAnswered.$Properties} message IncidentTransferAnswered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentTransferAnswered.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.toAgency != null && $Object.hasOwnProperty.call(message, "toAgency") && message.toAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.toAgency);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.accepted);
                if (message.theirIncidentId != null && $Object.hasOwnProperty.call(message, "theirIncidentId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.theirIncidentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncidentTransferAnswered message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.IncidentTransferAnswered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.IncidentTransferAnswered & cad.v1.IncidentTransferAnswered.$Shape} IncidentTransferAnswered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentTransferAnswered.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.IncidentTransferAnswered();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toAgency = value;
                            else
                                delete message.toAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.theirIncidentId = reader.stringVerify();
                            message._theirIncidentId = "theirIncidentId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return IncidentTransferAnswered;
        })();

        v1.SharedIncidentUpdated = (function() {

            /**
             * Properties of a SharedIncidentUpdated.
             * @typedef {Object} cad.v1.SharedIncidentUpdated.$Properties
             * @property {string|null} [incidentId] SharedIncidentUpdated incidentId
             * @property {string|null} [fromAgency] SharedIncidentUpdated fromAgency
             * @property {number|Long|null} [updatedAtMs] Their EIDO's lastUpdateTimeStamp, epoch milliseconds.
             * @property {cad.v1.IncomingDetail.$Properties|null} [detail] SharedIncidentUpdated detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SharedIncidentUpdated.
             * @memberof cad.v1
             * @interface ISharedIncidentUpdated
             * @augments cad.v1.SharedIncidentUpdated.$Properties
             * @deprecated Use cad.v1.SharedIncidentUpdated.$Properties instead.
             */

            /**
             * Shape of a SharedIncidentUpdated.
             * @typedef {cad.v1.SharedIncidentUpdated.$Properties} cad.v1.SharedIncidentUpdated.$Shape
             */

            /**
             * Constructs a new SharedIncidentUpdated.
             * @memberof cad.v1
             * @classdesc A partner's newer version of an incident of ours that it follows or took over.
             * @constructor
             * @param {cad.v1.SharedIncidentUpdated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SharedIncidentUpdated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SharedIncidentUpdated incidentId.
             * @member {string} incidentId
             * @memberof cad.v1.SharedIncidentUpdated
             * @instance
             */
            SharedIncidentUpdated.prototype.incidentId = "";

            /**
             * SharedIncidentUpdated fromAgency.
             * @member {string} fromAgency
             * @memberof cad.v1.SharedIncidentUpdated
             * @instance
             */
            SharedIncidentUpdated.prototype.fromAgency = "";

            /**
             * Their EIDO's lastUpdateTimeStamp, epoch milliseconds.
             * @member {number|Long} updatedAtMs
             * @memberof cad.v1.SharedIncidentUpdated
             * @instance
             */
            SharedIncidentUpdated.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SharedIncidentUpdated detail.
             * @member {cad.v1.IncomingDetail.$Properties|null|undefined} detail
             * @memberof cad.v1.SharedIncidentUpdated
             * @instance
             */
            SharedIncidentUpdated.prototype.detail = null;

            /**
             * Creates a new SharedIncidentUpdated instance using the specified properties.
             * @function create
             * @memberof cad.v1.SharedIncidentUpdated
             * @static
             * @param {cad.v1.SharedIncidentUpdated.$Properties=} [properties] Properties to set
             * @returns {cad.v1.SharedIncidentUpdated} SharedIncidentUpdated instance
             * @type {{
             *   (properties: cad.v1.SharedIncidentUpdated.$Shape): cad.v1.SharedIncidentUpdated & cad.v1.SharedIncidentUpdated.$Shape;
             *   (properties?: cad.v1.SharedIncidentUpdated.$Properties): cad.v1.SharedIncidentUpdated;
             * }}
             */
            SharedIncidentUpdated.create = function(properties) {
                return new SharedIncidentUpdated(properties);
            };

            /**
             * Encodes the specified SharedIncidentUpdated message. Does not implicitly {@link cad.v1.SharedIncidentUpdated.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.SharedIncidentUpdated
             * @static
             * @param {cad.v1.SharedIncidentUpdated.$Properties} message SharedIncidentUpdated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SharedIncidentUpdated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.fromAgency != null && $Object.hasOwnProperty.call(message, "fromAgency") && message.fromAgency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.fromAgency);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.updatedAtMs);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    $root.cad.v1.IncomingDetail.encode(message.detail, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SharedIncidentUpdated message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.SharedIncidentUpdated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.SharedIncidentUpdated & cad.v1.SharedIncidentUpdated.$Shape} SharedIncidentUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SharedIncidentUpdated.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.SharedIncidentUpdated();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromAgency = value;
                            else
                                delete message.fromAgency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.detail = $root.cad.v1.IncomingDetail.decode(reader, reader.size(), $undefined, _depth + 1, message.detail);
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

            return SharedIncidentUpdated;
        })();

        v1.InputRejected = (function() {

            /**
             * Properties of an InputRejected.
             * @typedef {Object} cad.v1.InputRejected.$Properties
             * @property {string|null} [inputKind] The kind of the refused input (e.g. "DispatchUnit"); "" when the subject names no input
             * kind (code UNKNOWN_INPUT_KIND; the reason names the subject).
             * @property {string|null} [code] A literal code to switch on (e.g. "UNIT_NOT_AVAILABLE", "MISSING_FIELD", "DECODE_ERROR",
             * "VALUE_OUT_OF_RANGE", "INPUT_TIME_AHEAD", "SUBJECT_MISMATCH", "INVALID_OPERATOR"); README.md, "Contract", lists every code and what
             * it means.
             * @property {string|null} [reason] Why, in words, for people; not to be parsed. For ENGINE_FAULT (a bug in the engine) it holds
             * no internal detail, only the fault id (fault-<agency>-<input_seq>) under which the
             * engine's log has the detail.
             * @property {string|null} [field] The offending field (the engine's camelCase name, e.g. "unitId"; "Cad-Time" or
             * "Cad-Operator" for the headers); "" when no one field is to blame.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InputRejected.
             * @memberof cad.v1
             * @interface IInputRejected
             * @augments cad.v1.InputRejected.$Properties
             * @deprecated Use cad.v1.InputRejected.$Properties instead.
             */

            /**
             * Shape of an InputRejected.
             * @typedef {cad.v1.InputRejected.$Properties} cad.v1.InputRejected.$Shape
             */

            /**
             * Constructs a new InputRejected.
             * @memberof cad.v1
             * @classdesc The engine refused an input; its state is unchanged.
             * @constructor
             * @param {cad.v1.InputRejected.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InputRejected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The kind of the refused input (e.g. "DispatchUnit"); "" when the subject names no input
             * kind (code UNKNOWN_INPUT_KIND; the reason names the subject).
             * @member {string} inputKind
             * @memberof cad.v1.InputRejected
             * @instance
             */
            InputRejected.prototype.inputKind = "";

            /**
             * A literal code to switch on (e.g. "UNIT_NOT_AVAILABLE", "MISSING_FIELD", "DECODE_ERROR",
             * "VALUE_OUT_OF_RANGE", "INPUT_TIME_AHEAD", "SUBJECT_MISMATCH", "INVALID_OPERATOR"); README.md, "Contract", lists every code and what
             * it means.
             * @member {string} code
             * @memberof cad.v1.InputRejected
             * @instance
             */
            InputRejected.prototype.code = "";

            /**
             * Why, in words, for people; not to be parsed. For ENGINE_FAULT (a bug in the engine) it holds
             * no internal detail, only the fault id (fault-<agency>-<input_seq>) under which the
             * engine's log has the detail.
             * @member {string} reason
             * @memberof cad.v1.InputRejected
             * @instance
             */
            InputRejected.prototype.reason = "";

            /**
             * The offending field (the engine's camelCase name, e.g. "unitId"; "Cad-Time" or
             * "Cad-Operator" for the headers); "" when no one field is to blame.
             * @member {string} field
             * @memberof cad.v1.InputRejected
             * @instance
             */
            InputRejected.prototype.field = "";

            /**
             * Creates a new InputRejected instance using the specified properties.
             * @function create
             * @memberof cad.v1.InputRejected
             * @static
             * @param {cad.v1.InputRejected.$Properties=} [properties] Properties to set
             * @returns {cad.v1.InputRejected} InputRejected instance
             * @type {{
             *   (properties: cad.v1.InputRejected.$Shape): cad.v1.InputRejected & cad.v1.InputRejected.$Shape;
             *   (properties?: cad.v1.InputRejected.$Properties): cad.v1.InputRejected;
             * }}
             */
            InputRejected.create = function(properties) {
                return new InputRejected(properties);
            };

            /**
             * Encodes the specified InputRejected message. Does not implicitly {@link cad.v1.InputRejected.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.InputRejected
             * @static
             * @param {cad.v1.InputRejected.$Properties} message InputRejected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InputRejected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.inputKind != null && $Object.hasOwnProperty.call(message, "inputKind") && message.inputKind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.inputKind);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.field != null && $Object.hasOwnProperty.call(message, "field") && message.field !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.field);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InputRejected message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.InputRejected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.InputRejected & cad.v1.InputRejected.$Shape} InputRejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InputRejected.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.InputRejected();
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
                                message.inputKind = value;
                            else
                                delete message.inputKind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.field = value;
                            else
                                delete message.field;
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

            return InputRejected;
        })();

        v1.Output = (function() {

            /**
             * Properties of an Output.
             * @typedef {Object} cad.v1.Output.$Properties
             * @property {string|null} [agency] The agency partition (the <agency> of the subject).
             * @property {number|Long|null} [inputSeq] The JetStream sequence of the input in the input stream.
             * @property {string|null} [inputId] The input's id (its Nats-Msg-Id).
             * @property {number|null} [index] The position of this output among the input's outputs, from 0.
             * @property {number|Long|null} [atMs] The input's acceptance time, epoch milliseconds (every event carries it).
             * @property {string|null} [operator] The authenticated operator (console user name) whose input caused this event, from the
             * input's Cad-Operator header; "" for inputs of machines (AVL, terminals, clock) and on
             * rejections.
             * @property {cad.v1.CallReceived.$Properties|null} [callReceived] On cad.<agency>.evt.call.received
             * @property {cad.v1.CallTypeDefaulted.$Properties|null} [callTypeDefaulted] On cad.<agency>.evt.call.type-defaulted
             * @property {cad.v1.IncidentCreated.$Properties|null} [incidentCreated] On cad.<agency>.evt.incident.created
             * @property {cad.v1.UnitsRecommended.$Properties|null} [unitsRecommended] On cad.<agency>.evt.units.recommended
             * @property {cad.v1.CallAttached.$Properties|null} [callAttached] On cad.<agency>.evt.call.attached
             * @property {cad.v1.IncidentReprioritised.$Properties|null} [incidentReprioritised] On cad.<agency>.evt.incident.reprioritised
             * @property {cad.v1.IncidentStatusChanged.$Properties|null} [incidentStatusChanged] On cad.<agency>.evt.incident.status-changed
             * @property {cad.v1.IncidentsMerged.$Properties|null} [incidentsMerged] On cad.<agency>.evt.incidents.merged
             * @property {cad.v1.IncidentsLinked.$Properties|null} [incidentsLinked] On cad.<agency>.evt.incidents.linked
             * @property {cad.v1.NoteAdded.$Properties|null} [noteAdded] On cad.<agency>.evt.incident.note-added
             * @property {cad.v1.UnitDispatched.$Properties|null} [unitDispatched] On cad.<agency>.evt.unit.dispatched
             * @property {cad.v1.UnitReleased.$Properties|null} [unitReleased] On cad.<agency>.evt.unit.released
             * @property {cad.v1.UnitStatusChanged.$Properties|null} [unitStatusChanged] On cad.<agency>.evt.unit.status-changed
             * @property {cad.v1.UnitLocationUpdated.$Properties|null} [unitLocationUpdated] On cad.<agency>.evt.unit.location-updated
             * @property {cad.v1.UnitAdded.$Properties|null} [unitAdded] On cad.<agency>.evt.unit.added
             * @property {cad.v1.UnitChanged.$Properties|null} [unitChanged] On cad.<agency>.evt.unit.changed
             * @property {cad.v1.UnitRetired.$Properties|null} [unitRetired] On cad.<agency>.evt.unit.retired
             * @property {cad.v1.UnitChecked.$Properties|null} [unitChecked] On cad.<agency>.evt.unit.checked
             * @property {cad.v1.IncidentOverdue.$Properties|null} [incidentOverdue] On cad.<agency>.evt.incident.overdue
             * @property {cad.v1.UnitStatusOverdue.$Properties|null} [unitStatusOverdue] On cad.<agency>.evt.unit.status-overdue
             * @property {cad.v1.InputRejected.$Properties|null} [rejected] On cad.<agency>.evt.rejected
             * @property {cad.v1.LeadershipChanged.$Properties|null} [leadershipChanged] On cad.<agency>.evt.leader.changed
             * @property {cad.v1.IncomingIncidentReceived.$Properties|null} [incomingIncidentReceived] On cad.<agency>.evt.incoming.received
             * @property {cad.v1.IncomingIncidentUpdated.$Properties|null} [incomingIncidentUpdated] On cad.<agency>.evt.incoming.updated
             * @property {cad.v1.IncomingIncidentAccepted.$Properties|null} [incomingIncidentAccepted] On cad.<agency>.evt.incoming.accepted
             * @property {cad.v1.IncomingIncidentDeclined.$Properties|null} [incomingIncidentDeclined] On cad.<agency>.evt.incoming.declined
             * @property {cad.v1.IncomingIncidentMerged.$Properties|null} [incomingIncidentMerged] On cad.<agency>.evt.incoming.merged
             * @property {cad.v1.IncidentShared.$Properties|null} [incidentShared] On cad.<agency>.evt.incident.shared
             * @property {cad.v1.IncidentTransferred.$Properties|null} [incidentTransferred] On cad.<agency>.evt.incident.transferred
             * @property {cad.v1.IncidentShareEnded.$Properties|null} [incidentShareEnded] On cad.<agency>.evt.incident.share-ended
             * @property {cad.v1.IncidentTransferAnswered.$Properties|null} [incidentTransferAnswered] On cad.<agency>.evt.incident.transfer-answered
             * @property {cad.v1.SharedIncidentUpdated.$Properties|null} [sharedIncidentUpdated] On cad.<agency>.evt.incident.shared-updated
             * @property {cad.v1.UnitAssignment.$Properties|null} [assignment] Only on a unit's own subjects (cad.<agency>.unit.<unitId>.>): what that unit's mobile
             * terminal shows, as the engine's state stood just after the input. Absent on cad.<agency>.evt.>;
             * a reader that does not know it ignores it.
             * @property {"callReceived"|"callTypeDefaulted"|"incidentCreated"|"unitsRecommended"|"callAttached"|"incidentReprioritised"|"incidentStatusChanged"|"incidentsMerged"|"incidentsLinked"|"noteAdded"|"unitDispatched"|"unitReleased"|"unitStatusChanged"|"unitLocationUpdated"|"unitAdded"|"unitChanged"|"unitRetired"|"unitChecked"|"incidentOverdue"|"unitStatusOverdue"|"rejected"|"leadershipChanged"|"incomingIncidentReceived"|"incomingIncidentUpdated"|"incomingIncidentAccepted"|"incomingIncidentDeclined"|"incomingIncidentMerged"|"incidentShared"|"incidentTransferred"|"incidentShareEnded"|"incidentTransferAnswered"|"sharedIncidentUpdated"} [body] The event or the rejection.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Output.
             * @memberof cad.v1
             * @interface IOutput
             * @augments cad.v1.Output.$Properties
             * @deprecated Use cad.v1.Output.$Properties instead.
             */

            /**
             * Narrowed shape of an Output.
             * @typedef {{
             *   agency?: string|null;
             *   inputSeq?: number|Long|null;
             *   inputId?: string|null;
             *   index?: number|null;
             *   atMs?: number|Long|null;
             *   operator?: string|null;
             *   callReceived?: cad.v1.CallReceived.$Shape|null;
             *   callTypeDefaulted?: cad.v1.CallTypeDefaulted.$Shape|null;
             *   incidentCreated?: cad.v1.IncidentCreated.$Shape|null;
             *   unitsRecommended?: cad.v1.UnitsRecommended.$Shape|null;
             *   callAttached?: cad.v1.CallAttached.$Shape|null;
             *   incidentReprioritised?: cad.v1.IncidentReprioritised.$Shape|null;
             *   incidentStatusChanged?: cad.v1.IncidentStatusChanged.$Shape|null;
             *   incidentsMerged?: cad.v1.IncidentsMerged.$Shape|null;
             *   incidentsLinked?: cad.v1.IncidentsLinked.$Shape|null;
             *   noteAdded?: cad.v1.NoteAdded.$Shape|null;
             *   unitDispatched?: cad.v1.UnitDispatched.$Shape|null;
             *   unitReleased?: cad.v1.UnitReleased.$Shape|null;
             *   unitStatusChanged?: cad.v1.UnitStatusChanged.$Shape|null;
             *   unitLocationUpdated?: cad.v1.UnitLocationUpdated.$Shape|null;
             *   unitAdded?: cad.v1.UnitAdded.$Shape|null;
             *   unitChanged?: cad.v1.UnitChanged.$Shape|null;
             *   unitRetired?: cad.v1.UnitRetired.$Shape|null;
             *   unitChecked?: cad.v1.UnitChecked.$Shape|null;
             *   incidentOverdue?: cad.v1.IncidentOverdue.$Shape|null;
             *   unitStatusOverdue?: cad.v1.UnitStatusOverdue.$Shape|null;
             *   rejected?: cad.v1.InputRejected.$Shape|null;
             *   leadershipChanged?: cad.v1.LeadershipChanged.$Shape|null;
             *   incomingIncidentReceived?: cad.v1.IncomingIncidentReceived.$Shape|null;
             *   incomingIncidentUpdated?: cad.v1.IncomingIncidentUpdated.$Shape|null;
             *   incomingIncidentAccepted?: cad.v1.IncomingIncidentAccepted.$Shape|null;
             *   incomingIncidentDeclined?: cad.v1.IncomingIncidentDeclined.$Shape|null;
             *   incomingIncidentMerged?: cad.v1.IncomingIncidentMerged.$Shape|null;
             *   incidentShared?: cad.v1.IncidentShared.$Shape|null;
             *   incidentTransferred?: cad.v1.IncidentTransferred.$Shape|null;
             *   incidentShareEnded?: cad.v1.IncidentShareEnded.$Shape|null;
             *   incidentTransferAnswered?: cad.v1.IncidentTransferAnswered.$Shape|null;
             *   sharedIncidentUpdated?: cad.v1.SharedIncidentUpdated.$Shape|null;
             *   assignment?: cad.v1.UnitAssignment.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "callReceived"; callReceived: cad.v1.CallReceived.$Shape; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "callTypeDefaulted"; callReceived?: null; callTypeDefaulted: cad.v1.CallTypeDefaulted.$Shape; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentCreated"; callReceived?: null; callTypeDefaulted?: null; incidentCreated: cad.v1.IncidentCreated.$Shape; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitsRecommended"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended: cad.v1.UnitsRecommended.$Shape; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "callAttached"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached: cad.v1.CallAttached.$Shape; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentReprioritised"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised: cad.v1.IncidentReprioritised.$Shape; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentStatusChanged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged: cad.v1.IncidentStatusChanged.$Shape; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentsMerged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged: cad.v1.IncidentsMerged.$Shape; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentsLinked"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked: cad.v1.IncidentsLinked.$Shape; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "noteAdded"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded: cad.v1.NoteAdded.$Shape; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitDispatched"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched: cad.v1.UnitDispatched.$Shape; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitReleased"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased: cad.v1.UnitReleased.$Shape; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitStatusChanged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged: cad.v1.UnitStatusChanged.$Shape; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitLocationUpdated"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated: cad.v1.UnitLocationUpdated.$Shape; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitAdded"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded: cad.v1.UnitAdded.$Shape; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitChanged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged: cad.v1.UnitChanged.$Shape; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitRetired"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired: cad.v1.UnitRetired.$Shape; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitChecked"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked: cad.v1.UnitChecked.$Shape; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentOverdue"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue: cad.v1.IncidentOverdue.$Shape; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitStatusOverdue"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue: cad.v1.UnitStatusOverdue.$Shape; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "rejected"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected: cad.v1.InputRejected.$Shape; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "leadershipChanged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged: cad.v1.LeadershipChanged.$Shape; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentReceived"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived: cad.v1.IncomingIncidentReceived.$Shape; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentUpdated"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated: cad.v1.IncomingIncidentUpdated.$Shape; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentAccepted"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted: cad.v1.IncomingIncidentAccepted.$Shape; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentDeclined"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined: cad.v1.IncomingIncidentDeclined.$Shape; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentMerged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged: cad.v1.IncomingIncidentMerged.$Shape; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentShared"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared: cad.v1.IncidentShared.$Shape; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentTransferred"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred: cad.v1.IncidentTransferred.$Shape; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentShareEnded"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded: cad.v1.IncidentShareEnded.$Shape; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentTransferAnswered"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered: cad.v1.IncidentTransferAnswered.$Shape; sharedIncidentUpdated?: null }|{ body?: "sharedIncidentUpdated"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated: cad.v1.SharedIncidentUpdated.$Shape })
             * )} cad.v1.Output.$Shape
             */

            /**
             * Constructs a new Output.
             * @memberof cad.v1
             * @classdesc What the engine publishes for each input it applies: one Output per event (index 0, 1, ...),
             * or one with `rejected` if it refused the input.
             * @constructor
             * @param {cad.v1.Output.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Output = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The agency partition (the <agency> of the subject).
             * @member {string} agency
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.agency = "";

            /**
             * The JetStream sequence of the input in the input stream.
             * @member {number|Long} inputSeq
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.inputSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * The input's id (its Nats-Msg-Id).
             * @member {string} inputId
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.inputId = "";

            /**
             * The position of this output among the input's outputs, from 0.
             * @member {number} index
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.index = 0;

            /**
             * The input's acceptance time, epoch milliseconds (every event carries it).
             * @member {number|Long} atMs
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * The authenticated operator (console user name) whose input caused this event, from the
             * input's Cad-Operator header; "" for inputs of machines (AVL, terminals, clock) and on
             * rejections.
             * @member {string} operator
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.operator = "";

            /**
             * On cad.<agency>.evt.call.received
             * @member {cad.v1.CallReceived.$Properties|null|undefined} callReceived
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.callReceived = null;

            /**
             * On cad.<agency>.evt.call.type-defaulted
             * @member {cad.v1.CallTypeDefaulted.$Properties|null|undefined} callTypeDefaulted
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.callTypeDefaulted = null;

            /**
             * On cad.<agency>.evt.incident.created
             * @member {cad.v1.IncidentCreated.$Properties|null|undefined} incidentCreated
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentCreated = null;

            /**
             * On cad.<agency>.evt.units.recommended
             * @member {cad.v1.UnitsRecommended.$Properties|null|undefined} unitsRecommended
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitsRecommended = null;

            /**
             * On cad.<agency>.evt.call.attached
             * @member {cad.v1.CallAttached.$Properties|null|undefined} callAttached
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.callAttached = null;

            /**
             * On cad.<agency>.evt.incident.reprioritised
             * @member {cad.v1.IncidentReprioritised.$Properties|null|undefined} incidentReprioritised
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentReprioritised = null;

            /**
             * On cad.<agency>.evt.incident.status-changed
             * @member {cad.v1.IncidentStatusChanged.$Properties|null|undefined} incidentStatusChanged
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentStatusChanged = null;

            /**
             * On cad.<agency>.evt.incidents.merged
             * @member {cad.v1.IncidentsMerged.$Properties|null|undefined} incidentsMerged
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentsMerged = null;

            /**
             * On cad.<agency>.evt.incidents.linked
             * @member {cad.v1.IncidentsLinked.$Properties|null|undefined} incidentsLinked
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentsLinked = null;

            /**
             * On cad.<agency>.evt.incident.note-added
             * @member {cad.v1.NoteAdded.$Properties|null|undefined} noteAdded
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.noteAdded = null;

            /**
             * On cad.<agency>.evt.unit.dispatched
             * @member {cad.v1.UnitDispatched.$Properties|null|undefined} unitDispatched
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitDispatched = null;

            /**
             * On cad.<agency>.evt.unit.released
             * @member {cad.v1.UnitReleased.$Properties|null|undefined} unitReleased
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitReleased = null;

            /**
             * On cad.<agency>.evt.unit.status-changed
             * @member {cad.v1.UnitStatusChanged.$Properties|null|undefined} unitStatusChanged
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitStatusChanged = null;

            /**
             * On cad.<agency>.evt.unit.location-updated
             * @member {cad.v1.UnitLocationUpdated.$Properties|null|undefined} unitLocationUpdated
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitLocationUpdated = null;

            /**
             * On cad.<agency>.evt.unit.added
             * @member {cad.v1.UnitAdded.$Properties|null|undefined} unitAdded
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitAdded = null;

            /**
             * On cad.<agency>.evt.unit.changed
             * @member {cad.v1.UnitChanged.$Properties|null|undefined} unitChanged
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitChanged = null;

            /**
             * On cad.<agency>.evt.unit.retired
             * @member {cad.v1.UnitRetired.$Properties|null|undefined} unitRetired
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitRetired = null;

            /**
             * On cad.<agency>.evt.unit.checked
             * @member {cad.v1.UnitChecked.$Properties|null|undefined} unitChecked
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitChecked = null;

            /**
             * On cad.<agency>.evt.incident.overdue
             * @member {cad.v1.IncidentOverdue.$Properties|null|undefined} incidentOverdue
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentOverdue = null;

            /**
             * On cad.<agency>.evt.unit.status-overdue
             * @member {cad.v1.UnitStatusOverdue.$Properties|null|undefined} unitStatusOverdue
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.unitStatusOverdue = null;

            /**
             * On cad.<agency>.evt.rejected
             * @member {cad.v1.InputRejected.$Properties|null|undefined} rejected
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.rejected = null;

            /**
             * On cad.<agency>.evt.leader.changed
             * @member {cad.v1.LeadershipChanged.$Properties|null|undefined} leadershipChanged
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.leadershipChanged = null;

            /**
             * On cad.<agency>.evt.incoming.received
             * @member {cad.v1.IncomingIncidentReceived.$Properties|null|undefined} incomingIncidentReceived
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incomingIncidentReceived = null;

            /**
             * On cad.<agency>.evt.incoming.updated
             * @member {cad.v1.IncomingIncidentUpdated.$Properties|null|undefined} incomingIncidentUpdated
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incomingIncidentUpdated = null;

            /**
             * On cad.<agency>.evt.incoming.accepted
             * @member {cad.v1.IncomingIncidentAccepted.$Properties|null|undefined} incomingIncidentAccepted
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incomingIncidentAccepted = null;

            /**
             * On cad.<agency>.evt.incoming.declined
             * @member {cad.v1.IncomingIncidentDeclined.$Properties|null|undefined} incomingIncidentDeclined
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incomingIncidentDeclined = null;

            /**
             * On cad.<agency>.evt.incoming.merged
             * @member {cad.v1.IncomingIncidentMerged.$Properties|null|undefined} incomingIncidentMerged
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incomingIncidentMerged = null;

            /**
             * On cad.<agency>.evt.incident.shared
             * @member {cad.v1.IncidentShared.$Properties|null|undefined} incidentShared
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentShared = null;

            /**
             * On cad.<agency>.evt.incident.transferred
             * @member {cad.v1.IncidentTransferred.$Properties|null|undefined} incidentTransferred
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentTransferred = null;

            /**
             * On cad.<agency>.evt.incident.share-ended
             * @member {cad.v1.IncidentShareEnded.$Properties|null|undefined} incidentShareEnded
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentShareEnded = null;

            /**
             * On cad.<agency>.evt.incident.transfer-answered
             * @member {cad.v1.IncidentTransferAnswered.$Properties|null|undefined} incidentTransferAnswered
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.incidentTransferAnswered = null;

            /**
             * On cad.<agency>.evt.incident.shared-updated
             * @member {cad.v1.SharedIncidentUpdated.$Properties|null|undefined} sharedIncidentUpdated
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.sharedIncidentUpdated = null;

            /**
             * Only on a unit's own subjects (cad.<agency>.unit.<unitId>.>): what that unit's mobile
             * terminal shows, as the engine's state stood just after the input. Absent on cad.<agency>.evt.>;
             * a reader that does not know it ignores it.
             * @member {cad.v1.UnitAssignment.$Properties|null|undefined} assignment
             * @memberof cad.v1.Output
             * @instance
             */
            Output.prototype.assignment = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * The event or the rejection.
             * @member {"callReceived"|"callTypeDefaulted"|"incidentCreated"|"unitsRecommended"|"callAttached"|"incidentReprioritised"|"incidentStatusChanged"|"incidentsMerged"|"incidentsLinked"|"noteAdded"|"unitDispatched"|"unitReleased"|"unitStatusChanged"|"unitLocationUpdated"|"unitAdded"|"unitChanged"|"unitRetired"|"unitChecked"|"incidentOverdue"|"unitStatusOverdue"|"rejected"|"leadershipChanged"|"incomingIncidentReceived"|"incomingIncidentUpdated"|"incomingIncidentAccepted"|"incomingIncidentDeclined"|"incomingIncidentMerged"|"incidentShared"|"incidentTransferred"|"incidentShareEnded"|"incidentTransferAnswered"|"sharedIncidentUpdated"|undefined} body
             * @memberof cad.v1.Output
             * @instance
             */
            $Object.defineProperty(Output.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["callReceived", "callTypeDefaulted", "incidentCreated", "unitsRecommended", "callAttached", "incidentReprioritised", "incidentStatusChanged", "incidentsMerged", "incidentsLinked", "noteAdded", "unitDispatched", "unitReleased", "unitStatusChanged", "unitLocationUpdated", "unitAdded", "unitChanged", "unitRetired", "unitChecked", "incidentOverdue", "unitStatusOverdue", "rejected", "leadershipChanged", "incomingIncidentReceived", "incomingIncidentUpdated", "incomingIncidentAccepted", "incomingIncidentDeclined", "incomingIncidentMerged", "incidentShared", "incidentTransferred", "incidentShareEnded", "incidentTransferAnswered", "sharedIncidentUpdated"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Output instance using the specified properties.
             * @function create
             * @memberof cad.v1.Output
             * @static
             * @param {cad.v1.Output.$Properties=} [properties] Properties to set
             * @returns {cad.v1.Output} Output instance
             * @type {{
             *   (properties: cad.v1.Output.$Shape): cad.v1.Output & cad.v1.Output.$Shape;
             *   (properties?: cad.v1.Output.$Properties): cad.v1.Output;
             * }}
             */
            Output.create = function(properties) {
                return new Output(properties);
            };

            /**
             * Encodes the specified Output message. Does not implicitly {@link cad.v1.Output.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.Output
             * @static
             * @param {cad.v1.Output.$Properties} message Output message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Output.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency") && message.agency !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agency);
                if (message.inputSeq != null && $Object.hasOwnProperty.call(message, "inputSeq") && (typeof message.inputSeq === "object" ? message.inputSeq.low || message.inputSeq.high : message.inputSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.inputSeq);
                if (message.inputId != null && $Object.hasOwnProperty.call(message, "inputId") && message.inputId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.inputId);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.index);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.operator);
                if (message.callReceived != null && $Object.hasOwnProperty.call(message, "callReceived"))
                    $root.cad.v1.CallReceived.encode(message.callReceived, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.callTypeDefaulted != null && $Object.hasOwnProperty.call(message, "callTypeDefaulted"))
                    $root.cad.v1.CallTypeDefaulted.encode(message.callTypeDefaulted, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.incidentCreated != null && $Object.hasOwnProperty.call(message, "incidentCreated"))
                    $root.cad.v1.IncidentCreated.encode(message.incidentCreated, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.unitsRecommended != null && $Object.hasOwnProperty.call(message, "unitsRecommended"))
                    $root.cad.v1.UnitsRecommended.encode(message.unitsRecommended, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.callAttached != null && $Object.hasOwnProperty.call(message, "callAttached"))
                    $root.cad.v1.CallAttached.encode(message.callAttached, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.incidentReprioritised != null && $Object.hasOwnProperty.call(message, "incidentReprioritised"))
                    $root.cad.v1.IncidentReprioritised.encode(message.incidentReprioritised, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.incidentStatusChanged != null && $Object.hasOwnProperty.call(message, "incidentStatusChanged"))
                    $root.cad.v1.IncidentStatusChanged.encode(message.incidentStatusChanged, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.incidentsMerged != null && $Object.hasOwnProperty.call(message, "incidentsMerged"))
                    $root.cad.v1.IncidentsMerged.encode(message.incidentsMerged, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.incidentsLinked != null && $Object.hasOwnProperty.call(message, "incidentsLinked"))
                    $root.cad.v1.IncidentsLinked.encode(message.incidentsLinked, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.noteAdded != null && $Object.hasOwnProperty.call(message, "noteAdded"))
                    $root.cad.v1.NoteAdded.encode(message.noteAdded, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.unitDispatched != null && $Object.hasOwnProperty.call(message, "unitDispatched"))
                    $root.cad.v1.UnitDispatched.encode(message.unitDispatched, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.unitReleased != null && $Object.hasOwnProperty.call(message, "unitReleased"))
                    $root.cad.v1.UnitReleased.encode(message.unitReleased, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.unitStatusChanged != null && $Object.hasOwnProperty.call(message, "unitStatusChanged"))
                    $root.cad.v1.UnitStatusChanged.encode(message.unitStatusChanged, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.unitLocationUpdated != null && $Object.hasOwnProperty.call(message, "unitLocationUpdated"))
                    $root.cad.v1.UnitLocationUpdated.encode(message.unitLocationUpdated, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.unitAdded != null && $Object.hasOwnProperty.call(message, "unitAdded"))
                    $root.cad.v1.UnitAdded.encode(message.unitAdded, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.unitChanged != null && $Object.hasOwnProperty.call(message, "unitChanged"))
                    $root.cad.v1.UnitChanged.encode(message.unitChanged, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.unitRetired != null && $Object.hasOwnProperty.call(message, "unitRetired"))
                    $root.cad.v1.UnitRetired.encode(message.unitRetired, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.unitChecked != null && $Object.hasOwnProperty.call(message, "unitChecked"))
                    $root.cad.v1.UnitChecked.encode(message.unitChecked, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.incidentOverdue != null && $Object.hasOwnProperty.call(message, "incidentOverdue"))
                    $root.cad.v1.IncidentOverdue.encode(message.incidentOverdue, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.unitStatusOverdue != null && $Object.hasOwnProperty.call(message, "unitStatusOverdue"))
                    $root.cad.v1.UnitStatusOverdue.encode(message.unitStatusOverdue, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected"))
                    $root.cad.v1.InputRejected.encode(message.rejected, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.leadershipChanged != null && $Object.hasOwnProperty.call(message, "leadershipChanged"))
                    $root.cad.v1.LeadershipChanged.encode(message.leadershipChanged, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.assignment != null && $Object.hasOwnProperty.call(message, "assignment"))
                    $root.cad.v1.UnitAssignment.encode(message.assignment, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.incomingIncidentReceived != null && $Object.hasOwnProperty.call(message, "incomingIncidentReceived"))
                    $root.cad.v1.IncomingIncidentReceived.encode(message.incomingIncidentReceived, writer.uint32(/* id 81, wireType 2 =*/650).fork(), _depth + 1).ldelim();
                if (message.incomingIncidentUpdated != null && $Object.hasOwnProperty.call(message, "incomingIncidentUpdated"))
                    $root.cad.v1.IncomingIncidentUpdated.encode(message.incomingIncidentUpdated, writer.uint32(/* id 82, wireType 2 =*/658).fork(), _depth + 1).ldelim();
                if (message.incomingIncidentAccepted != null && $Object.hasOwnProperty.call(message, "incomingIncidentAccepted"))
                    $root.cad.v1.IncomingIncidentAccepted.encode(message.incomingIncidentAccepted, writer.uint32(/* id 83, wireType 2 =*/666).fork(), _depth + 1).ldelim();
                if (message.incomingIncidentDeclined != null && $Object.hasOwnProperty.call(message, "incomingIncidentDeclined"))
                    $root.cad.v1.IncomingIncidentDeclined.encode(message.incomingIncidentDeclined, writer.uint32(/* id 84, wireType 2 =*/674).fork(), _depth + 1).ldelim();
                if (message.incomingIncidentMerged != null && $Object.hasOwnProperty.call(message, "incomingIncidentMerged"))
                    $root.cad.v1.IncomingIncidentMerged.encode(message.incomingIncidentMerged, writer.uint32(/* id 90, wireType 2 =*/722).fork(), _depth + 1).ldelim();
                if (message.incidentShared != null && $Object.hasOwnProperty.call(message, "incidentShared"))
                    $root.cad.v1.IncidentShared.encode(message.incidentShared, writer.uint32(/* id 91, wireType 2 =*/730).fork(), _depth + 1).ldelim();
                if (message.incidentTransferred != null && $Object.hasOwnProperty.call(message, "incidentTransferred"))
                    $root.cad.v1.IncidentTransferred.encode(message.incidentTransferred, writer.uint32(/* id 92, wireType 2 =*/738).fork(), _depth + 1).ldelim();
                if (message.incidentShareEnded != null && $Object.hasOwnProperty.call(message, "incidentShareEnded"))
                    $root.cad.v1.IncidentShareEnded.encode(message.incidentShareEnded, writer.uint32(/* id 93, wireType 2 =*/746).fork(), _depth + 1).ldelim();
                if (message.incidentTransferAnswered != null && $Object.hasOwnProperty.call(message, "incidentTransferAnswered"))
                    $root.cad.v1.IncidentTransferAnswered.encode(message.incidentTransferAnswered, writer.uint32(/* id 94, wireType 2 =*/754).fork(), _depth + 1).ldelim();
                if (message.sharedIncidentUpdated != null && $Object.hasOwnProperty.call(message, "sharedIncidentUpdated"))
                    $root.cad.v1.SharedIncidentUpdated.encode(message.sharedIncidentUpdated, writer.uint32(/* id 95, wireType 2 =*/762).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Output message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.Output
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.Output & cad.v1.Output.$Shape} Output
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Output.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.Output();
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
                                message.agency = value;
                            else
                                delete message.agency;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inputSeq = value;
                            else
                                delete message.inputSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputId = value;
                            else
                                delete message.inputId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operator = value;
                            else
                                delete message.operator;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.callReceived = $root.cad.v1.CallReceived.decode(reader, reader.size(), $undefined, _depth + 1, message.callReceived);
                            message.body = "callReceived";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.callTypeDefaulted = $root.cad.v1.CallTypeDefaulted.decode(reader, reader.size(), $undefined, _depth + 1, message.callTypeDefaulted);
                            message.body = "callTypeDefaulted";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.incidentCreated = $root.cad.v1.IncidentCreated.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentCreated);
                            message.body = "incidentCreated";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.unitsRecommended = $root.cad.v1.UnitsRecommended.decode(reader, reader.size(), $undefined, _depth + 1, message.unitsRecommended);
                            message.body = "unitsRecommended";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.callAttached = $root.cad.v1.CallAttached.decode(reader, reader.size(), $undefined, _depth + 1, message.callAttached);
                            message.body = "callAttached";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.incidentReprioritised = $root.cad.v1.IncidentReprioritised.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentReprioritised);
                            message.body = "incidentReprioritised";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.incidentStatusChanged = $root.cad.v1.IncidentStatusChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentStatusChanged);
                            message.body = "incidentStatusChanged";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.incidentsMerged = $root.cad.v1.IncidentsMerged.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentsMerged);
                            message.body = "incidentsMerged";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.incidentsLinked = $root.cad.v1.IncidentsLinked.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentsLinked);
                            message.body = "incidentsLinked";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.noteAdded = $root.cad.v1.NoteAdded.decode(reader, reader.size(), $undefined, _depth + 1, message.noteAdded);
                            message.body = "noteAdded";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.unitDispatched = $root.cad.v1.UnitDispatched.decode(reader, reader.size(), $undefined, _depth + 1, message.unitDispatched);
                            message.body = "unitDispatched";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.unitReleased = $root.cad.v1.UnitReleased.decode(reader, reader.size(), $undefined, _depth + 1, message.unitReleased);
                            message.body = "unitReleased";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.unitStatusChanged = $root.cad.v1.UnitStatusChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.unitStatusChanged);
                            message.body = "unitStatusChanged";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.unitLocationUpdated = $root.cad.v1.UnitLocationUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.unitLocationUpdated);
                            message.body = "unitLocationUpdated";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.unitAdded = $root.cad.v1.UnitAdded.decode(reader, reader.size(), $undefined, _depth + 1, message.unitAdded);
                            message.body = "unitAdded";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.unitChanged = $root.cad.v1.UnitChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.unitChanged);
                            message.body = "unitChanged";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.unitRetired = $root.cad.v1.UnitRetired.decode(reader, reader.size(), $undefined, _depth + 1, message.unitRetired);
                            message.body = "unitRetired";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.unitChecked = $root.cad.v1.UnitChecked.decode(reader, reader.size(), $undefined, _depth + 1, message.unitChecked);
                            message.body = "unitChecked";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.incidentOverdue = $root.cad.v1.IncidentOverdue.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentOverdue);
                            message.body = "incidentOverdue";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.unitStatusOverdue = $root.cad.v1.UnitStatusOverdue.decode(reader, reader.size(), $undefined, _depth + 1, message.unitStatusOverdue);
                            message.body = "unitStatusOverdue";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.rejected = $root.cad.v1.InputRejected.decode(reader, reader.size(), $undefined, _depth + 1, message.rejected);
                            message.body = "rejected";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.leadershipChanged = $root.cad.v1.LeadershipChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.leadershipChanged);
                            message.body = "leadershipChanged";
                            continue;
                        }
                    case 81: {
                            if (wireType !== 2)
                                break;
                            message.incomingIncidentReceived = $root.cad.v1.IncomingIncidentReceived.decode(reader, reader.size(), $undefined, _depth + 1, message.incomingIncidentReceived);
                            message.body = "incomingIncidentReceived";
                            continue;
                        }
                    case 82: {
                            if (wireType !== 2)
                                break;
                            message.incomingIncidentUpdated = $root.cad.v1.IncomingIncidentUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.incomingIncidentUpdated);
                            message.body = "incomingIncidentUpdated";
                            continue;
                        }
                    case 83: {
                            if (wireType !== 2)
                                break;
                            message.incomingIncidentAccepted = $root.cad.v1.IncomingIncidentAccepted.decode(reader, reader.size(), $undefined, _depth + 1, message.incomingIncidentAccepted);
                            message.body = "incomingIncidentAccepted";
                            continue;
                        }
                    case 84: {
                            if (wireType !== 2)
                                break;
                            message.incomingIncidentDeclined = $root.cad.v1.IncomingIncidentDeclined.decode(reader, reader.size(), $undefined, _depth + 1, message.incomingIncidentDeclined);
                            message.body = "incomingIncidentDeclined";
                            continue;
                        }
                    case 90: {
                            if (wireType !== 2)
                                break;
                            message.incomingIncidentMerged = $root.cad.v1.IncomingIncidentMerged.decode(reader, reader.size(), $undefined, _depth + 1, message.incomingIncidentMerged);
                            message.body = "incomingIncidentMerged";
                            continue;
                        }
                    case 91: {
                            if (wireType !== 2)
                                break;
                            message.incidentShared = $root.cad.v1.IncidentShared.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentShared);
                            message.body = "incidentShared";
                            continue;
                        }
                    case 92: {
                            if (wireType !== 2)
                                break;
                            message.incidentTransferred = $root.cad.v1.IncidentTransferred.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentTransferred);
                            message.body = "incidentTransferred";
                            continue;
                        }
                    case 93: {
                            if (wireType !== 2)
                                break;
                            message.incidentShareEnded = $root.cad.v1.IncidentShareEnded.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentShareEnded);
                            message.body = "incidentShareEnded";
                            continue;
                        }
                    case 94: {
                            if (wireType !== 2)
                                break;
                            message.incidentTransferAnswered = $root.cad.v1.IncidentTransferAnswered.decode(reader, reader.size(), $undefined, _depth + 1, message.incidentTransferAnswered);
                            message.body = "incidentTransferAnswered";
                            continue;
                        }
                    case 95: {
                            if (wireType !== 2)
                                break;
                            message.sharedIncidentUpdated = $root.cad.v1.SharedIncidentUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.sharedIncidentUpdated);
                            message.body = "sharedIncidentUpdated";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.assignment = $root.cad.v1.UnitAssignment.decode(reader, reader.size(), $undefined, _depth + 1, message.assignment);
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

            return Output;
        })();

        v1.UnitAssignment = (function() {

            /**
             * Properties of a UnitAssignment.
             * @typedef {Object} cad.v1.UnitAssignment.$Properties
             * @property {string|null} [unitId] The unit.
             * @property {cad.v1.UnitStatus|null} [unitStatus] Its status after the input.
             * @property {cad.v1.AssignedIncident.$Properties|null} [incident] The incident it serves; absent when it serves none (released, available).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitAssignment.
             * @memberof cad.v1
             * @interface IUnitAssignment
             * @augments cad.v1.UnitAssignment.$Properties
             * @deprecated Use cad.v1.UnitAssignment.$Properties instead.
             */

            /**
             * Shape of a UnitAssignment.
             * @typedef {cad.v1.UnitAssignment.$Properties} cad.v1.UnitAssignment.$Shape
             */

            /**
             * Constructs a new UnitAssignment.
             * @memberof cad.v1
             * @classdesc What one unit's terminal needs after an input: its status, and the incident it serves (if any)
             * with the place, the call type, the priority, the callers' flags and narratives, and the notes.
             * @constructor
             * @param {cad.v1.UnitAssignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitAssignment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The unit.
             * @member {string} unitId
             * @memberof cad.v1.UnitAssignment
             * @instance
             */
            UnitAssignment.prototype.unitId = "";

            /**
             * Its status after the input.
             * @member {cad.v1.UnitStatus} unitStatus
             * @memberof cad.v1.UnitAssignment
             * @instance
             */
            UnitAssignment.prototype.unitStatus = 0;

            /**
             * The incident it serves; absent when it serves none (released, available).
             * @member {cad.v1.AssignedIncident.$Properties|null|undefined} incident
             * @memberof cad.v1.UnitAssignment
             * @instance
             */
            UnitAssignment.prototype.incident = null;

            /**
             * Creates a new UnitAssignment instance using the specified properties.
             * @function create
             * @memberof cad.v1.UnitAssignment
             * @static
             * @param {cad.v1.UnitAssignment.$Properties=} [properties] Properties to set
             * @returns {cad.v1.UnitAssignment} UnitAssignment instance
             * @type {{
             *   (properties: cad.v1.UnitAssignment.$Shape): cad.v1.UnitAssignment & cad.v1.UnitAssignment.$Shape;
             *   (properties?: cad.v1.UnitAssignment.$Properties): cad.v1.UnitAssignment;
             * }}
             */
            UnitAssignment.create = function(properties) {
                return new UnitAssignment(properties);
            };

            /**
             * Encodes the specified UnitAssignment message. Does not implicitly {@link cad.v1.UnitAssignment.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.UnitAssignment
             * @static
             * @param {cad.v1.UnitAssignment.$Properties} message UnitAssignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitAssignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitId);
                if (message.unitStatus != null && $Object.hasOwnProperty.call(message, "unitStatus") && message.unitStatus !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.unitStatus);
                if (message.incident != null && $Object.hasOwnProperty.call(message, "incident"))
                    $root.cad.v1.AssignedIncident.encode(message.incident, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitAssignment message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.UnitAssignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.UnitAssignment & cad.v1.UnitAssignment.$Shape} UnitAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitAssignment.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.UnitAssignment();
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
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.unitStatus = value;
                            else
                                delete message.unitStatus;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.incident = $root.cad.v1.AssignedIncident.decode(reader, reader.size(), $undefined, _depth + 1, message.incident);
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

            return UnitAssignment;
        })();

        v1.AssignedIncident = (function() {

            /**
             * Properties of an AssignedIncident.
             * @typedef {Object} cad.v1.AssignedIncident.$Properties
             * @property {string|null} [incidentId] AssignedIncident incidentId
             * @property {cad.v1.IncidentStatus|null} [status] AssignedIncident status
             * @property {string|null} [callType] The call-type code, and its name in the configuration in force.
             * @property {string|null} [callTypeName] AssignedIncident callTypeName
             * @property {number|null} [priority] AssignedIncident priority
             * @property {string|null} [address] AssignedIncident address
             * @property {number|null} [lon] AssignedIncident lon
             * @property {number|null} [lat] AssignedIncident lat
             * @property {string|null} [zone] The zone (beat, first-due area); absent when none.
             * @property {number|Long|null} [receivedAtMs] AssignedIncident receivedAtMs
             * @property {Array.<string>|null} [flags] The callers' flags (cautions: WEAPONS, HAZMAT...), each once, in the order first reported.
             * @property {Array.<cad.v1.AssignedCaller.$Properties>|null} [callers] Each caller's narrative, oldest first (at most the last 20 callers).
             * @property {Array.<cad.v1.AssignedNote.$Properties>|null} [notes] The incident's notes, oldest first (at most the last 50).
             * @property {number|null} [notesTotal] How many notes the incident has in all.
             * @property {Array.<string>|null} [unitIds] Every unit assigned to the incident now (this one included).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssignedIncident.
             * @memberof cad.v1
             * @interface IAssignedIncident
             * @augments cad.v1.AssignedIncident.$Properties
             * @deprecated Use cad.v1.AssignedIncident.$Properties instead.
             */

            /**
             * Shape of an AssignedIncident.
             * @typedef {cad.v1.AssignedIncident.$Properties} cad.v1.AssignedIncident.$Shape
             */

            /**
             * Constructs a new AssignedIncident.
             * @memberof cad.v1
             * @classdesc An incident as a unit's terminal shows it.
             * @constructor
             * @param {cad.v1.AssignedIncident.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AssignedIncident = function (properties) {
                this.flags = [];
                this.callers = [];
                this.notes = [];
                this.unitIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssignedIncident incidentId.
             * @member {string} incidentId
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.incidentId = "";

            /**
             * AssignedIncident status.
             * @member {cad.v1.IncidentStatus} status
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.status = 0;

            /**
             * The call-type code, and its name in the configuration in force.
             * @member {string} callType
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.callType = "";

            /**
             * AssignedIncident callTypeName.
             * @member {string} callTypeName
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.callTypeName = "";

            /**
             * AssignedIncident priority.
             * @member {number} priority
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.priority = 0;

            /**
             * AssignedIncident address.
             * @member {string} address
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.address = "";

            /**
             * AssignedIncident lon.
             * @member {number} lon
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.lon = 0;

            /**
             * AssignedIncident lat.
             * @member {number} lat
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.lat = 0;

            /**
             * The zone (beat, first-due area); absent when none.
             * @member {string|null|undefined} zone
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.zone = null;

            /**
             * AssignedIncident receivedAtMs.
             * @member {number|Long} receivedAtMs
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * The callers' flags (cautions: WEAPONS, HAZMAT...), each once, in the order first reported.
             * @member {Array.<string>} flags
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.flags = $util.emptyArray;

            /**
             * Each caller's narrative, oldest first (at most the last 20 callers).
             * @member {Array.<cad.v1.AssignedCaller.$Properties>} callers
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.callers = $util.emptyArray;

            /**
             * The incident's notes, oldest first (at most the last 50).
             * @member {Array.<cad.v1.AssignedNote.$Properties>} notes
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.notes = $util.emptyArray;

            /**
             * How many notes the incident has in all.
             * @member {number} notesTotal
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.notesTotal = 0;

            /**
             * Every unit assigned to the incident now (this one included).
             * @member {Array.<string>} unitIds
             * @memberof cad.v1.AssignedIncident
             * @instance
             */
            AssignedIncident.prototype.unitIds = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AssignedIncident.prototype, "_zone", {
                get: $util.oneOfGetter($oneOfFields = ["zone"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AssignedIncident instance using the specified properties.
             * @function create
             * @memberof cad.v1.AssignedIncident
             * @static
             * @param {cad.v1.AssignedIncident.$Properties=} [properties] Properties to set
             * @returns {cad.v1.AssignedIncident} AssignedIncident instance
             * @type {{
             *   (properties: cad.v1.AssignedIncident.$Shape): cad.v1.AssignedIncident & cad.v1.AssignedIncident.$Shape;
             *   (properties?: cad.v1.AssignedIncident.$Properties): cad.v1.AssignedIncident;
             * }}
             */
            AssignedIncident.create = function(properties) {
                return new AssignedIncident(properties);
            };

            /**
             * Encodes the specified AssignedIncident message. Does not implicitly {@link cad.v1.AssignedIncident.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.AssignedIncident
             * @static
             * @param {cad.v1.AssignedIncident.$Properties} message AssignedIncident message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssignedIncident.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.incidentId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.callType != null && $Object.hasOwnProperty.call(message, "callType") && message.callType !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.callType);
                if (message.callTypeName != null && $Object.hasOwnProperty.call(message, "callTypeName") && message.callTypeName !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.callTypeName);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.priority);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.address);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.lon);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.lat);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.zone);
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && (typeof message.receivedAtMs === "object" ? message.receivedAtMs.low || message.receivedAtMs.high : message.receivedAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.receivedAtMs);
                if (message.flags != null && message.flags.length)
                    for (let i = 0; i < message.flags.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.flags[i]);
                if (message.callers != null && message.callers.length)
                    for (let i = 0; i < message.callers.length; ++i)
                        $root.cad.v1.AssignedCaller.encode(message.callers[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.notes != null && message.notes.length)
                    for (let i = 0; i < message.notes.length; ++i)
                        $root.cad.v1.AssignedNote.encode(message.notes[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.notesTotal != null && $Object.hasOwnProperty.call(message, "notesTotal") && message.notesTotal !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.notesTotal);
                if (message.unitIds != null && message.unitIds.length)
                    for (let i = 0; i < message.unitIds.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.unitIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AssignedIncident message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.AssignedIncident
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.AssignedIncident & cad.v1.AssignedIncident.$Shape} AssignedIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssignedIncident.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.AssignedIncident();
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
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callType = value;
                            else
                                delete message.callType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callTypeName = value;
                            else
                                delete message.callTypeName;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lon = value;
                            else
                                delete message.lon;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lat = value;
                            else
                                delete message.lat;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.zone = reader.stringVerify();
                            message._zone = "zone";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.flags && message.flags.length))
                                message.flags = [];
                            message.flags.push(reader.stringVerify());
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.callers && message.callers.length))
                                message.callers = [];
                            message.callers.push($root.cad.v1.AssignedCaller.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notes && message.notes.length))
                                message.notes = [];
                            message.notes.push($root.cad.v1.AssignedNote.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.notesTotal = value;
                            else
                                delete message.notesTotal;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.unitIds && message.unitIds.length))
                                message.unitIds = [];
                            message.unitIds.push(reader.stringVerify());
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

            return AssignedIncident;
        })();

        v1.AssignedCaller = (function() {

            /**
             * Properties of an AssignedCaller.
             * @typedef {Object} cad.v1.AssignedCaller.$Properties
             * @property {string|null} [callId] AssignedCaller callId
             * @property {number|Long|null} [receivedAtMs] AssignedCaller receivedAtMs
             * @property {Array.<string>|null} [flags] AssignedCaller flags
             * @property {string|null} [description] AssignedCaller description
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssignedCaller.
             * @memberof cad.v1
             * @interface IAssignedCaller
             * @augments cad.v1.AssignedCaller.$Properties
             * @deprecated Use cad.v1.AssignedCaller.$Properties instead.
             */

            /**
             * Shape of an AssignedCaller.
             * @typedef {cad.v1.AssignedCaller.$Properties} cad.v1.AssignedCaller.$Shape
             */

            /**
             * Constructs a new AssignedCaller.
             * @memberof cad.v1
             * @classdesc Represents an AssignedCaller.
             * @constructor
             * @param {cad.v1.AssignedCaller.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AssignedCaller = function (properties) {
                this.flags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssignedCaller callId.
             * @member {string} callId
             * @memberof cad.v1.AssignedCaller
             * @instance
             */
            AssignedCaller.prototype.callId = "";

            /**
             * AssignedCaller receivedAtMs.
             * @member {number|Long} receivedAtMs
             * @memberof cad.v1.AssignedCaller
             * @instance
             */
            AssignedCaller.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AssignedCaller flags.
             * @member {Array.<string>} flags
             * @memberof cad.v1.AssignedCaller
             * @instance
             */
            AssignedCaller.prototype.flags = $util.emptyArray;

            /**
             * AssignedCaller description.
             * @member {string} description
             * @memberof cad.v1.AssignedCaller
             * @instance
             */
            AssignedCaller.prototype.description = "";

            /**
             * Creates a new AssignedCaller instance using the specified properties.
             * @function create
             * @memberof cad.v1.AssignedCaller
             * @static
             * @param {cad.v1.AssignedCaller.$Properties=} [properties] Properties to set
             * @returns {cad.v1.AssignedCaller} AssignedCaller instance
             * @type {{
             *   (properties: cad.v1.AssignedCaller.$Shape): cad.v1.AssignedCaller & cad.v1.AssignedCaller.$Shape;
             *   (properties?: cad.v1.AssignedCaller.$Properties): cad.v1.AssignedCaller;
             * }}
             */
            AssignedCaller.create = function(properties) {
                return new AssignedCaller(properties);
            };

            /**
             * Encodes the specified AssignedCaller message. Does not implicitly {@link cad.v1.AssignedCaller.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.AssignedCaller
             * @static
             * @param {cad.v1.AssignedCaller.$Properties} message AssignedCaller message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssignedCaller.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.callId);
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && (typeof message.receivedAtMs === "object" ? message.receivedAtMs.low || message.receivedAtMs.high : message.receivedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.receivedAtMs);
                if (message.flags != null && message.flags.length)
                    for (let i = 0; i < message.flags.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.flags[i]);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AssignedCaller message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.AssignedCaller
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.AssignedCaller & cad.v1.AssignedCaller.$Shape} AssignedCaller
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssignedCaller.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.AssignedCaller();
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
                                message.callId = value;
                            else
                                delete message.callId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.flags && message.flags.length))
                                message.flags = [];
                            message.flags.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
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

            return AssignedCaller;
        })();

        v1.AssignedNote = (function() {

            /**
             * Properties of an AssignedNote.
             * @typedef {Object} cad.v1.AssignedNote.$Properties
             * @property {number|Long|null} [atMs] AssignedNote atMs
             * @property {string|null} [author] AssignedNote author
             * @property {string|null} [text] AssignedNote text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssignedNote.
             * @memberof cad.v1
             * @interface IAssignedNote
             * @augments cad.v1.AssignedNote.$Properties
             * @deprecated Use cad.v1.AssignedNote.$Properties instead.
             */

            /**
             * Shape of an AssignedNote.
             * @typedef {cad.v1.AssignedNote.$Properties} cad.v1.AssignedNote.$Shape
             */

            /**
             * Constructs a new AssignedNote.
             * @memberof cad.v1
             * @classdesc Represents an AssignedNote.
             * @constructor
             * @param {cad.v1.AssignedNote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AssignedNote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssignedNote atMs.
             * @member {number|Long} atMs
             * @memberof cad.v1.AssignedNote
             * @instance
             */
            AssignedNote.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AssignedNote author.
             * @member {string} author
             * @memberof cad.v1.AssignedNote
             * @instance
             */
            AssignedNote.prototype.author = "";

            /**
             * AssignedNote text.
             * @member {string} text
             * @memberof cad.v1.AssignedNote
             * @instance
             */
            AssignedNote.prototype.text = "";

            /**
             * Creates a new AssignedNote instance using the specified properties.
             * @function create
             * @memberof cad.v1.AssignedNote
             * @static
             * @param {cad.v1.AssignedNote.$Properties=} [properties] Properties to set
             * @returns {cad.v1.AssignedNote} AssignedNote instance
             * @type {{
             *   (properties: cad.v1.AssignedNote.$Shape): cad.v1.AssignedNote & cad.v1.AssignedNote.$Shape;
             *   (properties?: cad.v1.AssignedNote.$Properties): cad.v1.AssignedNote;
             * }}
             */
            AssignedNote.create = function(properties) {
                return new AssignedNote(properties);
            };

            /**
             * Encodes the specified AssignedNote message. Does not implicitly {@link cad.v1.AssignedNote.verify|verify} messages.
             * @function encode
             * @memberof cad.v1.AssignedNote
             * @static
             * @param {cad.v1.AssignedNote.$Properties} message AssignedNote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssignedNote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.atMs);
                if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.author);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AssignedNote message from the specified reader or buffer.
             * @function decode
             * @memberof cad.v1.AssignedNote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cad.v1.AssignedNote & cad.v1.AssignedNote.$Shape} AssignedNote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssignedNote.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cad.v1.AssignedNote();
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
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.author = value;
                            else
                                delete message.author;
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

            return AssignedNote;
        })();

        return v1;
    })();

    return cad;
})();

export {
  $root as default
};

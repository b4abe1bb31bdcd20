import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cad. */
export namespace cad {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Station.
         * @deprecated Use cad.v1.Station.$Properties instead.
         */
        interface IStation extends cad.v1.Station.$Properties {
        }

        /** A fire station, ambulance post or other base a unit returns to. */
        class Station {

            /**
             * Constructs a new Station.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.Station.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The station's id, unique within the agency's roster. Required when a station is given. */
            id: string;

            /** Longitude in WGS84 degrees (-180..180). Required when a station is given. */
            lon?: (number|null);

            /** Latitude in WGS84 degrees (-90..90). Required when a station is given. */
            lat?: (number|null);

            /**
             * Creates a new Station instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Station instance
             */
            static create(properties: cad.v1.Station.$Shape): cad.v1.Station & cad.v1.Station.$Shape;
            static create(properties?: cad.v1.Station.$Properties): cad.v1.Station;

            /**
             * Encodes the specified Station message. Does not implicitly {@link cad.v1.Station.verify|verify} messages.
             * @param message Station message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.Station.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Station message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.Station & cad.v1.Station.$Shape} Station
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.Station & cad.v1.Station.$Shape;
        }

        namespace Station {

            /** Properties of a Station. */
            interface $Properties {

                /** The station's id, unique within the agency's roster. Required when a station is given. */
                id?: (string|null);

                /** Longitude in WGS84 degrees (-180..180). Required when a station is given. */
                lon?: (number|null);

                /** Latitude in WGS84 degrees (-90..90). Required when a station is given. */
                lat?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Station. */
            type $Shape = cad.v1.Station.$Properties;
        }

        /**
         * Properties of a ReceiveCall.
         * @deprecated Use cad.v1.ReceiveCall.$Properties instead.
         */
        interface IReceiveCall extends cad.v1.ReceiveCall.$Properties {
        }

        /**
         * A 911 call from call-taking or NG911: either a new incident or another caller about an
         * incident the engine already knows (matched by distance and time).
         * Subject: cad.<agency>.in.call
         */
        class ReceiveCall {

            /**
             * Constructs a new ReceiveCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ReceiveCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The call's id, unique within the agency. Required. */
            callId: string;

            /**
             * When the call reached the PSAP, epoch milliseconds. Required; not after the input's
             * instant, nor more than the config's calls.maxAgeSeconds before it (CALL_TOO_OLD).
             */
            receivedAtMs?: (number|Long|null);

            /** When a call-taker answered it, epoch milliseconds. Optional. */
            answeredAtMs?: (number|Long|null);

            /** Caller or incident longitude, WGS84 degrees. Required. */
            lon?: (number|null);

            /** Caller or incident latitude, WGS84 degrees. Required. */
            lat?: (number|null);

            /** Street address as text, for people; up to 500 characters. Optional. */
            address: string;

            /**
             * A configured call-type code (e.g. "MED", "AFA" in config/default.yaml), matched exactly,
             * case included. A code that differs from a configured one only in case is rejected
             * UNKNOWN_CALL_TYPE; an unknown or empty one falls back to the configured default type
             * ("UNK"; event CallTypeDefaulted). Up to 64 characters.
             */
            callType: string;

            /** The caller's number (ANI); up to 64 characters. Optional. */
            callerNumber: string;

            /**
             * Caller flags that may raise the priority (e.g. "WEAPONS", "INJURIES"); at most 32, each a
             * configured flag matched exactly, case included: an unknown one is rejected UNKNOWN_FLAG.
             */
            flags: string[];

            /** Free text from the call-taker. Optional. */
            description: string;

            /**
             * Creates a new ReceiveCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiveCall instance
             */
            static create(properties: cad.v1.ReceiveCall.$Shape): cad.v1.ReceiveCall & cad.v1.ReceiveCall.$Shape;
            static create(properties?: cad.v1.ReceiveCall.$Properties): cad.v1.ReceiveCall;

            /**
             * Encodes the specified ReceiveCall message. Does not implicitly {@link cad.v1.ReceiveCall.verify|verify} messages.
             * @param message ReceiveCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ReceiveCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiveCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ReceiveCall & cad.v1.ReceiveCall.$Shape} ReceiveCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ReceiveCall & cad.v1.ReceiveCall.$Shape;
        }

        namespace ReceiveCall {

            /** Properties of a ReceiveCall. */
            interface $Properties {

                /** The call's id, unique within the agency. Required. */
                callId?: (string|null);

                /**
                 * When the call reached the PSAP, epoch milliseconds. Required; not after the input's
                 * instant, nor more than the config's calls.maxAgeSeconds before it (CALL_TOO_OLD).
                 */
                receivedAtMs?: (number|Long|null);

                /** When a call-taker answered it, epoch milliseconds. Optional. */
                answeredAtMs?: (number|Long|null);

                /** Caller or incident longitude, WGS84 degrees. Required. */
                lon?: (number|null);

                /** Caller or incident latitude, WGS84 degrees. Required. */
                lat?: (number|null);

                /** Street address as text, for people; up to 500 characters. Optional. */
                address?: (string|null);

                /**
                 * A configured call-type code (e.g. "MED", "AFA" in config/default.yaml), matched exactly,
                 * case included. A code that differs from a configured one only in case is rejected
                 * UNKNOWN_CALL_TYPE; an unknown or empty one falls back to the configured default type
                 * ("UNK"; event CallTypeDefaulted). Up to 64 characters.
                 */
                callType?: (string|null);

                /** The caller's number (ANI); up to 64 characters. Optional. */
                callerNumber?: (string|null);

                /**
                 * Caller flags that may raise the priority (e.g. "WEAPONS", "INJURIES"); at most 32, each a
                 * configured flag matched exactly, case included: an unknown one is rejected UNKNOWN_FLAG.
                 */
                flags?: (string[]|null);

                /** Free text from the call-taker. Optional. */
                description?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiveCall. */
            type $Shape = cad.v1.ReceiveCall.$Properties;
        }

        /**
         * Properties of a SplitCall.
         * @deprecated Use cad.v1.SplitCall.$Properties instead.
         */
        interface ISplitCall extends cad.v1.SplitCall.$Properties {
        }

        /**
         * Take an attached call out of its incident into an incident of its own; the timelines of
         * both incidents record it.
         * Subject: cad.<agency>.in.cmd.split
         */
        class SplitCall {

            /**
             * Constructs a new SplitCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.SplitCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The call to split off. Required. */
            callId: string;

            /**
             * Creates a new SplitCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SplitCall instance
             */
            static create(properties: cad.v1.SplitCall.$Shape): cad.v1.SplitCall & cad.v1.SplitCall.$Shape;
            static create(properties?: cad.v1.SplitCall.$Properties): cad.v1.SplitCall;

            /**
             * Encodes the specified SplitCall message. Does not implicitly {@link cad.v1.SplitCall.verify|verify} messages.
             * @param message SplitCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.SplitCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SplitCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.SplitCall & cad.v1.SplitCall.$Shape} SplitCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.SplitCall & cad.v1.SplitCall.$Shape;
        }

        namespace SplitCall {

            /** Properties of a SplitCall. */
            interface $Properties {

                /** The call to split off. Required. */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SplitCall. */
            type $Shape = cad.v1.SplitCall.$Properties;
        }

        /**
         * Properties of a MergeIncidents.
         * @deprecated Use cad.v1.MergeIncidents.$Properties instead.
         */
        interface IMergeIncidents extends cad.v1.MergeIncidents.$Properties {
        }

        /**
         * Merge one incident into another; the source closes as MERGED and keeps its lineage.
         * Subject: cad.<agency>.in.cmd.merge
         */
        class MergeIncidents {

            /**
             * Constructs a new MergeIncidents.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.MergeIncidents.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident that goes away. Required. */
            incidentId: string;

            /** The incident that takes its calls and units. Required. */
            intoIncidentId: string;

            /**
             * Creates a new MergeIncidents instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MergeIncidents instance
             */
            static create(properties: cad.v1.MergeIncidents.$Shape): cad.v1.MergeIncidents & cad.v1.MergeIncidents.$Shape;
            static create(properties?: cad.v1.MergeIncidents.$Properties): cad.v1.MergeIncidents;

            /**
             * Encodes the specified MergeIncidents message. Does not implicitly {@link cad.v1.MergeIncidents.verify|verify} messages.
             * @param message MergeIncidents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.MergeIncidents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MergeIncidents message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.MergeIncidents & cad.v1.MergeIncidents.$Shape} MergeIncidents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.MergeIncidents & cad.v1.MergeIncidents.$Shape;
        }

        namespace MergeIncidents {

            /** Properties of a MergeIncidents. */
            interface $Properties {

                /** The incident that goes away. Required. */
                incidentId?: (string|null);

                /** The incident that takes its calls and units. Required. */
                intoIncidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MergeIncidents. */
            type $Shape = cad.v1.MergeIncidents.$Properties;
        }

        /**
         * Properties of a LinkIncidents.
         * @deprecated Use cad.v1.LinkIncidents.$Properties instead.
         */
        interface ILinkIncidents extends cad.v1.LinkIncidents.$Properties {
        }

        /**
         * Mark two incidents as related without merging them.
         * Subject: cad.<agency>.in.cmd.link
         */
        class LinkIncidents {

            /**
             * Constructs a new LinkIncidents.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.LinkIncidents.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** One incident. Required. */
            incidentId: string;

            /** The other incident. Required. */
            otherIncidentId: string;

            /**
             * Creates a new LinkIncidents instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinkIncidents instance
             */
            static create(properties: cad.v1.LinkIncidents.$Shape): cad.v1.LinkIncidents & cad.v1.LinkIncidents.$Shape;
            static create(properties?: cad.v1.LinkIncidents.$Properties): cad.v1.LinkIncidents;

            /**
             * Encodes the specified LinkIncidents message. Does not implicitly {@link cad.v1.LinkIncidents.verify|verify} messages.
             * @param message LinkIncidents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.LinkIncidents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinkIncidents message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.LinkIncidents & cad.v1.LinkIncidents.$Shape} LinkIncidents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.LinkIncidents & cad.v1.LinkIncidents.$Shape;
        }

        namespace LinkIncidents {

            /** Properties of a LinkIncidents. */
            interface $Properties {

                /** One incident. Required. */
                incidentId?: (string|null);

                /** The other incident. Required. */
                otherIncidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinkIncidents. */
            type $Shape = cad.v1.LinkIncidents.$Properties;
        }

        /**
         * Properties of a DispatchUnit.
         * @deprecated Use cad.v1.DispatchUnit.$Properties instead.
         */
        interface IDispatchUnit extends cad.v1.DispatchUnit.$Properties {
        }

        /**
         * Assign an available unit to an incident.
         * Subject: cad.<agency>.in.cmd.dispatch
         */
        class DispatchUnit {

            /**
             * Constructs a new DispatchUnit.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.DispatchUnit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident to serve. Required. */
            incidentId: string;

            /** The unit to send; it must be available. Required. */
            unitId: string;

            /**
             * Creates a new DispatchUnit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DispatchUnit instance
             */
            static create(properties: cad.v1.DispatchUnit.$Shape): cad.v1.DispatchUnit & cad.v1.DispatchUnit.$Shape;
            static create(properties?: cad.v1.DispatchUnit.$Properties): cad.v1.DispatchUnit;

            /**
             * Encodes the specified DispatchUnit message. Does not implicitly {@link cad.v1.DispatchUnit.verify|verify} messages.
             * @param message DispatchUnit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.DispatchUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DispatchUnit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.DispatchUnit & cad.v1.DispatchUnit.$Shape} DispatchUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.DispatchUnit & cad.v1.DispatchUnit.$Shape;
        }

        namespace DispatchUnit {

            /** Properties of a DispatchUnit. */
            interface $Properties {

                /** The incident to serve. Required. */
                incidentId?: (string|null);

                /** The unit to send; it must be available. Required. */
                unitId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DispatchUnit. */
            type $Shape = cad.v1.DispatchUnit.$Properties;
        }

        /**
         * Properties of a ReassignUnit.
         * @deprecated Use cad.v1.ReassignUnit.$Properties instead.
         */
        interface IReassignUnit extends cad.v1.ReassignUnit.$Properties {
        }

        /**
         * Pre-empt: take a unit from whatever it is doing and assign it to this incident.
         * Subject: cad.<agency>.in.cmd.reassign
         */
        class ReassignUnit {

            /**
             * Constructs a new ReassignUnit.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ReassignUnit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident to serve. Required. */
            incidentId: string;

            /** The unit to take. Required. */
            unitId: string;

            /**
             * Creates a new ReassignUnit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReassignUnit instance
             */
            static create(properties: cad.v1.ReassignUnit.$Shape): cad.v1.ReassignUnit & cad.v1.ReassignUnit.$Shape;
            static create(properties?: cad.v1.ReassignUnit.$Properties): cad.v1.ReassignUnit;

            /**
             * Encodes the specified ReassignUnit message. Does not implicitly {@link cad.v1.ReassignUnit.verify|verify} messages.
             * @param message ReassignUnit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ReassignUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReassignUnit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ReassignUnit & cad.v1.ReassignUnit.$Shape} ReassignUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ReassignUnit & cad.v1.ReassignUnit.$Shape;
        }

        namespace ReassignUnit {

            /** Properties of a ReassignUnit. */
            interface $Properties {

                /** The incident to serve. Required. */
                incidentId?: (string|null);

                /** The unit to take. Required. */
                unitId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReassignUnit. */
            type $Shape = cad.v1.ReassignUnit.$Properties;
        }

        /**
         * Properties of an UpdateUnitStatus.
         * @deprecated Use cad.v1.UpdateUnitStatus.$Properties instead.
         */
        interface IUpdateUnitStatus extends cad.v1.UpdateUnitStatus.$Properties {
        }

        /**
         * A unit status from a mobile data terminal or the radio.
         * Subject: cad.<agency>.in.unit.status.<unit_id> (the subject's token must be unit_id)
         */
        class UpdateUnitStatus {

            /**
             * Constructs a new UpdateUnitStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UpdateUnitStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit reporting. Required. */
            unitId: string;

            /**
             * The status, canonical ("en_route", "on_scene", ...) or in the agency's own codes as
             * configured (e.g. "OS" for metro-fire). Required; up to 64 characters. A unit that reports
             * the status it already has is accepted with no events (a repeat changes nothing).
             */
            status: string;

            /**
             * Creates a new UpdateUnitStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateUnitStatus instance
             */
            static create(properties: cad.v1.UpdateUnitStatus.$Shape): cad.v1.UpdateUnitStatus & cad.v1.UpdateUnitStatus.$Shape;
            static create(properties?: cad.v1.UpdateUnitStatus.$Properties): cad.v1.UpdateUnitStatus;

            /**
             * Encodes the specified UpdateUnitStatus message. Does not implicitly {@link cad.v1.UpdateUnitStatus.verify|verify} messages.
             * @param message UpdateUnitStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UpdateUnitStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateUnitStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UpdateUnitStatus & cad.v1.UpdateUnitStatus.$Shape} UpdateUnitStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UpdateUnitStatus & cad.v1.UpdateUnitStatus.$Shape;
        }

        namespace UpdateUnitStatus {

            /** Properties of an UpdateUnitStatus. */
            interface $Properties {

                /** The unit reporting. Required. */
                unitId?: (string|null);

                /**
                 * The status, canonical ("en_route", "on_scene", ...) or in the agency's own codes as
                 * configured (e.g. "OS" for metro-fire). Required; up to 64 characters. A unit that reports
                 * the status it already has is accepted with no events (a repeat changes nothing).
                 */
                status?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateUnitStatus. */
            type $Shape = cad.v1.UpdateUnitStatus.$Properties;
        }

        /**
         * Properties of an UpdateUnitLocation.
         * @deprecated Use cad.v1.UpdateUnitLocation.$Properties instead.
         */
        interface IUpdateUnitLocation extends cad.v1.UpdateUnitLocation.$Properties {
        }

        /**
         * An AVL position fix.
         * Subject: cad.<agency>.in.unit.location.<unit_id> (the subject's token must be unit_id)
         */
        class UpdateUnitLocation {

            /**
             * Constructs a new UpdateUnitLocation.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UpdateUnitLocation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit that moved. Required. */
            unitId: string;

            /** Longitude, WGS84 degrees. Required. */
            lon?: (number|null);

            /** Latitude, WGS84 degrees. Required. */
            lat?: (number|null);

            /**
             * Instant of the GPS fix, epoch milliseconds; not after the input's acceptance time.
             * Optional: defaults to the acceptance time.
             */
            fixAtMs?: (number|Long|null);

            /**
             * Creates a new UpdateUnitLocation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateUnitLocation instance
             */
            static create(properties: cad.v1.UpdateUnitLocation.$Shape): cad.v1.UpdateUnitLocation & cad.v1.UpdateUnitLocation.$Shape;
            static create(properties?: cad.v1.UpdateUnitLocation.$Properties): cad.v1.UpdateUnitLocation;

            /**
             * Encodes the specified UpdateUnitLocation message. Does not implicitly {@link cad.v1.UpdateUnitLocation.verify|verify} messages.
             * @param message UpdateUnitLocation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UpdateUnitLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateUnitLocation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UpdateUnitLocation & cad.v1.UpdateUnitLocation.$Shape} UpdateUnitLocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UpdateUnitLocation & cad.v1.UpdateUnitLocation.$Shape;
        }

        namespace UpdateUnitLocation {

            /** Properties of an UpdateUnitLocation. */
            interface $Properties {

                /** The unit that moved. Required. */
                unitId?: (string|null);

                /** Longitude, WGS84 degrees. Required. */
                lon?: (number|null);

                /** Latitude, WGS84 degrees. Required. */
                lat?: (number|null);

                /**
                 * Instant of the GPS fix, epoch milliseconds; not after the input's acceptance time.
                 * Optional: defaults to the acceptance time.
                 */
                fixAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateUnitLocation. */
            type $Shape = cad.v1.UpdateUnitLocation.$Properties;
        }

        /**
         * Properties of a CheckUnit.
         * @deprecated Use cad.v1.CheckUnit.$Properties instead.
         */
        interface ICheckUnit extends cad.v1.CheckUnit.$Properties {
        }

        /**
         * The dispatcher has checked on a unit: its status timer starts again.
         * Subject: cad.<agency>.in.unit.check
         */
        class CheckUnit {

            /**
             * Constructs a new CheckUnit.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.CheckUnit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit checked on. Required. */
            unitId: string;

            /**
             * Creates a new CheckUnit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CheckUnit instance
             */
            static create(properties: cad.v1.CheckUnit.$Shape): cad.v1.CheckUnit & cad.v1.CheckUnit.$Shape;
            static create(properties?: cad.v1.CheckUnit.$Properties): cad.v1.CheckUnit;

            /**
             * Encodes the specified CheckUnit message. Does not implicitly {@link cad.v1.CheckUnit.verify|verify} messages.
             * @param message CheckUnit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.CheckUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CheckUnit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.CheckUnit & cad.v1.CheckUnit.$Shape} CheckUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.CheckUnit & cad.v1.CheckUnit.$Shape;
        }

        namespace CheckUnit {

            /** Properties of a CheckUnit. */
            interface $Properties {

                /** The unit checked on. Required. */
                unitId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CheckUnit. */
            type $Shape = cad.v1.CheckUnit.$Properties;
        }

        /**
         * Properties of a ClearIncident.
         * @deprecated Use cad.v1.ClearIncident.$Properties instead.
         */
        interface IClearIncident extends cad.v1.ClearIncident.$Properties {
        }

        /**
         * The incident's work is done: its units are released and it becomes cleared.
         * Subject: cad.<agency>.in.cmd.clear
         */
        class ClearIncident {

            /**
             * Constructs a new ClearIncident.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ClearIncident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident to clear. Required. */
            incidentId: string;

            /**
             * Creates a new ClearIncident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClearIncident instance
             */
            static create(properties: cad.v1.ClearIncident.$Shape): cad.v1.ClearIncident & cad.v1.ClearIncident.$Shape;
            static create(properties?: cad.v1.ClearIncident.$Properties): cad.v1.ClearIncident;

            /**
             * Encodes the specified ClearIncident message. Does not implicitly {@link cad.v1.ClearIncident.verify|verify} messages.
             * @param message ClearIncident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ClearIncident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClearIncident message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ClearIncident & cad.v1.ClearIncident.$Shape} ClearIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ClearIncident & cad.v1.ClearIncident.$Shape;
        }

        namespace ClearIncident {

            /** Properties of a ClearIncident. */
            interface $Properties {

                /** The incident to clear. Required. */
                incidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClearIncident. */
            type $Shape = cad.v1.ClearIncident.$Properties;
        }

        /**
         * Properties of a CloseIncident.
         * @deprecated Use cad.v1.CloseIncident.$Properties instead.
         */
        interface ICloseIncident extends cad.v1.CloseIncident.$Properties {
        }

        /**
         * Close an incident with a disposition.
         * Subject: cad.<agency>.in.cmd.close
         */
        class CloseIncident {

            /**
             * Constructs a new CloseIncident.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.CloseIncident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident to close. Required. */
            incidentId: string;

            /** A configured disposition code (e.g. "REPORT"). Required; up to 64 characters. */
            disposition: string;

            /**
             * Creates a new CloseIncident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CloseIncident instance
             */
            static create(properties: cad.v1.CloseIncident.$Shape): cad.v1.CloseIncident & cad.v1.CloseIncident.$Shape;
            static create(properties?: cad.v1.CloseIncident.$Properties): cad.v1.CloseIncident;

            /**
             * Encodes the specified CloseIncident message. Does not implicitly {@link cad.v1.CloseIncident.verify|verify} messages.
             * @param message CloseIncident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.CloseIncident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CloseIncident message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.CloseIncident & cad.v1.CloseIncident.$Shape} CloseIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.CloseIncident & cad.v1.CloseIncident.$Shape;
        }

        namespace CloseIncident {

            /** Properties of a CloseIncident. */
            interface $Properties {

                /** The incident to close. Required. */
                incidentId?: (string|null);

                /** A configured disposition code (e.g. "REPORT"). Required; up to 64 characters. */
                disposition?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CloseIncident. */
            type $Shape = cad.v1.CloseIncident.$Properties;
        }

        /**
         * Properties of a ReopenIncident.
         * @deprecated Use cad.v1.ReopenIncident.$Properties instead.
         */
        interface IReopenIncident extends cad.v1.ReopenIncident.$Properties {
        }

        /**
         * Reopen a closed or cleared incident (it becomes pending again). Its history stays: the
         * timeline keeps every clearance and closure, and the incident's times keep the first
         * (firstClearedAt, firstClosedAt) while clearedAt/closedAt are empty until it is cleared again.
         * Subject: cad.<agency>.in.cmd.reopen
         */
        class ReopenIncident {

            /**
             * Constructs a new ReopenIncident.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ReopenIncident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident to reopen. Required. */
            incidentId: string;

            /** Why, for the record; up to 500 characters. Optional. */
            reason: string;

            /**
             * Creates a new ReopenIncident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReopenIncident instance
             */
            static create(properties: cad.v1.ReopenIncident.$Shape): cad.v1.ReopenIncident & cad.v1.ReopenIncident.$Shape;
            static create(properties?: cad.v1.ReopenIncident.$Properties): cad.v1.ReopenIncident;

            /**
             * Encodes the specified ReopenIncident message. Does not implicitly {@link cad.v1.ReopenIncident.verify|verify} messages.
             * @param message ReopenIncident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ReopenIncident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReopenIncident message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ReopenIncident & cad.v1.ReopenIncident.$Shape} ReopenIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ReopenIncident & cad.v1.ReopenIncident.$Shape;
        }

        namespace ReopenIncident {

            /** Properties of a ReopenIncident. */
            interface $Properties {

                /** The incident to reopen. Required. */
                incidentId?: (string|null);

                /** Why, for the record; up to 500 characters. Optional. */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReopenIncident. */
            type $Shape = cad.v1.ReopenIncident.$Properties;
        }

        /**
         * Properties of a ReprioritiseIncident.
         * @deprecated Use cad.v1.ReprioritiseIncident.$Properties instead.
         */
        interface IReprioritiseIncident extends cad.v1.ReprioritiseIncident.$Properties {
        }

        /**
         * Change an incident's priority.
         * Subject: cad.<agency>.in.cmd.reprioritise
         */
        class ReprioritiseIncident {

            /**
             * Constructs a new ReprioritiseIncident.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ReprioritiseIncident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident. Required. */
            incidentId: string;

            /** The new priority, 1 (most urgent) to the number of configured priorities. Required. */
            priority?: (number|null);

            /** Why, for the record; up to 500 characters. Optional. */
            reason: string;

            /**
             * Creates a new ReprioritiseIncident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReprioritiseIncident instance
             */
            static create(properties: cad.v1.ReprioritiseIncident.$Shape): cad.v1.ReprioritiseIncident & cad.v1.ReprioritiseIncident.$Shape;
            static create(properties?: cad.v1.ReprioritiseIncident.$Properties): cad.v1.ReprioritiseIncident;

            /**
             * Encodes the specified ReprioritiseIncident message. Does not implicitly {@link cad.v1.ReprioritiseIncident.verify|verify} messages.
             * @param message ReprioritiseIncident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ReprioritiseIncident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReprioritiseIncident message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ReprioritiseIncident & cad.v1.ReprioritiseIncident.$Shape} ReprioritiseIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ReprioritiseIncident & cad.v1.ReprioritiseIncident.$Shape;
        }

        namespace ReprioritiseIncident {

            /** Properties of a ReprioritiseIncident. */
            interface $Properties {

                /** The incident. Required. */
                incidentId?: (string|null);

                /** The new priority, 1 (most urgent) to the number of configured priorities. Required. */
                priority?: (number|null);

                /** Why, for the record; up to 500 characters. Optional. */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReprioritiseIncident. */
            type $Shape = cad.v1.ReprioritiseIncident.$Properties;
        }

        /**
         * Properties of an AddNote.
         * @deprecated Use cad.v1.AddNote.$Properties instead.
         */
        interface IAddNote extends cad.v1.AddNote.$Properties {
        }

        /**
         * Add a note to an incident's narrative.
         * Subject: cad.<agency>.in.cmd.note
         */
        class AddNote {

            /**
             * Constructs a new AddNote.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.AddNote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident. Required. */
            incidentId: string;

            /** The note. Required; up to 4000 characters. */
            text: string;

            /** Who wrote it; up to 128 characters. Optional. */
            author: string;

            /**
             * Creates a new AddNote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddNote instance
             */
            static create(properties: cad.v1.AddNote.$Shape): cad.v1.AddNote & cad.v1.AddNote.$Shape;
            static create(properties?: cad.v1.AddNote.$Properties): cad.v1.AddNote;

            /**
             * Encodes the specified AddNote message. Does not implicitly {@link cad.v1.AddNote.verify|verify} messages.
             * @param message AddNote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.AddNote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddNote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.AddNote & cad.v1.AddNote.$Shape} AddNote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.AddNote & cad.v1.AddNote.$Shape;
        }

        namespace AddNote {

            /** Properties of an AddNote. */
            interface $Properties {

                /** The incident. Required. */
                incidentId?: (string|null);

                /** The note. Required; up to 4000 characters. */
                text?: (string|null);

                /** Who wrote it; up to 128 characters. Optional. */
                author?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddNote. */
            type $Shape = cad.v1.AddNote.$Properties;
        }

        /**
         * Properties of an AddUnit.
         * @deprecated Use cad.v1.AddUnit.$Properties instead.
         */
        interface IAddUnit extends cad.v1.AddUnit.$Properties {
        }

        /**
         * Put a unit on the roster (it starts available).
         * Subject: cad.<agency>.in.roster.add
         */
        class AddUnit {

            /**
             * Constructs a new AddUnit.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.AddUnit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * The unit's id, unique within the agency. Required. It names the unit's terminal subject
             * cad.<agency>.unit.<id>.>, so it is 1-32 ASCII letters, digits, "_" or "-": any other is
             * rejected INVALID_UNIT_ID.
             */
            unitId: string;

            /**
             * A configured unit type, case as configured (e.g. "engine", "medic" in
             * config/default.yaml). Required.
             */
            unitType: string;

            /** A configured agency (e.g. "metro-fire"; for mutual aid). Required. */
            agency: string;

            /** What the unit can do beyond its type (e.g. "ALS", "RESCUE"); at most 32. */
            capabilities: string[];

            /** Where the unit is based. Optional: without one the unit has no position until AVL. */
            station?: (cad.v1.Station.$Properties|null);

            /**
             * Crew size, 0..50. Optional: defaults to 1. A varint beyond int32 is rejected
             * VALUE_OUT_OF_RANGE, never truncated.
             */
            crew?: (number|null);

            /**
             * Creates a new AddUnit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddUnit instance
             */
            static create(properties: cad.v1.AddUnit.$Shape): cad.v1.AddUnit & cad.v1.AddUnit.$Shape;
            static create(properties?: cad.v1.AddUnit.$Properties): cad.v1.AddUnit;

            /**
             * Encodes the specified AddUnit message. Does not implicitly {@link cad.v1.AddUnit.verify|verify} messages.
             * @param message AddUnit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.AddUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddUnit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.AddUnit & cad.v1.AddUnit.$Shape} AddUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.AddUnit & cad.v1.AddUnit.$Shape;
        }

        namespace AddUnit {

            /** Properties of an AddUnit. */
            interface $Properties {

                /**
                 * The unit's id, unique within the agency. Required. It names the unit's terminal subject
                 * cad.<agency>.unit.<id>.>, so it is 1-32 ASCII letters, digits, "_" or "-": any other is
                 * rejected INVALID_UNIT_ID.
                 */
                unitId?: (string|null);

                /**
                 * A configured unit type, case as configured (e.g. "engine", "medic" in
                 * config/default.yaml). Required.
                 */
                unitType?: (string|null);

                /** A configured agency (e.g. "metro-fire"; for mutual aid). Required. */
                agency?: (string|null);

                /** What the unit can do beyond its type (e.g. "ALS", "RESCUE"); at most 32. */
                capabilities?: (string[]|null);

                /** Where the unit is based. Optional: without one the unit has no position until AVL. */
                station?: (cad.v1.Station.$Properties|null);

                /**
                 * Crew size, 0..50. Optional: defaults to 1. A varint beyond int32 is rejected
                 * VALUE_OUT_OF_RANGE, never truncated.
                 */
                crew?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddUnit. */
            type $Shape = cad.v1.AddUnit.$Properties;
        }

        /**
         * Properties of a StringList.
         * @deprecated Use cad.v1.StringList.$Properties instead.
         */
        interface IStringList extends cad.v1.StringList.$Properties {
        }

        /** A list of strings whose presence matters (an empty list is not the same as no list). */
        class StringList {

            /**
             * Constructs a new StringList.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.StringList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The strings. */
            values: string[];

            /**
             * Creates a new StringList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringList instance
             */
            static create(properties: cad.v1.StringList.$Shape): cad.v1.StringList & cad.v1.StringList.$Shape;
            static create(properties?: cad.v1.StringList.$Properties): cad.v1.StringList;

            /**
             * Encodes the specified StringList message. Does not implicitly {@link cad.v1.StringList.verify|verify} messages.
             * @param message StringList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.StringList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.StringList & cad.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.StringList & cad.v1.StringList.$Shape;
        }

        namespace StringList {

            /** Properties of a StringList. */
            interface $Properties {

                /** The strings. */
                values?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringList. */
            type $Shape = cad.v1.StringList.$Properties;
        }

        /**
         * Properties of a ChangeUnit.
         * @deprecated Use cad.v1.ChangeUnit.$Properties instead.
         */
        interface IChangeUnit extends cad.v1.ChangeUnit.$Properties {
        }

        /**
         * Change a unit on the roster; every field left out keeps its current value.
         * Subject: cad.<agency>.in.roster.change
         */
        class ChangeUnit {

            /**
             * Constructs a new ChangeUnit.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ChangeUnit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit to change. Required. */
            unitId: string;

            /** A configured unit type. Optional. */
            unitType: string;

            /** A configured agency. Optional. */
            agency: string;

            /**
             * The unit's new capabilities, replacing the old ones. Optional: leave it out to keep
             * them; send it with no values to clear them.
             */
            capabilities?: (cad.v1.StringList.$Properties|null);

            /** The unit's new station. Optional: leave it out to keep the current one. */
            station?: (cad.v1.Station.$Properties|null);

            /** Crew size, 0..50. Optional. A varint beyond int32 is rejected VALUE_OUT_OF_RANGE. */
            crew?: (number|null);

            /**
             * Creates a new ChangeUnit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChangeUnit instance
             */
            static create(properties: cad.v1.ChangeUnit.$Shape): cad.v1.ChangeUnit & cad.v1.ChangeUnit.$Shape;
            static create(properties?: cad.v1.ChangeUnit.$Properties): cad.v1.ChangeUnit;

            /**
             * Encodes the specified ChangeUnit message. Does not implicitly {@link cad.v1.ChangeUnit.verify|verify} messages.
             * @param message ChangeUnit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ChangeUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChangeUnit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ChangeUnit & cad.v1.ChangeUnit.$Shape} ChangeUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ChangeUnit & cad.v1.ChangeUnit.$Shape;
        }

        namespace ChangeUnit {

            /** Properties of a ChangeUnit. */
            interface $Properties {

                /** The unit to change. Required. */
                unitId?: (string|null);

                /** A configured unit type. Optional. */
                unitType?: (string|null);

                /** A configured agency. Optional. */
                agency?: (string|null);

                /**
                 * The unit's new capabilities, replacing the old ones. Optional: leave it out to keep
                 * them; send it with no values to clear them.
                 */
                capabilities?: (cad.v1.StringList.$Properties|null);

                /** The unit's new station. Optional: leave it out to keep the current one. */
                station?: (cad.v1.Station.$Properties|null);

                /** Crew size, 0..50. Optional. A varint beyond int32 is rejected VALUE_OUT_OF_RANGE. */
                crew?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChangeUnit. */
            type $Shape = cad.v1.ChangeUnit.$Properties;
        }

        /**
         * Properties of a RetireUnit.
         * @deprecated Use cad.v1.RetireUnit.$Properties instead.
         */
        interface IRetireUnit extends cad.v1.RetireUnit.$Properties {
        }

        /**
         * Take a unit off the roster; it must not be serving an incident.
         * Subject: cad.<agency>.in.roster.retire
         */
        class RetireUnit {

            /**
             * Constructs a new RetireUnit.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.RetireUnit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit to retire. Required. */
            unitId: string;

            /**
             * Creates a new RetireUnit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RetireUnit instance
             */
            static create(properties: cad.v1.RetireUnit.$Shape): cad.v1.RetireUnit & cad.v1.RetireUnit.$Shape;
            static create(properties?: cad.v1.RetireUnit.$Properties): cad.v1.RetireUnit;

            /**
             * Encodes the specified RetireUnit message. Does not implicitly {@link cad.v1.RetireUnit.verify|verify} messages.
             * @param message RetireUnit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.RetireUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RetireUnit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.RetireUnit & cad.v1.RetireUnit.$Shape} RetireUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.RetireUnit & cad.v1.RetireUnit.$Shape;
        }

        namespace RetireUnit {

            /** Properties of a RetireUnit. */
            interface $Properties {

                /** The unit to retire. Required. */
                unitId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RetireUnit. */
            type $Shape = cad.v1.RetireUnit.$Properties;
        }

        /**
         * Properties of an ApplyConfiguration.
         * @deprecated Use cad.v1.ApplyConfiguration.$Properties instead.
         */
        interface IApplyConfiguration extends cad.v1.ApplyConfiguration.$Properties {
        }

        /**
         * The configuration in force from this input on (the configuration is part of the history).
         * Inputs before it keep their outcomes; replay applies each input under the configuration in
         * force when it was accepted. `cad serve` publishes one at start-up when its file differs from
         * the configuration in force, with Nats-Msg-Id "config-<hash>-<seq>" (seq: the last input it
         * had applied), so replicas starting together with the same new file record it once. Accepted
         * with no event; rejected with INVALID_CONFIGURATION (the content does not validate; the reason
         * names each problem by its path) or CONFIGURATION_IN_FORCE (this hash is already in force).
         * Subject: cad.<agency>.in.config.apply
         */
        class ApplyConfiguration {

            /**
             * Constructs a new ApplyConfiguration.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ApplyConfiguration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** sha256 of content, 64 lowercase hex digits: the configuration's name. Required. */
            hash: string;

            /**
             * The configuration as JSON text: {"document": <the config file as data>, "zonesGeoJSON":
             * <the GeoJSON its zones.file names, or null>}, so replay needs no file. Required; up to
             * 900,000 characters.
             */
            content: string;

            /**
             * Creates a new ApplyConfiguration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApplyConfiguration instance
             */
            static create(properties: cad.v1.ApplyConfiguration.$Shape): cad.v1.ApplyConfiguration & cad.v1.ApplyConfiguration.$Shape;
            static create(properties?: cad.v1.ApplyConfiguration.$Properties): cad.v1.ApplyConfiguration;

            /**
             * Encodes the specified ApplyConfiguration message. Does not implicitly {@link cad.v1.ApplyConfiguration.verify|verify} messages.
             * @param message ApplyConfiguration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ApplyConfiguration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApplyConfiguration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ApplyConfiguration & cad.v1.ApplyConfiguration.$Shape} ApplyConfiguration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ApplyConfiguration & cad.v1.ApplyConfiguration.$Shape;
        }

        namespace ApplyConfiguration {

            /** Properties of an ApplyConfiguration. */
            interface $Properties {

                /** sha256 of content, 64 lowercase hex digits: the configuration's name. Required. */
                hash?: (string|null);

                /**
                 * The configuration as JSON text: {"document": <the config file as data>, "zonesGeoJSON":
                 * <the GeoJSON its zones.file names, or null>}, so replay needs no file. Required; up to
                 * 900,000 characters.
                 */
                content?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApplyConfiguration. */
            type $Shape = cad.v1.ApplyConfiguration.$Properties;
        }

        /**
         * Properties of a ClaimLeadership.
         * @deprecated Use cad.v1.ClaimLeadership.$Properties instead.
         */
        interface IClaimLeadership extends cad.v1.ClaimLeadership.$Properties {
        }

        /**
         * A replica claims the leadership of the agency's engine for the next term. Published by the
         * engine role only (`cad serve` in replica mode), with Nats-Msg-Id
         * "claim:<agency>:<term>:<replica>:<instance>" (instance: a random token of the process); the
         * claim's place in the log is where the leadership changes. Accepted with LeadershipChanged when
         * the term is the one in force plus one; otherwise rejected STALE_TERM (field term). A replica of
         * an engine that trusts input time claims on cad.<agency>.in.timed.leader.claim with the engine's
         * own time in Cad-Time, so that a claim never moves a simulated clock.
         * Subject: cad.<agency>.in.leader.claim
         */
        class ClaimLeadership {

            /**
             * Constructs a new ClaimLeadership.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ClaimLeadership.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The term claimed, 1 or more: the term in force plus one. Required. */
            term?: (number|null);

            /** The claiming replica's name, 1-64 of A-Z a-z 0-9 _ -. Required. */
            replica: string;

            /**
             * Creates a new ClaimLeadership instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClaimLeadership instance
             */
            static create(properties: cad.v1.ClaimLeadership.$Shape): cad.v1.ClaimLeadership & cad.v1.ClaimLeadership.$Shape;
            static create(properties?: cad.v1.ClaimLeadership.$Properties): cad.v1.ClaimLeadership;

            /**
             * Encodes the specified ClaimLeadership message. Does not implicitly {@link cad.v1.ClaimLeadership.verify|verify} messages.
             * @param message ClaimLeadership message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ClaimLeadership.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClaimLeadership message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ClaimLeadership & cad.v1.ClaimLeadership.$Shape} ClaimLeadership
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ClaimLeadership & cad.v1.ClaimLeadership.$Shape;
        }

        namespace ClaimLeadership {

            /** Properties of a ClaimLeadership. */
            interface $Properties {

                /** The term claimed, 1 or more: the term in force plus one. Required. */
                term?: (number|null);

                /** The claiming replica's name, 1-64 of A-Z a-z 0-9 _ -. Required. */
                replica?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClaimLeadership. */
            type $Shape = cad.v1.ClaimLeadership.$Properties;
        }

        /**
         * Properties of a ReceiveEido.
         * @deprecated Use cad.v1.ReceiveEido.$Properties instead.
         */
        interface IReceiveEido extends cad.v1.ReceiveEido.$Properties {
        }

        /**
         * An EIDO (NENA-STA-021 EmergencyIncidentDataObjectType) that another agency hands over or
         * shares. ON THE WIRE THE PAYLOAD IS THE EIDO DOCUMENT ITSELF, as JSON (UTF-8), not this message:
         * the engine checks it against the NENA schema when decoding (an invalid one is rejected with
         * INVALID_EIDO and the schema path of the first error) and keeps its text as `document`. This
         * message only names the input's one field for the codec's tables.
         * Subject: cad.<agency>.in.eido
         */
        class ReceiveEido {

            /**
             * Constructs a new ReceiveEido.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ReceiveEido.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The EIDO as JSON text. Required. */
            document: string;

            /**
             * Creates a new ReceiveEido instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiveEido instance
             */
            static create(properties: cad.v1.ReceiveEido.$Shape): cad.v1.ReceiveEido & cad.v1.ReceiveEido.$Shape;
            static create(properties?: cad.v1.ReceiveEido.$Properties): cad.v1.ReceiveEido;

            /**
             * Encodes the specified ReceiveEido message. Does not implicitly {@link cad.v1.ReceiveEido.verify|verify} messages.
             * @param message ReceiveEido message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ReceiveEido.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiveEido message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ReceiveEido & cad.v1.ReceiveEido.$Shape} ReceiveEido
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ReceiveEido & cad.v1.ReceiveEido.$Shape;
        }

        namespace ReceiveEido {

            /** Properties of a ReceiveEido. */
            interface $Properties {

                /** The EIDO as JSON text. Required. */
                document?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiveEido. */
            type $Shape = cad.v1.ReceiveEido.$Properties;
        }

        /**
         * Properties of an AcceptIncoming.
         * @deprecated Use cad.v1.AcceptIncoming.$Properties instead.
         */
        interface IAcceptIncoming extends cad.v1.AcceptIncoming.$Properties {
        }

        /**
         * The dispatcher accepts an incoming incident (from an EIDO): it becomes an incident of this
         * agency, with the sender's calls, place, notes and units.
         * Subject: cad.<agency>.in.cmd.incoming.accept
         */
        class AcceptIncoming {

            /**
             * Constructs a new AcceptIncoming.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.AcceptIncoming.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The sender's incident tracking id (the EIDO's incidentTrackingIdentifier, else its $id). Required. */
            trackingId: string;

            /**
             * Where the incident is, WGS84, when the EIDO gives no coordinates (or to place it better);
             * both or neither.
             */
            lon?: (number|null);

            /** AcceptIncoming lat. */
            lat?: (number|null);

            /**
             * Creates a new AcceptIncoming instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AcceptIncoming instance
             */
            static create(properties: cad.v1.AcceptIncoming.$Shape): cad.v1.AcceptIncoming & cad.v1.AcceptIncoming.$Shape;
            static create(properties?: cad.v1.AcceptIncoming.$Properties): cad.v1.AcceptIncoming;

            /**
             * Encodes the specified AcceptIncoming message. Does not implicitly {@link cad.v1.AcceptIncoming.verify|verify} messages.
             * @param message AcceptIncoming message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.AcceptIncoming.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AcceptIncoming message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.AcceptIncoming & cad.v1.AcceptIncoming.$Shape} AcceptIncoming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.AcceptIncoming & cad.v1.AcceptIncoming.$Shape;
        }

        namespace AcceptIncoming {

            /** Properties of an AcceptIncoming. */
            interface $Properties {

                /** The sender's incident tracking id (the EIDO's incidentTrackingIdentifier, else its $id). Required. */
                trackingId?: (string|null);

                /**
                 * Where the incident is, WGS84, when the EIDO gives no coordinates (or to place it better);
                 * both or neither.
                 */
                lon?: (number|null);

                /** AcceptIncoming lat */
                lat?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AcceptIncoming. */
            type $Shape = cad.v1.AcceptIncoming.$Properties;
        }

        /**
         * Properties of a DeclineIncoming.
         * @deprecated Use cad.v1.DeclineIncoming.$Properties instead.
         */
        interface IDeclineIncoming extends cad.v1.DeclineIncoming.$Properties {
        }

        /**
         * The dispatcher declines an incoming incident, saying why.
         * Subject: cad.<agency>.in.cmd.incoming.decline
         */
        class DeclineIncoming {

            /**
             * Constructs a new DeclineIncoming.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.DeclineIncoming.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The sender's incident tracking id. Required. */
            trackingId: string;

            /** Why, for the sender. Required. */
            reason: string;

            /**
             * Creates a new DeclineIncoming instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeclineIncoming instance
             */
            static create(properties: cad.v1.DeclineIncoming.$Shape): cad.v1.DeclineIncoming & cad.v1.DeclineIncoming.$Shape;
            static create(properties?: cad.v1.DeclineIncoming.$Properties): cad.v1.DeclineIncoming;

            /**
             * Encodes the specified DeclineIncoming message. Does not implicitly {@link cad.v1.DeclineIncoming.verify|verify} messages.
             * @param message DeclineIncoming message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.DeclineIncoming.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeclineIncoming message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.DeclineIncoming & cad.v1.DeclineIncoming.$Shape} DeclineIncoming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.DeclineIncoming & cad.v1.DeclineIncoming.$Shape;
        }

        namespace DeclineIncoming {

            /** Properties of a DeclineIncoming. */
            interface $Properties {

                /** The sender's incident tracking id. Required. */
                trackingId?: (string|null);

                /** Why, for the sender. Required. */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeclineIncoming. */
            type $Shape = cad.v1.DeclineIncoming.$Properties;
        }

        /**
         * Properties of a ShareIncident.
         * @deprecated Use cad.v1.ShareIncident.$Properties instead.
         */
        interface IShareIncident extends cad.v1.ShareIncident.$Properties {
        }

        /**
         * Share an incident with a partner agency (sharing.partners in the configuration): it stays
         * ours; they receive its EIDO and every later change as a newer version, until EndShare or the
         * incident's closure.
         * Subject: cad.<agency>.in.cmd.incident.share
         */
        class ShareIncident {

            /**
             * Constructs a new ShareIncident.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.ShareIncident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Required. */
            incidentId: string;

            /** The partner's NATS token (its EIDOs go to cad.<to_agency>.in.eido). Required. */
            toAgency: string;

            /**
             * Creates a new ShareIncident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareIncident instance
             */
            static create(properties: cad.v1.ShareIncident.$Shape): cad.v1.ShareIncident & cad.v1.ShareIncident.$Shape;
            static create(properties?: cad.v1.ShareIncident.$Properties): cad.v1.ShareIncident;

            /**
             * Encodes the specified ShareIncident message. Does not implicitly {@link cad.v1.ShareIncident.verify|verify} messages.
             * @param message ShareIncident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.ShareIncident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareIncident message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.ShareIncident & cad.v1.ShareIncident.$Shape} ShareIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.ShareIncident & cad.v1.ShareIncident.$Shape;
        }

        namespace ShareIncident {

            /** Properties of a ShareIncident. */
            interface $Properties {

                /** Required. */
                incidentId?: (string|null);

                /** The partner's NATS token (its EIDOs go to cad.<to_agency>.in.eido). Required. */
                toAgency?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShareIncident. */
            type $Shape = cad.v1.ShareIncident.$Properties;
        }

        /**
         * Properties of a TransferIncident.
         * @deprecated Use cad.v1.TransferIncident.$Properties instead.
         */
        interface ITransferIncident extends cad.v1.TransferIncident.$Properties {
        }

        /**
         * Hand an incident over to a partner agency: it is offered to them as an incoming incident;
         * ours until they answer; closed as TRANSFERRED once they accept; still ours if they decline.
         * Subject: cad.<agency>.in.cmd.incident.transfer
         */
        class TransferIncident {

            /**
             * Constructs a new TransferIncident.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.TransferIncident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Required. */
            incidentId: string;

            /** Required. */
            toAgency: string;

            /** Why, for the partner. Optional. */
            reason: string;

            /**
             * Creates a new TransferIncident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferIncident instance
             */
            static create(properties: cad.v1.TransferIncident.$Shape): cad.v1.TransferIncident & cad.v1.TransferIncident.$Shape;
            static create(properties?: cad.v1.TransferIncident.$Properties): cad.v1.TransferIncident;

            /**
             * Encodes the specified TransferIncident message. Does not implicitly {@link cad.v1.TransferIncident.verify|verify} messages.
             * @param message TransferIncident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.TransferIncident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferIncident message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.TransferIncident & cad.v1.TransferIncident.$Shape} TransferIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.TransferIncident & cad.v1.TransferIncident.$Shape;
        }

        namespace TransferIncident {

            /** Properties of a TransferIncident. */
            interface $Properties {

                /** Required. */
                incidentId?: (string|null);

                /** Required. */
                toAgency?: (string|null);

                /** Why, for the partner. Optional. */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferIncident. */
            type $Shape = cad.v1.TransferIncident.$Properties;
        }

        /**
         * Properties of an EndShare.
         * @deprecated Use cad.v1.EndShare.$Properties instead.
         */
        interface IEndShare extends cad.v1.EndShare.$Properties {
        }

        /**
         * Stop sharing an incident with a partner agency.
         * Subject: cad.<agency>.in.cmd.incident.unshare
         */
        class EndShare {

            /**
             * Constructs a new EndShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.EndShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Required. */
            incidentId: string;

            /** Required. */
            toAgency: string;

            /**
             * Creates a new EndShare instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndShare instance
             */
            static create(properties: cad.v1.EndShare.$Shape): cad.v1.EndShare & cad.v1.EndShare.$Shape;
            static create(properties?: cad.v1.EndShare.$Properties): cad.v1.EndShare;

            /**
             * Encodes the specified EndShare message. Does not implicitly {@link cad.v1.EndShare.verify|verify} messages.
             * @param message EndShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.EndShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.EndShare & cad.v1.EndShare.$Shape} EndShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.EndShare & cad.v1.EndShare.$Shape;
        }

        namespace EndShare {

            /** Properties of an EndShare. */
            interface $Properties {

                /** Required. */
                incidentId?: (string|null);

                /** Required. */
                toAgency?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndShare. */
            type $Shape = cad.v1.EndShare.$Properties;
        }

        /**
         * Properties of a Tick.
         * @deprecated Use cad.v1.Tick.$Properties instead.
         */
        interface ITick extends cad.v1.Tick.$Properties {
        }

        /**
         * Time advancing: timers that are due (overdue incidents, unit status timers) fire at the
         * message's acceptance time. Written by the clock adapter, typically once a second.
         * Subject: cad.<agency>.in.tick
         */
        class Tick {

            /**
             * Constructs a new Tick.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.Tick.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Tick instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Tick instance
             */
            static create(properties: cad.v1.Tick.$Shape): cad.v1.Tick & cad.v1.Tick.$Shape;
            static create(properties?: cad.v1.Tick.$Properties): cad.v1.Tick;

            /**
             * Encodes the specified Tick message. Does not implicitly {@link cad.v1.Tick.verify|verify} messages.
             * @param message Tick message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.Tick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tick message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.Tick & cad.v1.Tick.$Shape} Tick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.Tick & cad.v1.Tick.$Shape;
        }

        namespace Tick {

            /** Properties of a Tick. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Tick. */
            type $Shape = cad.v1.Tick.$Properties;
        }

        /** A unit's status. */
        enum UnitStatus {

            /** Never sent; a decoder treats it as an error. */
            UNIT_STATUS_UNSPECIFIED = 0,

            /** UNIT_STATUS_AVAILABLE value */
            UNIT_STATUS_AVAILABLE = 1,

            /** UNIT_STATUS_DISPATCHED value */
            UNIT_STATUS_DISPATCHED = 2,

            /** UNIT_STATUS_EN_ROUTE value */
            UNIT_STATUS_EN_ROUTE = 3,

            /** UNIT_STATUS_ON_SCENE value */
            UNIT_STATUS_ON_SCENE = 4,

            /** UNIT_STATUS_TRANSPORTING value */
            UNIT_STATUS_TRANSPORTING = 5,

            /** UNIT_STATUS_AT_HOSPITAL value */
            UNIT_STATUS_AT_HOSPITAL = 6,

            /** UNIT_STATUS_RETURNING value */
            UNIT_STATUS_RETURNING = 7,

            /** UNIT_STATUS_OUT_OF_SERVICE value */
            UNIT_STATUS_OUT_OF_SERVICE = 8
        }

        /** An incident's status. */
        enum IncidentStatus {

            /** Never sent; a decoder treats it as an error. */
            INCIDENT_STATUS_UNSPECIFIED = 0,

            /** INCIDENT_STATUS_PENDING value */
            INCIDENT_STATUS_PENDING = 1,

            /** INCIDENT_STATUS_DISPATCHED value */
            INCIDENT_STATUS_DISPATCHED = 2,

            /** INCIDENT_STATUS_EN_ROUTE value */
            INCIDENT_STATUS_EN_ROUTE = 3,

            /** INCIDENT_STATUS_ON_SCENE value */
            INCIDENT_STATUS_ON_SCENE = 4,

            /** INCIDENT_STATUS_CLEARED value */
            INCIDENT_STATUS_CLEARED = 5,

            /** INCIDENT_STATUS_CLOSED value */
            INCIDENT_STATUS_CLOSED = 6
        }

        /** Why a call was attached to an incident. */
        enum CallAttachReason {

            /** Never sent; a decoder treats it as an error. */
            CALL_ATTACH_REASON_UNSPECIFIED = 0,

            /** The call created the incident. */
            CALL_ATTACH_REASON_FIRST_CALL = 1,

            /** Another caller about an incident already known (near it, within the attach window). */
            CALL_ATTACH_REASON_ADDITIONAL_CALLER = 2,

            /** The call was split off another incident (SplitCall). */
            CALL_ATTACH_REASON_SPLIT = 3
        }

        /** Why an incident's priority changed. */
        enum ReprioritiseReason {

            /** Never sent; a decoder treats it as an error. */
            REPRIORITISE_REASON_UNSPECIFIED = 0,

            /** A dispatcher's ReprioritiseIncident. */
            REPRIORITISE_REASON_DISPATCHER = 1,

            /** An additional caller's flags raised it. */
            REPRIORITISE_REASON_CALLER_FLAGS = 2,

            /** It waited past its dispatch target. */
            REPRIORITISE_REASON_OVERDUE = 3,

            /** A merged incident brought a higher priority. */
            REPRIORITISE_REASON_MERGE = 4
        }

        /** Why a unit left an incident. */
        enum UnitReleaseReason {

            /** Never sent; a decoder treats it as an error. */
            UNIT_RELEASE_REASON_UNSPECIFIED = 0,

            /** The unit reported a status that ends its assignment (e.g. available, returning). */
            UNIT_RELEASE_REASON_CLEARED = 1,

            /** It was reassigned to another incident (ReassignUnit). */
            UNIT_RELEASE_REASON_PREEMPTED = 2,

            /** It went out of service. */
            UNIT_RELEASE_REASON_OUT_OF_SERVICE = 3,

            /** The incident was cleared or closed. */
            UNIT_RELEASE_REASON_INCIDENT_CLEARED = 4
        }

        /** Why a candidate unit ranks where it does. */
        enum CandidateReason {

            /** Never sent; a decoder treats it as an error. */
            CANDIDATE_REASON_UNSPECIFIED = 0,

            /** The best candidate by estimated time of arrival (the first of the ranking). */
            CANDIDATE_REASON_CLOSEST_BY_ETA = 1,

            /** The unit is in the incident's zone. */
            CANDIDATE_REASON_IN_ZONE = 2,

            /** The unit's position is its station's (it has no AVL fix). */
            CANDIDATE_REASON_AT_STATION = 3,

            /** The unit is returning: no turnout time is added. */
            CANDIDATE_REASON_RETURNING_NO_TURNOUT = 4,

            /** Its AVL fix is stale, so its station position was used. */
            CANDIDATE_REASON_STALE_POSITION_AT_STATION = 5,

            /** Its AVL fix is stale and there is no station: its ETA carries a penalty. */
            CANDIDATE_REASON_STALE_POSITION_PENALISED = 6,

            /** The unit belongs to another agency (mutual aid). */
            CANDIDATE_REASON_MUTUAL_AID = 7
        }

        /**
         * Properties of a CallReceived.
         * @deprecated Use cad.v1.CallReceived.$Properties instead.
         */
        interface ICallReceived extends cad.v1.CallReceived.$Properties {
        }

        /** A 911 call was received and recorded (emitted before it is attached to an incident). */
        class CallReceived {

            /**
             * Constructs a new CallReceived.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.CallReceived.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The call's id. */
            callId: string;

            /** When the call reached the PSAP, epoch milliseconds. */
            receivedAtMs: (number|Long);

            /** When it was answered, epoch milliseconds; absent if not given. */
            answeredAtMs?: (number|Long|null);

            /** Longitude, WGS84 degrees. */
            lon: number;

            /** Latitude, WGS84 degrees. */
            lat: number;

            /** Address as given ("" if none). */
            address: string;

            /** The call-type code used (after any fallback to the default). */
            callType: string;

            /** The caller's number ("" if none). */
            callerNumber: string;

            /** Caller flags as given. */
            flags: string[];

            /** Free text ("" if none). */
            description: string;

            /**
             * Creates a new CallReceived instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallReceived instance
             */
            static create(properties: cad.v1.CallReceived.$Shape): cad.v1.CallReceived & cad.v1.CallReceived.$Shape;
            static create(properties?: cad.v1.CallReceived.$Properties): cad.v1.CallReceived;

            /**
             * Encodes the specified CallReceived message. Does not implicitly {@link cad.v1.CallReceived.verify|verify} messages.
             * @param message CallReceived message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.CallReceived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallReceived message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.CallReceived & cad.v1.CallReceived.$Shape} CallReceived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.CallReceived & cad.v1.CallReceived.$Shape;
        }

        namespace CallReceived {

            /** Properties of a CallReceived. */
            interface $Properties {

                /** The call's id. */
                callId?: (string|null);

                /** When the call reached the PSAP, epoch milliseconds. */
                receivedAtMs?: (number|Long|null);

                /** When it was answered, epoch milliseconds; absent if not given. */
                answeredAtMs?: (number|Long|null);

                /** Longitude, WGS84 degrees. */
                lon?: (number|null);

                /** Latitude, WGS84 degrees. */
                lat?: (number|null);

                /** Address as given ("" if none). */
                address?: (string|null);

                /** The call-type code used (after any fallback to the default). */
                callType?: (string|null);

                /** The caller's number ("" if none). */
                callerNumber?: (string|null);

                /** Caller flags as given. */
                flags?: (string[]|null);

                /** Free text ("" if none). */
                description?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallReceived. */
            type $Shape = cad.v1.CallReceived.$Properties;
        }

        /**
         * Properties of a CallTypeDefaulted.
         * @deprecated Use cad.v1.CallTypeDefaulted.$Properties instead.
         */
        interface ICallTypeDefaulted extends cad.v1.CallTypeDefaulted.$Properties {
        }

        /** The call's type code was unknown (or empty); the default type is used instead. */
        class CallTypeDefaulted {

            /**
             * Constructs a new CallTypeDefaulted.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.CallTypeDefaulted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The call. */
            callId: string;

            /** The code the caller sent ("" if none). */
            requestedCode: string;

            /** The configured default code used instead. */
            usedCode: string;

            /**
             * Creates a new CallTypeDefaulted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallTypeDefaulted instance
             */
            static create(properties: cad.v1.CallTypeDefaulted.$Shape): cad.v1.CallTypeDefaulted & cad.v1.CallTypeDefaulted.$Shape;
            static create(properties?: cad.v1.CallTypeDefaulted.$Properties): cad.v1.CallTypeDefaulted;

            /**
             * Encodes the specified CallTypeDefaulted message. Does not implicitly {@link cad.v1.CallTypeDefaulted.verify|verify} messages.
             * @param message CallTypeDefaulted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.CallTypeDefaulted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallTypeDefaulted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.CallTypeDefaulted & cad.v1.CallTypeDefaulted.$Shape} CallTypeDefaulted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.CallTypeDefaulted & cad.v1.CallTypeDefaulted.$Shape;
        }

        namespace CallTypeDefaulted {

            /** Properties of a CallTypeDefaulted. */
            interface $Properties {

                /** The call. */
                callId?: (string|null);

                /** The code the caller sent ("" if none). */
                requestedCode?: (string|null);

                /** The configured default code used instead. */
                usedCode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallTypeDefaulted. */
            type $Shape = cad.v1.CallTypeDefaulted.$Properties;
        }

        /**
         * Properties of an IncidentCreated.
         * @deprecated Use cad.v1.IncidentCreated.$Properties instead.
         */
        interface IIncidentCreated extends cad.v1.IncidentCreated.$Properties {
        }

        /** A new incident, from a call or a split. */
        class IncidentCreated {

            /**
             * Constructs a new IncidentCreated.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentCreated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident's id (assigned by the engine). */
            incidentId: string;

            /** Its call-type code. */
            callType: string;

            /** Its priority, 1 = most urgent. */
            priority: number;

            /** Longitude, WGS84 degrees. */
            lon: number;

            /** Latitude, WGS84 degrees. */
            lat: number;

            /** Address ("" if none). */
            address: string;

            /** The configured zone (beat, first-due area) it lies in; absent if none. */
            zone?: (string|null);

            /** When the first call reached the PSAP, epoch milliseconds. */
            receivedAtMs: (number|Long);

            /** When the first call was answered, epoch milliseconds; absent if not given. */
            answeredAtMs?: (number|Long|null);

            /** The incident it was split from; absent unless created by SplitCall. */
            splitFromIncidentId?: (string|null);

            /**
             * Creates a new IncidentCreated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentCreated instance
             */
            static create(properties: cad.v1.IncidentCreated.$Shape): cad.v1.IncidentCreated & cad.v1.IncidentCreated.$Shape;
            static create(properties?: cad.v1.IncidentCreated.$Properties): cad.v1.IncidentCreated;

            /**
             * Encodes the specified IncidentCreated message. Does not implicitly {@link cad.v1.IncidentCreated.verify|verify} messages.
             * @param message IncidentCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentCreated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentCreated & cad.v1.IncidentCreated.$Shape} IncidentCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentCreated & cad.v1.IncidentCreated.$Shape;
        }

        namespace IncidentCreated {

            /** Properties of an IncidentCreated. */
            interface $Properties {

                /** The incident's id (assigned by the engine). */
                incidentId?: (string|null);

                /** Its call-type code. */
                callType?: (string|null);

                /** Its priority, 1 = most urgent. */
                priority?: (number|null);

                /** Longitude, WGS84 degrees. */
                lon?: (number|null);

                /** Latitude, WGS84 degrees. */
                lat?: (number|null);

                /** Address ("" if none). */
                address?: (string|null);

                /** The configured zone (beat, first-due area) it lies in; absent if none. */
                zone?: (string|null);

                /** When the first call reached the PSAP, epoch milliseconds. */
                receivedAtMs?: (number|Long|null);

                /** When the first call was answered, epoch milliseconds; absent if not given. */
                answeredAtMs?: (number|Long|null);

                /** The incident it was split from; absent unless created by SplitCall. */
                splitFromIncidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentCreated. */
            type $Shape = cad.v1.IncidentCreated.$Properties;
        }

        /**
         * Properties of a BusyCandidate.
         * @deprecated Use cad.v1.BusyCandidate.$Properties instead.
         */
        interface IBusyCandidate extends cad.v1.BusyCandidate.$Properties {
        }

        /** The busy unit that could fill a slot nobody free can: when it may be free, and its ETA then. */
        class BusyCandidate {

            /**
             * Constructs a new BusyCandidate.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.BusyCandidate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** Its unit type. */
            unitType: string;

            /** Its current status. */
            status: cad.v1.UnitStatus;

            /** The incident it serves now; absent if none. */
            incidentId?: (string|null);

            /** When it is expected to be free, epoch milliseconds (an estimate: may carry a fraction). */
            expectedFreeAtMs: number;

            /** Seconds from now until it could arrive: wait until free, then turnout and travel. */
            etaSeconds: number;

            /**
             * Creates a new BusyCandidate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BusyCandidate instance
             */
            static create(properties: cad.v1.BusyCandidate.$Shape): cad.v1.BusyCandidate & cad.v1.BusyCandidate.$Shape;
            static create(properties?: cad.v1.BusyCandidate.$Properties): cad.v1.BusyCandidate;

            /**
             * Encodes the specified BusyCandidate message. Does not implicitly {@link cad.v1.BusyCandidate.verify|verify} messages.
             * @param message BusyCandidate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.BusyCandidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BusyCandidate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.BusyCandidate & cad.v1.BusyCandidate.$Shape} BusyCandidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.BusyCandidate & cad.v1.BusyCandidate.$Shape;
        }

        namespace BusyCandidate {

            /** Properties of a BusyCandidate. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** Its unit type. */
                unitType?: (string|null);

                /** Its current status. */
                status?: (cad.v1.UnitStatus|null);

                /** The incident it serves now; absent if none. */
                incidentId?: (string|null);

                /** When it is expected to be free, epoch milliseconds (an estimate: may carry a fraction). */
                expectedFreeAtMs?: (number|null);

                /** Seconds from now until it could arrive: wait until free, then turnout and travel. */
                etaSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BusyCandidate. */
            type $Shape = cad.v1.BusyCandidate.$Properties;
        }

        /**
         * Properties of a Candidate.
         * @deprecated Use cad.v1.Candidate.$Properties instead.
         */
        interface ICandidate extends cad.v1.Candidate.$Properties {
        }

        /** A free unit that can fill a slot, with its estimate. */
        class Candidate {

            /**
             * Constructs a new Candidate.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.Candidate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** Its unit type. */
            unitType: string;

            /** Its agency. */
            agency: string;

            /** Estimated seconds to arrive (turnout, travel and any penalty). */
            etaSeconds: number;

            /** Great-circle distance to the incident, metres. */
            distanceMeters: number;

            /** Why it ranks where it does. */
            reasons: cad.v1.CandidateReason[];

            /**
             * Creates a new Candidate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Candidate instance
             */
            static create(properties: cad.v1.Candidate.$Shape): cad.v1.Candidate & cad.v1.Candidate.$Shape;
            static create(properties?: cad.v1.Candidate.$Properties): cad.v1.Candidate;

            /**
             * Encodes the specified Candidate message. Does not implicitly {@link cad.v1.Candidate.verify|verify} messages.
             * @param message Candidate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.Candidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Candidate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.Candidate & cad.v1.Candidate.$Shape} Candidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.Candidate & cad.v1.Candidate.$Shape;
        }

        namespace Candidate {

            /** Properties of a Candidate. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** Its unit type. */
                unitType?: (string|null);

                /** Its agency. */
                agency?: (string|null);

                /** Estimated seconds to arrive (turnout, travel and any penalty). */
                etaSeconds?: (number|null);

                /** Great-circle distance to the incident, metres. */
                distanceMeters?: (number|null);

                /** Why it ranks where it does. */
                reasons?: (cad.v1.CandidateReason[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Candidate. */
            type $Shape = cad.v1.Candidate.$Properties;
        }

        /**
         * Properties of a NextBest.
         * @deprecated Use cad.v1.NextBest.$Properties instead.
         */
        interface INextBest extends cad.v1.NextBest.$Properties {
        }

        /** The runner-up for a slot. */
        class NextBest {

            /**
             * Constructs a new NextBest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.NextBest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The runner-up unit. */
            unitId: string;

            /** How many seconds later than the best unit it would arrive. */
            deltaSeconds: number;

            /**
             * Creates a new NextBest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NextBest instance
             */
            static create(properties: cad.v1.NextBest.$Shape): cad.v1.NextBest & cad.v1.NextBest.$Shape;
            static create(properties?: cad.v1.NextBest.$Properties): cad.v1.NextBest;

            /**
             * Encodes the specified NextBest message. Does not implicitly {@link cad.v1.NextBest.verify|verify} messages.
             * @param message NextBest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.NextBest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NextBest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.NextBest & cad.v1.NextBest.$Shape} NextBest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.NextBest & cad.v1.NextBest.$Shape;
        }

        namespace NextBest {

            /** Properties of a NextBest. */
            interface $Properties {

                /** The runner-up unit. */
                unitId?: (string|null);

                /** How many seconds later than the best unit it would arrive. */
                deltaSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NextBest. */
            type $Shape = cad.v1.NextBest.$Properties;
        }

        /**
         * Properties of a SlotRecommendation.
         * @deprecated Use cad.v1.SlotRecommendation.$Properties instead.
         */
        interface ISlotRecommendation extends cad.v1.SlotRecommendation.$Properties {
        }

        /** One unit the response plan wants, and who could be it. */
        class SlotRecommendation {

            /**
             * Constructs a new SlotRecommendation.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.SlotRecommendation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The plan's label for the slot (e.g. "engine"). */
            label: string;

            /** Unit types that can fill it. */
            types: string[];

            /** Capabilities the unit must have. */
            capabilities: string[];

            /** The best free unit; absent when none is free (see shortfall). */
            unit?: (cad.v1.Candidate.$Properties|null);

            /** The ranked candidates (top k), best first; the first is `unit`. */
            candidates: cad.v1.Candidate.$Properties[];

            /** The runner-up and how much later it would arrive; absent if there is none. */
            nextBest?: (cad.v1.NextBest.$Properties|null);

            /** Busy units that could fill the slot later, by ETA, soonest first. */
            shortfall: cad.v1.BusyCandidate.$Properties[];

            /**
             * Creates a new SlotRecommendation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SlotRecommendation instance
             */
            static create(properties: cad.v1.SlotRecommendation.$Shape): cad.v1.SlotRecommendation & cad.v1.SlotRecommendation.$Shape;
            static create(properties?: cad.v1.SlotRecommendation.$Properties): cad.v1.SlotRecommendation;

            /**
             * Encodes the specified SlotRecommendation message. Does not implicitly {@link cad.v1.SlotRecommendation.verify|verify} messages.
             * @param message SlotRecommendation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.SlotRecommendation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SlotRecommendation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.SlotRecommendation & cad.v1.SlotRecommendation.$Shape} SlotRecommendation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.SlotRecommendation & cad.v1.SlotRecommendation.$Shape;
        }

        namespace SlotRecommendation {

            /** Properties of a SlotRecommendation. */
            interface $Properties {

                /** The plan's label for the slot (e.g. "engine"). */
                label?: (string|null);

                /** Unit types that can fill it. */
                types?: (string[]|null);

                /** Capabilities the unit must have. */
                capabilities?: (string[]|null);

                /** The best free unit; absent when none is free (see shortfall). */
                unit?: (cad.v1.Candidate.$Properties|null);

                /** The ranked candidates (top k), best first; the first is `unit`. */
                candidates?: (cad.v1.Candidate.$Properties[]|null);

                /** The runner-up and how much later it would arrive; absent if there is none. */
                nextBest?: (cad.v1.NextBest.$Properties|null);

                /** Busy units that could fill the slot later, by ETA, soonest first. */
                shortfall?: (cad.v1.BusyCandidate.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SlotRecommendation. */
            type $Shape = cad.v1.SlotRecommendation.$Properties;
        }

        /**
         * Properties of a UnitsRecommended.
         * @deprecated Use cad.v1.UnitsRecommended.$Properties instead.
         */
        interface IUnitsRecommended extends cad.v1.UnitsRecommended.$Properties {
        }

        /** The units the engine recommends for an incident's response plan, with the reasons. */
        class UnitsRecommended {

            /**
             * Constructs a new UnitsRecommended.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitsRecommended.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident. */
            incidentId: string;

            /** Its call-type code (which chose the plan). */
            callType: string;

            /** Its zone; absent if none. */
            zone?: (string|null);

            /** One entry per unit the plan wants (a slot of count 3 gives three entries). */
            slots: cad.v1.SlotRecommendation.$Properties[];

            /** True when every slot has a free unit. */
            complete: boolean;

            /**
             * Creates a new UnitsRecommended instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitsRecommended instance
             */
            static create(properties: cad.v1.UnitsRecommended.$Shape): cad.v1.UnitsRecommended & cad.v1.UnitsRecommended.$Shape;
            static create(properties?: cad.v1.UnitsRecommended.$Properties): cad.v1.UnitsRecommended;

            /**
             * Encodes the specified UnitsRecommended message. Does not implicitly {@link cad.v1.UnitsRecommended.verify|verify} messages.
             * @param message UnitsRecommended message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitsRecommended.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitsRecommended message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitsRecommended & cad.v1.UnitsRecommended.$Shape} UnitsRecommended
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitsRecommended & cad.v1.UnitsRecommended.$Shape;
        }

        namespace UnitsRecommended {

            /** Properties of a UnitsRecommended. */
            interface $Properties {

                /** The incident. */
                incidentId?: (string|null);

                /** Its call-type code (which chose the plan). */
                callType?: (string|null);

                /** Its zone; absent if none. */
                zone?: (string|null);

                /** One entry per unit the plan wants (a slot of count 3 gives three entries). */
                slots?: (cad.v1.SlotRecommendation.$Properties[]|null);

                /** True when every slot has a free unit. */
                complete?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitsRecommended. */
            type $Shape = cad.v1.UnitsRecommended.$Properties;
        }

        /**
         * Properties of a CallAttached.
         * @deprecated Use cad.v1.CallAttached.$Properties instead.
         */
        interface ICallAttached extends cad.v1.CallAttached.$Properties {
        }

        /** A call was attached to an incident. */
        class CallAttached {

            /**
             * Constructs a new CallAttached.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.CallAttached.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The call. */
            callId: string;

            /** The incident it now belongs to. */
            incidentId: string;

            /** Why. */
            reason: cad.v1.CallAttachReason;

            /** The incident it came from (split); absent otherwise. */
            fromIncidentId?: (string|null);

            /** Distance from the call to the incident, metres (0 for the first call). */
            distanceMeters: number;

            /**
             * Creates a new CallAttached instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallAttached instance
             */
            static create(properties: cad.v1.CallAttached.$Shape): cad.v1.CallAttached & cad.v1.CallAttached.$Shape;
            static create(properties?: cad.v1.CallAttached.$Properties): cad.v1.CallAttached;

            /**
             * Encodes the specified CallAttached message. Does not implicitly {@link cad.v1.CallAttached.verify|verify} messages.
             * @param message CallAttached message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.CallAttached.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallAttached message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.CallAttached & cad.v1.CallAttached.$Shape} CallAttached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.CallAttached & cad.v1.CallAttached.$Shape;
        }

        namespace CallAttached {

            /** Properties of a CallAttached. */
            interface $Properties {

                /** The call. */
                callId?: (string|null);

                /** The incident it now belongs to. */
                incidentId?: (string|null);

                /** Why. */
                reason?: (cad.v1.CallAttachReason|null);

                /** The incident it came from (split); absent otherwise. */
                fromIncidentId?: (string|null);

                /** Distance from the call to the incident, metres (0 for the first call). */
                distanceMeters?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallAttached. */
            type $Shape = cad.v1.CallAttached.$Properties;
        }

        /**
         * Properties of an IncidentReprioritised.
         * @deprecated Use cad.v1.IncidentReprioritised.$Properties instead.
         */
        interface IIncidentReprioritised extends cad.v1.IncidentReprioritised.$Properties {
        }

        /** An incident's priority changed. */
        class IncidentReprioritised {

            /**
             * Constructs a new IncidentReprioritised.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentReprioritised.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident. */
            incidentId: string;

            /** The old priority. */
            from: number;

            /** The new priority. */
            to: number;

            /** Why. */
            reason: cad.v1.ReprioritiseReason;

            /** Words for a console ("" if none). */
            note: string;

            /**
             * Creates a new IncidentReprioritised instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentReprioritised instance
             */
            static create(properties: cad.v1.IncidentReprioritised.$Shape): cad.v1.IncidentReprioritised & cad.v1.IncidentReprioritised.$Shape;
            static create(properties?: cad.v1.IncidentReprioritised.$Properties): cad.v1.IncidentReprioritised;

            /**
             * Encodes the specified IncidentReprioritised message. Does not implicitly {@link cad.v1.IncidentReprioritised.verify|verify} messages.
             * @param message IncidentReprioritised message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentReprioritised.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentReprioritised message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentReprioritised & cad.v1.IncidentReprioritised.$Shape} IncidentReprioritised
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentReprioritised & cad.v1.IncidentReprioritised.$Shape;
        }

        namespace IncidentReprioritised {

            /** Properties of an IncidentReprioritised. */
            interface $Properties {

                /** The incident. */
                incidentId?: (string|null);

                /** The old priority. */
                from?: (number|null);

                /** The new priority. */
                to?: (number|null);

                /** Why. */
                reason?: (cad.v1.ReprioritiseReason|null);

                /** Words for a console ("" if none). */
                note?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentReprioritised. */
            type $Shape = cad.v1.IncidentReprioritised.$Properties;
        }

        /**
         * Properties of an IncidentStatusChanged.
         * @deprecated Use cad.v1.IncidentStatusChanged.$Properties instead.
         */
        interface IIncidentStatusChanged extends cad.v1.IncidentStatusChanged.$Properties {
        }

        /** An incident's status changed. */
        class IncidentStatusChanged {

            /**
             * Constructs a new IncidentStatusChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentStatusChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident. */
            incidentId: string;

            /** The old status. */
            from: cad.v1.IncidentStatus;

            /** The new status. */
            to: cad.v1.IncidentStatus;

            /**
             * Why, in words a console can show (e.g. "cleared by dispatcher", "last unit E1 cleared",
             * "reopened: caller rang back").
             */
            reason: string;

            /** The disposition code; present when `to` is closed. */
            disposition?: (string|null);

            /**
             * Creates a new IncidentStatusChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentStatusChanged instance
             */
            static create(properties: cad.v1.IncidentStatusChanged.$Shape): cad.v1.IncidentStatusChanged & cad.v1.IncidentStatusChanged.$Shape;
            static create(properties?: cad.v1.IncidentStatusChanged.$Properties): cad.v1.IncidentStatusChanged;

            /**
             * Encodes the specified IncidentStatusChanged message. Does not implicitly {@link cad.v1.IncidentStatusChanged.verify|verify} messages.
             * @param message IncidentStatusChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentStatusChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentStatusChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentStatusChanged & cad.v1.IncidentStatusChanged.$Shape} IncidentStatusChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentStatusChanged & cad.v1.IncidentStatusChanged.$Shape;
        }

        namespace IncidentStatusChanged {

            /** Properties of an IncidentStatusChanged. */
            interface $Properties {

                /** The incident. */
                incidentId?: (string|null);

                /** The old status. */
                from?: (cad.v1.IncidentStatus|null);

                /** The new status. */
                to?: (cad.v1.IncidentStatus|null);

                /**
                 * Why, in words a console can show (e.g. "cleared by dispatcher", "last unit E1 cleared",
                 * "reopened: caller rang back").
                 */
                reason?: (string|null);

                /** The disposition code; present when `to` is closed. */
                disposition?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentStatusChanged. */
            type $Shape = cad.v1.IncidentStatusChanged.$Properties;
        }

        /**
         * Properties of an IncidentsMerged.
         * @deprecated Use cad.v1.IncidentsMerged.$Properties instead.
         */
        interface IIncidentsMerged extends cad.v1.IncidentsMerged.$Properties {
        }

        /** One incident was merged into another (the source is closed as MERGED). */
        class IncidentsMerged {

            /**
             * Constructs a new IncidentsMerged.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentsMerged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident merged away. */
            incidentId: string;

            /** The incident that absorbed it. */
            intoIncidentId: string;

            /** The calls moved. */
            callIds: string[];

            /** The units moved. */
            unitIds: string[];

            /**
             * Creates a new IncidentsMerged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentsMerged instance
             */
            static create(properties: cad.v1.IncidentsMerged.$Shape): cad.v1.IncidentsMerged & cad.v1.IncidentsMerged.$Shape;
            static create(properties?: cad.v1.IncidentsMerged.$Properties): cad.v1.IncidentsMerged;

            /**
             * Encodes the specified IncidentsMerged message. Does not implicitly {@link cad.v1.IncidentsMerged.verify|verify} messages.
             * @param message IncidentsMerged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentsMerged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentsMerged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentsMerged & cad.v1.IncidentsMerged.$Shape} IncidentsMerged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentsMerged & cad.v1.IncidentsMerged.$Shape;
        }

        namespace IncidentsMerged {

            /** Properties of an IncidentsMerged. */
            interface $Properties {

                /** The incident merged away. */
                incidentId?: (string|null);

                /** The incident that absorbed it. */
                intoIncidentId?: (string|null);

                /** The calls moved. */
                callIds?: (string[]|null);

                /** The units moved. */
                unitIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentsMerged. */
            type $Shape = cad.v1.IncidentsMerged.$Properties;
        }

        /**
         * Properties of an IncidentsLinked.
         * @deprecated Use cad.v1.IncidentsLinked.$Properties instead.
         */
        interface IIncidentsLinked extends cad.v1.IncidentsLinked.$Properties {
        }

        /** Two incidents were linked; both incidents' timelines record it. */
        class IncidentsLinked {

            /**
             * Constructs a new IncidentsLinked.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentsLinked.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** One incident. */
            incidentId: string;

            /** The other. */
            otherIncidentId: string;

            /**
             * Creates a new IncidentsLinked instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentsLinked instance
             */
            static create(properties: cad.v1.IncidentsLinked.$Shape): cad.v1.IncidentsLinked & cad.v1.IncidentsLinked.$Shape;
            static create(properties?: cad.v1.IncidentsLinked.$Properties): cad.v1.IncidentsLinked;

            /**
             * Encodes the specified IncidentsLinked message. Does not implicitly {@link cad.v1.IncidentsLinked.verify|verify} messages.
             * @param message IncidentsLinked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentsLinked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentsLinked message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentsLinked & cad.v1.IncidentsLinked.$Shape} IncidentsLinked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentsLinked & cad.v1.IncidentsLinked.$Shape;
        }

        namespace IncidentsLinked {

            /** Properties of an IncidentsLinked. */
            interface $Properties {

                /** One incident. */
                incidentId?: (string|null);

                /** The other. */
                otherIncidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentsLinked. */
            type $Shape = cad.v1.IncidentsLinked.$Properties;
        }

        /**
         * Properties of a NoteAdded.
         * @deprecated Use cad.v1.NoteAdded.$Properties instead.
         */
        interface INoteAdded extends cad.v1.NoteAdded.$Properties {
        }

        /** A note was added to an incident. */
        class NoteAdded {

            /**
             * Constructs a new NoteAdded.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.NoteAdded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident. */
            incidentId: string;

            /** Who wrote it ("" if not given). */
            author: string;

            /** The note. */
            text: string;

            /**
             * Creates a new NoteAdded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NoteAdded instance
             */
            static create(properties: cad.v1.NoteAdded.$Shape): cad.v1.NoteAdded & cad.v1.NoteAdded.$Shape;
            static create(properties?: cad.v1.NoteAdded.$Properties): cad.v1.NoteAdded;

            /**
             * Encodes the specified NoteAdded message. Does not implicitly {@link cad.v1.NoteAdded.verify|verify} messages.
             * @param message NoteAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.NoteAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NoteAdded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.NoteAdded & cad.v1.NoteAdded.$Shape} NoteAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.NoteAdded & cad.v1.NoteAdded.$Shape;
        }

        namespace NoteAdded {

            /** Properties of a NoteAdded. */
            interface $Properties {

                /** The incident. */
                incidentId?: (string|null);

                /** Who wrote it ("" if not given). */
                author?: (string|null);

                /** The note. */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NoteAdded. */
            type $Shape = cad.v1.NoteAdded.$Properties;
        }

        /**
         * Properties of a UnitDispatched.
         * @deprecated Use cad.v1.UnitDispatched.$Properties instead.
         */
        interface IUnitDispatched extends cad.v1.UnitDispatched.$Properties {
        }

        /** A unit was assigned to an incident. */
        class UnitDispatched {

            /**
             * Constructs a new UnitDispatched.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitDispatched.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** The incident. */
            incidentId: string;

            /**
             * Creates a new UnitDispatched instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitDispatched instance
             */
            static create(properties: cad.v1.UnitDispatched.$Shape): cad.v1.UnitDispatched & cad.v1.UnitDispatched.$Shape;
            static create(properties?: cad.v1.UnitDispatched.$Properties): cad.v1.UnitDispatched;

            /**
             * Encodes the specified UnitDispatched message. Does not implicitly {@link cad.v1.UnitDispatched.verify|verify} messages.
             * @param message UnitDispatched message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitDispatched.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitDispatched message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitDispatched & cad.v1.UnitDispatched.$Shape} UnitDispatched
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitDispatched & cad.v1.UnitDispatched.$Shape;
        }

        namespace UnitDispatched {

            /** Properties of a UnitDispatched. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** The incident. */
                incidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitDispatched. */
            type $Shape = cad.v1.UnitDispatched.$Properties;
        }

        /**
         * Properties of a UnitReleased.
         * @deprecated Use cad.v1.UnitReleased.$Properties instead.
         */
        interface IUnitReleased extends cad.v1.UnitReleased.$Properties {
        }

        /** A unit left an incident. */
        class UnitReleased {

            /**
             * Constructs a new UnitReleased.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitReleased.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** The incident it left. */
            incidentId: string;

            /** Why. */
            reason: cad.v1.UnitReleaseReason;

            /**
             * Creates a new UnitReleased instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitReleased instance
             */
            static create(properties: cad.v1.UnitReleased.$Shape): cad.v1.UnitReleased & cad.v1.UnitReleased.$Shape;
            static create(properties?: cad.v1.UnitReleased.$Properties): cad.v1.UnitReleased;

            /**
             * Encodes the specified UnitReleased message. Does not implicitly {@link cad.v1.UnitReleased.verify|verify} messages.
             * @param message UnitReleased message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitReleased.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitReleased message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitReleased & cad.v1.UnitReleased.$Shape} UnitReleased
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitReleased & cad.v1.UnitReleased.$Shape;
        }

        namespace UnitReleased {

            /** Properties of a UnitReleased. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** The incident it left. */
                incidentId?: (string|null);

                /** Why. */
                reason?: (cad.v1.UnitReleaseReason|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitReleased. */
            type $Shape = cad.v1.UnitReleased.$Properties;
        }

        /**
         * Properties of a UnitStatusChanged.
         * @deprecated Use cad.v1.UnitStatusChanged.$Properties instead.
         */
        interface IUnitStatusChanged extends cad.v1.UnitStatusChanged.$Properties {
        }

        /** A unit's status changed. */
        class UnitStatusChanged {

            /**
             * Constructs a new UnitStatusChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitStatusChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** The old status. */
            from: cad.v1.UnitStatus;

            /** The new status. */
            to: cad.v1.UnitStatus;

            /** The incident the unit serves after the change; absent if none. */
            incidentId?: (string|null);

            /** The status name as reported (agency code), or the canonical name. */
            reported: string;

            /**
             * Creates a new UnitStatusChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitStatusChanged instance
             */
            static create(properties: cad.v1.UnitStatusChanged.$Shape): cad.v1.UnitStatusChanged & cad.v1.UnitStatusChanged.$Shape;
            static create(properties?: cad.v1.UnitStatusChanged.$Properties): cad.v1.UnitStatusChanged;

            /**
             * Encodes the specified UnitStatusChanged message. Does not implicitly {@link cad.v1.UnitStatusChanged.verify|verify} messages.
             * @param message UnitStatusChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitStatusChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitStatusChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitStatusChanged & cad.v1.UnitStatusChanged.$Shape} UnitStatusChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitStatusChanged & cad.v1.UnitStatusChanged.$Shape;
        }

        namespace UnitStatusChanged {

            /** Properties of a UnitStatusChanged. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** The old status. */
                from?: (cad.v1.UnitStatus|null);

                /** The new status. */
                to?: (cad.v1.UnitStatus|null);

                /** The incident the unit serves after the change; absent if none. */
                incidentId?: (string|null);

                /** The status name as reported (agency code), or the canonical name. */
                reported?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitStatusChanged. */
            type $Shape = cad.v1.UnitStatusChanged.$Properties;
        }

        /**
         * Properties of a UnitLocationUpdated.
         * @deprecated Use cad.v1.UnitLocationUpdated.$Properties instead.
         */
        interface IUnitLocationUpdated extends cad.v1.UnitLocationUpdated.$Properties {
        }

        /** A unit's position was updated from AVL. */
        class UnitLocationUpdated {

            /**
             * Constructs a new UnitLocationUpdated.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitLocationUpdated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** Longitude, WGS84 degrees. */
            lon: number;

            /** Latitude, WGS84 degrees. */
            lat: number;

            /** Instant of the fix, epoch milliseconds. */
            fixAtMs: (number|Long);

            /**
             * Creates a new UnitLocationUpdated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitLocationUpdated instance
             */
            static create(properties: cad.v1.UnitLocationUpdated.$Shape): cad.v1.UnitLocationUpdated & cad.v1.UnitLocationUpdated.$Shape;
            static create(properties?: cad.v1.UnitLocationUpdated.$Properties): cad.v1.UnitLocationUpdated;

            /**
             * Encodes the specified UnitLocationUpdated message. Does not implicitly {@link cad.v1.UnitLocationUpdated.verify|verify} messages.
             * @param message UnitLocationUpdated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitLocationUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitLocationUpdated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitLocationUpdated & cad.v1.UnitLocationUpdated.$Shape} UnitLocationUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitLocationUpdated & cad.v1.UnitLocationUpdated.$Shape;
        }

        namespace UnitLocationUpdated {

            /** Properties of a UnitLocationUpdated. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** Longitude, WGS84 degrees. */
                lon?: (number|null);

                /** Latitude, WGS84 degrees. */
                lat?: (number|null);

                /** Instant of the fix, epoch milliseconds. */
                fixAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitLocationUpdated. */
            type $Shape = cad.v1.UnitLocationUpdated.$Properties;
        }

        /**
         * Properties of a UnitAdded.
         * @deprecated Use cad.v1.UnitAdded.$Properties instead.
         */
        interface IUnitAdded extends cad.v1.UnitAdded.$Properties {
        }

        /** A unit was put on the roster. */
        class UnitAdded {

            /**
             * Constructs a new UnitAdded.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitAdded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** Its unit type. */
            unitType: string;

            /** Its agency. */
            agency: string;

            /** Its capabilities. */
            capabilities: string[];

            /** Its station (lon and lat always set); absent if none. */
            station?: (cad.v1.Station.$Properties|null);

            /** Crew size. */
            crew: number;

            /**
             * Creates a new UnitAdded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitAdded instance
             */
            static create(properties: cad.v1.UnitAdded.$Shape): cad.v1.UnitAdded & cad.v1.UnitAdded.$Shape;
            static create(properties?: cad.v1.UnitAdded.$Properties): cad.v1.UnitAdded;

            /**
             * Encodes the specified UnitAdded message. Does not implicitly {@link cad.v1.UnitAdded.verify|verify} messages.
             * @param message UnitAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitAdded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitAdded & cad.v1.UnitAdded.$Shape} UnitAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitAdded & cad.v1.UnitAdded.$Shape;
        }

        namespace UnitAdded {

            /** Properties of a UnitAdded. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** Its unit type. */
                unitType?: (string|null);

                /** Its agency. */
                agency?: (string|null);

                /** Its capabilities. */
                capabilities?: (string[]|null);

                /** Its station (lon and lat always set); absent if none. */
                station?: (cad.v1.Station.$Properties|null);

                /** Crew size. */
                crew?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitAdded. */
            type $Shape = cad.v1.UnitAdded.$Properties;
        }

        /**
         * Properties of a UnitChanged.
         * @deprecated Use cad.v1.UnitChanged.$Properties instead.
         */
        interface IUnitChanged extends cad.v1.UnitChanged.$Properties {
        }

        /** A unit's roster entry changed; every field carries the value after the change. */
        class UnitChanged {

            /**
             * Constructs a new UnitChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** Its unit type. */
            unitType: string;

            /** Its agency. */
            agency: string;

            /** Its capabilities. */
            capabilities: string[];

            /** Its station (lon and lat always set); absent if none. */
            station?: (cad.v1.Station.$Properties|null);

            /** Crew size. */
            crew: number;

            /**
             * Creates a new UnitChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitChanged instance
             */
            static create(properties: cad.v1.UnitChanged.$Shape): cad.v1.UnitChanged & cad.v1.UnitChanged.$Shape;
            static create(properties?: cad.v1.UnitChanged.$Properties): cad.v1.UnitChanged;

            /**
             * Encodes the specified UnitChanged message. Does not implicitly {@link cad.v1.UnitChanged.verify|verify} messages.
             * @param message UnitChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitChanged & cad.v1.UnitChanged.$Shape} UnitChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitChanged & cad.v1.UnitChanged.$Shape;
        }

        namespace UnitChanged {

            /** Properties of a UnitChanged. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** Its unit type. */
                unitType?: (string|null);

                /** Its agency. */
                agency?: (string|null);

                /** Its capabilities. */
                capabilities?: (string[]|null);

                /** Its station (lon and lat always set); absent if none. */
                station?: (cad.v1.Station.$Properties|null);

                /** Crew size. */
                crew?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitChanged. */
            type $Shape = cad.v1.UnitChanged.$Properties;
        }

        /**
         * Properties of a UnitRetired.
         * @deprecated Use cad.v1.UnitRetired.$Properties instead.
         */
        interface IUnitRetired extends cad.v1.UnitRetired.$Properties {
        }

        /** A unit was taken off the roster. */
        class UnitRetired {

            /**
             * Constructs a new UnitRetired.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitRetired.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /**
             * Creates a new UnitRetired instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitRetired instance
             */
            static create(properties: cad.v1.UnitRetired.$Shape): cad.v1.UnitRetired & cad.v1.UnitRetired.$Shape;
            static create(properties?: cad.v1.UnitRetired.$Properties): cad.v1.UnitRetired;

            /**
             * Encodes the specified UnitRetired message. Does not implicitly {@link cad.v1.UnitRetired.verify|verify} messages.
             * @param message UnitRetired message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitRetired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitRetired message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitRetired & cad.v1.UnitRetired.$Shape} UnitRetired
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitRetired & cad.v1.UnitRetired.$Shape;
        }

        namespace UnitRetired {

            /** Properties of a UnitRetired. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitRetired. */
            type $Shape = cad.v1.UnitRetired.$Properties;
        }

        /**
         * Properties of a UnitChecked.
         * @deprecated Use cad.v1.UnitChecked.$Properties instead.
         */
        interface IUnitChecked extends cad.v1.UnitChecked.$Properties {
        }

        /** A dispatcher checked on a unit; its status timer restarts. */
        class UnitChecked {

            /**
             * Constructs a new UnitChecked.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitChecked.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /**
             * Creates a new UnitChecked instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitChecked instance
             */
            static create(properties: cad.v1.UnitChecked.$Shape): cad.v1.UnitChecked & cad.v1.UnitChecked.$Shape;
            static create(properties?: cad.v1.UnitChecked.$Properties): cad.v1.UnitChecked;

            /**
             * Encodes the specified UnitChecked message. Does not implicitly {@link cad.v1.UnitChecked.verify|verify} messages.
             * @param message UnitChecked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitChecked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitChecked message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitChecked & cad.v1.UnitChecked.$Shape} UnitChecked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitChecked & cad.v1.UnitChecked.$Shape;
        }

        namespace UnitChecked {

            /** Properties of a UnitChecked. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitChecked. */
            type $Shape = cad.v1.UnitChecked.$Properties;
        }

        /**
         * Properties of an IncidentOverdue.
         * @deprecated Use cad.v1.IncidentOverdue.$Properties instead.
         */
        interface IIncidentOverdue extends cad.v1.IncidentOverdue.$Properties {
        }

        /** Alert: a pending incident has waited past its dispatch target. */
        class IncidentOverdue {

            /**
             * Constructs a new IncidentOverdue.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentOverdue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The incident. */
            incidentId: string;

            /** Its priority. */
            priority: number;

            /** Seconds it has waited in the queue. */
            waitedSeconds: number;

            /** Its dispatch target, seconds. */
            targetSeconds: number;

            /** 1 for the first alert of this wait, then 2, 3... */
            count: number;

            /**
             * Creates a new IncidentOverdue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentOverdue instance
             */
            static create(properties: cad.v1.IncidentOverdue.$Shape): cad.v1.IncidentOverdue & cad.v1.IncidentOverdue.$Shape;
            static create(properties?: cad.v1.IncidentOverdue.$Properties): cad.v1.IncidentOverdue;

            /**
             * Encodes the specified IncidentOverdue message. Does not implicitly {@link cad.v1.IncidentOverdue.verify|verify} messages.
             * @param message IncidentOverdue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentOverdue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentOverdue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentOverdue & cad.v1.IncidentOverdue.$Shape} IncidentOverdue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentOverdue & cad.v1.IncidentOverdue.$Shape;
        }

        namespace IncidentOverdue {

            /** Properties of an IncidentOverdue. */
            interface $Properties {

                /** The incident. */
                incidentId?: (string|null);

                /** Its priority. */
                priority?: (number|null);

                /** Seconds it has waited in the queue. */
                waitedSeconds?: (number|null);

                /** Its dispatch target, seconds. */
                targetSeconds?: (number|null);

                /** 1 for the first alert of this wait, then 2, 3... */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentOverdue. */
            type $Shape = cad.v1.IncidentOverdue.$Properties;
        }

        /**
         * Properties of a UnitStatusOverdue.
         * @deprecated Use cad.v1.UnitStatusOverdue.$Properties instead.
         */
        interface IUnitStatusOverdue extends cad.v1.UnitStatusOverdue.$Properties {
        }

        /** Alert: a unit has stayed in a timed status past its limit without a check. */
        class UnitStatusOverdue {

            /**
             * Constructs a new UnitStatusOverdue.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitStatusOverdue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** The status it is in. */
            status: cad.v1.UnitStatus;

            /** The incident it serves; absent if none. */
            incidentId?: (string|null);

            /** Since when (entering the status or the last check), epoch milliseconds. */
            sinceAtMs: (number|Long);

            /** The status's time limit, seconds. */
            limitSeconds: number;

            /** 1 for the first alert, then 2, 3... */
            count: number;

            /**
             * Creates a new UnitStatusOverdue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitStatusOverdue instance
             */
            static create(properties: cad.v1.UnitStatusOverdue.$Shape): cad.v1.UnitStatusOverdue & cad.v1.UnitStatusOverdue.$Shape;
            static create(properties?: cad.v1.UnitStatusOverdue.$Properties): cad.v1.UnitStatusOverdue;

            /**
             * Encodes the specified UnitStatusOverdue message. Does not implicitly {@link cad.v1.UnitStatusOverdue.verify|verify} messages.
             * @param message UnitStatusOverdue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitStatusOverdue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitStatusOverdue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitStatusOverdue & cad.v1.UnitStatusOverdue.$Shape} UnitStatusOverdue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitStatusOverdue & cad.v1.UnitStatusOverdue.$Shape;
        }

        namespace UnitStatusOverdue {

            /** Properties of a UnitStatusOverdue. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** The status it is in. */
                status?: (cad.v1.UnitStatus|null);

                /** The incident it serves; absent if none. */
                incidentId?: (string|null);

                /** Since when (entering the status or the last check), epoch milliseconds. */
                sinceAtMs?: (number|Long|null);

                /** The status's time limit, seconds. */
                limitSeconds?: (number|null);

                /** 1 for the first alert, then 2, 3... */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitStatusOverdue. */
            type $Shape = cad.v1.UnitStatusOverdue.$Properties;
        }

        /**
         * Properties of a LeadershipChanged.
         * @deprecated Use cad.v1.LeadershipChanged.$Properties instead.
         */
        interface ILeadershipChanged extends cad.v1.LeadershipChanged.$Properties {
        }

        /**
         * A replica's claim (ClaimLeadership) was the next term: it leads the agency's engine from this
         * place in the log on.
         */
        class LeadershipChanged {

            /**
             * Constructs a new LeadershipChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.LeadershipChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The term now in force, 1 or more. */
            term: number;

            /** The leading replica's name. */
            replica: string;

            /** The id of the ClaimLeadership input that won the term (its Nats-Msg-Id). */
            claimId: string;

            /** The term before, 0 when there was none. */
            previousTerm: number;

            /** The replica that led the term before; "" when none. */
            previousReplica: string;

            /**
             * Creates a new LeadershipChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeadershipChanged instance
             */
            static create(properties: cad.v1.LeadershipChanged.$Shape): cad.v1.LeadershipChanged & cad.v1.LeadershipChanged.$Shape;
            static create(properties?: cad.v1.LeadershipChanged.$Properties): cad.v1.LeadershipChanged;

            /**
             * Encodes the specified LeadershipChanged message. Does not implicitly {@link cad.v1.LeadershipChanged.verify|verify} messages.
             * @param message LeadershipChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.LeadershipChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeadershipChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.LeadershipChanged & cad.v1.LeadershipChanged.$Shape} LeadershipChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.LeadershipChanged & cad.v1.LeadershipChanged.$Shape;
        }

        namespace LeadershipChanged {

            /** Properties of a LeadershipChanged. */
            interface $Properties {

                /** The term now in force, 1 or more. */
                term?: (number|null);

                /** The leading replica's name. */
                replica?: (string|null);

                /** The id of the ClaimLeadership input that won the term (its Nats-Msg-Id). */
                claimId?: (string|null);

                /** The term before, 0 when there was none. */
                previousTerm?: (number|null);

                /** The replica that led the term before; "" when none. */
                previousReplica?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeadershipChanged. */
            type $Shape = cad.v1.LeadershipChanged.$Properties;
        }

        /**
         * Properties of an IncomingCall.
         * @deprecated Use cad.v1.IncomingCall.$Properties instead.
         */
        interface IIncomingCall extends cad.v1.IncomingCall.$Properties {
        }

        /** A call of an incoming incident, as the sender's EIDO gives it. */
        class IncomingCall {

            /**
             * Constructs a new IncomingCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The sender's call id. */
            id: string;

            /** IncomingCall receivedAtMs. */
            receivedAtMs: (number|Long);

            /** IncomingCall answeredAtMs. */
            answeredAtMs?: (number|Long|null);

            /** IncomingCall callerNumber. */
            callerNumber: string;

            /**
             * Creates a new IncomingCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingCall instance
             */
            static create(properties: cad.v1.IncomingCall.$Shape): cad.v1.IncomingCall & cad.v1.IncomingCall.$Shape;
            static create(properties?: cad.v1.IncomingCall.$Properties): cad.v1.IncomingCall;

            /**
             * Encodes the specified IncomingCall message. Does not implicitly {@link cad.v1.IncomingCall.verify|verify} messages.
             * @param message IncomingCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingCall & cad.v1.IncomingCall.$Shape} IncomingCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingCall & cad.v1.IncomingCall.$Shape;
        }

        namespace IncomingCall {

            /** Properties of an IncomingCall. */
            interface $Properties {

                /** The sender's call id. */
                id?: (string|null);

                /** IncomingCall receivedAtMs */
                receivedAtMs?: (number|Long|null);

                /** IncomingCall answeredAtMs */
                answeredAtMs?: (number|Long|null);

                /** IncomingCall callerNumber */
                callerNumber?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingCall. */
            type $Shape = cad.v1.IncomingCall.$Properties;
        }

        /**
         * Properties of an IncomingNote.
         * @deprecated Use cad.v1.IncomingNote.$Properties instead.
         */
        interface IIncomingNote extends cad.v1.IncomingNote.$Properties {
        }

        /** A note of an incoming incident. */
        class IncomingNote {

            /**
             * Constructs a new IncomingNote.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingNote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncomingNote atMs. */
            atMs: (number|Long);

            /** IncomingNote author. */
            author: string;

            /** IncomingNote text. */
            text: string;

            /**
             * Creates a new IncomingNote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingNote instance
             */
            static create(properties: cad.v1.IncomingNote.$Shape): cad.v1.IncomingNote & cad.v1.IncomingNote.$Shape;
            static create(properties?: cad.v1.IncomingNote.$Properties): cad.v1.IncomingNote;

            /**
             * Encodes the specified IncomingNote message. Does not implicitly {@link cad.v1.IncomingNote.verify|verify} messages.
             * @param message IncomingNote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingNote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingNote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingNote & cad.v1.IncomingNote.$Shape} IncomingNote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingNote & cad.v1.IncomingNote.$Shape;
        }

        namespace IncomingNote {

            /** Properties of an IncomingNote. */
            interface $Properties {

                /** IncomingNote atMs */
                atMs?: (number|Long|null);

                /** IncomingNote author */
                author?: (string|null);

                /** IncomingNote text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingNote. */
            type $Shape = cad.v1.IncomingNote.$Properties;
        }

        /**
         * Properties of an IncomingUnit.
         * @deprecated Use cad.v1.IncomingUnit.$Properties instead.
         */
        interface IIncomingUnit extends cad.v1.IncomingUnit.$Properties {
        }

        /** A unit of the sending agency on an incoming incident. */
        class IncomingUnit {

            /**
             * Constructs a new IncomingUnit.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingUnit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncomingUnit name. */
            name: string;

            /** IncomingUnit type. */
            type: string;

            /**
             * Creates a new IncomingUnit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingUnit instance
             */
            static create(properties: cad.v1.IncomingUnit.$Shape): cad.v1.IncomingUnit & cad.v1.IncomingUnit.$Shape;
            static create(properties?: cad.v1.IncomingUnit.$Properties): cad.v1.IncomingUnit;

            /**
             * Encodes the specified IncomingUnit message. Does not implicitly {@link cad.v1.IncomingUnit.verify|verify} messages.
             * @param message IncomingUnit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingUnit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingUnit & cad.v1.IncomingUnit.$Shape} IncomingUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingUnit & cad.v1.IncomingUnit.$Shape;
        }

        namespace IncomingUnit {

            /** Properties of an IncomingUnit. */
            interface $Properties {

                /** IncomingUnit name */
                name?: (string|null);

                /** IncomingUnit type */
                type?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingUnit. */
            type $Shape = cad.v1.IncomingUnit.$Properties;
        }

        /**
         * Properties of an IncomingDetail.
         * @deprecated Use cad.v1.IncomingDetail.$Properties instead.
         */
        interface IIncomingDetail extends cad.v1.IncomingDetail.$Properties {
        }

        /** What an EIDO says of its incident. */
        class IncomingDetail {

            /**
             * Constructs a new IncomingDetail.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingDetail.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The sender's call type. */
            callType: string;

            /** IncomingDetail address. */
            address: string;

            /** WGS84, absent when the EIDO gives no coordinates. */
            lon?: (number|null);

            /** IncomingDetail lat. */
            lat?: (number|null);

            /** IncomingDetail calls. */
            calls: cad.v1.IncomingCall.$Properties[];

            /** IncomingDetail notes. */
            notes: cad.v1.IncomingNote.$Properties[];

            /** IncomingDetail units. */
            units: cad.v1.IncomingUnit.$Properties[];

            /** Tracking ids of the incidents the sender links this one to. */
            links: string[];

            /** The sender's merges of this incident (the EIDO's mergeComponent). */
            merges: cad.v1.IncomingMerge.$Properties[];

            /**
             * What the sender offers when its EIDO says: "share" (it stays theirs, we follow it) or
             * "transfer" (theirs until we accept it); empty when unsaid.
             */
            offer: string;

            /** The sender's incident is closed. */
            closed: boolean;

            /**
             * Creates a new IncomingDetail instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingDetail instance
             */
            static create(properties: cad.v1.IncomingDetail.$Shape): cad.v1.IncomingDetail & cad.v1.IncomingDetail.$Shape;
            static create(properties?: cad.v1.IncomingDetail.$Properties): cad.v1.IncomingDetail;

            /**
             * Encodes the specified IncomingDetail message. Does not implicitly {@link cad.v1.IncomingDetail.verify|verify} messages.
             * @param message IncomingDetail message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingDetail message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingDetail & cad.v1.IncomingDetail.$Shape} IncomingDetail
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingDetail & cad.v1.IncomingDetail.$Shape;
        }

        namespace IncomingDetail {

            /** Properties of an IncomingDetail. */
            interface $Properties {

                /** The sender's call type. */
                callType?: (string|null);

                /** IncomingDetail address */
                address?: (string|null);

                /** WGS84, absent when the EIDO gives no coordinates. */
                lon?: (number|null);

                /** IncomingDetail lat */
                lat?: (number|null);

                /** IncomingDetail calls */
                calls?: (cad.v1.IncomingCall.$Properties[]|null);

                /** IncomingDetail notes */
                notes?: (cad.v1.IncomingNote.$Properties[]|null);

                /** IncomingDetail units */
                units?: (cad.v1.IncomingUnit.$Properties[]|null);

                /** Tracking ids of the incidents the sender links this one to. */
                links?: (string[]|null);

                /** The sender's merges of this incident (the EIDO's mergeComponent). */
                merges?: (cad.v1.IncomingMerge.$Properties[]|null);

                /**
                 * What the sender offers when its EIDO says: "share" (it stays theirs, we follow it) or
                 * "transfer" (theirs until we accept it); empty when unsaid.
                 */
                offer?: (string|null);

                /** The sender's incident is closed. */
                closed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingDetail. */
            type $Shape = cad.v1.IncomingDetail.$Properties;
        }

        /**
         * Properties of an IncomingMerge.
         * @deprecated Use cad.v1.IncomingMerge.$Properties instead.
         */
        interface IIncomingMerge extends cad.v1.IncomingMerge.$Properties {
        }

        /**
         * A merge the sender made: direction "REPLACED" (this incident was merged into tracking_id) or
         * "REPLACING" (tracking_id was merged into this incident), as NENA-STA-021 codes it.
         */
        class IncomingMerge {

            /**
             * Constructs a new IncomingMerge.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingMerge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncomingMerge trackingId. */
            trackingId: string;

            /** IncomingMerge direction. */
            direction: string;

            /**
             * Creates a new IncomingMerge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingMerge instance
             */
            static create(properties: cad.v1.IncomingMerge.$Shape): cad.v1.IncomingMerge & cad.v1.IncomingMerge.$Shape;
            static create(properties?: cad.v1.IncomingMerge.$Properties): cad.v1.IncomingMerge;

            /**
             * Encodes the specified IncomingMerge message. Does not implicitly {@link cad.v1.IncomingMerge.verify|verify} messages.
             * @param message IncomingMerge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingMerge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingMerge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingMerge & cad.v1.IncomingMerge.$Shape} IncomingMerge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingMerge & cad.v1.IncomingMerge.$Shape;
        }

        namespace IncomingMerge {

            /** Properties of an IncomingMerge. */
            interface $Properties {

                /** IncomingMerge trackingId */
                trackingId?: (string|null);

                /** IncomingMerge direction */
                direction?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingMerge. */
            type $Shape = cad.v1.IncomingMerge.$Properties;
        }

        /**
         * Properties of an IncomingIncidentReceived.
         * @deprecated Use cad.v1.IncomingIncidentReceived.$Properties instead.
         */
        interface IIncomingIncidentReceived extends cad.v1.IncomingIncidentReceived.$Properties {
        }

        /** Another agency handed over an incident by EIDO (a first version): it waits for a dispatcher. */
        class IncomingIncidentReceived {

            /**
             * Constructs a new IncomingIncidentReceived.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingIncidentReceived.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The sender's incident tracking id (the key of AcceptIncoming / DeclineIncoming). */
            trackingId: string;

            /** IncomingIncidentReceived senderAgency. */
            senderAgency: string;

            /** The EIDO's lastUpdateTimeStamp, epoch milliseconds. */
            updatedAtMs: (number|Long);

            /** IncomingIncidentReceived detail. */
            detail?: (cad.v1.IncomingDetail.$Properties|null);

            /**
             * Creates a new IncomingIncidentReceived instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingIncidentReceived instance
             */
            static create(properties: cad.v1.IncomingIncidentReceived.$Shape): cad.v1.IncomingIncidentReceived & cad.v1.IncomingIncidentReceived.$Shape;
            static create(properties?: cad.v1.IncomingIncidentReceived.$Properties): cad.v1.IncomingIncidentReceived;

            /**
             * Encodes the specified IncomingIncidentReceived message. Does not implicitly {@link cad.v1.IncomingIncidentReceived.verify|verify} messages.
             * @param message IncomingIncidentReceived message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingIncidentReceived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingIncidentReceived message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentReceived & cad.v1.IncomingIncidentReceived.$Shape} IncomingIncidentReceived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingIncidentReceived & cad.v1.IncomingIncidentReceived.$Shape;
        }

        namespace IncomingIncidentReceived {

            /** Properties of an IncomingIncidentReceived. */
            interface $Properties {

                /** The sender's incident tracking id (the key of AcceptIncoming / DeclineIncoming). */
                trackingId?: (string|null);

                /** IncomingIncidentReceived senderAgency */
                senderAgency?: (string|null);

                /** The EIDO's lastUpdateTimeStamp, epoch milliseconds. */
                updatedAtMs?: (number|Long|null);

                /** IncomingIncidentReceived detail */
                detail?: (cad.v1.IncomingDetail.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingIncidentReceived. */
            type $Shape = cad.v1.IncomingIncidentReceived.$Properties;
        }

        /**
         * Properties of an IncomingIncidentUpdated.
         * @deprecated Use cad.v1.IncomingIncidentUpdated.$Properties instead.
         */
        interface IIncomingIncidentUpdated extends cad.v1.IncomingIncidentUpdated.$Properties {
        }

        /** A newer version of an incoming incident's EIDO. */
        class IncomingIncidentUpdated {

            /**
             * Constructs a new IncomingIncidentUpdated.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingIncidentUpdated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncomingIncidentUpdated trackingId. */
            trackingId: string;

            /** IncomingIncidentUpdated updatedAtMs. */
            updatedAtMs: (number|Long);

            /** IncomingIncidentUpdated detail. */
            detail?: (cad.v1.IncomingDetail.$Properties|null);

            /** Our incident, when it was accepted; absent otherwise. */
            incidentId?: (string|null);

            /**
             * Creates a new IncomingIncidentUpdated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingIncidentUpdated instance
             */
            static create(properties: cad.v1.IncomingIncidentUpdated.$Shape): cad.v1.IncomingIncidentUpdated & cad.v1.IncomingIncidentUpdated.$Shape;
            static create(properties?: cad.v1.IncomingIncidentUpdated.$Properties): cad.v1.IncomingIncidentUpdated;

            /**
             * Encodes the specified IncomingIncidentUpdated message. Does not implicitly {@link cad.v1.IncomingIncidentUpdated.verify|verify} messages.
             * @param message IncomingIncidentUpdated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingIncidentUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingIncidentUpdated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentUpdated & cad.v1.IncomingIncidentUpdated.$Shape} IncomingIncidentUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingIncidentUpdated & cad.v1.IncomingIncidentUpdated.$Shape;
        }

        namespace IncomingIncidentUpdated {

            /** Properties of an IncomingIncidentUpdated. */
            interface $Properties {

                /** IncomingIncidentUpdated trackingId */
                trackingId?: (string|null);

                /** IncomingIncidentUpdated updatedAtMs */
                updatedAtMs?: (number|Long|null);

                /** IncomingIncidentUpdated detail */
                detail?: (cad.v1.IncomingDetail.$Properties|null);

                /** Our incident, when it was accepted; absent otherwise. */
                incidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingIncidentUpdated. */
            type $Shape = cad.v1.IncomingIncidentUpdated.$Properties;
        }

        /**
         * Properties of an IncomingIncidentAccepted.
         * @deprecated Use cad.v1.IncomingIncidentAccepted.$Properties instead.
         */
        interface IIncomingIncidentAccepted extends cad.v1.IncomingIncidentAccepted.$Properties {
        }

        /** A dispatcher accepted an incoming incident as our incident_id. */
        class IncomingIncidentAccepted {

            /**
             * Constructs a new IncomingIncidentAccepted.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingIncidentAccepted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncomingIncidentAccepted trackingId. */
            trackingId: string;

            /** IncomingIncidentAccepted senderAgency. */
            senderAgency: string;

            /** IncomingIncidentAccepted incidentId. */
            incidentId: string;

            /**
             * Creates a new IncomingIncidentAccepted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingIncidentAccepted instance
             */
            static create(properties: cad.v1.IncomingIncidentAccepted.$Shape): cad.v1.IncomingIncidentAccepted & cad.v1.IncomingIncidentAccepted.$Shape;
            static create(properties?: cad.v1.IncomingIncidentAccepted.$Properties): cad.v1.IncomingIncidentAccepted;

            /**
             * Encodes the specified IncomingIncidentAccepted message. Does not implicitly {@link cad.v1.IncomingIncidentAccepted.verify|verify} messages.
             * @param message IncomingIncidentAccepted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingIncidentAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingIncidentAccepted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentAccepted & cad.v1.IncomingIncidentAccepted.$Shape} IncomingIncidentAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingIncidentAccepted & cad.v1.IncomingIncidentAccepted.$Shape;
        }

        namespace IncomingIncidentAccepted {

            /** Properties of an IncomingIncidentAccepted. */
            interface $Properties {

                /** IncomingIncidentAccepted trackingId */
                trackingId?: (string|null);

                /** IncomingIncidentAccepted senderAgency */
                senderAgency?: (string|null);

                /** IncomingIncidentAccepted incidentId */
                incidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingIncidentAccepted. */
            type $Shape = cad.v1.IncomingIncidentAccepted.$Properties;
        }

        /**
         * Properties of an IncomingIncidentDeclined.
         * @deprecated Use cad.v1.IncomingIncidentDeclined.$Properties instead.
         */
        interface IIncomingIncidentDeclined extends cad.v1.IncomingIncidentDeclined.$Properties {
        }

        /** A dispatcher declined an incoming incident. */
        class IncomingIncidentDeclined {

            /**
             * Constructs a new IncomingIncidentDeclined.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingIncidentDeclined.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncomingIncidentDeclined trackingId. */
            trackingId: string;

            /** IncomingIncidentDeclined senderAgency. */
            senderAgency: string;

            /** IncomingIncidentDeclined reason. */
            reason: string;

            /**
             * Creates a new IncomingIncidentDeclined instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingIncidentDeclined instance
             */
            static create(properties: cad.v1.IncomingIncidentDeclined.$Shape): cad.v1.IncomingIncidentDeclined & cad.v1.IncomingIncidentDeclined.$Shape;
            static create(properties?: cad.v1.IncomingIncidentDeclined.$Properties): cad.v1.IncomingIncidentDeclined;

            /**
             * Encodes the specified IncomingIncidentDeclined message. Does not implicitly {@link cad.v1.IncomingIncidentDeclined.verify|verify} messages.
             * @param message IncomingIncidentDeclined message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingIncidentDeclined.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingIncidentDeclined message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentDeclined & cad.v1.IncomingIncidentDeclined.$Shape} IncomingIncidentDeclined
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingIncidentDeclined & cad.v1.IncomingIncidentDeclined.$Shape;
        }

        namespace IncomingIncidentDeclined {

            /** Properties of an IncomingIncidentDeclined. */
            interface $Properties {

                /** IncomingIncidentDeclined trackingId */
                trackingId?: (string|null);

                /** IncomingIncidentDeclined senderAgency */
                senderAgency?: (string|null);

                /** IncomingIncidentDeclined reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingIncidentDeclined. */
            type $Shape = cad.v1.IncomingIncidentDeclined.$Properties;
        }

        /**
         * Properties of an IncomingIncidentMerged.
         * @deprecated Use cad.v1.IncomingIncidentMerged.$Properties instead.
         */
        interface IIncomingIncidentMerged extends cad.v1.IncomingIncidentMerged.$Properties {
        }

        /**
         * The sender merged incoming incident tracking_id into into_tracking_id, both held here; when
         * both were accepted, our incident_id is merged into into_incident_id (IncidentsMerged follows).
         */
        class IncomingIncidentMerged {

            /**
             * Constructs a new IncomingIncidentMerged.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncomingIncidentMerged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncomingIncidentMerged trackingId. */
            trackingId: string;

            /** IncomingIncidentMerged senderAgency. */
            senderAgency: string;

            /** IncomingIncidentMerged intoTrackingId. */
            intoTrackingId: string;

            /** IncomingIncidentMerged incidentId. */
            incidentId?: (string|null);

            /** IncomingIncidentMerged intoIncidentId. */
            intoIncidentId?: (string|null);

            /**
             * Creates a new IncomingIncidentMerged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncomingIncidentMerged instance
             */
            static create(properties: cad.v1.IncomingIncidentMerged.$Shape): cad.v1.IncomingIncidentMerged & cad.v1.IncomingIncidentMerged.$Shape;
            static create(properties?: cad.v1.IncomingIncidentMerged.$Properties): cad.v1.IncomingIncidentMerged;

            /**
             * Encodes the specified IncomingIncidentMerged message. Does not implicitly {@link cad.v1.IncomingIncidentMerged.verify|verify} messages.
             * @param message IncomingIncidentMerged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncomingIncidentMerged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncomingIncidentMerged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncomingIncidentMerged & cad.v1.IncomingIncidentMerged.$Shape} IncomingIncidentMerged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncomingIncidentMerged & cad.v1.IncomingIncidentMerged.$Shape;
        }

        namespace IncomingIncidentMerged {

            /** Properties of an IncomingIncidentMerged. */
            interface $Properties {

                /** IncomingIncidentMerged trackingId */
                trackingId?: (string|null);

                /** IncomingIncidentMerged senderAgency */
                senderAgency?: (string|null);

                /** IncomingIncidentMerged intoTrackingId */
                intoTrackingId?: (string|null);

                /** IncomingIncidentMerged incidentId */
                incidentId?: (string|null);

                /** IncomingIncidentMerged intoIncidentId */
                intoIncidentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncomingIncidentMerged. */
            type $Shape = cad.v1.IncomingIncidentMerged.$Properties;
        }

        /**
         * Properties of an IncidentShared.
         * @deprecated Use cad.v1.IncidentShared.$Properties instead.
         */
        interface IIncidentShared extends cad.v1.IncidentShared.$Properties {
        }

        /** An incident of ours is shared with a partner agency: it follows each change (EIDO versions). */
        class IncidentShared {

            /**
             * Constructs a new IncidentShared.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentShared.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncidentShared incidentId. */
            incidentId: string;

            /** The partner's NATS token (cad.<to_agency>.in.eido). */
            toAgency: string;

            /**
             * Creates a new IncidentShared instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentShared instance
             */
            static create(properties: cad.v1.IncidentShared.$Shape): cad.v1.IncidentShared & cad.v1.IncidentShared.$Shape;
            static create(properties?: cad.v1.IncidentShared.$Properties): cad.v1.IncidentShared;

            /**
             * Encodes the specified IncidentShared message. Does not implicitly {@link cad.v1.IncidentShared.verify|verify} messages.
             * @param message IncidentShared message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentShared.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentShared message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentShared & cad.v1.IncidentShared.$Shape} IncidentShared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentShared & cad.v1.IncidentShared.$Shape;
        }

        namespace IncidentShared {

            /** Properties of an IncidentShared. */
            interface $Properties {

                /** IncidentShared incidentId */
                incidentId?: (string|null);

                /** The partner's NATS token (cad.<to_agency>.in.eido). */
                toAgency?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentShared. */
            type $Shape = cad.v1.IncidentShared.$Properties;
        }

        /**
         * Properties of an IncidentTransferred.
         * @deprecated Use cad.v1.IncidentTransferred.$Properties instead.
         */
        interface IIncidentTransferred extends cad.v1.IncidentTransferred.$Properties {
        }

        /** An incident of ours is offered to a partner agency; ours until they answer. */
        class IncidentTransferred {

            /**
             * Constructs a new IncidentTransferred.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentTransferred.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncidentTransferred incidentId. */
            incidentId: string;

            /** IncidentTransferred toAgency. */
            toAgency: string;

            /** IncidentTransferred reason. */
            reason: string;

            /**
             * Creates a new IncidentTransferred instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentTransferred instance
             */
            static create(properties: cad.v1.IncidentTransferred.$Shape): cad.v1.IncidentTransferred & cad.v1.IncidentTransferred.$Shape;
            static create(properties?: cad.v1.IncidentTransferred.$Properties): cad.v1.IncidentTransferred;

            /**
             * Encodes the specified IncidentTransferred message. Does not implicitly {@link cad.v1.IncidentTransferred.verify|verify} messages.
             * @param message IncidentTransferred message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentTransferred.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentTransferred message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentTransferred & cad.v1.IncidentTransferred.$Shape} IncidentTransferred
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentTransferred & cad.v1.IncidentTransferred.$Shape;
        }

        namespace IncidentTransferred {

            /** Properties of an IncidentTransferred. */
            interface $Properties {

                /** IncidentTransferred incidentId */
                incidentId?: (string|null);

                /** IncidentTransferred toAgency */
                toAgency?: (string|null);

                /** IncidentTransferred reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentTransferred. */
            type $Shape = cad.v1.IncidentTransferred.$Properties;
        }

        /**
         * Properties of an IncidentShareEnded.
         * @deprecated Use cad.v1.IncidentShareEnded.$Properties instead.
         */
        interface IIncidentShareEnded extends cad.v1.IncidentShareEnded.$Properties {
        }

        /** A share ended: by the dispatcher (EndShare) or because the incident closed. */
        class IncidentShareEnded {

            /**
             * Constructs a new IncidentShareEnded.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentShareEnded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncidentShareEnded incidentId. */
            incidentId: string;

            /** IncidentShareEnded toAgency. */
            toAgency: string;

            /** "ended by dispatcher" or "incident closed". */
            reason: string;

            /**
             * Creates a new IncidentShareEnded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentShareEnded instance
             */
            static create(properties: cad.v1.IncidentShareEnded.$Shape): cad.v1.IncidentShareEnded & cad.v1.IncidentShareEnded.$Shape;
            static create(properties?: cad.v1.IncidentShareEnded.$Properties): cad.v1.IncidentShareEnded;

            /**
             * Encodes the specified IncidentShareEnded message. Does not implicitly {@link cad.v1.IncidentShareEnded.verify|verify} messages.
             * @param message IncidentShareEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentShareEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentShareEnded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentShareEnded & cad.v1.IncidentShareEnded.$Shape} IncidentShareEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentShareEnded & cad.v1.IncidentShareEnded.$Shape;
        }

        namespace IncidentShareEnded {

            /** Properties of an IncidentShareEnded. */
            interface $Properties {

                /** IncidentShareEnded incidentId */
                incidentId?: (string|null);

                /** IncidentShareEnded toAgency */
                toAgency?: (string|null);

                /** "ended by dispatcher" or "incident closed". */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentShareEnded. */
            type $Shape = cad.v1.IncidentShareEnded.$Properties;
        }

        /**
         * Properties of an IncidentTransferAnswered.
         * @deprecated Use cad.v1.IncidentTransferAnswered.$Properties instead.
         */
        interface IIncidentTransferAnswered extends cad.v1.IncidentTransferAnswered.$Properties {
        }

        /**
         * The partner's answer to a transfer (from its EIDO): accepted (our incident is closed as
         * TRANSFERRED next) or declined with its reason (it stays ours).
         */
        class IncidentTransferAnswered {

            /**
             * Constructs a new IncidentTransferAnswered.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.IncidentTransferAnswered.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncidentTransferAnswered incidentId. */
            incidentId: string;

            /** IncidentTransferAnswered toAgency. */
            toAgency: string;

            /** IncidentTransferAnswered accepted. */
            accepted: boolean;

            /** Their incident id, when accepted and given. */
            theirIncidentId?: (string|null);

            /** IncidentTransferAnswered reason. */
            reason: string;

            /**
             * Creates a new IncidentTransferAnswered instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentTransferAnswered instance
             */
            static create(properties: cad.v1.IncidentTransferAnswered.$Shape): cad.v1.IncidentTransferAnswered & cad.v1.IncidentTransferAnswered.$Shape;
            static create(properties?: cad.v1.IncidentTransferAnswered.$Properties): cad.v1.IncidentTransferAnswered;

            /**
             * Encodes the specified IncidentTransferAnswered message. Does not implicitly {@link cad.v1.IncidentTransferAnswered.verify|verify} messages.
             * @param message IncidentTransferAnswered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.IncidentTransferAnswered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentTransferAnswered message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.IncidentTransferAnswered & cad.v1.IncidentTransferAnswered.$Shape} IncidentTransferAnswered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.IncidentTransferAnswered & cad.v1.IncidentTransferAnswered.$Shape;
        }

        namespace IncidentTransferAnswered {

            /** Properties of an IncidentTransferAnswered. */
            interface $Properties {

                /** IncidentTransferAnswered incidentId */
                incidentId?: (string|null);

                /** IncidentTransferAnswered toAgency */
                toAgency?: (string|null);

                /** IncidentTransferAnswered accepted */
                accepted?: (boolean|null);

                /** Their incident id, when accepted and given. */
                theirIncidentId?: (string|null);

                /** IncidentTransferAnswered reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentTransferAnswered. */
            type $Shape = cad.v1.IncidentTransferAnswered.$Properties;
        }

        /**
         * Properties of a SharedIncidentUpdated.
         * @deprecated Use cad.v1.SharedIncidentUpdated.$Properties instead.
         */
        interface ISharedIncidentUpdated extends cad.v1.SharedIncidentUpdated.$Properties {
        }

        /** A partner's newer version of an incident of ours that it follows or took over. */
        class SharedIncidentUpdated {

            /**
             * Constructs a new SharedIncidentUpdated.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.SharedIncidentUpdated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SharedIncidentUpdated incidentId. */
            incidentId: string;

            /** SharedIncidentUpdated fromAgency. */
            fromAgency: string;

            /** Their EIDO's lastUpdateTimeStamp, epoch milliseconds. */
            updatedAtMs: (number|Long);

            /** SharedIncidentUpdated detail. */
            detail?: (cad.v1.IncomingDetail.$Properties|null);

            /**
             * Creates a new SharedIncidentUpdated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SharedIncidentUpdated instance
             */
            static create(properties: cad.v1.SharedIncidentUpdated.$Shape): cad.v1.SharedIncidentUpdated & cad.v1.SharedIncidentUpdated.$Shape;
            static create(properties?: cad.v1.SharedIncidentUpdated.$Properties): cad.v1.SharedIncidentUpdated;

            /**
             * Encodes the specified SharedIncidentUpdated message. Does not implicitly {@link cad.v1.SharedIncidentUpdated.verify|verify} messages.
             * @param message SharedIncidentUpdated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.SharedIncidentUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SharedIncidentUpdated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.SharedIncidentUpdated & cad.v1.SharedIncidentUpdated.$Shape} SharedIncidentUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.SharedIncidentUpdated & cad.v1.SharedIncidentUpdated.$Shape;
        }

        namespace SharedIncidentUpdated {

            /** Properties of a SharedIncidentUpdated. */
            interface $Properties {

                /** SharedIncidentUpdated incidentId */
                incidentId?: (string|null);

                /** SharedIncidentUpdated fromAgency */
                fromAgency?: (string|null);

                /** Their EIDO's lastUpdateTimeStamp, epoch milliseconds. */
                updatedAtMs?: (number|Long|null);

                /** SharedIncidentUpdated detail */
                detail?: (cad.v1.IncomingDetail.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SharedIncidentUpdated. */
            type $Shape = cad.v1.SharedIncidentUpdated.$Properties;
        }

        /**
         * Properties of an InputRejected.
         * @deprecated Use cad.v1.InputRejected.$Properties instead.
         */
        interface IInputRejected extends cad.v1.InputRejected.$Properties {
        }

        /** The engine refused an input; its state is unchanged. */
        class InputRejected {

            /**
             * Constructs a new InputRejected.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.InputRejected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * The kind of the refused input (e.g. "DispatchUnit"); "" when the subject names no input
             * kind (code UNKNOWN_INPUT_KIND; the reason names the subject).
             */
            inputKind: string;

            /**
             * A literal code to switch on (e.g. "UNIT_NOT_AVAILABLE", "MISSING_FIELD", "DECODE_ERROR",
             * "VALUE_OUT_OF_RANGE", "INPUT_TIME_AHEAD", "SUBJECT_MISMATCH", "INVALID_OPERATOR"); README.md, "Contract", lists every code and what
             * it means.
             */
            code: string;

            /**
             * Why, in words, for people; not to be parsed. For ENGINE_FAULT (a bug in the engine) it holds
             * no internal detail, only the fault id (fault-<agency>-<input_seq>) under which the
             * engine's log has the detail.
             */
            reason: string;

            /**
             * The offending field (the engine's camelCase name, e.g. "unitId"; "Cad-Time" or
             * "Cad-Operator" for the headers); "" when no one field is to blame.
             */
            field: string;

            /**
             * Creates a new InputRejected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InputRejected instance
             */
            static create(properties: cad.v1.InputRejected.$Shape): cad.v1.InputRejected & cad.v1.InputRejected.$Shape;
            static create(properties?: cad.v1.InputRejected.$Properties): cad.v1.InputRejected;

            /**
             * Encodes the specified InputRejected message. Does not implicitly {@link cad.v1.InputRejected.verify|verify} messages.
             * @param message InputRejected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.InputRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InputRejected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.InputRejected & cad.v1.InputRejected.$Shape} InputRejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.InputRejected & cad.v1.InputRejected.$Shape;
        }

        namespace InputRejected {

            /** Properties of an InputRejected. */
            interface $Properties {

                /**
                 * The kind of the refused input (e.g. "DispatchUnit"); "" when the subject names no input
                 * kind (code UNKNOWN_INPUT_KIND; the reason names the subject).
                 */
                inputKind?: (string|null);

                /**
                 * A literal code to switch on (e.g. "UNIT_NOT_AVAILABLE", "MISSING_FIELD", "DECODE_ERROR",
                 * "VALUE_OUT_OF_RANGE", "INPUT_TIME_AHEAD", "SUBJECT_MISMATCH", "INVALID_OPERATOR"); README.md, "Contract", lists every code and what
                 * it means.
                 */
                code?: (string|null);

                /**
                 * Why, in words, for people; not to be parsed. For ENGINE_FAULT (a bug in the engine) it holds
                 * no internal detail, only the fault id (fault-<agency>-<input_seq>) under which the
                 * engine's log has the detail.
                 */
                reason?: (string|null);

                /**
                 * The offending field (the engine's camelCase name, e.g. "unitId"; "Cad-Time" or
                 * "Cad-Operator" for the headers); "" when no one field is to blame.
                 */
                field?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InputRejected. */
            type $Shape = cad.v1.InputRejected.$Properties;
        }

        /**
         * Properties of an Output.
         * @deprecated Use cad.v1.Output.$Properties instead.
         */
        interface IOutput extends cad.v1.Output.$Properties {
        }

        /**
         * What the engine publishes for each input it applies: one Output per event (index 0, 1, ...),
         * or one with `rejected` if it refused the input.
         */
        class Output {

            /**
             * Constructs a new Output.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.Output.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The agency partition (the <agency> of the subject). */
            agency: string;

            /** The JetStream sequence of the input in the input stream. */
            inputSeq: (number|Long);

            /** The input's id (its Nats-Msg-Id). */
            inputId: string;

            /** The position of this output among the input's outputs, from 0. */
            index: number;

            /** The input's acceptance time, epoch milliseconds (every event carries it). */
            atMs: (number|Long);

            /**
             * The authenticated operator (console user name) whose input caused this event, from the
             * input's Cad-Operator header; "" for inputs of machines (AVL, terminals, clock) and on
             * rejections.
             */
            operator: string;

            /** On cad.<agency>.evt.call.received */
            callReceived?: (cad.v1.CallReceived.$Properties|null);

            /** On cad.<agency>.evt.call.type-defaulted */
            callTypeDefaulted?: (cad.v1.CallTypeDefaulted.$Properties|null);

            /** On cad.<agency>.evt.incident.created */
            incidentCreated?: (cad.v1.IncidentCreated.$Properties|null);

            /** On cad.<agency>.evt.units.recommended */
            unitsRecommended?: (cad.v1.UnitsRecommended.$Properties|null);

            /** On cad.<agency>.evt.call.attached */
            callAttached?: (cad.v1.CallAttached.$Properties|null);

            /** On cad.<agency>.evt.incident.reprioritised */
            incidentReprioritised?: (cad.v1.IncidentReprioritised.$Properties|null);

            /** On cad.<agency>.evt.incident.status-changed */
            incidentStatusChanged?: (cad.v1.IncidentStatusChanged.$Properties|null);

            /** On cad.<agency>.evt.incidents.merged */
            incidentsMerged?: (cad.v1.IncidentsMerged.$Properties|null);

            /** On cad.<agency>.evt.incidents.linked */
            incidentsLinked?: (cad.v1.IncidentsLinked.$Properties|null);

            /** On cad.<agency>.evt.incident.note-added */
            noteAdded?: (cad.v1.NoteAdded.$Properties|null);

            /** On cad.<agency>.evt.unit.dispatched */
            unitDispatched?: (cad.v1.UnitDispatched.$Properties|null);

            /** On cad.<agency>.evt.unit.released */
            unitReleased?: (cad.v1.UnitReleased.$Properties|null);

            /** On cad.<agency>.evt.unit.status-changed */
            unitStatusChanged?: (cad.v1.UnitStatusChanged.$Properties|null);

            /** On cad.<agency>.evt.unit.location-updated */
            unitLocationUpdated?: (cad.v1.UnitLocationUpdated.$Properties|null);

            /** On cad.<agency>.evt.unit.added */
            unitAdded?: (cad.v1.UnitAdded.$Properties|null);

            /** On cad.<agency>.evt.unit.changed */
            unitChanged?: (cad.v1.UnitChanged.$Properties|null);

            /** On cad.<agency>.evt.unit.retired */
            unitRetired?: (cad.v1.UnitRetired.$Properties|null);

            /** On cad.<agency>.evt.unit.checked */
            unitChecked?: (cad.v1.UnitChecked.$Properties|null);

            /** On cad.<agency>.evt.incident.overdue */
            incidentOverdue?: (cad.v1.IncidentOverdue.$Properties|null);

            /** On cad.<agency>.evt.unit.status-overdue */
            unitStatusOverdue?: (cad.v1.UnitStatusOverdue.$Properties|null);

            /** On cad.<agency>.evt.rejected */
            rejected?: (cad.v1.InputRejected.$Properties|null);

            /** On cad.<agency>.evt.leader.changed */
            leadershipChanged?: (cad.v1.LeadershipChanged.$Properties|null);

            /** On cad.<agency>.evt.incoming.received */
            incomingIncidentReceived?: (cad.v1.IncomingIncidentReceived.$Properties|null);

            /** On cad.<agency>.evt.incoming.updated */
            incomingIncidentUpdated?: (cad.v1.IncomingIncidentUpdated.$Properties|null);

            /** On cad.<agency>.evt.incoming.accepted */
            incomingIncidentAccepted?: (cad.v1.IncomingIncidentAccepted.$Properties|null);

            /** On cad.<agency>.evt.incoming.declined */
            incomingIncidentDeclined?: (cad.v1.IncomingIncidentDeclined.$Properties|null);

            /** On cad.<agency>.evt.incoming.merged */
            incomingIncidentMerged?: (cad.v1.IncomingIncidentMerged.$Properties|null);

            /** On cad.<agency>.evt.incident.shared */
            incidentShared?: (cad.v1.IncidentShared.$Properties|null);

            /** On cad.<agency>.evt.incident.transferred */
            incidentTransferred?: (cad.v1.IncidentTransferred.$Properties|null);

            /** On cad.<agency>.evt.incident.share-ended */
            incidentShareEnded?: (cad.v1.IncidentShareEnded.$Properties|null);

            /** On cad.<agency>.evt.incident.transfer-answered */
            incidentTransferAnswered?: (cad.v1.IncidentTransferAnswered.$Properties|null);

            /** On cad.<agency>.evt.incident.shared-updated */
            sharedIncidentUpdated?: (cad.v1.SharedIncidentUpdated.$Properties|null);

            /**
             * Only on a unit's own subjects (cad.<agency>.unit.<unitId>.>): what that unit's mobile
             * terminal shows, as the engine's state stood just after the input. Absent on cad.<agency>.evt.>;
             * a reader that does not know it ignores it.
             */
            assignment?: (cad.v1.UnitAssignment.$Properties|null);

            /** The event or the rejection. */
            body?: ("callReceived"|"callTypeDefaulted"|"incidentCreated"|"unitsRecommended"|"callAttached"|"incidentReprioritised"|"incidentStatusChanged"|"incidentsMerged"|"incidentsLinked"|"noteAdded"|"unitDispatched"|"unitReleased"|"unitStatusChanged"|"unitLocationUpdated"|"unitAdded"|"unitChanged"|"unitRetired"|"unitChecked"|"incidentOverdue"|"unitStatusOverdue"|"rejected"|"leadershipChanged"|"incomingIncidentReceived"|"incomingIncidentUpdated"|"incomingIncidentAccepted"|"incomingIncidentDeclined"|"incomingIncidentMerged"|"incidentShared"|"incidentTransferred"|"incidentShareEnded"|"incidentTransferAnswered"|"sharedIncidentUpdated");

            /**
             * Creates a new Output instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Output instance
             */
            static create(properties: cad.v1.Output.$Shape): cad.v1.Output & cad.v1.Output.$Shape;
            static create(properties?: cad.v1.Output.$Properties): cad.v1.Output;

            /**
             * Encodes the specified Output message. Does not implicitly {@link cad.v1.Output.verify|verify} messages.
             * @param message Output message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.Output.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Output message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.Output & cad.v1.Output.$Shape} Output
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.Output & cad.v1.Output.$Shape;
        }

        namespace Output {

            /** Properties of an Output. */
            interface $Properties {

                /** The agency partition (the <agency> of the subject). */
                agency?: (string|null);

                /** The JetStream sequence of the input in the input stream. */
                inputSeq?: (number|Long|null);

                /** The input's id (its Nats-Msg-Id). */
                inputId?: (string|null);

                /** The position of this output among the input's outputs, from 0. */
                index?: (number|null);

                /** The input's acceptance time, epoch milliseconds (every event carries it). */
                atMs?: (number|Long|null);

                /**
                 * The authenticated operator (console user name) whose input caused this event, from the
                 * input's Cad-Operator header; "" for inputs of machines (AVL, terminals, clock) and on
                 * rejections.
                 */
                operator?: (string|null);

                /** On cad.<agency>.evt.call.received */
                callReceived?: (cad.v1.CallReceived.$Properties|null);

                /** On cad.<agency>.evt.call.type-defaulted */
                callTypeDefaulted?: (cad.v1.CallTypeDefaulted.$Properties|null);

                /** On cad.<agency>.evt.incident.created */
                incidentCreated?: (cad.v1.IncidentCreated.$Properties|null);

                /** On cad.<agency>.evt.units.recommended */
                unitsRecommended?: (cad.v1.UnitsRecommended.$Properties|null);

                /** On cad.<agency>.evt.call.attached */
                callAttached?: (cad.v1.CallAttached.$Properties|null);

                /** On cad.<agency>.evt.incident.reprioritised */
                incidentReprioritised?: (cad.v1.IncidentReprioritised.$Properties|null);

                /** On cad.<agency>.evt.incident.status-changed */
                incidentStatusChanged?: (cad.v1.IncidentStatusChanged.$Properties|null);

                /** On cad.<agency>.evt.incidents.merged */
                incidentsMerged?: (cad.v1.IncidentsMerged.$Properties|null);

                /** On cad.<agency>.evt.incidents.linked */
                incidentsLinked?: (cad.v1.IncidentsLinked.$Properties|null);

                /** On cad.<agency>.evt.incident.note-added */
                noteAdded?: (cad.v1.NoteAdded.$Properties|null);

                /** On cad.<agency>.evt.unit.dispatched */
                unitDispatched?: (cad.v1.UnitDispatched.$Properties|null);

                /** On cad.<agency>.evt.unit.released */
                unitReleased?: (cad.v1.UnitReleased.$Properties|null);

                /** On cad.<agency>.evt.unit.status-changed */
                unitStatusChanged?: (cad.v1.UnitStatusChanged.$Properties|null);

                /** On cad.<agency>.evt.unit.location-updated */
                unitLocationUpdated?: (cad.v1.UnitLocationUpdated.$Properties|null);

                /** On cad.<agency>.evt.unit.added */
                unitAdded?: (cad.v1.UnitAdded.$Properties|null);

                /** On cad.<agency>.evt.unit.changed */
                unitChanged?: (cad.v1.UnitChanged.$Properties|null);

                /** On cad.<agency>.evt.unit.retired */
                unitRetired?: (cad.v1.UnitRetired.$Properties|null);

                /** On cad.<agency>.evt.unit.checked */
                unitChecked?: (cad.v1.UnitChecked.$Properties|null);

                /** On cad.<agency>.evt.incident.overdue */
                incidentOverdue?: (cad.v1.IncidentOverdue.$Properties|null);

                /** On cad.<agency>.evt.unit.status-overdue */
                unitStatusOverdue?: (cad.v1.UnitStatusOverdue.$Properties|null);

                /** On cad.<agency>.evt.rejected */
                rejected?: (cad.v1.InputRejected.$Properties|null);

                /** On cad.<agency>.evt.leader.changed */
                leadershipChanged?: (cad.v1.LeadershipChanged.$Properties|null);

                /** On cad.<agency>.evt.incoming.received */
                incomingIncidentReceived?: (cad.v1.IncomingIncidentReceived.$Properties|null);

                /** On cad.<agency>.evt.incoming.updated */
                incomingIncidentUpdated?: (cad.v1.IncomingIncidentUpdated.$Properties|null);

                /** On cad.<agency>.evt.incoming.accepted */
                incomingIncidentAccepted?: (cad.v1.IncomingIncidentAccepted.$Properties|null);

                /** On cad.<agency>.evt.incoming.declined */
                incomingIncidentDeclined?: (cad.v1.IncomingIncidentDeclined.$Properties|null);

                /** On cad.<agency>.evt.incoming.merged */
                incomingIncidentMerged?: (cad.v1.IncomingIncidentMerged.$Properties|null);

                /** On cad.<agency>.evt.incident.shared */
                incidentShared?: (cad.v1.IncidentShared.$Properties|null);

                /** On cad.<agency>.evt.incident.transferred */
                incidentTransferred?: (cad.v1.IncidentTransferred.$Properties|null);

                /** On cad.<agency>.evt.incident.share-ended */
                incidentShareEnded?: (cad.v1.IncidentShareEnded.$Properties|null);

                /** On cad.<agency>.evt.incident.transfer-answered */
                incidentTransferAnswered?: (cad.v1.IncidentTransferAnswered.$Properties|null);

                /** On cad.<agency>.evt.incident.shared-updated */
                sharedIncidentUpdated?: (cad.v1.SharedIncidentUpdated.$Properties|null);

                /**
                 * Only on a unit's own subjects (cad.<agency>.unit.<unitId>.>): what that unit's mobile
                 * terminal shows, as the engine's state stood just after the input. Absent on cad.<agency>.evt.>;
                 * a reader that does not know it ignores it.
                 */
                assignment?: (cad.v1.UnitAssignment.$Properties|null);

                /** The event or the rejection. */
                body?: ("callReceived"|"callTypeDefaulted"|"incidentCreated"|"unitsRecommended"|"callAttached"|"incidentReprioritised"|"incidentStatusChanged"|"incidentsMerged"|"incidentsLinked"|"noteAdded"|"unitDispatched"|"unitReleased"|"unitStatusChanged"|"unitLocationUpdated"|"unitAdded"|"unitChanged"|"unitRetired"|"unitChecked"|"incidentOverdue"|"unitStatusOverdue"|"rejected"|"leadershipChanged"|"incomingIncidentReceived"|"incomingIncidentUpdated"|"incomingIncidentAccepted"|"incomingIncidentDeclined"|"incomingIncidentMerged"|"incidentShared"|"incidentTransferred"|"incidentShareEnded"|"incidentTransferAnswered"|"sharedIncidentUpdated");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Output. */
            type $Shape = {
              agency?: string|null;
              inputSeq?: number|Long|null;
              inputId?: string|null;
              index?: number|null;
              atMs?: number|Long|null;
              operator?: string|null;
              callReceived?: cad.v1.CallReceived.$Shape|null;
              callTypeDefaulted?: cad.v1.CallTypeDefaulted.$Shape|null;
              incidentCreated?: cad.v1.IncidentCreated.$Shape|null;
              unitsRecommended?: cad.v1.UnitsRecommended.$Shape|null;
              callAttached?: cad.v1.CallAttached.$Shape|null;
              incidentReprioritised?: cad.v1.IncidentReprioritised.$Shape|null;
              incidentStatusChanged?: cad.v1.IncidentStatusChanged.$Shape|null;
              incidentsMerged?: cad.v1.IncidentsMerged.$Shape|null;
              incidentsLinked?: cad.v1.IncidentsLinked.$Shape|null;
              noteAdded?: cad.v1.NoteAdded.$Shape|null;
              unitDispatched?: cad.v1.UnitDispatched.$Shape|null;
              unitReleased?: cad.v1.UnitReleased.$Shape|null;
              unitStatusChanged?: cad.v1.UnitStatusChanged.$Shape|null;
              unitLocationUpdated?: cad.v1.UnitLocationUpdated.$Shape|null;
              unitAdded?: cad.v1.UnitAdded.$Shape|null;
              unitChanged?: cad.v1.UnitChanged.$Shape|null;
              unitRetired?: cad.v1.UnitRetired.$Shape|null;
              unitChecked?: cad.v1.UnitChecked.$Shape|null;
              incidentOverdue?: cad.v1.IncidentOverdue.$Shape|null;
              unitStatusOverdue?: cad.v1.UnitStatusOverdue.$Shape|null;
              rejected?: cad.v1.InputRejected.$Shape|null;
              leadershipChanged?: cad.v1.LeadershipChanged.$Shape|null;
              incomingIncidentReceived?: cad.v1.IncomingIncidentReceived.$Shape|null;
              incomingIncidentUpdated?: cad.v1.IncomingIncidentUpdated.$Shape|null;
              incomingIncidentAccepted?: cad.v1.IncomingIncidentAccepted.$Shape|null;
              incomingIncidentDeclined?: cad.v1.IncomingIncidentDeclined.$Shape|null;
              incomingIncidentMerged?: cad.v1.IncomingIncidentMerged.$Shape|null;
              incidentShared?: cad.v1.IncidentShared.$Shape|null;
              incidentTransferred?: cad.v1.IncidentTransferred.$Shape|null;
              incidentShareEnded?: cad.v1.IncidentShareEnded.$Shape|null;
              incidentTransferAnswered?: cad.v1.IncidentTransferAnswered.$Shape|null;
              sharedIncidentUpdated?: cad.v1.SharedIncidentUpdated.$Shape|null;
              assignment?: cad.v1.UnitAssignment.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "callReceived"; callReceived: cad.v1.CallReceived.$Shape; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "callTypeDefaulted"; callReceived?: null; callTypeDefaulted: cad.v1.CallTypeDefaulted.$Shape; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentCreated"; callReceived?: null; callTypeDefaulted?: null; incidentCreated: cad.v1.IncidentCreated.$Shape; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitsRecommended"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended: cad.v1.UnitsRecommended.$Shape; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "callAttached"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached: cad.v1.CallAttached.$Shape; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentReprioritised"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised: cad.v1.IncidentReprioritised.$Shape; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentStatusChanged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged: cad.v1.IncidentStatusChanged.$Shape; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentsMerged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged: cad.v1.IncidentsMerged.$Shape; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentsLinked"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked: cad.v1.IncidentsLinked.$Shape; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "noteAdded"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded: cad.v1.NoteAdded.$Shape; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitDispatched"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched: cad.v1.UnitDispatched.$Shape; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitReleased"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased: cad.v1.UnitReleased.$Shape; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitStatusChanged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged: cad.v1.UnitStatusChanged.$Shape; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitLocationUpdated"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated: cad.v1.UnitLocationUpdated.$Shape; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitAdded"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded: cad.v1.UnitAdded.$Shape; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitChanged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged: cad.v1.UnitChanged.$Shape; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitRetired"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired: cad.v1.UnitRetired.$Shape; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitChecked"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked: cad.v1.UnitChecked.$Shape; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentOverdue"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue: cad.v1.IncidentOverdue.$Shape; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "unitStatusOverdue"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue: cad.v1.UnitStatusOverdue.$Shape; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "rejected"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected: cad.v1.InputRejected.$Shape; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "leadershipChanged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged: cad.v1.LeadershipChanged.$Shape; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentReceived"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived: cad.v1.IncomingIncidentReceived.$Shape; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentUpdated"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated: cad.v1.IncomingIncidentUpdated.$Shape; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentAccepted"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted: cad.v1.IncomingIncidentAccepted.$Shape; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentDeclined"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined: cad.v1.IncomingIncidentDeclined.$Shape; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incomingIncidentMerged"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged: cad.v1.IncomingIncidentMerged.$Shape; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentShared"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared: cad.v1.IncidentShared.$Shape; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentTransferred"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred: cad.v1.IncidentTransferred.$Shape; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentShareEnded"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded: cad.v1.IncidentShareEnded.$Shape; incidentTransferAnswered?: null; sharedIncidentUpdated?: null }|{ body?: "incidentTransferAnswered"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered: cad.v1.IncidentTransferAnswered.$Shape; sharedIncidentUpdated?: null }|{ body?: "sharedIncidentUpdated"; callReceived?: null; callTypeDefaulted?: null; incidentCreated?: null; unitsRecommended?: null; callAttached?: null; incidentReprioritised?: null; incidentStatusChanged?: null; incidentsMerged?: null; incidentsLinked?: null; noteAdded?: null; unitDispatched?: null; unitReleased?: null; unitStatusChanged?: null; unitLocationUpdated?: null; unitAdded?: null; unitChanged?: null; unitRetired?: null; unitChecked?: null; incidentOverdue?: null; unitStatusOverdue?: null; rejected?: null; leadershipChanged?: null; incomingIncidentReceived?: null; incomingIncidentUpdated?: null; incomingIncidentAccepted?: null; incomingIncidentDeclined?: null; incomingIncidentMerged?: null; incidentShared?: null; incidentTransferred?: null; incidentShareEnded?: null; incidentTransferAnswered?: null; sharedIncidentUpdated: cad.v1.SharedIncidentUpdated.$Shape })
            );
        }

        /**
         * Properties of a UnitAssignment.
         * @deprecated Use cad.v1.UnitAssignment.$Properties instead.
         */
        interface IUnitAssignment extends cad.v1.UnitAssignment.$Properties {
        }

        /**
         * What one unit's terminal needs after an input: its status, and the incident it serves (if any)
         * with the place, the call type, the priority, the callers' flags and narratives, and the notes.
         */
        class UnitAssignment {

            /**
             * Constructs a new UnitAssignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.UnitAssignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The unit. */
            unitId: string;

            /** Its status after the input. */
            unitStatus: cad.v1.UnitStatus;

            /** The incident it serves; absent when it serves none (released, available). */
            incident?: (cad.v1.AssignedIncident.$Properties|null);

            /**
             * Creates a new UnitAssignment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnitAssignment instance
             */
            static create(properties: cad.v1.UnitAssignment.$Shape): cad.v1.UnitAssignment & cad.v1.UnitAssignment.$Shape;
            static create(properties?: cad.v1.UnitAssignment.$Properties): cad.v1.UnitAssignment;

            /**
             * Encodes the specified UnitAssignment message. Does not implicitly {@link cad.v1.UnitAssignment.verify|verify} messages.
             * @param message UnitAssignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.UnitAssignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UnitAssignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.UnitAssignment & cad.v1.UnitAssignment.$Shape} UnitAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.UnitAssignment & cad.v1.UnitAssignment.$Shape;
        }

        namespace UnitAssignment {

            /** Properties of a UnitAssignment. */
            interface $Properties {

                /** The unit. */
                unitId?: (string|null);

                /** Its status after the input. */
                unitStatus?: (cad.v1.UnitStatus|null);

                /** The incident it serves; absent when it serves none (released, available). */
                incident?: (cad.v1.AssignedIncident.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UnitAssignment. */
            type $Shape = cad.v1.UnitAssignment.$Properties;
        }

        /**
         * Properties of an AssignedIncident.
         * @deprecated Use cad.v1.AssignedIncident.$Properties instead.
         */
        interface IAssignedIncident extends cad.v1.AssignedIncident.$Properties {
        }

        /** An incident as a unit's terminal shows it. */
        class AssignedIncident {

            /**
             * Constructs a new AssignedIncident.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.AssignedIncident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssignedIncident incidentId. */
            incidentId: string;

            /** AssignedIncident status. */
            status: cad.v1.IncidentStatus;

            /** The call-type code, and its name in the configuration in force. */
            callType: string;

            /** AssignedIncident callTypeName. */
            callTypeName: string;

            /** AssignedIncident priority. */
            priority: number;

            /** AssignedIncident address. */
            address: string;

            /** AssignedIncident lon. */
            lon: number;

            /** AssignedIncident lat. */
            lat: number;

            /** The zone (beat, first-due area); absent when none. */
            zone?: (string|null);

            /** AssignedIncident receivedAtMs. */
            receivedAtMs: (number|Long);

            /** The callers' flags (cautions: WEAPONS, HAZMAT...), each once, in the order first reported. */
            flags: string[];

            /** Each caller's narrative, oldest first (at most the last 20 callers). */
            callers: cad.v1.AssignedCaller.$Properties[];

            /** The incident's notes, oldest first (at most the last 50). */
            notes: cad.v1.AssignedNote.$Properties[];

            /** How many notes the incident has in all. */
            notesTotal: number;

            /** Every unit assigned to the incident now (this one included). */
            unitIds: string[];

            /**
             * Creates a new AssignedIncident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssignedIncident instance
             */
            static create(properties: cad.v1.AssignedIncident.$Shape): cad.v1.AssignedIncident & cad.v1.AssignedIncident.$Shape;
            static create(properties?: cad.v1.AssignedIncident.$Properties): cad.v1.AssignedIncident;

            /**
             * Encodes the specified AssignedIncident message. Does not implicitly {@link cad.v1.AssignedIncident.verify|verify} messages.
             * @param message AssignedIncident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.AssignedIncident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssignedIncident message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.AssignedIncident & cad.v1.AssignedIncident.$Shape} AssignedIncident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.AssignedIncident & cad.v1.AssignedIncident.$Shape;
        }

        namespace AssignedIncident {

            /** Properties of an AssignedIncident. */
            interface $Properties {

                /** AssignedIncident incidentId */
                incidentId?: (string|null);

                /** AssignedIncident status */
                status?: (cad.v1.IncidentStatus|null);

                /** The call-type code, and its name in the configuration in force. */
                callType?: (string|null);

                /** AssignedIncident callTypeName */
                callTypeName?: (string|null);

                /** AssignedIncident priority */
                priority?: (number|null);

                /** AssignedIncident address */
                address?: (string|null);

                /** AssignedIncident lon */
                lon?: (number|null);

                /** AssignedIncident lat */
                lat?: (number|null);

                /** The zone (beat, first-due area); absent when none. */
                zone?: (string|null);

                /** AssignedIncident receivedAtMs */
                receivedAtMs?: (number|Long|null);

                /** The callers' flags (cautions: WEAPONS, HAZMAT...), each once, in the order first reported. */
                flags?: (string[]|null);

                /** Each caller's narrative, oldest first (at most the last 20 callers). */
                callers?: (cad.v1.AssignedCaller.$Properties[]|null);

                /** The incident's notes, oldest first (at most the last 50). */
                notes?: (cad.v1.AssignedNote.$Properties[]|null);

                /** How many notes the incident has in all. */
                notesTotal?: (number|null);

                /** Every unit assigned to the incident now (this one included). */
                unitIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssignedIncident. */
            type $Shape = cad.v1.AssignedIncident.$Properties;
        }

        /**
         * Properties of an AssignedCaller.
         * @deprecated Use cad.v1.AssignedCaller.$Properties instead.
         */
        interface IAssignedCaller extends cad.v1.AssignedCaller.$Properties {
        }

        /** Represents an AssignedCaller. */
        class AssignedCaller {

            /**
             * Constructs a new AssignedCaller.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.AssignedCaller.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssignedCaller callId. */
            callId: string;

            /** AssignedCaller receivedAtMs. */
            receivedAtMs: (number|Long);

            /** AssignedCaller flags. */
            flags: string[];

            /** AssignedCaller description. */
            description: string;

            /**
             * Creates a new AssignedCaller instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssignedCaller instance
             */
            static create(properties: cad.v1.AssignedCaller.$Shape): cad.v1.AssignedCaller & cad.v1.AssignedCaller.$Shape;
            static create(properties?: cad.v1.AssignedCaller.$Properties): cad.v1.AssignedCaller;

            /**
             * Encodes the specified AssignedCaller message. Does not implicitly {@link cad.v1.AssignedCaller.verify|verify} messages.
             * @param message AssignedCaller message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.AssignedCaller.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssignedCaller message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.AssignedCaller & cad.v1.AssignedCaller.$Shape} AssignedCaller
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.AssignedCaller & cad.v1.AssignedCaller.$Shape;
        }

        namespace AssignedCaller {

            /** Properties of an AssignedCaller. */
            interface $Properties {

                /** AssignedCaller callId */
                callId?: (string|null);

                /** AssignedCaller receivedAtMs */
                receivedAtMs?: (number|Long|null);

                /** AssignedCaller flags */
                flags?: (string[]|null);

                /** AssignedCaller description */
                description?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssignedCaller. */
            type $Shape = cad.v1.AssignedCaller.$Properties;
        }

        /**
         * Properties of an AssignedNote.
         * @deprecated Use cad.v1.AssignedNote.$Properties instead.
         */
        interface IAssignedNote extends cad.v1.AssignedNote.$Properties {
        }

        /** Represents an AssignedNote. */
        class AssignedNote {

            /**
             * Constructs a new AssignedNote.
             * @param [properties] Properties to set
             */
            constructor(properties?: cad.v1.AssignedNote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssignedNote atMs. */
            atMs: (number|Long);

            /** AssignedNote author. */
            author: string;

            /** AssignedNote text. */
            text: string;

            /**
             * Creates a new AssignedNote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssignedNote instance
             */
            static create(properties: cad.v1.AssignedNote.$Shape): cad.v1.AssignedNote & cad.v1.AssignedNote.$Shape;
            static create(properties?: cad.v1.AssignedNote.$Properties): cad.v1.AssignedNote;

            /**
             * Encodes the specified AssignedNote message. Does not implicitly {@link cad.v1.AssignedNote.verify|verify} messages.
             * @param message AssignedNote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cad.v1.AssignedNote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssignedNote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cad.v1.AssignedNote & cad.v1.AssignedNote.$Shape} AssignedNote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cad.v1.AssignedNote & cad.v1.AssignedNote.$Shape;
        }

        namespace AssignedNote {

            /** Properties of an AssignedNote. */
            interface $Properties {

                /** AssignedNote atMs */
                atMs?: (number|Long|null);

                /** AssignedNote author */
                author?: (string|null);

                /** AssignedNote text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssignedNote. */
            type $Shape = cad.v1.AssignedNote.$Properties;
        }
    }
}

/**
 * A small EIDO (NENA-STA-021) as a neighbouring agency's CAD would send it, valid against
 * EmergencyIncidentDataObjectType: for the codec's example, the benchmarks, the property tests
 * and the engine's tests. Every part the engine reads is there: the incident's tracking id,
 * type and place (a gml:pos), a call with its callback number, a note, a unit and a link.
 */
export interface EidoExampleOptions {
  /** The local part of the tracking id (`urn:emergency:uid:incidentid:<n>:<agency>`). */
  readonly incident?: string;
  /** The sending agency's domain (its updatedByAgencyReference). */
  readonly agency?: string;
  /** lastUpdateTimeStamp, epoch ms. */
  readonly updatedAt?: number;
  /** callStartTimestamp of the one call, epoch ms (default a minute before updatedAt). */
  readonly callAt?: number;
  readonly type?: string;
  readonly notes?: readonly string[];
  readonly units?: readonly string[];
  /** Omit the gml:pos: the place is only an address. */
  readonly noPosition?: boolean;
}

export function eidoTrackingId(incident: string, agency: string): string {
  return `urn:emergency:uid:incidentid:${incident}:${agency}`;
}

export function eidoExample(opts: EidoExampleOptions = {}): Record<string, unknown> {
  const agency = opts.agency ?? "psap.neighbour.example";
  const updatedAt = opts.updatedAt ?? Date.UTC(2026, 0, 1, 7, 59, 0);
  const callAt = opts.callAt ?? updatedAt - 60_000;
  const id = eidoTrackingId(opts.incident ?? "N-000042", agency);
  const upd = {
    lastUpdateTimeStamp: new Date(updatedAt).toISOString(),
    updatedByAgencyReference: { $ref: agency },
  };
  const callId = `urn:emergency:uid:callid:${opts.incident ?? "N-000042"}-1:${agency}`;
  const position =
    opts.noPosition === true ? "" : "<gml:Point><gml:pos>47.608013 -122.335167</gml:pos></gml:Point>";
  return {
    $id: id,
    ...upd,
    eidoVersion: "1.0",
    issuingElementIdentification: `cad.${agency}`,
    agencyComponent: [
      { $id: agency, ...upd, agencyType: ["psap"], agencyRoleDescriptionRegistryText: ["CallReceiving"] },
    ],
    incidentComponent: {
      $id: id,
      ...upd,
      incidentTrackingIdentifier: id,
      incidentTypeCommonRegistryText: opts.type ?? "Fire",
      locationReference: [{ $ref: `${id}/location` }],
    },
    callComponent: [
      {
        $id: callId,
        ...upd,
        callStartTimestamp: new Date(callAt).toISOString(),
        direction: "incoming",
        callStateRegistryText: "callAnswered",
        standardPrimaryCallType: "emergency",
        callBackReference: { $ref: `${callId}/callback` },
      },
    ],
    callbackComponent: [{ $id: `${callId}/callback`, ...upd, callBackInformationUri: ["tel:+12065550188"] }],
    locationComponent: [
      {
        $id: `${id}/location`,
        ...upd,
        locationByValue: position,
        locationTypeDescriptionRegistryText: "Incident",
        locationDescriptionText: "1201 3rd Ave, Seattle — Café lobby",
      },
    ],
    notesComponent: (opts.notes ?? ["Smoke from the 3rd floor 😟"]).map((text, i) => ({
      $id: `${id}/note/${i}`,
      ...upd,
      notesActionComments: text,
    })),
    emergencyResourceComponent: (opts.units ?? ["E5"]).map((name, i) => ({
      $id: `${id}/unit/${i}`,
      ...upd,
      emergencyResourceName: name,
      emergencyResourceTypeCommonRegistryText: "Engine",
      emergencyResourceTypeInternalText: "engine",
      primaryUnitStatusRegistryText: "Dispatched",
      secondaryUnitStatusRegistryText: [],
      resourceAttributeRegistryText: [],
      agentReference: [{ $ref: `${agency}/units` }],
    })),
    linkComponent: [
      {
        $id: `${id}/link/0`,
        ...upd,
        incidentTrackingIdentifier: eidoTrackingId("N-000041", agency),
        linkDirectionCode: "RELATED",
      },
    ],
  };
}

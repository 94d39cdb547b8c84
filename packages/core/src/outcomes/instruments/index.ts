import type { InstrumentDefinition, InstrumentId } from './instrument.types.ts';
import { NDI } from './ndi.ts';
import { NRS_PAIN } from './nrs.ts';
import { ODI } from './odi.ts';
import { PSFS } from './psfs.ts';
import { RMDQ } from './rmdq.ts';

export type * from './instrument.types.ts';
export { INSTRUMENT_IDS, bandOf } from './instrument.types.ts';
export { NRS_PAIN, NRS_LOINC_ANSWERS, scoreNrs, isNrsScore, nrsLoincAnswer } from './nrs.ts';
export { PSFS, psfsAnswersSchema, scorePsfs, psfsOnSharedActivities, type PsfsAnswers } from './psfs.ts';
export { NDI, NDI_ITEM_IDS, NDI_BANDS, NDI_MAX_MISSING, ndiAnswersSchema, scoreNdi, ndiBand } from './ndi.ts';
export { ODI, ODI_ITEM_IDS, ODI_BANDS, odiAnswersSchema, scoreOdi, odiBand, type OdiAnswers } from './odi.ts';
export { CONSIDERED_INSTRUMENTS, type ConsideredInstrument } from './considered.ts';
export { RMDQ, RMDQ_ITEM_IDS, rmdqAnswersSchema, scoreRmdq, type RmdqAnswers } from './rmdq.ts';

/** Every instrument Myomap scores, in the order a picker shows them. */
export const INSTRUMENTS: readonly InstrumentDefinition[] = [NRS_PAIN, PSFS, NDI, ODI, RMDQ];

const BY_ID: ReadonlyMap<InstrumentId, InstrumentDefinition> = new Map(INSTRUMENTS.map((i) => [i.id, i]));

export function findInstrument(id: InstrumentId): InstrumentDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown instrument ${id}`);
  return found;
}

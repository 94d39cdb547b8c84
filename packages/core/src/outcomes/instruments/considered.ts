import type { TermsOfUse } from './instrument.types.ts';

/**
 * Questionnaires weighed for Myomap and left out, with their terms as found, so the decision is on record
 * next to the ones that are in.
 */
export interface ConsideredInstrument {
  name: string;
  abbreviation: string;
  /** What Myomap would have used it for. */
  purpose: string;
  terms: TermsOfUse;
}

export const CONSIDERED_INSTRUMENTS: readonly ConsideredInstrument[] = [
  {
    name: 'PROMIS Physical Function short forms',
    abbreviation: 'PROMIS-PF',
    purpose: 'A free, general measure of physical function, in place of the ODI for low back pain.',
    terms: {
      status: 'permission-unclear',
      copyrightHolder: 'PROMIS Health Organization; distributed by HealthMeasures (Northwestern University)',
      summary:
        'Copyrighted; the English and Spanish forms are free without licence or royalty for one’s own ' +
        'research or clinical practice. Commercial users must ask permission to use, reproduce or distribute ' +
        'them, integration into software needs written permission, and electronic administration is ' +
        'reviewed (screenshots) before it is approved. Scores are T-scores looked up in HealthMeasures tables.',
      itemTextIncluded: false,
      decision:
        'Not included: its wording and scoring tables cannot go into open-source code without written ' +
        'permission. The Roland-Morris questionnaire covers low back function instead; PROMIS can be added ' +
        'once HealthMeasures grants permission for Myomap.',
      sources: [{ ref: 'healthmeasures-promis', locator: 'Obtain: copyright, commercial use and integration' }],
      checked: '2026-11',
    },
  },
];

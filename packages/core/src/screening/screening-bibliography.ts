import type { BibliographyEntry } from '../atlas/atlas.types.ts';

/** Guidance the red flags and screening rules cite (NICE CG150 is in the condition bibliography). */
export const SCREENING_BIBLIOGRAPHY: readonly BibliographyEntry[] = [
  {
    key: 'nice-cg95-2016',
    citation:
      'National Institute for Health and Care Excellence. Recent-onset chest pain of suspected cardiac origin: assessment and diagnosis. Clinical guideline CG95. London: NICE; 2010, updated 2016.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/cg95',
  },
  {
    key: 'nice-ng158-2020',
    citation:
      'National Institute for Health and Care Excellence. Venous thromboembolic diseases: diagnosis, management and thrombophilia testing. NICE guideline NG158. London: NICE; 2020.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng158',
  },
  {
    key: 'finucane-2020',
    citation:
      'Finucane LM, Downie A, Mercer C, et al. International Framework for Red Flags for Potential Serious Spinal Pathologies. J Orthop Sports Phys Ther. 2020;50(7):350-372.',
    kind: 'guideline',
  },
];

import type { BibliographyEntry } from '../atlas/atlas.types.ts';

/**
 * Sources the outcome measures cite: the instruments' publications, the studies behind each threshold of
 * clinically important change, the terms of use of each questionnaire and the LOINC codes. Cited by key with
 * a locator, like the atlas. Checked in November 2026; no DOIs (the other bibliographies carry none).
 */
export const OUTCOMES_BIBLIOGRAPHY: readonly BibliographyEntry[] = [
  {
    key: 'farrar-2001',
    citation:
      'Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain. 2001;94(2):149-158.',
    kind: 'study',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11690728/',
  },
  {
    key: 'ostelo-2008',
    citation:
      'Ostelo RW, Deyo RA, Stratford P, Waddell G, Croft P, Von Korff M, Bouter LM, de Vet HC. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine. 2008;33(1):90-94.',
    kind: 'review',
  },
  {
    key: 'stratford-1995',
    citation:
      'Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiother Can. 1995;47(4):258-263.',
    kind: 'study',
  },
  {
    key: 'horn-2012',
    citation:
      'Horn KK, Jennings S, Richardson G, Vliet DV, Hefford C, Abbott JH. The patient-specific functional scale: psychometrics, clinimetrics, and application as a clinical outcome measure. J Orthop Sports Phys Ther. 2012;42(1):30-42.',
    kind: 'review',
  },
  {
    key: 'rehabmeasures-psfs',
    citation:
      'Shirley Ryan AbilityLab. Rehabilitation Measures Database (rehabmeasures.org): Patient Specific Functional Scale, summary of 2013 (cost: free; the instrument is printed in Stratford et al. 1995).',
    kind: 'popular',
  },
  {
    key: 'vernon-mior-1991',
    citation:
      'Vernon H, Mior S. The Neck Disability Index: a study of reliability and validity. J Manipulative Physiol Ther. 1991;14(7):409-415.',
    kind: 'study',
  },
  {
    key: 'vernon-2008',
    citation:
      'Vernon H. The Neck Disability Index: state-of-the-art, 1991-2008. J Manipulative Physiol Ther. 2008;31(7):491-502.',
    kind: 'review',
  },
  {
    key: 'vernon-ndi-scoring-note',
    citation:
      'Vernon H. The Neck Disability Index: an informal note from the author on scoring and interpretation. Chiro.org forms library.',
    kind: 'popular',
    url: 'https://chiro.org/forms/NDI_Explain.shtml',
  },
  {
    key: 'young-2009',
    citation:
      'Young BA, Walker MJ, Strunce JB, Boyles RE, Whitman JM, Childs JD. Responsiveness of the Neck Disability Index in patients with mechanical neck disorders. Spine J. 2009;9(10):802-808.',
    kind: 'study',
  },
  {
    key: 'cleland-2008',
    citation:
      'Cleland JA, Childs JD, Whitman JM. Psychometric properties of the Neck Disability Index and Numeric Pain Rating Scale in patients with mechanical neck pain. Arch Phys Med Rehabil. 2008;89(1):69-74.',
    kind: 'study',
  },
  {
    key: 'fairbank-1980',
    citation:
      "Fairbank JC, Couper J, Davies JB, O'Brien JP. The Oswestry low back pain disability questionnaire. Physiotherapy. 1980;66(8):271-273.",
    kind: 'study',
  },
  {
    key: 'fairbank-pynsent-2000',
    citation: 'Fairbank JC, Pynsent PB. The Oswestry Disability Index. Spine. 2000;25(22):2940-2952.',
    kind: 'review',
  },
  {
    key: 'mapi-odi',
    citation:
      'Mapi Research Trust. Oswestry Disability Index (ODI): instrument page and conditions of use, ePROVIDE; and "The Oswestry Disability Index (ODI)", Mapi Research Trust news, by J. Fairbank.',
    kind: 'popular',
    url: 'https://eprovide.mapi-trust.org/instruments/oswestry-disability-index',
  },
  {
    key: 'rehabmeasures-odi',
    citation:
      'Shirley Ryan AbilityLab. Rehabilitation Measures Database (rehabmeasures.org): Oswestry Disability Index, cost description (free for students, clinicians and unfunded academic users; fees may apply to funded academic users, healthcare organisations, commercial users and IT companies; per Mapi Research Trust).',
    kind: 'popular',
  },
  {
    key: 'roland-morris-1983',
    citation:
      'Roland M, Morris R. A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain. Spine. 1983;8(2):141-144.',
    kind: 'study',
  },
  {
    key: 'roland-fairbank-2000',
    citation:
      'Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine. 2000;25(24):3115-3124.',
    kind: 'review',
  },
  {
    key: 'healthmeasures-promis',
    citation:
      'HealthMeasures (Northwestern University). PROMIS: Obtain & Administer Measures, and HealthMeasures Terms of Use.',
    kind: 'popular',
    url: 'https://www.healthmeasures.net/explore-measurement-systems/promis/obtain-administer-measures',
  },
  {
    key: 'loinc-72514-3',
    citation:
      'Regenstrief Institute. LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported; answer list LL2335-9. LOINC, loinc.org.',
    kind: 'guideline',
    url: 'https://loinc.org/72514-3',
  },
  {
    key: 'hl7-be-pain-scale',
    citation:
      'HL7 Belgium. Patient Monitoring Outcome FHIR Implementation Guide 0.1.0: ValueSet "Pain severity - 0-10 verbal numeric rating" (expansion from tx.fhir.org, LOINC 2.82).',
    kind: 'guideline',
    url: 'https://build.fhir.org/ig/hl7-be/patient-monitoring/ValueSet-pain-scale.html',
  },
  {
    key: 'loinc-97909-6',
    citation:
      'Regenstrief Institute. LOINC 97909-6: Oswestry disability index score ODI (member of panel 97908-8 Oswestry Disability Index), with its copyright notice. LOINC, loinc.org.',
    kind: 'guideline',
    url: 'https://loinc.org/97909-6',
  },
  {
    key: 'pacio-ndi',
    citation:
      'HL7 PACIO project / MITRE. PACIO Sample Data Depot 0.1.0: Questionnaire "Neck Disability Index" (LOINC 82226-2, items 82227-0 to 82236-1, total 82237-9).',
    kind: 'guideline',
    url: 'https://build.fhir.org/ig/paciowg/sample-data-fsh/Questionnaire-NeckDisabilityIndexQuestionnaire.html',
  },
];

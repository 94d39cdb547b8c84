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
  {
    key: 'nice-cks-sciatica',
    citation:
      'National Institute for Health and Care Excellence. Sciatica (lumbar radiculopathy). Clinical Knowledge Summaries. London: NICE.',
    kind: 'guideline',
    url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',
  },
  {
    key: 'nice-cks-cervical-radiculopathy',
    citation:
      'National Institute for Health and Care Excellence. Neck pain - cervical radiculopathy. Clinical Knowledge Summaries. London: NICE.',
    kind: 'guideline',
    url: 'https://cks.nice.org.uk/topics/neck-pain-cervical-radiculopathy/',
  },
  {
    key: 'batavia-2004',
    citation:
      'Batavia M. Contraindications for therapeutic massage: do sources agree? J Bodyw Mov Ther. 2004;8(1):48-57.',
    kind: 'review',
  },
  {
    key: 'walton-2011',
    citation:
      'Walton T. Medical Conditions and Massage Therapy: A Decision Tree Approach. Philadelphia: Lippincott Williams & Wilkins; 2011.',
    kind: 'textbook',
  },
  {
    key: 'rushton-2023',
    citation:
      'Rushton A, Carlesso LC, Flynn T, et al. International Framework for Examination of the Cervical Region for Potential of Vascular Pathologies of the Neck Prior to Musculoskeletal Intervention: International IFOMPT Cervical Framework. J Orthop Sports Phys Ther. 2023;53(1):7-22.',
    kind: 'guideline',
  },
  {
    key: 'nice-ng234-2023',
    citation:
      'National Institute for Health and Care Excellence. Spinal metastases and metastatic spinal cord compression. NICE guideline NG234. London: NICE; 2023.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng234',
  },
  {
    key: 'nice-ng133-2019',
    citation:
      'National Institute for Health and Care Excellence. Hypertension in pregnancy: diagnosis and management. NICE guideline NG133. London: NICE; 2019, updated 2023.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng133',
  },
  {
    key: 'nice-ng156-2020',
    citation:
      'National Institute for Health and Care Excellence. Abdominal aortic aneurysm: diagnosis and management. NICE guideline NG156. London: NICE; 2020.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng156',
  },
  {
    key: 'kdoqi-2019',
    citation:
      'Lok CE, Huber TS, Lee T, et al. KDOQI Clinical Practice Guideline for Vascular Access: 2019 Update. Am J Kidney Dis. 2020;75(4 Suppl 2):S1-S164.',
    kind: 'guideline',
  },
  {
    key: 'corbin-2005',
    citation:
      'Corbin L. Safety and efficacy of massage therapy for patients with cancer. Cancer Control. 2005;12(3):158-164.',
    kind: 'review',
  },
  {
    key: 'nice-ng232-2023',
    citation:
      'National Institute for Health and Care Excellence. Head injury: assessment and early management. NICE guideline NG232. London: NICE; 2023.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng232',
  },
  {
    key: 'nice-ng136-2019',
    citation:
      'National Institute for Health and Care Excellence. Hypertension in adults: diagnosis and management. NICE guideline NG136. London: NICE; 2019 (updated 2023).',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng136',
  },
  {
    key: 'nice-ng19-2015',
    citation:
      'National Institute for Health and Care Excellence. Diabetic foot problems: prevention and management. NICE guideline NG19. London: NICE; 2015 (updated 2019).',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng19',
  },
  {
    key: 'nice-ng89-2018',
    citation:
      'National Institute for Health and Care Excellence. Venous thromboembolism in over 16s: reducing the risk of hospital-acquired deep vein thrombosis or pulmonary embolism. NICE guideline NG89. London: NICE; 2018.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng89',
  },
  {
    key: 'nice-ng38-2016',
    citation:
      'National Institute for Health and Care Excellence. Fractures (non-complex): assessment and management. NICE guideline NG38. London: NICE; 2016.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng38',
  },
  {
    key: 'nogg-2022',
    citation:
      'Gregson CL, Armstrong DJ, Bowden J, et al. UK clinical guideline for the prevention and treatment of osteoporosis. Arch Osteoporos. 2022;17(1):58.',
    kind: 'guideline',
  },
  {
    key: 'rcog-gtg37a-2015',
    citation:
      'Royal College of Obstetricians and Gynaecologists. Reducing the risk of venous thromboembolism during pregnancy and the puerperium. Green-top Guideline No. 37a. London: RCOG; 2015.',
    kind: 'guideline',
  },
  {
    key: 'nhs-sprains-strains',
    citation: 'NHS. Sprains and strains. NHS website (nhs.uk), health A to Z.',
    kind: 'popular',
    url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
  },
  {
    key: 'de-abajo-2008',
    citation:
      'de Abajo FJ, García-Rodríguez LA. Risk of upper gastrointestinal tract bleeding associated with selective serotonin reuptake inhibitors and venlafaxine therapy: interaction with nonsteroidal anti-inflammatory drugs and effect of acid-suppressing agents. Arch Gen Psychiatry. 2008;65(7):795-803.',
    kind: 'study',
  },
  {
    key: 'who-atc',
    citation:
      'WHO Collaborating Centre for Drug Statistics Methodology. ATC/DDD Index. Oslo: Norwegian Institute of Public Health; updated yearly.',
    kind: 'guideline',
    url: 'https://atcddd.fhi.no/atc_ddd_index/',
  },
];

import type { SourceCitation } from '../atlas/atlas.types.ts';
import type { WarningSymptomId } from '../body/symptoms.ts';

/**
 * Red flags: findings that need a doctor before any trigger point work. They win over every
 * other result. `urgent` means seek care now (call emergency services where it says so);
 * `refer` means see a doctor before treating.
 */
export interface RedFlagRule {
  id: string;
  urgency: 'urgent' | 'refer';
  title: string;
  /** What to do, in plain words. */
  advice: string;
  /** Present when any of these warning symptoms is reported… */
  symptoms?: readonly WarningSymptomId[];
  /** …or when the drawing marks a region of every group (region bases, either side). */
  regionGroups?: readonly (readonly string[])[];
  sources: readonly SourceCitation[];
}

const CHEST = ['sternum', 'chest.pectoral', 'chest.upper', 'chest.lower', 'epigastric'];
const ARM_OR_JAW = [
  'arm.upper.medial',
  'arm.upper.front',
  'forearm.ulnar',
  'finger.little.back',
  'finger.little.palm',
  'finger.ring.back',
  'finger.ring.palm',
  'jaw.lower',
  'throat',
  'shoulder.front',
];

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'chest-pain-with-arm-pain',
    urgency: 'urgent',
    title: 'Chest pain with arm or jaw pain',
    advice:
      'Chest pain that spreads to the arm, neck or jaw can come from the heart. If it is new, came on with effort, ' +
      'or comes with breathlessness, sweating or feeling sick, call emergency services now. Otherwise see a doctor ' +
      'before any trigger point work.',
    symptoms: ['chest-pain-exertion'],
    regionGroups: [CHEST, ARM_OR_JAW],
    sources: [{ ref: 'nice-cg95-2016', locator: 'Recent-onset chest pain of suspected cardiac origin' }],
  },
  {
    id: 'sudden-severe-headache',
    urgency: 'urgent',
    title: 'Sudden, severe headache',
    advice:
      'A headache that comes on suddenly and is the worst you have had needs emergency care now: it can be a bleed ' +
      'in the brain. Do not massage; call emergency services.',
    symptoms: ['sudden-severe-headache'],
    sources: [{ ref: 'nice-cg150-2012', locator: 'Headaches in over 12s: red flags' }],
  },
  {
    id: 'headache-fever-stiff-neck',
    urgency: 'urgent',
    title: 'Headache with fever and a stiff neck',
    advice: 'Headache with fever and a stiff neck can be meningitis. Seek urgent medical care now.',
    symptoms: ['headache-fever-stiff-neck'],
    sources: [{ ref: 'nice-cg150-2012', locator: 'Headaches in over 12s: red flags' }],
  },
  {
    id: 'stroke-signs',
    urgency: 'urgent',
    title: 'Sudden weakness, numbness or trouble speaking',
    advice:
      'Sudden weakness or numbness on one side, a drooping face or trouble speaking can be a stroke. Call emergency ' +
      'services now.',
    symptoms: ['sudden-weakness-one-side'],
    sources: [{ ref: 'nice-cg150-2012', locator: 'Headaches in over 12s: red flags' }],
  },
  {
    // Refer, not urgent: one weak foot or limb needs a doctor within a day or two. The emergency
    // signs (both legs, numbness between the legs, bladder or bowel change) are their own warning
    // symptoms and raise the urgent cauda equina flag; the advice tells people to act on them.
    id: 'foot-drop',
    urgency: 'refer',
    title: 'A foot that slaps, drags or catches',
    advice:
      'A foot that has started to slap down, drag or catch when you walk (foot drop) is a sign that a nerve in the ' +
      'leg or back is not working properly; trigger points do not cause it. Do not treat it as muscular: see a ' +
      'doctor in the next day or two, and the same day if it is getting worse. If both legs are weak, or you have ' +
      'numbness between the legs or a change in bladder or bowel control, go to an emergency department now.',
    symptoms: ['foot-drop'],
    sources: [
      { ref: 'nice-cks-sciatica', locator: 'Red flags: progressive or severe neurological deficit' },
      { ref: 'finucane-2020', locator: 'Cauda equina syndrome; spinal cord compression' },
    ],
  },
  {
    id: 'new-weakness',
    urgency: 'refer',
    title: 'New or worsening weakness in an arm or leg',
    advice:
      'Weakness that is new or getting worse, or dropping things because the hand is weak, can come from a nerve, ' +
      'the spinal cord or the brain; trigger points only make a muscle feel weak when using it hurts. See a doctor ' +
      'before any trigger point work, within a day or two, and the same day if it is getting worse. If the ' +
      'weakness came on suddenly on one side, or with a drooping face or trouble speaking, call emergency services ' +
      'now; if both legs are weak, or with numbness between the legs or a change in bladder or bowel control, go ' +
      'to an emergency department now.',
    symptoms: ['weakness'],
    sources: [
      { ref: 'nice-cks-cervical-radiculopathy', locator: 'Red flags: progressive neurological deficit; myelopathy' },
      { ref: 'nice-cks-sciatica', locator: 'Red flags: progressive or severe neurological deficit' },
      { ref: 'finucane-2020', locator: 'Spinal cord compression; cauda equina syndrome' },
    ],
  },
  {
    id: 'cauda-equina',
    urgency: 'urgent',
    title: 'Loss of bladder or bowel control, or numbness between the legs',
    advice:
      'With back or leg pain these can mean pressure on the nerves at the base of the spine (cauda equina). Go to an ' +
      'emergency department now.',
    symptoms: ['bladder-bowel-loss', 'saddle-numbness'],
    sources: [{ ref: 'finucane-2020', locator: 'Cauda equina syndrome' }],
  },
  {
    id: 'possible-blood-clot',
    urgency: 'urgent',
    title: 'Swollen, warm, painful calf',
    advice:
      'A swollen, warm, painful calf can be a blood clot (deep vein thrombosis). Do not massage the leg; see a doctor ' +
      'today, or call emergency services if you are short of breath or have chest pain.',
    symptoms: ['swollen-painful-calf'],
    sources: [{ ref: 'nice-ng158-2020', locator: 'Deep vein thrombosis: diagnosis' }],
  },
  {
    id: 'fever-with-back-pain',
    urgency: 'refer',
    title: 'Fever with back pain',
    advice: 'Back pain with fever can be an infection of the spine or kidney. See a doctor before any massage.',
    symptoms: ['fever-back-pain'],
    sources: [{ ref: 'finucane-2020', locator: 'Spinal infection' }],
  },
  {
    id: 'weight-loss-or-night-pain',
    urgency: 'refer',
    title: 'Unexplained weight loss or pain at night that rest does not ease',
    advice:
      'Weight loss without trying, or pain at night that rest does not ease, needs a doctor to rule out other causes ' +
      'before trigger point work.',
    symptoms: ['unexplained-weight-loss', 'night-pain-unrelieved'],
    sources: [{ ref: 'finucane-2020', locator: 'Spinal malignancy' }],
  },
];

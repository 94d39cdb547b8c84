import type { WarningSymptomId } from '../body/symptoms.ts';
import type { ChoiceOption, ScreeningQuestion, ScreeningSection, YesNoQuestion } from './questions.types.ts';

export type * from './questions.types.ts';

/**
 * The safety questions asked before any trigger point work, in stepper order. Warning signs come
 * first so the stepper can stop early when one is present; medicines are a free-text list,
 * matched separately (see medications.ts). Plain language, one thing per question.
 */
export const SCREENING_SECTIONS: readonly ScreeningSection[] = [
  {
    id: 'warning-signs',
    order: 1,
    title: 'Warning signs',
    intro: 'These can be signs of something that needs a doctor. Answer yes if you have it now or it started recently.',
  },
  {
    id: 'health',
    order: 2,
    title: 'Your health and history',
    intro: 'Some conditions change how hard you may press, or where. Answer as best you can.',
  },
  {
    id: 'medications',
    order: 3,
    title: 'Your medicines',
    intro:
      'List the medicines you use now, one per line, as written on the box if you can. Some change how hard you ' +
      'may press. Myomap gives no advice about medicines: for that, ask your doctor or pharmacist.',
  },
];

const NOT_SURE: ChoiceOption = { id: 'not-sure', label: 'Not sure' };

interface WarningDraft {
  id: WarningSymptomId;
  text: string;
  help?: string;
}

/** Ids are the WARNING_SYMPTOMS ids, so an answer counts as that warning symptom everywhere. */
const WARNING_DRAFTS: readonly WarningDraft[] = [
  {
    id: 'chest-pain-exertion',
    text: 'Do you get chest pain or pressure when you exert yourself, or with breathlessness or sweating?',
  },
  { id: 'sudden-severe-headache', text: 'Have you had a sudden, severe headache — the worst you have ever had?' },
  { id: 'headache-fever-stiff-neck', text: 'Do you have a headache with a fever and a stiff neck?' },
  {
    id: 'sudden-weakness-one-side',
    text: 'Have you suddenly had weakness or numbness on one side, a drooping face, or trouble speaking?',
    help: 'For example an arm or leg that suddenly feels weak or numb, or one side of the face that droops.',
  },
  {
    id: 'weakness',
    text: 'Have you noticed new or worsening weakness in an arm or a leg, or started dropping things because your hand is weak?',
    help:
      'For example a leg that gives way on the stairs, or a hand that cannot hold a cup even when it does not hurt. ' +
      'Weakness only because moving hurts does not count here.',
  },
  {
    id: 'foot-drop',
    text: 'Has one of your feet started to slap down, drag or catch on the ground when you walk?',
    help: 'For example tripping over your toes, or lifting the knee higher than usual to clear the foot.',
  },
  { id: 'bladder-bowel-loss', text: 'Have you lost control of your bladder or bowels, or found it hard to pee?' },
  {
    id: 'saddle-numbness',
    text: 'Is there numbness between your legs or around your back passage (the area a saddle would touch)?',
  },
  { id: 'unexplained-weight-loss', text: 'Have you lost weight without trying?' },
  {
    id: 'night-pain-unrelieved',
    text: 'Do you have pain at night that does not ease when you rest or change position?',
  },
  { id: 'fever-back-pain', text: 'Do you have back pain together with a fever or shivers?' },
  { id: 'swollen-painful-calf', text: 'Is one of your calves swollen, warm and painful?' },
];

const WARNING_QUESTIONS: readonly YesNoQuestion[] = WARNING_DRAFTS.map((q, index) => ({
  ...q,
  type: 'yes-no',
  section: 'warning-signs',
  order: index + 1,
}));

/** A question before it is placed: section and order are filled in below. */
type Draft = ScreeningQuestion extends infer Q
  ? Q extends ScreeningQuestion
    ? Omit<Q, 'section' | 'order'>
    : never
  : never;

function regions(id: string, parent: string, text: string, required = true): Draft {
  return { id, type: 'regions', text, showIf: { yes: parent }, ...(required ? { required } : {}) };
}

const HEALTH_QUESTIONS: readonly Draft[] = [
  {
    id: 'blood-thinners',
    type: 'yes-no',
    text: 'Do you use a blood thinner?',
    help: 'Blood thinners are prescribed to prevent clots, for example for a heart rhythm problem, a stent, after a stroke or a clot.',
  },
  {
    id: 'bleeding-disorder',
    type: 'yes-no',
    text: 'Do you have a bleeding disorder, such as haemophilia, or do you bruise very easily?',
  },
  { id: 'recent-surgery', type: 'yes-no', text: 'Have you had an operation in the last 3 months?' },
  regions('recent-surgery-regions', 'recent-surgery', 'Where on the body was the operation?'),
  {
    id: 'recent-surgery-when',
    type: 'choice',
    text: 'How long ago was the operation?',
    showIf: { yes: 'recent-surgery' },
    required: true,
    options: [
      { id: 'within-2-weeks', label: 'In the last 2 weeks' },
      { id: '2-6-weeks', label: '2 to 6 weeks ago' },
      { id: '6-12-weeks', label: '6 weeks to 3 months ago' },
      NOT_SURE,
    ],
  },
  { id: 'recent-injury', type: 'yes-no', text: 'Have you hurt yourself or had a fall in the last 6 weeks?' },
  regions('recent-injury-regions', 'recent-injury', 'Where did you hurt yourself? Include your head if you hit it.'),
  {
    id: 'recent-injury-when',
    type: 'choice',
    text: 'How long ago was it?',
    showIf: { yes: 'recent-injury' },
    required: true,
    options: [
      { id: 'within-3-days', label: 'In the last 3 days' },
      { id: '4-14-days', label: '4 days to 2 weeks ago' },
      { id: '2-6-weeks', label: '2 to 6 weeks ago' },
      NOT_SURE,
    ],
  },
  {
    id: 'fracture',
    type: 'yes-no',
    text: 'Do you have a broken bone, or might you have one?',
    help: 'For example a bone that hurts on one spot after a fall, or a break that is still healing.',
  },
  regions('fracture-regions', 'fracture', 'Where is the broken bone, or where do you think it might be?'),
  {
    id: 'fracture-status',
    type: 'choice',
    text: 'Has a doctor checked it?',
    showIf: { yes: 'fracture' },
    required: true,
    options: [
      { id: 'diagnosed', label: 'Yes, it was checked and is being treated or healing' },
      { id: 'suspected', label: 'No, not yet' },
    ],
  },
  {
    id: 'blood-clot',
    type: 'yes-no',
    text: 'Have you had a blood clot in a vein (DVT) or in the lungs (pulmonary embolism)?',
  },
  {
    id: 'blood-clot-when',
    type: 'choice',
    text: 'Is it recent or still being treated?',
    showIf: { yes: 'blood-clot' },
    required: true,
    options: [
      { id: 'current', label: 'Yes: now, in the last 3 months, or still being treated' },
      { id: 'past', label: 'No: more than 3 months ago and treatment has finished' },
      NOT_SURE,
    ],
  },
  { id: 'varicose-veins', type: 'yes-no', text: 'Do you have varicose veins (swollen, twisted veins)?' },
  regions('varicose-veins-regions', 'varicose-veins', 'Where are the varicose veins?'),
  { id: 'cancer', type: 'yes-no', text: 'Do you have cancer, or have you had cancer?' },
  {
    id: 'cancer-status',
    type: 'choice',
    text: 'Where are you with it now?',
    showIf: { yes: 'cancer' },
    required: true,
    options: [
      { id: 'active', label: 'I have it now, or I am having or waiting for treatment' },
      { id: 'recent', label: 'Treatment finished in the last 6 months' },
      { id: 'past', label: 'Treatment finished more than 6 months ago' },
    ],
  },
  regions(
    'cancer-regions',
    'cancer',
    'Where is or was the cancer, or where were you treated (operation or radiotherapy)? Skip if it was not in one place.',
    false,
  ),
  {
    id: 'infection-today',
    type: 'yes-no',
    text: 'Do you have a fever today, or feel unwell with an infection such as flu, a chest infection or an infected cut?',
  },
  {
    id: 'skin-problem',
    type: 'yes-no',
    text: 'Do you have an open wound, a rash, a burn, a new lump or broken skin where you might press?',
  },
  regions('skin-problem-regions', 'skin-problem', 'Where is it?'),
  { id: 'osteoporosis', type: 'yes-no', text: 'Have you been told you have osteoporosis (thin, fragile bones)?' },
  { id: 'pregnancy', type: 'yes-no', text: 'Are you pregnant?' },
  {
    id: 'pregnancy-trimester',
    type: 'choice',
    text: 'How far along are you?',
    showIf: { yes: 'pregnancy' },
    required: true,
    options: [
      { id: 'first', label: 'Up to 12 weeks (first trimester)' },
      { id: 'second', label: '13 to 27 weeks (second trimester)' },
      { id: 'third', label: '28 weeks or more (third trimester)' },
      NOT_SURE,
    ],
  },
  {
    id: 'lymphedema',
    type: 'yes-no',
    text: 'Do you have lymphoedema (long-lasting swelling), or have you had lymph nodes removed or treated with radiotherapy?',
  },
  {
    id: 'lymphedema-limbs',
    type: 'choice',
    multiple: true,
    text: 'Which arm or leg is affected or at risk? Pick all that apply.',
    showIf: { yes: 'lymphedema' },
    required: true,
    options: [
      { id: 'left-arm', label: 'Left arm' },
      { id: 'right-arm', label: 'Right arm' },
      { id: 'left-leg', label: 'Left leg' },
      { id: 'right-leg', label: 'Right leg' },
      { id: 'other', label: 'Another area, such as the head, neck or trunk' },
    ],
  },
  { id: 'diabetes', type: 'yes-no', text: 'Do you have diabetes?' },
  {
    id: 'diabetes-feet-numb',
    type: 'yes-no',
    text: 'Is the feeling in your feet reduced, or have you been told you have nerve damage in your feet?',
    showIf: { yes: 'diabetes' },
    required: true,
  },
  { id: 'high-blood-pressure', type: 'yes-no', text: 'Do you have high blood pressure?' },
  {
    id: 'high-blood-pressure-controlled',
    type: 'choice',
    text: 'Is it under control — are your readings usually where your doctor or nurse wants them?',
    showIf: { yes: 'high-blood-pressure' },
    required: true,
    options: [
      { id: 'controlled', label: 'Yes, it is under control' },
      { id: 'not-controlled', label: 'No, it is often high' },
      NOT_SURE,
    ],
  },
  {
    id: 'high-blood-pressure-systolic',
    type: 'number',
    text: 'If you know your last reading, what was the top number?',
    showIf: { yes: 'high-blood-pressure' },
    min: 60,
    max: 300,
    unit: 'mmHg',
    integer: true,
  },
  {
    id: 'high-blood-pressure-diastolic',
    type: 'number',
    text: 'And the bottom number?',
    showIf: { yes: 'high-blood-pressure' },
    min: 30,
    max: 200,
    unit: 'mmHg',
    integer: true,
  },
  { id: 'fibromyalgia', type: 'yes-no', text: 'Have you been diagnosed with fibromyalgia?' },
  {
    id: 'steroid-injection',
    type: 'yes-no',
    text: 'Have you had a steroid injection into a joint or muscle in the last 6 weeks?',
  },
  regions('steroid-injection-regions', 'steroid-injection', 'Where was the injection?'),
  {
    id: 'steroid-injection-days',
    type: 'number',
    text: 'About how many days ago was it?',
    showIf: { yes: 'steroid-injection' },
    required: true,
    min: 0,
    max: 365,
    unit: 'days',
    integer: true,
  },
];

/** Every screening question, in stepper order (section, then order). */
export const SCREENING_QUESTIONS: readonly ScreeningQuestion[] = [
  ...WARNING_QUESTIONS,
  ...HEALTH_QUESTIONS.map((q, index): ScreeningQuestion => ({ ...q, section: 'health', order: index + 1 })),
];

const QUESTION_BY_ID: ReadonlyMap<string, ScreeningQuestion> = new Map(SCREENING_QUESTIONS.map((q) => [q.id, q]));

export function findScreeningQuestion(id: string): ScreeningQuestion | undefined {
  return QUESTION_BY_ID.get(id);
}

/** The questions of one section, in order. */
export function questionsOfSection(section: ScreeningSection['id']): ScreeningQuestion[] {
  return SCREENING_QUESTIONS.filter((q) => q.section === section);
}

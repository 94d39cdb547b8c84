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
  {
    id: 'recent-surgery-kind',
    type: 'choice',
    text: 'What kind of operation was it?',
    help: 'If you had more than one, pick the biggest.',
    showIf: { yes: 'recent-surgery' },
    required: true,
    options: [
      { id: 'eye', label: 'On an eye, such as a cataract' },
      { id: 'dental', label: 'On the teeth or mouth, such as a tooth taken out' },
      { id: 'skin', label: 'A small one on the skin, such as a mole removed' },
      { id: 'keyhole', label: 'Keyhole surgery or a scope, such as an arthroscopy' },
      { id: 'major', label: 'A larger operation, such as on the belly, chest, spine, hip or knee' },
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
      {
        id: 'active-skin-local',
        label: 'A skin cancer in one place only, such as a basal cell carcinoma, not yet fully treated',
      },
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
    id: 'cancer-bone-spread',
    type: 'yes-no',
    text: 'Has the cancer spread to your bones, or has a doctor said it might have?',
    showIf: { yes: 'cancer' },
    required: true,
  },
  {
    id: 'cancer-new-spine-pain',
    type: 'yes-no',
    text: 'Since the cancer, have you had new pain in your back or neck, or spine pain that keeps getting worse?',
    help: 'For example pain in the middle of the back, pain that wakes you, or pain that spreads around the ribs.',
    showIf: { yes: 'cancer' },
    required: true,
  },
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
    id: 'pregnancy-warning-signs',
    type: 'yes-no',
    text:
      'Do you have a bad headache, problems with your sight such as blurring or flashing lights, pain just below ' +
      'your ribs, vomiting, or sudden swelling of your face, hands or feet?',
    help: 'These can be signs of pre-eclampsia, which needs checking the same day.',
    showIf: { yes: 'pregnancy' },
    required: true,
  },
  {
    id: 'pregnancy-complications',
    type: 'yes-no',
    text:
      'Has your midwife or doctor told you about a complication, such as high blood pressure, pre-eclampsia, ' +
      'bleeding or a problem with the placenta?',
    showIf: { yes: 'pregnancy' },
    required: true,
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
    id: 'reduced-feeling',
    type: 'yes-no',
    text: 'Is the feeling in your feet or hands reduced, or have you been told you have nerve damage (neuropathy)?',
    help: 'For example numb feet, or not feeling heat or a stone in your shoe. Diabetes, chemotherapy and alcohol can all cause it.',
  },
  {
    id: 'reduced-feeling-where',
    type: 'choice',
    multiple: true,
    text: 'Where is the feeling reduced? Pick all that apply.',
    showIf: { yes: 'reduced-feeling' },
    required: true,
    options: [
      { id: 'feet', label: 'Feet or lower legs' },
      { id: 'hands', label: 'Hands or forearms' },
      { id: 'elsewhere', label: 'Somewhere else' },
      NOT_SURE,
    ],
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
  {
    id: 'neck-arteries',
    type: 'yes-no',
    text:
      'Have you had a stroke or mini-stroke (TIA), a narrowed or torn artery in your neck, your neck manipulated ' +
      '(“cracked”) in the last 4 weeks, or been told your upper neck is unstable?',
    help: 'An unstable upper neck can come with rheumatoid arthritis or Down syndrome, for example.',
  },
  {
    id: 'neck-arteries-which',
    type: 'choice',
    multiple: true,
    text: 'Which of these? Pick all that apply.',
    showIf: { yes: 'neck-arteries' },
    required: true,
    options: [
      { id: 'stroke-tia', label: 'A stroke or mini-stroke (TIA)' },
      { id: 'artery', label: 'A narrowed or torn artery in the neck (carotid or vertebral)' },
      { id: 'manipulation', label: 'Neck manipulation in the last 4 weeks' },
      { id: 'instability', label: 'An unstable upper neck' },
    ],
  },
  {
    id: 'implant',
    type: 'yes-no',
    text:
      'Do you have a pacemaker or defibrillator, a dialysis fistula or graft, an implanted port or line, a known ' +
      'aortic aneurysm, or a hernia?',
  },
  {
    id: 'implant-kinds',
    type: 'choice',
    multiple: true,
    text: 'Which? Pick all that apply.',
    showIf: { yes: 'implant' },
    required: true,
    options: [
      { id: 'pacemaker', label: 'A pacemaker or defibrillator (ICD)' },
      { id: 'fistula', label: 'A dialysis fistula or graft' },
      { id: 'port', label: 'An implanted port or a long line' },
      { id: 'aneurysm', label: 'An aortic aneurysm (a widened main artery)' },
      { id: 'hernia', label: 'A hernia' },
    ],
  },
  regions(
    'implant-regions',
    'implant',
    'Where is it? Mark the arm of a fistula, the place of a device, port or hernia. Skip for an aneurysm alone.',
    false,
  ),
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

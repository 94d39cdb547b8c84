/**
 * Symptoms other than pain that some trigger points produce (Travell & Simons describe
 * dizziness from the sternocleidomastoid, tinnitus from the deep masseter, numbness from
 * the scalenes, and so on). The finder counts a matching symptom as extra evidence.
 */
export const SYMPTOMS = [
  { id: 'dizziness', label: 'Dizziness or unsteadiness' },
  { id: 'tinnitus', label: 'Ringing or buzzing in the ear' },
  { id: 'ear-fullness', label: 'Stuffy or blocked feeling in the ear' },
  { id: 'watery-eye', label: 'Watery or red eye' },
  { id: 'blurred-vision', label: 'Blurred vision' },
  { id: 'eyelid-droop', label: 'Drooping eyelid or twitching' },
  { id: 'nasal-congestion', label: 'Runny or stuffy nose' },
  { id: 'tooth-sensitivity', label: 'Teeth sensitive to heat, cold or pressure' },
  { id: 'restricted-jaw-opening', label: 'Cannot open the mouth fully' },
  { id: 'difficulty-swallowing', label: 'Discomfort when swallowing' },
  { id: 'hoarseness', label: 'Hoarse voice or throat irritation' },
  { id: 'stiff-neck', label: 'Stiff neck, hard to turn the head' },
  { id: 'restricted-shoulder', label: 'Cannot raise or rotate the arm fully' },
  { id: 'numbness', label: 'Numbness' },
  { id: 'tingling', label: 'Tingling or pins and needles' },
  // Kept as a trigger point symptom: T&S describe a grip that gives way because gripping hurts
  // (pain inhibition, with no wasting), chiefly from the forearm extensors. Weakness that is there
  // without pain, or keeps getting worse, is the warning symptom 'weakness' below.
  { id: 'weak-grip', label: 'Grip gives way because gripping hurts' },
  { id: 'finger-stiffness', label: 'Stiff or clumsy fingers' },
  { id: 'shortness-of-breath', label: 'Short of breath or side stitch' },
  { id: 'heartburn', label: 'Heartburn or fullness in the stomach' },
  { id: 'nausea', label: 'Nausea' },
  { id: 'bladder-symptoms', label: 'Bladder urgency or frequency' },
  { id: 'buckling-knee', label: 'Knee gives way' },
  { id: 'buckling-hip', label: 'Hip gives way' },
  { id: 'weak-ankle', label: 'Ankle turns easily' },
  { id: 'night-cramps', label: 'Cramps at night' },
  { id: 'restless-legs', label: 'Restless, uneasy legs' },
  { id: 'sleep-disturbed', label: 'Pain wakes me or stops me sleeping' },
  { id: 'morning-stiffness', label: 'Stiff in the morning' },
] as const;

/**
 * Warning symptoms: never caused by trigger points alone and a reason to see a doctor before any
 * massage. The finder and screening interrupt everything else when one is present.
 */
export const WARNING_SYMPTOMS = [
  { id: 'sudden-severe-headache', label: 'A sudden, severe headache — the worst ever' },
  { id: 'chest-pain-exertion', label: 'Chest pain or pressure on exertion, or with breathlessness or sweating' },
  { id: 'headache-fever-stiff-neck', label: 'Headache with fever and a stiff neck' },
  {
    id: 'sudden-weakness-one-side',
    label: 'Sudden weakness, numbness or a drooping face on one side, or trouble speaking',
  },
  { id: 'bladder-bowel-loss', label: 'Loss of bladder or bowel control' },
  { id: 'saddle-numbness', label: 'Numbness between the legs or around the back passage' },
  { id: 'unexplained-weight-loss', label: 'Weight loss without trying' },
  { id: 'night-pain-unrelieved', label: 'Pain at night that rest does not ease' },
  { id: 'fever-back-pain', label: 'Fever with back pain' },
  { id: 'swollen-painful-calf', label: 'A swollen, warm, painful calf' },
  // 'foot-drop' and 'weakness' were once trigger point symptoms and keep their ids, so drawings and
  // API calls that already use them now raise the warning instead of failing validation.
  // Trigger points can make a muscle feel weak when using it hurts, but a foot that has started to
  // slap or catch, or a limb that is newly or increasingly weak, points to a nerve, the spinal cord
  // or the brain and must be checked by a doctor first (NICE CKS sciatica; Finucane 2020).
  { id: 'foot-drop', label: 'A foot that has started to slap, drag or catch when you walk' },
  { id: 'weakness', label: 'New or worsening weakness in an arm or leg, or dropping things from weakness' },
] as const;

export type TriggerPointSymptomId = (typeof SYMPTOMS)[number]['id'];
export type WarningSymptomId = (typeof WARNING_SYMPTOMS)[number]['id'];
export type SymptomId = TriggerPointSymptomId | WarningSymptomId;

const SYMPTOM_IDS: ReadonlySet<string> = new Set([...SYMPTOMS, ...WARNING_SYMPTOMS].map((s) => s.id));
const WARNING_SYMPTOM_IDS: ReadonlySet<string> = new Set(WARNING_SYMPTOMS.map((s) => s.id));

export function isSymptomId(value: string): value is SymptomId {
  return SYMPTOM_IDS.has(value);
}

export function isWarningSymptomId(value: string): value is WarningSymptomId {
  return WARNING_SYMPTOM_IDS.has(value);
}

export function symptomLabel(id: SymptomId): string {
  return [...SYMPTOMS, ...WARNING_SYMPTOMS].find((s) => s.id === id)?.label ?? id;
}

/**
 * Medicine classes, with their WHO ATC groups, and the shape of a catalogue entry. The catalogue
 * itself is split by class group (medications-*.data.ts) and assembled in medications.data.ts.
 * This is for recognising what someone uses, never for advice about taking it.
 * Source for the codes: WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD index
 * (https://atcddd.fhi.no/atc_ddd_index/).
 */

export interface MedicationClass {
  id: string;
  label: string;
  /**
   * The ATC groups that make up the class. Some classes are not one ATC group: anticoagulants
   * are four subgroups of B01A (which also holds the antiplatelets, B01AC) plus fondaparinux
   * (B01AX05), and gabapentin and pregabalin are two substances of N03AX.
   */
  atc: readonly string[];
}

export const MEDICATION_CLASSES = [
  // Classes with a screening rule (rules-medications.data.ts, rules-health.data.ts)
  {
    id: 'anticoagulant',
    label: 'Anticoagulant (blood thinner)',
    atc: ['B01AA', 'B01AB', 'B01AE', 'B01AF', 'B01AX05'],
  },
  { id: 'antiplatelet', label: 'Antiplatelet (blood thinner)', atc: ['B01AC'] },
  // BTK inhibitors (ibrutinib and others) block platelets as a side effect, so they bleed like blood thinners.
  { id: 'bleeding-risk', label: 'Cancer medicine that raises bleeding risk (BTK inhibitor)', atc: ['L01EL'] },
  { id: 'corticosteroid', label: 'Corticosteroid (steroid tablets or injections)', atc: ['H02'] },
  { id: 'topical-corticosteroid', label: 'Steroid cream or ointment', atc: ['D07'] },
  { id: 'opioid', label: 'Opioid painkiller', atc: ['N02A'] },
  { id: 'nsaid', label: 'Anti-inflammatory painkiller (NSAID)', atc: ['M01A'] },
  { id: 'topical-nsaid', label: 'Anti-inflammatory gel or cream (topical NSAID)', atc: ['M02AA'] },
  { id: 'paracetamol', label: 'Paracetamol (acetaminophen)', atc: ['N02BE'] },
  { id: 'muscle-relaxant', label: 'Muscle relaxant', atc: ['M03'] },
  { id: 'benzodiazepine', label: 'Benzodiazepine', atc: ['N05BA'] },
  { id: 'sleeping-tablet', label: 'Sleeping tablet (hypnotic)', atc: ['N05CD', 'N05CF'] },
  { id: 'antidepressant', label: 'Antidepressant', atc: ['N06A'] },
  { id: 'ssri', label: 'SSRI antidepressant', atc: ['N06AB'] },
  // SNRIs have no ATC group of their own: they are single substances of N06AX.
  { id: 'snri', label: 'SNRI antidepressant', atc: ['N06AX16', 'N06AX17', 'N06AX21', 'N06AX23', 'N06AX28'] },
  { id: 'bisphosphonate', label: 'Bisphosphonate (for bone strength)', atc: ['M05BA'] },
  {
    id: 'osteoporosis-medicine',
    label: 'Other osteoporosis medicine (denosumab and others)',
    atc: ['M05BX', 'H05AA', 'G03XC01'],
  },
  { id: 'antidiabetic', label: 'Diabetes medicine', atc: ['A10'] },
  { id: 'antihypertensive', label: 'Blood pressure medicine', atc: ['C02', 'C07', 'C08', 'C09'] },
  { id: 'diuretic', label: 'Water tablet (diuretic)', atc: ['C03'] },
  { id: 'chemotherapy', label: 'Cancer medicine (antineoplastic)', atc: ['L01'] },
  { id: 'hormone-cancer-therapy', label: 'Hormone therapy for cancer', atc: ['L02'] },
  { id: 'immunosuppressant', label: 'Immunosuppressant', atc: ['L04'] },
  { id: 'gabapentinoid', label: 'Gabapentinoid (nerve pain medicine)', atc: ['N03AX12', 'N03AX16'] },
  // Recognised, with no screening rule: they change nothing about trigger point work.
  { id: 'statin', label: 'Statin (cholesterol medicine)', atc: ['C10AA'] },
  { id: 'lipid-lowering', label: 'Other cholesterol medicine', atc: ['C10AB', 'C10AX09'] },
  { id: 'proton-pump-inhibitor', label: 'Stomach acid medicine (proton pump inhibitor)', atc: ['A02BC'] },
  { id: 'antacid', label: 'Antacid or other stomach medicine', atc: ['A02A', 'A02BA', 'A02BB'] },
  { id: 'thyroid-hormone', label: 'Thyroid hormone', atc: ['H03AA'] },
  { id: 'antithyroid', label: 'Medicine for an overactive thyroid', atc: ['H03B'] },
  {
    id: 'vitamin-supplement',
    label: 'Vitamin, mineral or supplement',
    atc: ['A11', 'A12', 'B03A', 'B03B', 'C10AX06', 'M01AX05', 'M01AX25'],
  },
  { id: 'hormonal-contraceptive', label: 'Hormonal contraceptive', atc: ['G03A', 'G02BA'] },
  { id: 'hormone-replacement', label: 'Hormone replacement (HRT)', atc: ['G03C', 'G03D', 'G03F'] },
  {
    id: 'inhaled-respiratory',
    label: 'Inhaler, nasal spray or asthma medicine',
    atc: ['R03A', 'R03B', 'R03DC', 'R01AD'],
  },
  { id: 'antihistamine', label: 'Antihistamine (allergy medicine)', atc: ['R06A'] },
  { id: 'pyrazolone-analgesic', label: 'Metamizole (dipyrone) painkiller', atc: ['N02BB'] },
  { id: 'opioid-antagonist', label: 'Opioid blocker (naloxone, naltrexone)', atc: ['V03AB15', 'N07BB04'] },
  { id: 'topical-heparin', label: 'Heparin gel or cream (for bruises and veins)', atc: ['C05BA'] },
  { id: 'topical-immunomodulator', label: 'Eczema ointment (calcineurin inhibitor)', atc: ['D11AH'] },
  { id: 'gout-medicine', label: 'Gout medicine', atc: ['M04A'] },
  { id: 'triptan', label: 'Migraine medicine (triptan)', atc: ['N02CC'] },
] as const satisfies readonly MedicationClass[];

export type MedicationClassId = (typeof MEDICATION_CLASSES)[number]['id'];

export interface Medication {
  /** Generic (INN) name, lower case; for a combination product its common name (co-codamol). */
  name: string;
  /** Other generic spellings (acetaminophen, ciclosporin/cyclosporine). */
  aliases?: readonly string[];
  brands: readonly string[];
  classes: readonly MedicationClassId[];
  /** For a combination product, the generic name of every ingredient; its classes are theirs together. */
  ingredients?: readonly string[];
  /** Classes instead of `classes` when the text names a cream, gel or ointment. */
  topicalClasses?: readonly MedicationClassId[];
  /** Why a substance with more than one use sits in the class it does. */
  note?: string;
}

type Extra = Partial<Pick<Medication, 'aliases' | 'topicalClasses' | 'note'>>;

/** A single substance. */
export const m = (
  name: string,
  brands: readonly string[],
  classes: readonly MedicationClassId[],
  extra: Extra = {},
): Medication => ({ name, brands, classes, ...extra });

/** A combination product as written in the data files, before its classes are worked out. */
export interface Combination {
  name: string;
  ingredients: readonly string[];
  brands: readonly string[];
  aliases?: readonly string[];
  note?: string;
}

export const combo = (
  name: string,
  ingredients: readonly string[],
  brands: readonly string[],
  extra: Pick<Combination, 'aliases' | 'note'> = {},
): Combination => ({ name, ingredients, brands, ...extra });

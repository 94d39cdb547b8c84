/**
 * Medicine classes that change how trigger point work should be done, with their WHO ATC groups,
 * and the generic and brand names (UK, US, EU) people write on an intake form. This is for
 * recognising what someone uses, never for advice about taking it.
 * Source for the codes: WHO Collaborating Centre for Drug Statistics Methodology, ATC index.
 */

export interface MedicationClass {
  id: string;
  label: string;
  /**
   * The ATC groups that make up the class. Some classes are not one ATC group: anticoagulants
   * are four subgroups of B01A (which also holds the antiplatelets, B01AC), and gabapentin and
   * pregabalin are two substances of N03AX.
   */
  atc: readonly string[];
}

export const MEDICATION_CLASSES = [
  { id: 'anticoagulant', label: 'Anticoagulant (blood thinner)', atc: ['B01AA', 'B01AB', 'B01AE', 'B01AF'] },
  { id: 'antiplatelet', label: 'Antiplatelet (blood thinner)', atc: ['B01AC'] },
  { id: 'corticosteroid', label: 'Corticosteroid (steroid tablets or injections)', atc: ['H02'] },
  { id: 'topical-corticosteroid', label: 'Steroid cream or ointment', atc: ['D07'] },
  { id: 'opioid', label: 'Opioid painkiller', atc: ['N02A'] },
  { id: 'nsaid', label: 'Anti-inflammatory painkiller (NSAID)', atc: ['M01A'] },
  { id: 'topical-nsaid', label: 'Anti-inflammatory gel or cream (topical NSAID)', atc: ['M02AA'] },
  { id: 'paracetamol', label: 'Paracetamol (acetaminophen)', atc: ['N02BE'] },
  { id: 'muscle-relaxant', label: 'Muscle relaxant', atc: ['M03'] },
  { id: 'benzodiazepine', label: 'Benzodiazepine', atc: ['N05BA'] },
  { id: 'antidepressant', label: 'Antidepressant', atc: ['N06A'] },
  { id: 'ssri', label: 'SSRI antidepressant', atc: ['N06AB'] },
  { id: 'bisphosphonate', label: 'Bisphosphonate (for bone strength)', atc: ['M05BA'] },
  { id: 'antidiabetic', label: 'Diabetes medicine', atc: ['A10'] },
  { id: 'antihypertensive', label: 'Blood pressure medicine', atc: ['C02', 'C07', 'C08', 'C09'] },
  { id: 'chemotherapy', label: 'Cancer medicine (antineoplastic)', atc: ['L01'] },
  { id: 'hormone-cancer-therapy', label: 'Hormone therapy for cancer', atc: ['L02'] },
  { id: 'immunosuppressant', label: 'Immunosuppressant', atc: ['L04'] },
  { id: 'gabapentinoid', label: 'Gabapentinoid (nerve pain medicine)', atc: ['N03AX12', 'N03AX16'] },
  { id: 'statin', label: 'Statin (cholesterol medicine)', atc: ['C10AA'] },
  { id: 'proton-pump-inhibitor', label: 'Stomach acid medicine (proton pump inhibitor)', atc: ['A02BC'] },
  { id: 'thyroid-hormone', label: 'Thyroid hormone', atc: ['H03AA'] },
] as const satisfies readonly MedicationClass[];

export type MedicationClassId = (typeof MEDICATION_CLASSES)[number]['id'];

export interface Medication {
  /** Generic (INN) name, lower case. */
  name: string;
  /** Other generic spellings (acetaminophen, ciclosporin/cyclosporine). */
  aliases?: readonly string[];
  brands: readonly string[];
  classes: readonly MedicationClassId[];
  /** Classes instead of `classes` when the text names a cream, gel or ointment. */
  topicalClasses?: readonly MedicationClassId[];
  /** Why a substance with more than one use sits in the class it does. */
  note?: string;
}

const m = (
  name: string,
  brands: readonly string[],
  classes: readonly MedicationClassId[],
  extra: Partial<Pick<Medication, 'aliases' | 'topicalClasses' | 'note'>> = {},
): Medication => ({ name, brands, classes, ...extra });

export const MEDICATIONS: readonly Medication[] = [
  // Anticoagulants: vitamin K antagonists (B01AA), heparins (B01AB), direct thrombin (B01AE) and factor Xa (B01AF) inhibitors
  m('warfarin', ['Coumadin', 'Jantoven', 'Marevan'], ['anticoagulant']),
  m('acenocoumarol', ['Sintrom'], ['anticoagulant']),
  m('phenprocoumon', ['Marcumar'], ['anticoagulant']),
  m('apixaban', ['Eliquis'], ['anticoagulant']),
  m('rivaroxaban', ['Xarelto'], ['anticoagulant']),
  m('edoxaban', ['Lixiana', 'Savaysa'], ['anticoagulant']),
  m('dabigatran', ['Pradaxa'], ['anticoagulant']),
  m('heparin', [], ['anticoagulant']),
  m('enoxaparin', ['Clexane', 'Lovenox'], ['anticoagulant']),
  m('dalteparin', ['Fragmin'], ['anticoagulant']),
  m('tinzaparin', ['Innohep'], ['anticoagulant']),
  // Antiplatelets (B01AC)
  m('aspirin', ['Disprin', 'Ecotrin'], ['antiplatelet'], {
    aliases: ['acetylsalicylic acid'],
    note: 'Counted as an antiplatelet: on a medicines list it is usually low-dose aspirin (B01AC06), not a painkiller (N02BA01).',
  }),
  m('clopidogrel', ['Plavix'], ['antiplatelet']),
  m('ticagrelor', ['Brilinta', 'Brilique'], ['antiplatelet']),
  m('prasugrel', ['Effient', 'Efient'], ['antiplatelet']),
  m('dipyridamole', ['Persantin', 'Persantine'], ['antiplatelet']),
  // Corticosteroids for systemic use (H02); a cream or ointment is a skin steroid (D07)
  m('prednisolone', [], ['corticosteroid']),
  m('prednisone', [], ['corticosteroid']),
  m('dexamethasone', ['Decadron'], ['corticosteroid']),
  m('hydrocortisone', ['Cortef'], ['corticosteroid'], { topicalClasses: ['topical-corticosteroid'] }),
  m('methylprednisolone', ['Medrol', 'Depo-Medrol'], ['corticosteroid']),
  m('triamcinolone', ['Kenalog'], ['corticosteroid']),
  // Opioids (N02A)
  m('morphine', ['Oramorph', 'Zomorph', 'MS Contin'], ['opioid']),
  m('oxycodone', ['OxyContin', 'OxyNorm', 'Roxicodone', 'Percocet'], ['opioid']),
  m('hydrocodone', ['Vicodin', 'Norco'], ['opioid']),
  m('hydromorphone', ['Dilaudid', 'Palladone'], ['opioid']),
  m('codeine', [], ['opioid']),
  m('co-codamol', ['Solpadol', 'Kapake', 'Zapain', 'Tylex'], ['opioid', 'paracetamol'], {
    note: 'Codeine with paracetamol.',
  }),
  m('dihydrocodeine', ['DF118'], ['opioid'], { aliases: ['co-dydramol'] }),
  m('tramadol', ['Ultram', 'Zydol', 'Tramal'], ['opioid']),
  m('tapentadol', ['Palexia', 'Nucynta'], ['opioid']),
  m('fentanyl', ['Duragesic', 'Durogesic'], ['opioid']),
  m('buprenorphine', ['BuTrans', 'Subutex', 'Suboxone'], ['opioid']),
  m('pethidine', ['Demerol'], ['opioid'], { aliases: ['meperidine'] }),
  // Anti-inflammatory painkillers, NSAIDs (M01A); as a gel or cream, topical NSAIDs (M02AA)
  m('ibuprofen', ['Advil', 'Nurofen', 'Motrin', 'Brufen'], ['nsaid'], { topicalClasses: ['topical-nsaid'] }),
  m('naproxen', ['Aleve', 'Naprosyn'], ['nsaid']),
  m('diclofenac', ['Voltaren', 'Voltarol', 'Cataflam'], ['nsaid'], { topicalClasses: ['topical-nsaid'] }),
  m('celecoxib', ['Celebrex'], ['nsaid']),
  m('etoricoxib', ['Arcoxia'], ['nsaid']),
  m('meloxicam', ['Mobic'], ['nsaid']),
  m('indometacin', ['Indocin'], ['nsaid'], { aliases: ['indomethacin'] }),
  m('ketoprofen', [], ['nsaid'], { topicalClasses: ['topical-nsaid'] }),
  m('mefenamic acid', ['Ponstan'], ['nsaid']),
  // Paracetamol (N02BE)
  m('paracetamol', ['Tylenol', 'Panadol', 'Calpol'], ['paracetamol'], { aliases: ['acetaminophen'] }),
  // Muscle relaxants (M03) and benzodiazepines (N05BA)
  m('baclofen', ['Lioresal'], ['muscle-relaxant']),
  m('tizanidine', ['Zanaflex'], ['muscle-relaxant']),
  m('cyclobenzaprine', ['Flexeril'], ['muscle-relaxant']),
  m('methocarbamol', ['Robaxin'], ['muscle-relaxant']),
  m('carisoprodol', ['Soma'], ['muscle-relaxant']),
  m('orphenadrine', ['Norflex'], ['muscle-relaxant']),
  m('dantrolene', ['Dantrium'], ['muscle-relaxant']),
  m('diazepam', ['Valium'], ['benzodiazepine'], {
    note: 'Often prescribed for muscle spasm, but its ATC group is the benzodiazepine anxiolytics (N05BA01).',
  }),
  m('lorazepam', ['Ativan'], ['benzodiazepine']),
  // Antidepressants (N06A); SSRIs (N06AB)
  m('sertraline', ['Zoloft', 'Lustral'], ['antidepressant', 'ssri']),
  m('fluoxetine', ['Prozac'], ['antidepressant', 'ssri']),
  m('citalopram', ['Celexa', 'Cipramil'], ['antidepressant', 'ssri']),
  m('escitalopram', ['Lexapro', 'Cipralex'], ['antidepressant', 'ssri']),
  m('paroxetine', ['Paxil', 'Seroxat'], ['antidepressant', 'ssri']),
  m('amitriptyline', [], ['antidepressant']),
  m('nortriptyline', [], ['antidepressant']),
  m('duloxetine', ['Cymbalta'], ['antidepressant']),
  m('venlafaxine', ['Effexor'], ['antidepressant']),
  m('mirtazapine', ['Remeron', 'Zispin'], ['antidepressant']),
  // Bisphosphonates (M05BA)
  m('alendronate', ['Fosamax'], ['bisphosphonate'], { aliases: ['alendronic acid'] }),
  m('risedronate', ['Actonel'], ['bisphosphonate'], { aliases: ['risedronic acid'] }),
  m('ibandronate', ['Boniva', 'Bonviva'], ['bisphosphonate'], { aliases: ['ibandronic acid'] }),
  m('zoledronic acid', ['Aclasta', 'Reclast', 'Zometa'], ['bisphosphonate'], { aliases: ['zoledronate'] }),
  // Drugs used in diabetes (A10)
  m('metformin', ['Glucophage'], ['antidiabetic']),
  m('insulin', ['Lantus', 'Toujeo', 'Levemir', 'Tresiba', 'Humalog', 'NovoRapid', 'Humulin'], ['antidiabetic']),
  m('gliclazide', ['Diamicron'], ['antidiabetic']),
  m('glimepiride', ['Amaryl'], ['antidiabetic']),
  m('sitagliptin', ['Januvia'], ['antidiabetic']),
  m('empagliflozin', ['Jardiance'], ['antidiabetic']),
  m('dapagliflozin', ['Forxiga', 'Farxiga'], ['antidiabetic']),
  m('semaglutide', ['Ozempic', 'Rybelsus', 'Wegovy'], ['antidiabetic']),
  m('liraglutide', ['Victoza', 'Saxenda'], ['antidiabetic']),
  m('dulaglutide', ['Trulicity'], ['antidiabetic']),
  // Blood pressure: antiadrenergics (C02), beta blockers (C07), calcium channel blockers (C08), RAS agents (C09)
  m('doxazosin', ['Cardura'], ['antihypertensive']),
  m('clonidine', ['Catapres'], ['antihypertensive']),
  m('bisoprolol', ['Cardicor', 'Concor', 'Zebeta'], ['antihypertensive']),
  m('atenolol', ['Tenormin'], ['antihypertensive']),
  m('metoprolol', ['Lopressor', 'Toprol', 'Betaloc'], ['antihypertensive']),
  m('propranolol', ['Inderal'], ['antihypertensive']),
  m('amlodipine', ['Norvasc', 'Istin'], ['antihypertensive']),
  m('nifedipine', ['Adalat', 'Procardia'], ['antihypertensive']),
  m('diltiazem', ['Cardizem', 'Tildiem'], ['antihypertensive']),
  m('verapamil', [], ['antihypertensive']),
  m('ramipril', ['Altace', 'Tritace'], ['antihypertensive']),
  m('lisinopril', ['Zestril', 'Prinivil'], ['antihypertensive']),
  m('enalapril', ['Vasotec', 'Innovace'], ['antihypertensive']),
  m('perindopril', ['Coversyl'], ['antihypertensive']),
  m('losartan', ['Cozaar'], ['antihypertensive']),
  m('candesartan', ['Atacand', 'Amias'], ['antihypertensive']),
  m('valsartan', ['Diovan'], ['antihypertensive']),
  m('irbesartan', ['Avapro', 'Aprovel'], ['antihypertensive']),
  // Cancer medicines (L01) and hormone therapy for cancer (L02)
  m('capecitabine', ['Xeloda'], ['chemotherapy']),
  m('cyclophosphamide', [], ['chemotherapy']),
  m('paclitaxel', ['Taxol'], ['chemotherapy']),
  m('docetaxel', ['Taxotere'], ['chemotherapy']),
  m('carboplatin', [], ['chemotherapy']),
  m('cisplatin', [], ['chemotherapy']),
  m('oxaliplatin', ['Eloxatin'], ['chemotherapy']),
  m('doxorubicin', ['Adriamycin'], ['chemotherapy']),
  m('gemcitabine', ['Gemzar'], ['chemotherapy']),
  m('pembrolizumab', ['Keytruda'], ['chemotherapy']),
  m('tamoxifen', ['Nolvadex'], ['hormone-cancer-therapy']),
  m('anastrozole', ['Arimidex'], ['hormone-cancer-therapy']),
  m('letrozole', ['Femara'], ['hormone-cancer-therapy']),
  m('exemestane', ['Aromasin'], ['hormone-cancer-therapy']),
  // Immunosuppressants (L04)
  m('methotrexate', ['Metoject', 'Trexall'], ['immunosuppressant'], {
    note: 'Listed as an immunosuppressant (L04AX03), its weekly low-dose use; as cancer treatment it is L01BA01.',
  }),
  m('azathioprine', ['Imuran'], ['immunosuppressant']),
  m('mycophenolate', ['CellCept', 'Myfortic'], ['immunosuppressant'], { aliases: ['mycophenolic acid'] }),
  m('ciclosporin', ['Neoral', 'Sandimmun', 'Sandimmune'], ['immunosuppressant'], { aliases: ['cyclosporine'] }),
  m('tacrolimus', ['Prograf', 'Advagraf'], ['immunosuppressant']),
  m('leflunomide', ['Arava'], ['immunosuppressant']),
  m('adalimumab', ['Humira'], ['immunosuppressant']),
  m('etanercept', ['Enbrel'], ['immunosuppressant']),
  m('infliximab', ['Remicade'], ['immunosuppressant']),
  m('tofacitinib', ['Xeljanz'], ['immunosuppressant']),
  // Gabapentinoids (N03AX12 gabapentin, N03AX16 pregabalin)
  m('gabapentin', ['Neurontin'], ['gabapentinoid']),
  m('pregabalin', ['Lyrica'], ['gabapentinoid']),
  // Common medicines with no screening rule, recognised so they are not reported as unknown
  m('atorvastatin', ['Lipitor'], ['statin']),
  m('simvastatin', ['Zocor'], ['statin']),
  m('rosuvastatin', ['Crestor'], ['statin']),
  m('omeprazole', ['Prilosec', 'Losec'], ['proton-pump-inhibitor']),
  m('lansoprazole', ['Zoton', 'Prevacid'], ['proton-pump-inhibitor']),
  m('esomeprazole', ['Nexium'], ['proton-pump-inhibitor']),
  m('pantoprazole', ['Protonix'], ['proton-pump-inhibitor']),
  m('levothyroxine', ['Synthroid', 'Eltroxin'], ['thyroid-hormone'], { aliases: ['thyroxine'] }),
];

import { combo, type Combination } from './medication-classes.data.ts';

/**
 * Combination products. Each names every ingredient by its catalogue name, and takes the classes
 * of all of them (medications.data.ts works them out), so Nurofen Plus counts as the NSAID and
 * the opioid it is. Ingredients with no class of interest (caffeine) are said in the note.
 * Sources: the products' SmPCs and labels in the national registers (EMA, FDA DailyMed, UK eMC,
 * TGA ARTG, ANSM, AEMPS, ANVISA).
 */
export const COMBINATIONS: readonly Combination[] = [
  // Codeine and other opioids with a simple painkiller
  combo(
    'co-codamol',
    ['codeine', 'paracetamol'],
    [
      'Solpadol',
      'Kapake',
      'Zapain',
      'Tylex',
      'Codipar',
      'Solpadeine',
      'Panadeine',
      'Panadeine Forte',
      'Panadeine Extra',
      'Panamax Co',
      'Tylenol 3',
      'Tylenol #3',
      'Tylenol No. 3',
      'Tylenol 4',
      'Tylenol No. 4',
      'Codoliprane',
      'Dafalgan Codeine',
      'Efferalgan Codeine',
      'Klipal Codeine',
      'Prontalgine',
      'Talvosilen',
      'Gelocatil Codeina',
      'Tachidol',
      'Co-Dafalgan',
      'Co-Efferalgan',
      'Paco',
      'Tylenol No. 1',
      'Tylenol 1',
      'Migraleve',
    ],
    {
      aliases: ['paracetamol codeine', 'codeine paracetamol', 'acetaminophen codeine', 'codeine acetaminophen'],
      note: 'Some (Prontalgine, Solpadeine Max) also hold caffeine.',
    },
  ),
  combo('opium with paracetamol', ['opium', 'paracetamol'], ['Lamaline', 'Izalgi']),
  combo('co-dydramol', ['dihydrocodeine', 'paracetamol'], ['Remedeine', 'Paramol'], {
    aliases: ['paracetamol dihydrocodeine', 'dihydrocodeine paracetamol'],
  }),
  combo(
    'paracetamol with codeine and doxylamine',
    ['codeine', 'paracetamol', 'doxylamine'],
    ['Mersyndol', 'Mersyndol Forte'],
  ),
  combo('co-codaprin', ['codeine', 'aspirin'], ['Aspalgin'], { aliases: ['aspirin codeine'] }),
  combo(
    'ibuprofen with codeine',
    ['ibuprofen', 'codeine'],
    ['Nurofen Plus', 'Cuprofen Plus', 'Panafen Plus', 'Brufen Plus', 'Codafen Continus'],
    { aliases: ['ibuprofen codeine', 'codeine ibuprofen'] },
  ),
  combo('tramadol with paracetamol', ['tramadol', 'paracetamol'], ['Ultracet', 'Zaldiar', 'Ixprim', 'Tramacet'], {
    aliases: ['tramadol paracetamol', 'paracetamol tramadol', 'tramadol acetaminophen'],
  }),
  combo(
    'oxycodone with paracetamol',
    ['oxycodone', 'paracetamol'],
    ['Percocet', 'Endocet', 'Roxicet', 'Xartemis', 'Depalgos'],
    {
      aliases: ['oxycodone acetaminophen', 'oxycodone paracetamol'],
    },
  ),
  combo('oxycodone with aspirin', ['oxycodone', 'aspirin'], ['Percodan']),
  combo(
    'hydrocodone with paracetamol',
    ['hydrocodone', 'paracetamol'],
    ['Vicodin', 'Norco', 'Lortab', 'Lorcet', 'Hycet'],
    {
      aliases: ['hydrocodone acetaminophen', 'hydrocodone apap'],
    },
  ),
  combo('oxycodone with naloxone', ['oxycodone', 'naloxone'], ['Targin', 'Targinact', 'Targiniq']),
  combo('buprenorphine with naloxone', ['buprenorphine', 'naloxone'], ['Suboxone', 'Zubsolv']),
  combo('tilidine with naloxone', ['tilidine', 'naloxone'], ['Valoron N', 'Valoron', 'Tilidin comp']),
  // Two simple painkillers together
  combo(
    'ibuprofen with paracetamol',
    ['ibuprofen', 'paracetamol'],
    ['Nuromol', 'Maxigesic', 'Combogesic', 'Advil Dual Action'],
    {
      aliases: ['ibuprofen paracetamol', 'paracetamol ibuprofen'],
    },
  ),
  combo(
    'aspirin with paracetamol',
    ['aspirin', 'paracetamol'],
    ['Excedrin', 'Thomapyrin', 'Anadin Extra', 'Neuralgin'],
    {
      note: 'Most also hold caffeine.',
    },
  ),
  // Muscle relaxants with painkillers (Brazil and Canada)
  combo('metamizole with orphenadrine', ['metamizole', 'orphenadrine'], ['Dorflex'], { note: 'With caffeine.' }),
  combo(
    'carisoprodol with diclofenac and paracetamol',
    ['carisoprodol', 'diclofenac', 'paracetamol'],
    ['Torsilax', 'Tandrilax'],
    {
      note: 'With caffeine.',
    },
  ),
  combo('methocarbamol with paracetamol', ['methocarbamol', 'paracetamol'], ['Robaxacet']),
  // Anti-inflammatories with stomach protection
  combo('naproxen with esomeprazole', ['naproxen', 'esomeprazole'], ['Vimovo']),
  combo('diclofenac with misoprostol', ['diclofenac', 'misoprostol'], ['Arthrotec', 'Artrotec', 'Misofenac']),
  // Two blood thinners together
  combo('clopidogrel with aspirin', ['clopidogrel', 'aspirin'], ['DuoPlavin', 'DuoCover', 'CoPlavix']),
  combo('aspirin with dipyridamole', ['aspirin', 'dipyridamole'], ['Aggrenox', 'Asasantin', 'Asasantin Retard']),
  // Heart, blood pressure and cholesterol
  combo('amlodipine with atorvastatin', ['amlodipine', 'atorvastatin'], ['Caduet']),
  combo('simvastatin with ezetimibe', ['simvastatin', 'ezetimibe'], ['Inegy', 'Vytorin', 'Goltor']),
  combo(
    'losartan with hydrochlorothiazide',
    ['losartan', 'hydrochlorothiazide'],
    ['Hyzaar', 'Cozaar Comp', 'Fortzaar'],
  ),
  combo(
    'valsartan with hydrochlorothiazide',
    ['valsartan', 'hydrochlorothiazide'],
    ['Co-Diovan', 'Diovan HCT', 'CoTareg'],
  ),
  combo('valsartan with amlodipine', ['valsartan', 'amlodipine'], ['Exforge', 'Exforge HCT']),
  combo('sacubitril with valsartan', ['sacubitril', 'valsartan'], ['Entresto', 'Neparvis']),
  combo(
    'perindopril with indapamide',
    ['perindopril', 'indapamide'],
    ['Coversyl Plus', 'Preterax', 'Bipreterax', 'Coversum Combi'],
  ),
  combo('perindopril with amlodipine', ['perindopril', 'amlodipine'], ['Coveram', 'Reaptan']),
  combo('lisinopril with hydrochlorothiazide', ['lisinopril', 'hydrochlorothiazide'], ['Zestoretic', 'Carace Plus']),
  combo('atenolol with chlortalidone', ['atenolol', 'chlortalidone'], ['Tenoretic', 'Co-tenidone']),
  combo('spironolactone with hydrochlorothiazide', ['spironolactone', 'hydrochlorothiazide'], ['Aldactide']),
  combo('amiloride with hydrochlorothiazide', ['amiloride', 'hydrochlorothiazide'], ['Moduretic', 'Co-amilozide']),
  combo('olmesartan with amlodipine', ['olmesartan', 'amlodipine'], ['Sevikar', 'Azor']),
  combo(
    'telmisartan with hydrochlorothiazide',
    ['telmisartan', 'hydrochlorothiazide'],
    ['Micardis Plus', 'MicardisPlus', 'Micardis HCT'],
  ),
  // Diabetes
  combo('sitagliptin with metformin', ['sitagliptin', 'metformin'], ['Janumet', 'Velmetia']),
  combo('empagliflozin with metformin', ['empagliflozin', 'metformin'], ['Synjardy']),
  combo('dapagliflozin with metformin', ['dapagliflozin', 'metformin'], ['Xigduo', 'Xigduo XR']),
  combo('vildagliptin with metformin', ['vildagliptin', 'metformin'], ['Eucreas', 'Galvumet']),
  combo('linagliptin with metformin', ['linagliptin', 'metformin'], ['Jentadueto']),
  // Bone
  combo(
    'calcium with vitamin D',
    ['calcium', 'colecalciferol'],
    [
      'Adcal-D3',
      'Calcichew D3',
      'Calcichew D3 Forte',
      'Caltrate',
      'Caltrate D',
      'Caltrate Plus',
      'Cacit D3',
      'Ideos',
      'Os-Cal',
      'Os-Cal D',
      'Kalcipos-D',
      'Calcium D Sandoz',
      'Accrete D3',
      'Calceos',
      'Theical-D3',
    ],
    { aliases: ['calcium and vitamin D', 'calcium vitamin D', 'calcium D3', 'calcium with vitamin D3'] },
  ),
  combo(
    'alendronate with colecalciferol',
    ['alendronate', 'colecalciferol'],
    ['Fosavance', 'Fosamax Plus', 'Fosamax Plus D', 'Adrovance'],
  ),
];

import { m, type Medication } from './medication-classes.data.ts';

/**
 * Blood thinners and medicines that bleed like them. Missing one of these is the costly mistake,
 * so brands from every market Myomap serves are listed. Sources: WHO ATC index (classes); the
 * national medicines registers for brand names (EMA and national SmPC registers, FDA Orange
 * Book / DailyMed, UK BNF/eMC, Australian TGA ARTG, Brazilian ANVISA, Argentinian ANMAT).
 */
export const BLOOD_MEDICATIONS: readonly Medication[] = [
  // Vitamin K antagonists (B01AA)
  m('warfarin', ['Coumadin', 'Coumadine', 'Jantoven', 'Marevan', 'Waran', 'Aldocumar'], ['anticoagulant']),
  m('acenocoumarol', ['Sintrom', 'Sinthrome', 'Mini-Sintrom'], ['anticoagulant'], { aliases: ['nicoumalone'] }),
  m('phenprocoumon', ['Marcumar', 'Marcoumar', 'Falithrom', 'Phenpro'], ['anticoagulant']),
  m('fluindione', ['Previscan'], ['anticoagulant']),
  // Heparins (B01AB), low molecular weight heparins included
  m('heparin', ['Liquemin', 'Heparine Choay'], ['anticoagulant'], {
    aliases: ['unfractionated heparin', 'heparin sodium', 'heparin calcium'],
    topicalClasses: ['topical-heparin'],
    note: 'Injected heparin thins the blood; heparin gel on a bruise (C05BA) does not.',
  }),
  m('enoxaparin', ['Clexane', 'Klexane', 'Lovenox', 'Inhixa', 'Crusia'], ['anticoagulant']),
  m('dalteparin', ['Fragmin'], ['anticoagulant']),
  m('tinzaparin', ['Innohep', 'Logiparin'], ['anticoagulant']),
  m('nadroparin', ['Fraxiparine', 'Fraxiparina', 'Fraxodi', 'Seleparina'], ['anticoagulant']),
  m('bemiparin', ['Hibor', 'Ivor', 'Zibor'], ['anticoagulant']),
  m('certoparin', ['Mono-Embolex'], ['anticoagulant']),
  m('reviparin', ['Clivarin'], ['anticoagulant']),
  // Direct thrombin inhibitors (B01AE) and direct factor Xa inhibitors (B01AF)
  m('dabigatran', ['Pradaxa', 'Pradax'], ['anticoagulant'], { aliases: ['dabigatran etexilate'] }),
  m('apixaban', ['Eliquis'], ['anticoagulant']),
  m('rivaroxaban', ['Xarelto'], ['anticoagulant']),
  m('edoxaban', ['Lixiana', 'Savaysa', 'Roteas'], ['anticoagulant']),
  // Fondaparinux is an injected factor Xa inhibitor, filed under other antithrombotics (B01AX05).
  m('fondaparinux', ['Arixtra'], ['anticoagulant']),
  // Antiplatelets (B01AC)
  m(
    'aspirin',
    [
      'Disprin',
      'Disprin CV',
      'Ecotrin',
      'Bayer Aspirin',
      'Bufferin',
      'Halfprin',
      'Durlaza',
      'Vazalore',
      'Nu-Seals',
      'Caprin',
      'Micropirin',
      'Kardegic',
      'Aspegic',
      'Aspirine Protect',
      'Aspirin Cardio',
      'Aspirin Protect',
      'Aspirin N',
      'Herz ASS',
      'ASS',
      'ASS 100',
      'ASS Protect',
      'Cardiprin',
      'Cartia',
      'Astrix',
      'Spren',
      'Aspro Clear',
      'Aspirina Prevent',
      'Adiro',
      'Tromalyt',
      'Cardioaspirin',
      'Cardirene',
      'AAS',
      'AAS 100',
      'AAS Protect',
      'Somalgin Cardio',
      'Bufferin Cardio',
      'Aspirinetas',
      'Aspro',
      'Anadin',
      'Alka-Seltzer',
      'Godamed',
      'Thrombo ASS',
      'Entrophen',
      'Novasen',
    ],
    ['antiplatelet'],
    {
      aliases: ['acetylsalicylic acid', 'lysine acetylsalicylate', 'ASA', 'baby aspirin'],
      note:
        'Counted as an antiplatelet: on a medicines list it is usually low-dose aspirin (B01AC06), not a painkiller ' +
        '(N02BA01). Either way it makes bruising more likely.',
    },
  ),
  // Carbasalate calcium releases aspirin in the body (B01AC08): the Dutch low-dose aspirin.
  m('carbasalate calcium', ['Ascal', 'Ascal Cardio'], ['antiplatelet'], {
    aliases: ['carbasalaatcalcium', 'carbasalate'],
  }),
  m('clopidogrel', ['Plavix', 'Iscover', 'Grepid', 'Clopilet', 'Plagrel'], ['antiplatelet']),
  m('prasugrel', ['Effient', 'Efient'], ['antiplatelet']),
  m('ticagrelor', ['Brilinta', 'Brilique', 'Possia'], ['antiplatelet']),
  m('ticlopidine', ['Ticlid', 'Tiklyd'], ['antiplatelet']),
  m('dipyridamole', ['Persantin', 'Persantine'], ['antiplatelet']),
  m('cilostazol', ['Pletal', 'Pletaal', 'Ekistol'], ['antiplatelet']),
  m('vorapaxar', ['Zontivity'], ['antiplatelet']),
  // BTK inhibitors (L01EL): cancer medicines that also stop platelets working.
  m('ibrutinib', ['Imbruvica'], ['chemotherapy', 'bleeding-risk']),
  m('acalabrutinib', ['Calquence'], ['chemotherapy', 'bleeding-risk']),
  m('zanubrutinib', ['Brukinsa'], ['chemotherapy', 'bleeding-risk']),
  m('pirtobrutinib', ['Jaypirca'], ['chemotherapy', 'bleeding-risk']),
];

import { m, type Medication } from './medication-classes.data.ts';

/**
 * Bone, cancer and immune medicines. Sources: WHO ATC index (classes); national medicines
 * registers (EMA and national SmPCs, FDA DailyMed, UK BNF/eMC, TGA ARTG, ANVISA) for brand names.
 */
export const SPECIALIST_MEDICATIONS: readonly Medication[] = [
  // Bisphosphonates (M05BA)
  m('alendronate', ['Fosamax', 'Binosto', 'Fosamac', 'Adronat', 'Alendros'], ['bisphosphonate'], {
    aliases: ['alendronic acid', 'alendronate sodium'],
  }),
  m('risedronate', ['Actonel', 'Atelvia', 'Optinate', 'Acrel'], ['bisphosphonate'], {
    aliases: ['risedronic acid'],
  }),
  m('ibandronate', ['Boniva', 'Bonviva', 'Bondronat'], ['bisphosphonate'], { aliases: ['ibandronic acid'] }),
  m('zoledronic acid', ['Aclasta', 'Reclast', 'Zometa'], ['bisphosphonate'], { aliases: ['zoledronate'] }),
  m('pamidronate', ['Aredia'], ['bisphosphonate'], { aliases: ['pamidronic acid'] }),
  m('clodronate', ['Bonefos', 'Clasteon'], ['bisphosphonate'], { aliases: ['clodronic acid'] }),
  m('etidronate', ['Didronel'], ['bisphosphonate'], { aliases: ['etidronic acid'] }),
  // Other osteoporosis medicines (M05BX, H05AA, G03XC01): same fragile bones as with a bisphosphonate.
  m('denosumab', ['Prolia', 'Xgeva', 'Jubbonti', 'Wyost'], ['osteoporosis-medicine'], {
    note: 'Prolia is for osteoporosis; Xgeva, the same substance, protects bones weakened by cancer.',
  }),
  m('romosozumab', ['Evenity'], ['osteoporosis-medicine']),
  m('teriparatide', ['Forsteo', 'Forteo', 'Movymia', 'Terrosa'], ['osteoporosis-medicine']),
  m('abaloparatide', ['Tymlos', 'Eladynos'], ['osteoporosis-medicine']),
  m('raloxifene', ['Evista', 'Optruma'], ['osteoporosis-medicine']),
  // Cancer medicines (L01). Oral ones are listed too: people forget that tablets are chemotherapy.
  m('capecitabine', ['Xeloda', 'Ecansya'], ['chemotherapy']),
  m('temozolomide', ['Temodal', 'Temodar'], ['chemotherapy']),
  m('cyclophosphamide', ['Endoxan', 'Cytoxan'], ['chemotherapy']),
  m('chlorambucil', ['Leukeran'], ['chemotherapy']),
  m('hydroxycarbamide', ['Hydrea', 'Siklos', 'Litalir', 'Droxia'], ['chemotherapy'], { aliases: ['hydroxyurea'] }),
  m('fluorouracil', [], ['chemotherapy'], { aliases: ['5-FU'] }),
  m('paclitaxel', ['Taxol', 'Abraxane'], ['chemotherapy']),
  m('docetaxel', ['Taxotere'], ['chemotherapy']),
  m('carboplatin', ['Paraplatin'], ['chemotherapy']),
  m('cisplatin', [], ['chemotherapy']),
  m('oxaliplatin', ['Eloxatin'], ['chemotherapy']),
  m('doxorubicin', ['Adriamycin', 'Caelyx', 'Doxil'], ['chemotherapy']),
  m('epirubicin', ['Pharmorubicin', 'Farmorubicin'], ['chemotherapy']),
  m('gemcitabine', ['Gemzar'], ['chemotherapy']),
  m('vincristine', ['Oncovin'], ['chemotherapy']),
  m('imatinib', ['Glivec', 'Gleevec'], ['chemotherapy']),
  m('palbociclib', ['Ibrance'], ['chemotherapy']),
  m('ribociclib', ['Kisqali'], ['chemotherapy']),
  m('abemaciclib', ['Verzenios', 'Verzenio'], ['chemotherapy']),
  m('osimertinib', ['Tagrisso'], ['chemotherapy']),
  m('olaparib', ['Lynparza'], ['chemotherapy']),
  m('pembrolizumab', ['Keytruda'], ['chemotherapy']),
  m('nivolumab', ['Opdivo'], ['chemotherapy']),
  m('trastuzumab', ['Herceptin', 'Kanjinti', 'Ontruzant', 'Herzuma'], ['chemotherapy']),
  m('bevacizumab', ['Avastin', 'Mvasi', 'Zirabev'], ['chemotherapy']),
  m('rituximab', ['MabThera', 'Rituxan', 'Truxima', 'Rixathon'], ['chemotherapy'], {
    note: 'An anti-CD20 antibody filed with the cancer medicines (L01FA01), also given for rheumatoid arthritis.',
  }),
  // Hormone therapy for cancer (L02)
  m('tamoxifen', ['Nolvadex', 'Soltamox', 'Genox', 'Tamofen'], ['hormone-cancer-therapy']),
  m('anastrozole', ['Arimidex'], ['hormone-cancer-therapy']),
  m('letrozole', ['Femara'], ['hormone-cancer-therapy']),
  m('exemestane', ['Aromasin'], ['hormone-cancer-therapy']),
  m('bicalutamide', ['Casodex', 'Cosudex'], ['hormone-cancer-therapy']),
  m('enzalutamide', ['Xtandi'], ['hormone-cancer-therapy']),
  m('abiraterone', ['Zytiga', 'Yonsa'], ['hormone-cancer-therapy']),
  m('goserelin', ['Zoladex'], ['hormone-cancer-therapy']),
  m('leuprorelin', ['Lupron', 'Prostap', 'Eligard', 'Lucrin', 'Enantone', 'Trenantone'], ['hormone-cancer-therapy'], {
    aliases: ['leuprolide'],
  }),
  m('degarelix', ['Firmagon'], ['hormone-cancer-therapy']),
  m('fulvestrant', ['Faslodex'], ['hormone-cancer-therapy']),
  // Immunosuppressants (L04)
  m(
    'methotrexate',
    [
      'Metoject',
      'Trexall',
      'Otrexup',
      'Rasuvo',
      'Jylamvo',
      'Maxtrex',
      'Methoblastin',
      'Lantarel',
      'Metex',
      'Novatrex',
      'Imeth',
      'Nordimet',
      'Zlatal',
      'Ebetrex',
    ],
    ['immunosuppressant'],
    {
      note:
        'Listed as an immunosuppressant (L04AX03), its weekly low-dose use for arthritis and psoriasis. High-dose ' +
        'methotrexate for cancer is L01BA01: a name alone cannot tell the two apart, and the cancer questions ' +
        'catch the cancer case.',
    },
  ),
  m('azathioprine', ['Imuran', 'Imurek', 'Imurel', 'Azasan'], ['immunosuppressant']),
  m('mycophenolate', ['CellCept', 'Myfortic', 'Myfenax', 'Ceptava'], ['immunosuppressant'], {
    aliases: ['mycophenolic acid', 'mycophenolate mofetil'],
  }),
  m('ciclosporin', ['Neoral', 'Sandimmun', 'Sandimmune', 'Gengraf', 'Deximune', 'Capimune'], ['immunosuppressant'], {
    aliases: ['cyclosporine', 'cyclosporin'],
  }),
  m('tacrolimus', ['Prograf', 'Advagraf', 'Envarsus', 'Adport', 'Modigraf'], ['immunosuppressant'], {
    topicalClasses: ['topical-immunomodulator'],
  }),
  m('sirolimus', ['Rapamune'], ['immunosuppressant']),
  m('leflunomide', ['Arava'], ['immunosuppressant']),
  m(
    'adalimumab',
    ['Humira', 'Amgevita', 'Hyrimoz', 'Imraldi', 'Hulio', 'Idacio', 'Yuflyma', 'Amjevita', 'Hadlima'],
    ['immunosuppressant'],
  ),
  m('etanercept', ['Enbrel', 'Benepali', 'Erelzi', 'Nepexto'], ['immunosuppressant']),
  m('infliximab', ['Remicade', 'Inflectra', 'Remsima', 'Flixabi', 'Zessly'], ['immunosuppressant']),
  m('certolizumab', ['Cimzia'], ['immunosuppressant'], { aliases: ['certolizumab pegol'] }),
  m('golimumab', ['Simponi'], ['immunosuppressant']),
  m('tocilizumab', ['RoActemra', 'Actemra', 'Tyenne'], ['immunosuppressant']),
  m('abatacept', ['Orencia'], ['immunosuppressant']),
  m('anakinra', ['Kineret'], ['immunosuppressant']),
  m('secukinumab', ['Cosentyx'], ['immunosuppressant']),
  m('ixekizumab', ['Taltz'], ['immunosuppressant']),
  m('ustekinumab', ['Stelara'], ['immunosuppressant']),
  m('guselkumab', ['Tremfya'], ['immunosuppressant']),
  m('risankizumab', ['Skyrizi'], ['immunosuppressant']),
  m('vedolizumab', ['Entyvio'], ['immunosuppressant']),
  m('tofacitinib', ['Xeljanz'], ['immunosuppressant']),
  m('baricitinib', ['Olumiant'], ['immunosuppressant']),
  m('upadacitinib', ['Rinvoq'], ['immunosuppressant']),
  m('apremilast', ['Otezla'], ['immunosuppressant']),
  m('fingolimod', ['Gilenya'], ['immunosuppressant']),
  m('ocrelizumab', ['Ocrevus'], ['immunosuppressant']),
  m('natalizumab', ['Tysabri'], ['immunosuppressant']),
  // Eczema ointment (D11AH): pimecrolimus is only ever a cream.
  m('pimecrolimus', ['Elidel'], ['topical-immunomodulator']),
];

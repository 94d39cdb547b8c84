import { m, type Medication } from './medication-classes.data.ts';

/**
 * Antidepressants, benzodiazepines and sleeping tablets. SSRIs and SNRIs matter with
 * anti-inflammatories or blood thinners (bleeding); the sedating ones matter for drowsiness.
 * Sources: WHO ATC index (classes); national medicines registers (EMA and national SmPCs, FDA
 * DailyMed, UK BNF/eMC, TGA ARTG, ANVISA, ANMAT) for brand names.
 */
export const MIND_MEDICATIONS: readonly Medication[] = [
  // SSRIs (N06AB)
  m('sertraline', ['Zoloft', 'Lustral', 'Besitran', 'Serlain', 'Gladem', 'Tatig'], ['antidepressant', 'ssri']),
  m(
    'fluoxetine',
    ['Prozac', 'Fluctin', 'Lovan', 'Zactin', 'Adofen', 'Daforin', 'Sarafem', 'Fontex'],
    ['antidepressant', 'ssri'],
  ),
  m('citalopram', ['Celexa', 'Cipramil', 'Seropram', 'Cipram', 'Talohexal'], ['antidepressant', 'ssri']),
  m('escitalopram', ['Lexapro', 'Cipralex', 'Seroplex', 'Esertia', 'Entact', 'Reconter'], ['antidepressant', 'ssri']),
  m(
    'paroxetine',
    ['Paxil', 'Seroxat', 'Deroxat', 'Aropax', 'Pexeva', 'Seroxat CR', 'Daparox', 'Sereupin', 'Pondera'],
    ['antidepressant', 'ssri'],
  ),
  m('fluvoxamine', ['Luvox', 'Faverin', 'Fevarin', 'Dumyrox', 'Floxyfral'], ['antidepressant', 'ssri']),
  // SNRIs (N06AX16, N06AX17, N06AX21, N06AX23, N06AX28)
  m('venlafaxine', ['Effexor', 'Efexor', 'Efexor XR', 'Trevilor', 'Vandral', 'Venlalic'], ['antidepressant', 'snri']),
  m('desvenlafaxine', ['Pristiq', 'Khedezla'], ['antidepressant', 'snri']),
  m('duloxetine', ['Cymbalta', 'Yentreve', 'Xeristar', 'Drizalma', 'Velija'], ['antidepressant', 'snri'], {
    note: 'Often prescribed for chronic pain and nerve pain as well as depression.',
  }),
  m('milnacipran', ['Savella', 'Ixel'], ['antidepressant', 'snri']),
  m('levomilnacipran', ['Fetzima'], ['antidepressant', 'snri']),
  // Other antidepressants (N06A)
  m('amitriptyline', ['Elavil', 'Endep', 'Saroten', 'Laroxyl', 'Tryptizol'], ['antidepressant']),
  m('nortriptyline', ['Pamelor', 'Allegron', 'Aventyl', 'Nortrilen'], ['antidepressant']),
  m('clomipramine', ['Anafranil'], ['antidepressant']),
  m('imipramine', ['Tofranil'], ['antidepressant']),
  m('dosulepin', ['Prothiaden', 'Dothep'], ['antidepressant'], { aliases: ['dothiepin'] }),
  m('doxepin', ['Sinequan', 'Silenor', 'Aponal'], ['antidepressant']),
  m('mirtazapine', ['Remeron', 'Zispin', 'Avanza', 'Remergil', 'Norset'], ['antidepressant']),
  m('trazodone', ['Desyrel', 'Trittico', 'Molipaxin', 'Deprax', 'Oleptro'], ['antidepressant']),
  m('bupropion', ['Wellbutrin', 'Zyban', 'Elontril', 'Aplenzin', 'Forfivo'], ['antidepressant'], {
    aliases: ['amfebutamone'],
  }),
  m('vortioxetine', ['Brintellix', 'Trintellix'], ['antidepressant']),
  m('agomelatine', ['Valdoxan', 'Thymanax'], ['antidepressant']),
  m('moclobemide', ['Aurorix', 'Manerix'], ['antidepressant']),
  // Benzodiazepines (N05BA); clonazepam is filed with the antiepileptics (N03AE01) but acts the same way.
  m('diazepam', ['Valium', 'Stesolid', 'Valpam', 'Antenex', 'Diazemuls', 'Ducene'], ['benzodiazepine'], {
    note: 'Often prescribed for muscle spasm, but its ATC group is the benzodiazepine anxiolytics (N05BA01).',
  }),
  m('lorazepam', ['Ativan', 'Tavor', 'Temesta', 'Orfidal', 'Lorans', 'Idalprem'], ['benzodiazepine']),
  m(
    'alprazolam',
    ['Xanax', 'Kalma', 'Alprax', 'Alplax', 'Trankimazin', 'Tafil', 'Frontal', 'Niravam'],
    ['benzodiazepine'],
  ),
  m('clonazepam', ['Klonopin', 'Rivotril', 'Paxam'], ['benzodiazepine'], {
    note: 'Filed with the antiepileptics (N03AE01); a benzodiazepine in effect, with the same drowsiness.',
  }),
  m('oxazepam', ['Serax', 'Serepax', 'Seresta', 'Adumbran', 'Alepam'], ['benzodiazepine']),
  m('chlordiazepoxide', ['Librium'], ['benzodiazepine']),
  m('bromazepam', ['Lexotan', 'Lexomil', 'Lexotanil', 'Lexatin'], ['benzodiazepine']),
  m('clobazam', ['Frisium', 'Onfi', 'Urbanyl'], ['benzodiazepine']),
  m('clorazepate', ['Tranxene', 'Tranxilium'], ['benzodiazepine']),
  // Sleeping tablets: benzodiazepine hypnotics (N05CD) and the z-drugs (N05CF)
  m('temazepam', ['Restoril', 'Normison', 'Temaze', 'Remestan'], ['sleeping-tablet']),
  m('nitrazepam', ['Mogadon', 'Alodorm'], ['sleeping-tablet']),
  m('lormetazepam', ['Noctamid', 'Loramet', 'Noctamide'], ['sleeping-tablet']),
  m('flurazepam', ['Dalmane'], ['sleeping-tablet']),
  m('zopiclone', ['Imovane', 'Zimovane', 'Ximovan', 'Limovan', 'Imrest'], ['sleeping-tablet']),
  m('eszopiclone', ['Lunesta'], ['sleeping-tablet']),
  m('zolpidem', ['Ambien', 'Stilnox', 'Stilnoct', 'Dalparan', 'Edluar', 'Sublinox'], ['sleeping-tablet']),
  m('zaleplon', [], ['sleeping-tablet']),
];

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDICATION_CLASSES, MEDICATIONS } from './medications.data.ts';
import {
  TYPO_MIN_LENGTH,
  editDistance,
  foldedMedicationKeys,
  matchMedications,
  medicationKey,
  medicationKeys,
  spellingFold,
} from './medications.ts';

const namesOf = (texts: string[]): string[] => matchMedications(texts).matched.map((m) => m.name);

describe('medication catalogue', () => {
  it('has unique class ids with ATC group codes, and every medicine in known classes', () => {
    expect(new Set(MEDICATION_CLASSES.map((c) => c.id)).size).toBe(MEDICATION_CLASSES.length);
    for (const c of MEDICATION_CLASSES) {
      expect(c.atc.length, c.id).toBeGreaterThan(0);
      for (const code of c.atc) expect(code, c.id).toMatch(/^[A-Z]\d{2}([A-Z]([A-Z](\d{2})?)?)?$/);
    }
    const classIds = new Set<string>(MEDICATION_CLASSES.map((c) => c.id));
    for (const m of MEDICATIONS) {
      expect(m.classes.length, m.name).toBeGreaterThan(0);
      for (const c of [...m.classes, ...(m.topicalClasses ?? [])])
        expect(classIds.has(c), `${m.name}: ${c}`).toBe(true);
    }
    expect(new Set(MEDICATIONS.map((m) => m.name)).size).toBe(MEDICATIONS.length);
  });

  it('gives every name, alias and brand its own key, and no two medicines are one typo apart', () => {
    // Names two edits apart exist (prednisolone / prednisone): a typo between them is not guessed, see below.
    const seen = new Map<string, string>();
    for (const m of MEDICATIONS) {
      for (const name of [m.name, ...(m.aliases ?? []), ...m.brands]) {
        const key = medicationKey(name);
        expect(seen.get(key) ?? m.name, `${name} clashes with ${seen.get(key)}`).toBe(m.name);
        seen.set(key, m.name);
      }
    }
    expectNoTwoMedicinesOneTypoApart(medicationKeys());
  });

  it('gives no two medicines the same spelling-neutral key, nor keys one typo apart', () => {
    const shared = [...foldedMedicationKeys()].filter(([, name]) => name === null).map(([key]) => key);
    expect(shared).toEqual([]);
    expectNoTwoMedicinesOneTypoApart(foldedMedicationKeys());
  });

  it('works out the classes of a combination from every ingredient', () => {
    const byName = new Map(MEDICATIONS.map((m) => [m.name, m]));
    const combinations = MEDICATIONS.filter((m) => m.ingredients);
    expect(combinations.length).toBeGreaterThan(30);
    for (const product of combinations) {
      const ingredients = product.ingredients ?? [];
      expect(ingredients.length, product.name).toBeGreaterThan(1);
      const expected = new Set(ingredients.flatMap((i) => byName.get(i)?.classes ?? []));
      expect(new Set(product.classes), product.name).toEqual(expected);
    }
    expect(byName.get('ibuprofen with codeine')?.classes).toEqual(['nsaid', 'opioid']);
  });
});

/**
 * Keys a typo can reach (long enough, no digits: a strength is never guessed) belong to medicines
 * at least two edits apart. Vitamins are the exception by nature: their letter is the name, so
 * "vitamin D" and "vitamin C" are one letter apart, and a typo in the letter is never guessed.
 */
function expectNoTwoMedicinesOneTypoApart(index: ReadonlyMap<string, string | null>): void {
  const keys = [...index].filter(([key]) => key.length >= TYPO_MIN_LENGTH - 1 && !/[0-9]/.test(key));
  const vitaminLetter = (key: string): boolean => /^vitamin[a-z]$/.test(key);
  // Real brands one letter apart, both orphenadrine (Dorflex adds metamizole): a typo between them is not guessed.
  const neighbours = (a: string, b: string): boolean => [a, b].sort().join() === 'dorflex,norflex';
  const clashes: string[] = [];
  for (const [i, [a, nameA]] of keys.entries()) {
    for (const [b, nameB] of keys.slice(i + 1)) {
      if (nameA === nameB || Math.abs(a.length - b.length) > 1) continue;
      if ((vitaminLetter(a) && vitaminLetter(b)) || neighbours(a, b)) continue;
      if ((a.length >= TYPO_MIN_LENGTH || b.length >= TYPO_MIN_LENGTH) && editDistance(a, b, 1) <= 1)
        clashes.push(`${a} (${nameA}) vs ${b} (${nameB})`);
    }
  }
  expect(clashes).toEqual([]);
}

describe('spellingFold', () => {
  it('brings the spellings of other languages to one form', () => {
    const same = [
      ['sertraline', 'sertralin', 'sertralina'],
      ['morphine', 'morfina', 'morphin'],
      ['codeine', 'kodein', 'codeina'],
      ['ibuprofen', 'ibuprofeno', 'ibuprofene'],
      ['methotrexate', 'metotrexato', 'methotrexat'],
      ['levothyroxine', 'levotiroxina', 'levothyroxin'],
      ['zoledronic', 'zoledronique', 'zoledronico'],
    ];
    for (const [first, ...others] of same)
      for (const other of others) expect(spellingFold(other), other).toBe(spellingFold(first!));
  });

  it('keeps the ending of short words, so five-letter names stay apart', () => {
    expect(spellingFold('aleve')).not.toBe(spellingFold('alevo'));
    expect(spellingFold('100')).toBe('100');
  });
});

describe('matchMedications', () => {
  it('recognises the brands of the common blood thinners, steroids, painkillers and more', () => {
    const cases: [string, string][] = [
      ['Coumadin', 'warfarin'],
      ['Jantoven', 'warfarin'],
      ['Eliquis', 'apixaban'],
      ['Xarelto', 'rivaroxaban'],
      ['Pradaxa', 'dabigatran'],
      ['Lixiana', 'edoxaban'],
      ['Savaysa', 'edoxaban'],
      ['Plavix', 'clopidogrel'],
      ['Brilinta', 'ticagrelor'],
      ['Effient', 'prasugrel'],
      ['Medrol', 'methylprednisolone'],
      ['OxyContin', 'oxycodone'],
      ['Advil', 'ibuprofen'],
      ['Nurofen', 'ibuprofen'],
      ['Motrin', 'ibuprofen'],
      ['Aleve', 'naproxen'],
      ['Voltaren', 'diclofenac'],
      ['Celebrex', 'celecoxib'],
      ['Flexeril', 'cyclobenzaprine'],
      ['Fosamax', 'alendronate'],
      ['Lyrica', 'pregabalin'],
      ['Neurontin', 'gabapentin'],
    ];
    for (const [brand, generic] of cases) expect(namesOf([brand]), brand).toEqual([generic]);
  });

  it('recognises generic names, whatever the case', () => {
    const generics = [
      'warfarin',
      'apixaban',
      'rivaroxaban',
      'dabigatran',
      'edoxaban',
      'clopidogrel',
      'aspirin',
      'ticagrelor',
      'prasugrel',
      'prednisolone',
      'prednisone',
      'dexamethasone',
      'hydrocortisone',
      'methylprednisolone',
      'morphine',
      'oxycodone',
      'codeine',
      'tramadol',
      'fentanyl',
      'tapentadol',
      'buprenorphine',
      'ibuprofen',
      'naproxen',
      'diclofenac',
      'celecoxib',
      'baclofen',
      'tizanidine',
      'cyclobenzaprine',
      'methocarbamol',
      'diazepam',
      'sertraline',
      'fluoxetine',
      'citalopram',
      'escitalopram',
      'alendronate',
      'metformin',
      'insulin',
      'pregabalin',
      'gabapentin',
      'methotrexate',
    ];
    for (const name of generics) {
      expect(namesOf([name.toUpperCase()]), name).toEqual([name]);
      expect(namesOf([name]), name).toEqual([name]);
    }
  });

  it('gives the classes with their ATC codes', () => {
    const [warfarin] = matchMedications(['warfarin']).matched;
    expect(warfarin?.classes).toEqual([
      {
        id: 'anticoagulant',
        label: 'Anticoagulant (blood thinner)',
        atc: ['B01AA', 'B01AB', 'B01AE', 'B01AF', 'B01AX05'],
      },
    ]);
    const classes = (text: string): string[] =>
      matchMedications([text]).matched.flatMap((m) => m.classes.map((c) => c.id));
    expect(classes('aspirin 75mg')).toEqual(['antiplatelet']);
    expect(classes('sertraline')).toEqual(['antidepressant', 'ssri']);
    expect(classes('co-codamol 30/500')).toEqual(['opioid', 'paracetamol']);
    expect(classes('Lyrica')).toEqual(['gabapentinoid']);
    expect(classes('bisoprolol')).toEqual(['antihypertensive']);
  });

  it('ignores doses, strengths, forms and schedules', () => {
    expect(namesOf(['Eliquis 5 mg tablets'])).toEqual(['apixaban']);
    expect(namesOf(['Eliquis 5mg'])).toEqual(['apixaban']);
    expect(namesOf(['Warfarin 3mg once daily at night'])).toEqual(['warfarin']);
    expect(namesOf(['Prednisolone 5 mg EC tablets, 2 each morning'])).toEqual(['prednisolone']);
    expect(namesOf(['MS Contin 10mg MR twice a day'])).toEqual(['morphine']);
    expect(namesOf(['Depo-Medrol 40mg/ml injection'])).toEqual(['methylprednisolone']);
    expect(namesOf(['Zoledronic acid 5 mg yearly infusion'])).toEqual(['zoledronic acid']);
  });

  it('tolerates one typo in names of six letters or more, but not in shorter ones', () => {
    const one = (text: string) => matchMedications([text]).matched[0];
    expect(one('warfrin')?.name).toBe('warfarin'); // deletion
    expect(one('Xareltto')?.name).toBe('rivaroxaban'); // insertion
    expect(one('apixiban 5mg')?.name).toBe('apixaban'); // substitution
    expect(one('clopidorgel')?.name).toBe('clopidogrel'); // two letters swapped
    expect(one('asprin')?.name).toBe('aspirin');
    expect(one('asprin')?.approximate).toBe(true);
    expect(one('aspirin')?.approximate).toBe(false);
    expect(matchMedications(['wrafrin']).unrecognised).toEqual(['wrafrin']); // two typos
    expect(matchMedications(['Alevo']).unrecognised).toEqual(['Alevo']); // Aleve has five letters
    // One typo from prednisolone and from prednisone: too ambiguous to guess, so reported.
    expect(matchMedications(['prednisoone']).unrecognised).toEqual(['prednisoone']);
  });

  it('reports what it cannot recognise, and never drops a line', () => {
    const result = matchMedications(['blue pill', 'Eliquis 5mg', 'the white one for my heart', 'my herbal tea']);
    expect(result.matched.map((m) => m.input)).toEqual(['Eliquis 5mg']);
    expect(result.unrecognised).toEqual(['blue pill', 'the white one for my heart', 'my herbal tea']);
    expect(matchMedications(['  ', '']).unrecognised).toEqual([]);
  });

  it('finds more than one medicine on a line, each once', () => {
    expect(namesOf(['warfarin and aspirin'])).toEqual(['warfarin', 'aspirin']);
    expect(namesOf(['Tylenol with codeine'])).toEqual(['paracetamol', 'codeine']);
    expect(namesOf(['Eliquis (apixaban) 5mg'])).toEqual(['apixaban']);
  });

  it('uses the topical class for a gel or cream, and the systemic class otherwise', () => {
    const [gel] = matchMedications(['Voltaren gel']).matched;
    expect(gel?.topical).toBe(true);
    expect(gel?.classes.map((c) => c.id)).toEqual(['topical-nsaid']);
    expect(matchMedications(['hydrocortisone 1% cream']).matched[0]?.classes.map((c) => c.id)).toEqual([
      'topical-corticosteroid',
    ]);
    expect(matchMedications(['fentanyl 25 patch']).matched[0]?.classes.map((c) => c.id)).toEqual(['opioid']);
  });

  it('does not take everyday words for medicines', () => {
    expect(matchMedications(['neural', 'lyrics', 'tablets', 'morning']).matched).toEqual([]);
  });

  it('does not take everyday words or other medicines for a blood thinner by a typo or a variant', () => {
    const bloodClasses = new Set(['anticoagulant', 'antiplatelet', 'bleeding-risk']);
    const thinners = (text: string): string[] =>
      matchMedications([text])
        .matched.filter((m) => m.classes.some((c) => bloodClasses.has(c.id)))
        .map((m) => m.name);
    // One edit from Clexane, Bufferin, Iscover, aspirin, Fragmin, Marevan, Plavix, Sintrom, Eliquis…
    const everyday = ['clean', 'buffering', 'discover', 'aspiring', 'fragment', 'caravan', 'playing', 'syntax'];
    for (const word of [...everyday, 'liquids', 'heparin gel', 'Hirudoid cream', 'Lioton gel'])
      expect(thinners(word), word).toEqual([]);
    // Other medicines near a blood thinner's name keep their own class.
    expect(matchMedications(['Cartia XT 120mg']).matched.map((m) => m.name)).toEqual(['diltiazem']);
    expect(matchMedications(['Cartia 100mg']).matched.map((m) => m.name)).toEqual(['aspirin']);
    expect(thinners('Lasix')).toEqual([]);
    expect(thinners('Pradif')).toEqual([]);
  });

  it('finds names spelled the way other languages spell them', () => {
    const cases: [string, string][] = [
      ['Sertralin 50', 'sertraline'],
      ['Ibuprofeno 600', 'ibuprofen'],
      ['Prednisolon 5 mg', 'prednisolone'],
      ['morfina', 'morphine'],
      ['Kodein', 'codeine'],
      ['varfarina', 'warfarin'],
      ['enoxaparina 40 mg', 'enoxaparin'],
      ['ácido acetilsalicílico 100 mg', 'aspirin'],
      ['Acetylsalicylsäure', 'aspirin'],
      ['acide zolédronique', 'zoledronic acid'],
      ['Zoledronsäure', 'zoledronic acid'],
      ['vitamina D', 'colecalciferol'],
      ['Vitamine D3', 'colecalciferol'],
    ];
    for (const [text, name] of cases) {
      const [found] = matchMedications([text]).matched;
      expect(found?.name, text).toBe(name);
    }
    expect(matchMedications(['Sertralin']).matched[0]?.approximate).toBe(true);
  });

  it('takes a combination product for every ingredient', () => {
    const classes = (text: string): string[] =>
      matchMedications([text]).matched.flatMap((m) => m.classes.map((c) => c.id));
    expect(classes('Nurofen Plus')).toEqual(['nsaid', 'opioid']);
    expect(classes('Tylenol #3')).toEqual(['opioid', 'paracetamol']);
    expect(classes('Tylenol No. 3')).toEqual(['opioid', 'paracetamol']);
    expect(classes('Tylenol 500 mg')).toEqual(['paracetamol']);
    expect(classes('paracetamol/codeine 500/30')).toEqual(['opioid', 'paracetamol']);
    expect(classes('DuoPlavin')).toEqual(['antiplatelet']);
    expect(new Set(classes('Zaldiar'))).toEqual(new Set(['opioid', 'paracetamol']));
  });

  it('accounts for every non-blank line: matched or unrecognised (property)', () => {
    const names = MEDICATIONS.flatMap((m) => [m.name, ...m.brands]);
    const line = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: 500 })).map(([n, dose]) => `${n} ${dose}mg`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const result = matchMedications(lines);
        const accounted = new Set([...result.matched.map((m) => m.input), ...result.unrecognised]);
        for (const l of lines) if (l.trim() !== '') expect(accounted.has(l.trim())).toBe(true);
        for (const u of result.unrecognised) expect(result.matched.some((m) => m.input === u)).toBe(false);
      }),
    );
  });
});

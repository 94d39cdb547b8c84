import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDICATION_CLASSES, MEDICATIONS } from './medications.data.ts';
import { TYPO_MIN_LENGTH, editDistance, matchMedications, medicationKey, medicationKeys } from './medications.ts';

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
    const keys = [...medicationKeys()].filter(([key]) => key.length >= TYPO_MIN_LENGTH - 1);
    for (const [a, nameA] of keys) {
      for (const [b, nameB] of keys) {
        if (nameA !== nameB && (a.length >= TYPO_MIN_LENGTH || b.length >= TYPO_MIN_LENGTH))
          expect(editDistance(a, b, 2), `${a} (${nameA}) vs ${b} (${nameB})`).toBeGreaterThan(1);
      }
    }
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
      { id: 'anticoagulant', label: 'Anticoagulant (blood thinner)', atc: ['B01AA', 'B01AB', 'B01AE', 'B01AF'] },
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
    const result = matchMedications(['blue pill', 'Eliquis 5mg', 'the white one for my heart', 'vitamin D']);
    expect(result.matched.map((m) => m.input)).toEqual(['Eliquis 5mg']);
    expect(result.unrecognised).toEqual(['blue pill', 'the white one for my heart', 'vitamin D']);
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

import { describe, expect, it } from 'vitest';
import { REGION_BASES } from './region-bases.data.ts';
import { REGION_SNOMED } from './region-snomed.data.ts';
import { findRegion } from './regions.ts';

// Verhoeff dihedral check, as used for the check digit of every SNOMED CT identifier.
const MULTIPLY = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const PERMUTE = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

function hasValidVerhoeffCheckDigit(digits: string): boolean {
  let check = 0;
  [...digits].reverse().forEach((digit, position) => {
    check = MULTIPLY[check]![PERMUTE[position % 8]![Number(digit)]!]!;
  });
  return check === 0;
}

describe('SNOMED CT codes of region bases', () => {
  it('checks digits the way SNOMED CT does', () => {
    expect(hasValidVerhoeffCheckDigit('138875005')).toBe(true); // SNOMED CT root concept
    expect(hasValidVerhoeffCheckDigit('404684003')).toBe(true); // Clinical finding
    expect(hasValidVerhoeffCheckDigit('404684004')).toBe(false);
    expect(hasValidVerhoeffCheckDigit('76853060')).toBe(false); // heel code with two digits swapped
  });

  it('are 6–18 digit concept ids with a valid check digit', () => {
    for (const [base, code] of Object.entries(REGION_SNOMED)) {
      expect(code, base).toMatch(/^[1-9]\d{5,17}$/);
      expect(hasValidVerhoeffCheckDigit(code), `${base}: ${code}`).toBe(true);
      // Partition identifier 00 or 10: a concept, not a description or relationship.
      expect(['00', '10'], `${base}: ${code}`).toContain(code.slice(-3, -1));
    }
  });

  it('belong to known bases', () => {
    const known = new Set(REGION_BASES.map((base) => base.base));
    expect(Object.keys(REGION_SNOMED).filter((base) => !known.has(base))).toEqual([]);
  });

  it('reach the concrete regions, the same code on both sides', () => {
    expect(findRegion('heel.under.left')?.snomed).toBe('76853006');
    expect(findRegion('heel.back.right')?.snomed).toBe('76853006');
    expect(findRegion('tongue')?.snomed).toBe('21974007');
    expect(findRegion('thumb.web.left')?.snomed).toBeUndefined();
    expect(findRegion('sternum')?.snomed).toBe('56873002');
    expect(findRegion('temple.left')?.snomed).toBeUndefined();
  });
});

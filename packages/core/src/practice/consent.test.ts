import { describe, expect, it } from 'vitest';
import { consentStatus, currentForms, needsConsent, type ConsentFormVersion } from './consent.ts';

const v1: ConsentFormVersion = { id: 'f1', kind: 'treatment', version: 1, title: 'Consent', body: 'one' };
const v2: ConsentFormVersion = { ...v1, id: 'f2', version: 2, body: 'two' };
const photos: ConsentFormVersion = { id: 'p1', kind: 'photos', version: 1, title: 'Photos', body: 'p' };

describe('consent status', () => {
  it('keeps only the newest version of each kind', () => {
    expect(currentForms([v1, photos, v2]).map((f) => f.id)).toEqual(['p1', 'f2']);
  });

  it('asks again when the text changed after the client signed', () => {
    const status = consentStatus(
      [v1, v2],
      [{ formId: 'f1', kind: 'treatment', version: 1, signedAt: '2026-11-01T10:00:00Z' }],
    );
    expect(status).toEqual([{ form: v2, signedAt: null, signedEarlierVersion: 1 }]);
    expect(needsConsent(status)).toBe(true);
  });

  it('is satisfied by a signature of the current version', () => {
    const status = consentStatus(
      [v1, v2],
      [{ formId: 'f2', kind: 'treatment', version: 2, signedAt: '2026-11-02T10:00:00Z' }],
    );
    expect(status[0]?.signedAt).toBe('2026-11-02T10:00:00Z');
    expect(needsConsent(status)).toBe(false);
  });
});

/**
 * Consent forms are versioned text: a client signs one version, and when the clinic publishes a new
 * version the client is asked again. Every new clinic starts with the treatment consent below, which
 * the owner can reword (each rewording is a new version).
 */

export interface ConsentFormVersion {
  id: string;
  /** Stable across versions, e.g. `treatment`. */
  kind: string;
  version: number;
  title: string;
  body: string;
}

export interface ConsentSignature {
  formId: string;
  kind: string;
  version: number;
  signedAt: string;
}

export const DEFAULT_CONSENT_FORM: Omit<ConsentFormVersion, 'id' | 'version'> = {
  kind: 'treatment',
  title: 'Consent to myofascial trigger point therapy',
  body: [
    'Myofascial trigger point therapy uses sustained pressure, slow deep strokes and stretching on tender, tight spots in muscle. Your therapist will explain what they plan to do before they start, and you can ask questions at any time.',
    'What to expect: pressure is usually uncomfortable but should stay bearable (about 5 to 7 out of 10). Tell your therapist at once if it is too much; they will ease off or stop. Soreness or tenderness for a day or two afterwards is common. Bruising is uncommon but possible, more so if you take blood thinners or bruise easily.',
    'Evidence: studies suggest trigger point therapy can ease some kinds of muscle pain, but the research is limited and results vary between people. No result is guaranteed.',
    'Your health information: you agree to answer the safety questions truthfully and to tell your therapist about any change in your health or medicines before each session. Some answers may mean treatment is postponed or that you are asked to see a doctor first.',
    'Medicines: your therapist does not advise on medicines. If you wonder about anything to ease soreness, ask your doctor or pharmacist.',
    'Your records: the clinic keeps notes of each session. You can see and download your record in the client portal and ask for it to be erased; records the law requires the clinic to keep are kept for that period and marked as such.',
    'You may withdraw this consent or stop any session at any time, without giving a reason.',
  ].join('\n\n'),
};

/** The newest version of each kind of form. */
export function currentForms(forms: readonly ConsentFormVersion[]): ConsentFormVersion[] {
  const newest = new Map<string, ConsentFormVersion>();
  for (const form of forms) {
    const seen = newest.get(form.kind);
    if (!seen || form.version > seen.version) newest.set(form.kind, form);
  }
  return [...newest.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

export interface ConsentStatus {
  form: ConsentFormVersion;
  /** The signature of this exact version, if any. */
  signedAt: string | null;
  /** An older version was signed: the text changed since, so the client is asked again. */
  signedEarlierVersion: number | null;
}

/** For each current form: signed (this version), or to sign again (an older one), or never signed. */
export function consentStatus(
  forms: readonly ConsentFormVersion[],
  signatures: readonly ConsentSignature[],
): ConsentStatus[] {
  return currentForms(forms).map((form) => {
    const mine = signatures.filter((s) => s.kind === form.kind);
    const exact = mine.find((s) => s.formId === form.id);
    const earlier = mine.filter((s) => s.version < form.version).map((s) => s.version);
    return {
      form,
      signedAt: exact?.signedAt ?? null,
      signedEarlierVersion: exact || earlier.length === 0 ? null : Math.max(...earlier),
    };
  });
}

export function needsConsent(status: readonly ConsentStatus[]): boolean {
  return status.some((s) => s.signedAt === null);
}

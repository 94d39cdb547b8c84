import { describe, expect, it } from 'vitest';
import { WARNING_SYMPTOMS } from '../body/symptoms.ts';
import { questionsOf } from './conditions.ts';
import {
  SCREENING_QUESTIONS,
  SCREENING_SECTIONS,
  findScreeningQuestion,
  questionsOfSection,
} from './questions.data.ts';
import { SCREENING_RULES } from './rules.data.ts';

describe('screening questions', () => {
  it('have unique ids and plain-language text', () => {
    expect(new Set(SCREENING_QUESTIONS.map((q) => q.id)).size).toBe(SCREENING_QUESTIONS.length);
    for (const q of SCREENING_QUESTIONS) {
      expect(q.id, q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(q.text.length, q.id).toBeGreaterThan(10);
      expect(q.text.trim().endsWith('?') || q.text.endsWith('.'), q.id).toBe(true);
    }
  });

  it('ask every warning symptom, under its WARNING_SYMPTOMS id, as a yes-no warning sign', () => {
    for (const symptom of WARNING_SYMPTOMS) {
      const q = findScreeningQuestion(symptom.id);
      expect(q?.type, symptom.id).toBe('yes-no');
      expect(q?.section, symptom.id).toBe('warning-signs');
    }
    expect(
      questionsOfSection('warning-signs')
        .map((q) => q.id)
        .sort(),
    ).toEqual(WARNING_SYMPTOMS.map((s) => s.id).sort());
  });

  it('are ordered within sections, and the sections in stepper order', () => {
    expect(SCREENING_SECTIONS.map((s) => s.order)).toEqual(SCREENING_SECTIONS.map((_, i) => i + 1));
    for (const section of SCREENING_SECTIONS) {
      const orders = questionsOfSection(section.id).map((q) => q.order);
      expect(orders, section.id).toEqual(orders.map((_, i) => i + 1));
    }
    const sectionOrder = new Map(SCREENING_SECTIONS.map((s) => [s.id, s.order]));
    const positions = SCREENING_QUESTIONS.map((q) => [sectionOrder.get(q.section)!, q.order] as const);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(positions).toEqual(sorted);
  });

  it('show follow-ups only after a yes to an earlier yes-no question in the same section', () => {
    for (const q of SCREENING_QUESTIONS) {
      if (!q.showIf) {
        expect(q.required, q.id).toBeUndefined();
        continue;
      }
      const parent = findScreeningQuestion(q.showIf.yes);
      expect(parent?.type, q.id).toBe('yes-no');
      expect(parent?.section, q.id).toBe(q.section);
      expect(parent!.order, q.id).toBeLessThan(q.order);
      expect(parent?.showIf, `${q.id}: no nested follow-ups`).toBeUndefined();
    }
  });

  it('give choices unique option ids and numbers a sensible range', () => {
    for (const q of SCREENING_QUESTIONS) {
      if (q.type === 'choice') {
        expect(q.options.length, q.id).toBeGreaterThan(1);
        expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
      }
      if (q.type === 'number') {
        expect(q.min, q.id).toBeLessThan(q.max);
        expect(q.unit.length, q.id).toBeGreaterThan(0);
      }
    }
  });

  it('are all used: read by a rule, or the parent of a question that is', () => {
    const read = new Set(SCREENING_RULES.flatMap((r) => questionsOf(r.when)));
    for (const rule of SCREENING_RULES)
      for (const mod of rule.modifications) {
        if ('where' in mod && mod.where && 'answer' in mod.where) read.add(mod.where.answer);
        if ('where' in mod && mod.where && 'limbs' in mod.where) read.add(mod.where.limbs);
      }
    for (const q of questionsOfSection('warning-signs')) read.add(q.id); // through the red flags
    for (const q of SCREENING_QUESTIONS) if (q.showIf && read.has(q.id)) read.add(q.showIf.yes);
    for (const q of SCREENING_QUESTIONS) expect(read.has(q.id), q.id).toBe(true);
  });

  it('cover the topics of the intake', () => {
    const ids = SCREENING_QUESTIONS.map((q) => q.id);
    for (const id of [
      'blood-thinners',
      'bleeding-disorder',
      'recent-surgery',
      'recent-surgery-regions',
      'recent-surgery-when',
      'recent-injury',
      'fracture',
      'blood-clot',
      'varicose-veins-regions',
      'cancer-status',
      'cancer-regions',
      'infection-today',
      'skin-problem-regions',
      'osteoporosis',
      'pregnancy-trimester',
      'lymphedema-limbs',
      'reduced-feeling',
      'reduced-feeling-where',
      'recent-surgery-kind',
      'cancer-bone-spread',
      'cancer-new-spine-pain',
      'pregnancy-warning-signs',
      'pregnancy-complications',
      'neck-arteries-which',
      'implant-kinds',
      'high-blood-pressure-controlled',
      'fibromyalgia',
      'steroid-injection-regions',
      'steroid-injection-days',
    ])
      expect(ids).toContain(id);
    expect(new Set(SCREENING_QUESTIONS.map((q) => q.type))).toEqual(new Set(['yes-no', 'choice', 'regions', 'number']));
  });
});

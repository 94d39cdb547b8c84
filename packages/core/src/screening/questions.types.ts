/**
 * The shapes of screening questions. Answers are plain JSON: `yes-no` → true/false (or "yes"/"no"),
 * `choice` → an option id (an array of ids when `multiple`), `regions` → region ids, `number` → a number.
 */

export type ScreeningSectionId = 'warning-signs' | 'health' | 'medications';

export interface ScreeningSection {
  id: ScreeningSectionId;
  /** Position in the stepper, from 1. */
  order: number;
  title: string;
  intro: string;
}

/** Shown only when the parent yes-no question is answered yes. */
export interface ShowIf {
  yes: string;
}

interface QuestionBase {
  id: string;
  section: ScreeningSectionId;
  /** Position within its section, from 1; follow-ups come right after their parent. */
  order: number;
  text: string;
  help?: string;
  showIf?: ShowIf;
  /**
   * A follow-up that must be answered once it is shown: the rules need it to judge safety
   * (e.g. how long ago an operation was). Offer "not sure" rather than skipping it.
   */
  required?: boolean;
}

export interface YesNoQuestion extends QuestionBase {
  type: 'yes-no';
}

export interface ChoiceOption {
  id: string;
  label: string;
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  options: readonly ChoiceOption[];
  /** More than one option may be picked; the answer is then a list of option ids. */
  multiple?: boolean;
}

/** A list of region ids (`<base>.<side>` or a midline base), e.g. where a wound is. */
export interface RegionsQuestion extends QuestionBase {
  type: 'regions';
}

export interface NumberQuestion extends QuestionBase {
  type: 'number';
  min: number;
  max: number;
  unit: string;
  integer?: boolean;
}

export type ScreeningQuestion = YesNoQuestion | ChoiceQuestion | RegionsQuestion | NumberQuestion;
export type ScreeningQuestionType = ScreeningQuestion['type'];

/** A validated answer. */
export type ScreeningAnswer = boolean | string | readonly string[] | number;
export type ScreeningAnswers = Readonly<Record<string, ScreeningAnswer>>;

import type { BodyPosition, Tool } from '../atlas/atlas.types.ts';
import type { Side } from '../body/region.types.ts';
import type { PlanMode } from './planner.types.ts';
import { LYING } from './timing.ts';

/**
 * The words of a plan. Each step gets two short plain sentences for the guided timer (what to
 * do, then how long), preceded by any notes (a changed position or tool). Self-care text
 * speaks to the person; therapist text speaks to the therapist about "the person".
 * No medical claims beyond the atlas's own after-care advice, and never medicines.
 */

type Who = 'you' | 'they';
const whoOf = (mode: PlanMode): Who => (mode === 'therapist' ? 'they' : 'you');

/** Titles and short labels: "Lying on the back". */
export const POSITION_LABEL: Record<BodyPosition, string> = {
  seated: 'Seated',
  supine: 'Lying on the back',
  prone: 'Lying face down',
  'side-lying': 'Lying on the side',
  standing: 'Standing',
  'standing-wall': 'Standing against a wall',
};

/** "lying on your back" / "lying on their back". */
export function positionPhrase(position: BodyPosition, who: Who): string {
  const their = who === 'you' ? 'your' : 'their';
  switch (position) {
    case 'seated':
      return 'sitting';
    case 'supine':
      return `lying on ${their} back`;
    case 'prone':
      return 'lying face down';
    case 'side-lying':
      return `lying on ${their} side`;
    case 'standing':
      return 'standing';
    case 'standing-wall':
      return 'standing against a wall';
  }
}

const TOOL_PHRASE: Record<Tool, string> = {
  hands: 'your fingers or thumb',
  ball: 'a ball',
  'foam-roller': 'the foam roller',
  'hooked-cane': 'the hooked cane',
};

const TOOL_NAME: Record<Tool, string> = {
  hands: 'hands',
  ball: 'ball',
  'foam-roller': 'foam roller',
  'hooked-cane': 'hooked cane',
};

export function toolNames(tools: readonly Tool[]): string {
  return tools.map((t) => `a ${TOOL_NAME[t]}`).join(' or ');
}

const seconds = (n: number): string => `${n} seconds`;
const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export function sideLabel(side: Side | undefined): string {
  return side ? ` (${side})` : '';
}

/** The limit a step keeps to, and why: "5/10 at most here: strong painkillers dull feedback." */
export function limitNote(limit: { max: number; reason: string }): string {
  return `${limit.max}/10 at most here: ${limit.reason}.`;
}

/** Note for a step done in another position than the atlas gives, because screening ruled it out. */
export function positionNote(
  kind: 'work' | 'stretch',
  used: BodyPosition,
  instead: BodyPosition,
  mode: PlanMode,
): string {
  const who = whoOf(mode);
  if (kind === 'stretch') {
    return `Adapt this stretch to ${positionPhrase(used, who)}, as ${positionPhrase(instead, who)} is not advised; skip it if it does not work that way.`;
  }
  return mode === 'therapist'
    ? `Work with the person ${positionPhrase(used, who)} instead of ${positionPhrase(instead, who)}, as advised.`
    : `Do this ${positionPhrase(used, who)} instead of ${positionPhrase(instead, who)}, as advised for you.`;
}

export function toolNote(used: Tool, instead: Tool): string {
  return `No ${TOOL_NAME[instead]} to hand: use ${TOOL_PHRASE[used]} instead, gently at first.`;
}

export function warmUpText(mode: PlanMode, noHeat: boolean, areas: string, secs: number): string[] {
  const heat = noHeat ? '' : ', or a warm, moist pack over a cloth';
  const closing = noHeat ? 'no heat packs today' : 'a heat pack should feel warm, never hot';
  if (mode === 'therapist') {
    return [
      `Warm the ${areas} with slow, light strokes${heat}.`,
      `About ${seconds(secs)}; keep it comfortable: ${closing}.`,
    ];
  }
  return [
    `Warm the ${areas} with slow, gentle strokes of your hands${heat}.`,
    `About ${seconds(secs)}; keep it easy: ${closing}.`,
  ];
}

export function compressionText(
  mode: PlanMode,
  tool: Tool,
  pressure: number,
  hold: number,
  repetitions: number,
): string[] {
  const rest = repetitions > 1 ? `, rest ${seconds(10)}, ${times(repetitions)}` : '';
  if (mode === 'therapist') {
    return [
      `Press the tender spot steadily until the person feels about ${pressure} out of 10, never sharp.`,
      `Hold ${seconds(hold)} as they breathe slowly, easing deeper as it softens${rest}.`,
    ];
  }
  return [
    `Press the tender spot with ${TOOL_PHRASE[tool]} to about ${pressure} out of 10, never sharp.`,
    `Hold ${seconds(hold)} and breathe slowly, easing deeper as it softens${rest}.`,
  ];
}

export function strippingText(mode: PlanMode, tool: Tool, pressure: number, strokes: number): string[] {
  const with_ = mode === 'therapist' ? 'a thumb' : TOOL_PHRASE[tool];
  return [
    `Stroke slowly along the tight band over the spot with ${with_}, at about ${pressure} out of 10.`,
    `Lift off and start again: ${strokes} slow strokes, in one direction.`,
  ];
}

export function stretchText(mode: PlanMode, muscleName: string, hold: number, reps: number): string[] {
  const muscle = muscleName.toLowerCase();
  if (mode === 'therapist') {
    return [
      `Ease the person into the stretch until they feel a gentle pull in the ${muscle}, never pain.`,
      `Hold ${seconds(hold)} as they breathe slowly, then ease off; ${times(reps)}.`,
    ];
  }
  return [
    `Ease into the stretch until you feel a gentle pull in the ${muscle}, never pain.`,
    `Hold ${seconds(hold)} and breathe slowly, then ease off; ${times(reps)}.`,
  ];
}

export function transitionTitle(to: BodyPosition): string {
  return `Change position: ${POSITION_LABEL[to].toLowerCase()}`;
}

export function transitionText(from: BodyPosition, to: BodyPosition, mode: PlanMode): string[] {
  if (mode === 'therapist') {
    return [`Help the person move to ${positionPhrase(to, 'they')}.`, 'Give them time and support as they move.'];
  }
  const target = positionPhrase(to, 'you');
  if (LYING.has(from) && !LYING.has(to)) {
    return [
      `Roll onto your side and push up with your arms, then move to ${target}.`,
      'Get up slowly and pause if you feel light-headed.',
    ];
  }
  if (!LYING.has(from) && LYING.has(to)) {
    return [`Get down onto a mat or firm bed, ${target}.`, 'Take your time and use your hands for support.'];
  }
  if (LYING.has(to)) return [`Turn slowly to ${target}.`, 'Keep your knees bent as you roll.'];
  return [`Move to ${target}.`, 'Take your time and keep your balance.'];
}

export function afterCareText(mode: PlanMode, last: BodyPosition): string[] {
  const getUp = LYING.has(last)
    ? [mode === 'therapist' ? 'Let the person rest a moment and get up slowly.' : 'Rest a moment, then get up slowly.']
    : [];
  if (mode === 'therapist') {
    return [
      ...getUp,
      'Tell the person that some soreness for a day or two is normal.',
      'Sharp pain, swelling, bruising, numbness, or pain lasting more than two days is not: they should ask a doctor.',
    ];
  }
  return [
    ...getUp,
    'Some soreness for a day or two is normal.',
    'Sharp pain, swelling, bruising, numbness, or pain lasting more than two days is not: ask a doctor.',
  ];
}

/** "upper trapezius, temporalis and soleus": the muscles a warm-up covers, at most three named. */
export function listAreas(names: readonly string[]): string {
  const lower = [...new Set(names.map((n) => n.toLowerCase()))];
  if (lower.length === 0) return 'muscles you will work on';
  if (lower.length === 1) return lower[0]!;
  if (lower.length <= 3) return `${lower.slice(0, -1).join(', ')} and ${lower[lower.length - 1]!}`;
  return `${lower.slice(0, 3).join(', ')} and the other muscles you will work on`;
}

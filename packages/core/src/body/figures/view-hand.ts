/**
 * Close-ups of both hands with the wrists, fingers up, as people look at their own
 * hands: the right hand on the right. Palms: thumbs point outwards. Backs: thumbs
 * point inwards. (hand.ts draws the back of the right hand; its mirror image is the
 * right palm.)
 */
import type { ViewSpec } from './compose.ts';
import { Drawing } from './drawing.ts';
import { mirrorHalves } from './fit.ts';
import { type Affine, compose, mirrorX, translate } from './geometry.ts';
import { handDrawing } from './hand.ts';

const WIDTH = 600;
const HEIGHT = 500;
const AXIS = WIDTH / 2;

function handView(surface: 'palm' | 'back'): ViewSpec {
  const hand = handDrawing(surface, { wrist: true, spread: 1 });
  const place: Affine = surface === 'palm' ? compose(mirrorX(AXIS), translate(190, 392)) : translate(470, 392);
  const right = new Drawing().place(hand, place);
  const both = mirrorHalves(right, AXIS);
  return {
    id: surface === 'palm' ? 'hand-palm' : 'hand-back',
    label: surface === 'palm' ? 'Palms' : 'Backs of the hands',
    width: WIDTH,
    height: HEIGHT,
    items: both.items,
    details: both.details(),
    mirrorAxis: AXIS,
    // u runs from the little-finger side (medial) to the thumb side (lateral).
    uAxis: surface === 'palm' ? { right: 1, left: -1, midline: 1 } : { right: -1, left: 1, midline: 1 },
  };
}

export const handPalmView = (): ViewSpec => handView('palm');
export const handBackView = (): ViewSpec => handView('back');

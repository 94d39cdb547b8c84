import type { Technique } from './atlas.types.ts';

/**
 * The four self-treatment techniques the atlas refers to, in plain language. Each muscle's
 * self-treatment and stretch give the specifics; these pages give the method, the dose and
 * when not to use it.
 */
export const TECHNIQUES: readonly Technique[] = [
  {
    id: 'sustained-compression',
    name: 'Sustained compression',
    summary:
      'Press steadily on a trigger point with a finger, thumb or ball and hold until the tenderness eases, then press a little deeper. Travell and Simons call this trigger point pressure release; it is also known as ischaemic compression. Mild soreness for a day or two afterwards is normal.',
    steps: [
      'Find the tender spot in the tight band of muscle, ideally the one that reproduces your familiar pain.',
      'Get comfortable with the muscle relaxed, supported by a chair, the floor or a wall.',
      'Press slowly until you feel moderate discomfort, about 5 to 7 out of 10: a "good hurt", never sharp pain.',
      'Hold still and breathe slowly; as the tenderness fades, press a little deeper to the new point of moderate discomfort.',
      'Release after 30 to 90 seconds, rest a moment, and repeat 2 to 3 times on the same spot.',
      'Follow with a gentle stretch of the same muscle, and move it through its full range.',
      'Expect mild soreness for a day or two. Stop and seek advice if you get bruising, swelling, numbness, tingling, or pain that is sharper or lasts longer than two days.',
    ],
    duration:
      'Hold 30 to 90 seconds, 2 to 3 times per spot; once or twice a day, for no more than a few minutes per muscle.',
    intensity:
      'Moderate discomfort, about 5 to 7 out of 10, easing as you hold. Lighter (3 to 5 out of 10) near nerves and blood vessels, on the face and neck, and if you bruise easily.',
    avoidWhen: [
      'You take blood thinners or bruise easily: use light pressure only, and ask your doctor first.',
      'Over varicose veins, bruises, moles, skin lumps, rashes, burns or open wounds.',
      'On a recent injury (the first 2 to 3 days), a recent fracture, or near a recent operation site.',
      'A calf or limb that is swollen, hot, red and painful, which could be a blood clot: do not massage it, and get urgent medical help.',
      'Over an infection, or when you have a fever.',
      'You have osteoporosis: avoid strong pressure over bones such as the ribs and spine.',
      'On a limb with lymphoedema or at risk of it: no deep pressure; ask a lymphoedema specialist.',
      'Directly over the front and side of the neck, the armpit, the groin crease or the back of the knee, where nerves and arteries lie close to the surface.',
      'Over a known tumour, or during cancer treatment, unless your cancer team agrees.',
      'On the belly during pregnancy; ask your midwife or doctor about pressure elsewhere.',
      'Over numb skin, where you cannot judge the pressure.',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'trigger point pressure release' },
      { ref: 'davies-2013', locator: 'Trigger Point Massage Guidelines' },
      { ref: 'hanten-2000' },
      { ref: 'fernandez-de-las-penas-2005' },
      { ref: 'cagnie-2015' },
    ],
  },
  {
    id: 'stripping',
    name: 'Stripping (deep stroking)',
    summary:
      'Slow, deep strokes along the length of a tight band, gliding over the trigger point, with a thumb, knuckle or ball. It spreads the pressure along the whole band and suits long muscles such as the forearm, calf and thigh. Mild soreness for a day or two afterwards is normal.',
    steps: [
      'Find the tight band and note which way the muscle fibres run.',
      'Use a little oil or cream on bare skin, or work through thin clothing, so your thumb or ball can glide.',
      'Press to moderate discomfort and stroke slowly along the band in one direction, about 2 to 3 centimetres per second, over the whole length of the trigger point.',
      'Lift off, return to the start, and repeat, doing about 10 to 12 strokes on each band.',
      'Keep the strokes short and slow over the most tender spot rather than fast and long.',
      'Finish with a gentle stretch of the muscle.',
      'Expect mild soreness for a day or two. Stop and seek advice if you get bruising, swelling, numbness, tingling, or pain that is sharper or lasts longer than two days.',
    ],
    duration: 'About 10 to 12 slow strokes per band, once or twice a day, a few minutes per muscle.',
    intensity:
      'Moderate discomfort, about 5 to 7 out of 10, never sharp; lighter over nerves, bony areas and thin muscles.',
    avoidWhen: [
      'You take blood thinners or bruise easily: use light pressure only, and ask your doctor first.',
      'Over varicose veins or visible spider veins, especially on the legs.',
      'Over bruises, rashes, burns, open wounds or skin infections.',
      'On a recent injury (the first 2 to 3 days) or a recent fracture or operation site.',
      'A calf or limb that is swollen, hot, red and painful, which could be a blood clot: do not massage it, and get urgent medical help.',
      'You have osteoporosis: avoid strong strokes over bones.',
      'On a limb with lymphoedema or at risk of it: no deep stroking; ask a lymphoedema specialist.',
      'Along the path of a nerve that tingles when pressed, such as the ulnar nerve at the inner elbow or the common fibular nerve just below the outer knee.',
      'Over numb skin, where you cannot judge the pressure.',
    ],
    sources: [
      { ref: 'simons-1999', locator: 'deep stroking (stripping) massage' },
      { ref: 'davies-2013', locator: 'Trigger Point Massage Guidelines' },
      { ref: 'fernandez-de-las-penas-2005' },
    ],
  },
  {
    id: 'stretch',
    name: 'Gentle stretch',
    summary:
      'A slow, held stretch of the treated muscle after pressure work, to restore its full length. Stretch only to a comfortable pull, never into sharp pain, and breathe out as you ease into it.',
    steps: [
      'Warm the muscle first, after pressure work, a warm shower or a few minutes of gentle movement.',
      'Move slowly into the stretch position until you feel a gentle pull in the muscle, not in the joint.',
      'Hold for 20 to 30 seconds while breathing slowly; as the muscle lets go, ease a little further.',
      'Come out of the stretch slowly, rest, and repeat 2 to 3 times.',
      'Stop if you feel sharp pain, pins and needles, numbness, or dizziness.',
    ],
    duration: 'Hold 20 to 30 seconds, 2 to 3 times; once or twice a day, after pressure work.',
    intensity: 'A gentle, comfortable pull, about 3 to 4 out of 10; never sharp pain and never bouncing.',
    avoidWhen: [
      'A joint that has recently dislocated, or a recent fracture, sprain or muscle tear.',
      'After joint replacement or other surgery, unless your surgeon or physiotherapist has shown you which stretches are safe.',
      'Very loose (hypermobile) joints: stretch gently and avoid end-of-range positions.',
      'Stretches that cause tingling, numbness or shooting pain down an arm or leg.',
      'Neck stretches that make you dizzy, faint or cause visual changes: stop and see a doctor.',
      'You have osteoporosis: avoid forceful bending and twisting of the spine.',
    ],
    sources: [
      { ref: 'hanten-2000' },
      { ref: 'page-2012-stretching' },
      { ref: 'hallegraeff-2012' },
      { ref: 'simons-1999', locator: 'stretch and self-stretch' },
    ],
  },
  {
    id: 'heat',
    name: 'Moist heat',
    summary:
      'A warm, moist pack (a damp towel with a hot water bottle, a microwavable wheat bag over a damp cloth, or a warm shower or bath) relaxes muscles before or after pressure work. Use it on long-standing aches, not on a new injury.',
    steps: [
      'Use moist heat: a warm damp towel under a hot water bottle, a wrapped heat pack, or a warm shower or bath.',
      'Check the temperature on the inside of your wrist first: it should feel comfortably warm, not hot.',
      'Put a layer of cloth between the heat source and your skin.',
      'Leave it on the muscle for 10 to 20 minutes, before pressure work to loosen the muscle or afterwards to ease soreness.',
      'Check your skin every few minutes and remove the heat if it becomes red, blotchy or painful.',
      'Never fall asleep with a heat pack on.',
    ],
    duration: '10 to 20 minutes, before or after pressure work; up to a few times a day.',
    intensity: 'Comfortably warm, never hot or burning.',
    avoidWhen: [
      'A new injury (the first 2 to 3 days) or a joint or muscle that is swollen, hot or red.',
      'Numb skin or reduced feeling, for example from diabetes or nerve damage, because you may not notice a burn.',
      'Over a swollen limb, lymphoedema, or a suspected blood clot.',
      'Over broken skin, rashes, burns or recently treated skin, such as after radiotherapy.',
      'When you have a fever or an infection.',
      'On the belly or lower back during pregnancy, or any time you feel faint from heat.',
      'Together with heat rubs or liniments on the same skin.',
      'While asleep, or for a child, an older person or anyone who cannot easily say the heat is too much, unless someone checks often.',
    ],
    sources: [{ ref: 'french-2006' }, { ref: 'davies-2013', locator: 'Trigger Point Massage Guidelines' }],
  },
];

import {
  MEDICATION_CLASSES,
  type Combination,
  type Medication,
  type MedicationClass,
  type MedicationClassId,
} from './medication-classes.data.ts';
import { BLOOD_MEDICATIONS } from './medications-blood.data.ts';
import { COMBINATIONS } from './medications-combinations.data.ts';
import { EVERYDAY_MEDICATIONS } from './medications-everyday.data.ts';
import { HARMLESS_MEDICATIONS } from './medications-harmless.data.ts';
import { MIND_MEDICATIONS } from './medications-mind.data.ts';
import { PAIN_MEDICATIONS } from './medications-pain.data.ts';
import { SPECIALIST_MEDICATIONS } from './medications-specialist.data.ts';

/**
 * The medicines catalogue: generic and brand names (Europe, the Americas, Australia) that people
 * write on an intake form, each with its classes (medication-classes.data.ts). Assembled here from
 * the data files of each class group.
 */

export { MEDICATION_CLASSES };
export type { Combination, Medication, MedicationClass, MedicationClassId };

/** Single substances, by class group. */
const SUBSTANCES: readonly Medication[] = [
  ...BLOOD_MEDICATIONS,
  ...PAIN_MEDICATIONS,
  ...MIND_MEDICATIONS,
  ...SPECIALIST_MEDICATIONS,
  ...EVERYDAY_MEDICATIONS,
  ...HARMLESS_MEDICATIONS,
];

/** A combination product takes the classes of every ingredient, in ingredient order. */
function withIngredientClasses(product: Combination, byName: ReadonlyMap<string, Medication>): Medication {
  const classes = product.ingredients.flatMap((ingredient) => {
    const substance = byName.get(ingredient);
    // A data error, caught by the catalogue tests: better to fail loudly than to drop an ingredient's classes.
    if (!substance) throw new Error(`${product.name}: ingredient ${ingredient} is not in the catalogue`);
    return substance.classes;
  });
  return {
    name: product.name,
    brands: product.brands,
    classes: [...new Set(classes)],
    ingredients: product.ingredients,
    ...(product.aliases ? { aliases: product.aliases } : {}),
    ...(product.note ? { note: product.note } : {}),
  };
}

const SUBSTANCES_BY_NAME = new Map(SUBSTANCES.map((s) => [s.name, s]));

export const MEDICATIONS: readonly Medication[] = [
  ...SUBSTANCES,
  ...COMBINATIONS.map((product) => withIngredientClasses(product, SUBSTANCES_BY_NAME)),
];

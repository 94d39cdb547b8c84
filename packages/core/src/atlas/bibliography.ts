import type { BibliographyEntry } from './atlas.types.ts';

/** Standard references the atlas cites. Entries cite these by key, with a chapter locator. */
export const CORE_BIBLIOGRAPHY: readonly BibliographyEntry[] = [
  {
    key: 'simons-1999',
    citation:
      "Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 1, Upper Half of Body. 2nd ed. Baltimore: Williams & Wilkins; 1999.",
    kind: 'textbook',
  },
  {
    key: 'travell-1992',
    citation:
      'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 2, The Lower Extremities. Baltimore: Williams & Wilkins; 1992.',
    kind: 'textbook',
  },
  {
    key: 'donnelly-2019',
    citation:
      "Donnelly JM, Fernández-de-las-Peñas C, Finnegan M, Freeman JL. Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. 3rd ed. Philadelphia: Wolters Kluwer; 2019.",
    kind: 'textbook',
  },
  {
    key: 'davies-2013',
    citation:
      'Davies C, Davies A. The Trigger Point Therapy Workbook: Your Self-Treatment Guide for Pain Relief. 3rd ed. Oakland: New Harbinger; 2013.',
    kind: 'popular',
  },
  {
    key: 'finando-2005',
    citation:
      'Finando D, Finando S. Trigger Point Therapy for Myofascial Pain: The Practice of Informed Touch. Rochester, VT: Healing Arts Press; 2005.',
    kind: 'textbook',
  },
  {
    key: 'shah-2015',
    citation:
      'Shah JP, Thaker N, Heimur J, Aredo JV, Sikdar S, Gerber L. Myofascial trigger points then and now: a historical and scientific perspective. PM R. 2015;7(7):746-761. doi:10.1016/j.pmrj.2015.01.024',
    kind: 'review',
  },
];

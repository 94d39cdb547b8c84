/** SNOMED CT body structure concept ids by region base, where a fitting concept exists. */
export const REGION_SNOMED: Readonly<Record<string, string>> = {};

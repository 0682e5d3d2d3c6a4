// STUB (the disclosures slice replaces it).
export class DisclosureService {}

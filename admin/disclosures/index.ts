// STUB (the disclosures slice replaces it).
export default {};

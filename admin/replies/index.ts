// STUB (the replies slice replaces it).
export default {};

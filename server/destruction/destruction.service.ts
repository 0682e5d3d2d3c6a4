// STUB (the destruction slice replaces it).
export class DestructionService {}

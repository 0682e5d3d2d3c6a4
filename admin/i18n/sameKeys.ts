// An English part typed as SameKeys of its Russian counterpart must have exactly its keys:
// a key missing (or extra) in English is a compile error, while the texts are free.
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

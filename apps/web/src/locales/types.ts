/** The English file must have exactly the keys of the Chinese one (the source of truth). */
export type TMessages<T> = { [K in keyof T]: T[K] extends string ? string : TMessages<T[K]> }

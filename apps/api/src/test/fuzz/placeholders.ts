/**
 * Parts of a generated request that are resolved only when it is sent: which real record an id
 * is (the seeded world's ids differ from run to run, the choice by index does not) and values too
 * big to keep in fast-check's generated cases and its failure report.
 */

/** The `index`-th known id of the records a field names (`committeeId`, `headResidentId`). */
export class RealId {
  constructor(
    readonly field: string | undefined,
    readonly index: number,
  ) {}
  toJSON() {
    return `<id for ${this.field ?? 'any field'} #${this.index}>`
  }
}

/** A string of `size` UTF-16 units (a wide character doubles its size in bytes). */
export class Huge {
  constructor(
    readonly size: number,
    readonly unit = 'x',
  ) {}
  toString() {
    return this.unit.repeat(Math.ceil(this.size / this.unit.length)).slice(0, this.size)
  }
  toJSON() {
    return `<${this.size} × ${JSON.stringify(this.unit)}>`
  }
}

/** JSON arrays nested `depth` deep, sent as raw text (building it as a value is slow). */
export class DeepJson {
  constructor(readonly depth: number) {}
  toString() {
    return '['.repeat(this.depth) + ']'.repeat(this.depth)
  }
  toJSON() {
    return `<[] nested ${this.depth} deep>`
  }
}

/** A real `nextCursor` from a list page of the operation's path. */
export class RealCursor {
  constructor(readonly index: number) {}
  toJSON() {
    return `<a real cursor #${this.index}>`
  }
}

/** The `index`-th ID number of the seeded residents (to look one up, or to see it is masked). */
export class KnownIdNumber {
  constructor(readonly index: number) {}
  toJSON() {
    return `<seeded ID number #${this.index}>`
  }
}

/** The username of a real account (not the fuzzer's own), for the sign-in. */
export class KnownUsername {
  toJSON() {
    return '<a real username>'
  }
}

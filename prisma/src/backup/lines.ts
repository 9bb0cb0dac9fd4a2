// Splits a byte stream into lines (without the "\n"), as Buffers: COPY text is not decoded,
// only cut at row ends, so any encoding passes through unchanged.
export async function* readLines(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0)
  for await (const chunk of source) {
    const data = rest.length ? Buffer.concat([rest, chunk]) : chunk
    let start = 0
    for (let end = data.indexOf(10); end !== -1; end = data.indexOf(10, start)) {
      yield data.subarray(start, end)
      start = end + 1
    }
    rest = Buffer.from(data.subarray(start))
  }
  if (rest.length) yield rest
}

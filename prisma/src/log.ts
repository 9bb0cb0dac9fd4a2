// A tiny `debug`-style logger. The DB tooling runs inside test runners, CLIs and the API
// server; none of them wants PostgreSQL's or the schema engine's chatter on the console by
// default, but when something breaks it must be one env var away:
//   DEBUG=cr:db:*            everything from this package
//   DEBUG=cr:db:engine       only the schema engine's log lines
// We do not depend on the `debug` package: it is not a dependency of @cr/db, and this is
// all we need from it.

export type Logger = (message: string) => void

function patterns(): RegExp[] {
  return (process.env.DEBUG ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(
      (p) => new RegExp('^' + p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$'),
    )
}

export function createDebug(namespace: string): Logger {
  // Evaluated per call, so tests (or a REPL) can flip DEBUG at run time.
  return (message) => {
    if (!patterns().some((re) => re.test(namespace))) return
    for (const line of message.trimEnd().split('\n')) process.stderr.write(`${namespace} ${line}\n`)
  }
}

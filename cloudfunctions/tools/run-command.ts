// The main of a command-line tool: read the arguments (a usage error exits 1), run, print its lines on stdout
// (stderr when it failed) and exit with its code; a crash exits 1.
export function runCommandLine<O>(parse: (argv: readonly string[]) => O | { error: string }, run: (options: O) => Promise<{ code: number; lines: string[] }>, crashLabel: string): void {
  const options = parse(process.argv.slice(2))
  if (typeof options === 'object' && options !== null && 'error' in options) {
    console.error((options as { error: string }).error)
    process.exit(1)
  }
  run(options as O).then(
    ({ code, lines }) => {
      for (const line of lines) (code === 0 ? console.log : console.error)(line)
      process.exit(code)
    },
    (error) => {
      console.error(crashLabel, error)
      process.exit(1)
    },
  )
}

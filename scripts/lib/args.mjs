// The command line of the bench and snapshot scripts: `--name value` options, flags, and the one
// positional argument (a git ref) that is neither an option nor an option's value.
//
//   const { args, value, flag, positional } = argv();
//   value("--limit") → "2000" | undefined;  flag("--tiny") → true | false;  positional("HEAD") → "main"

export function argv(args = process.argv.slice(2)) {
  const value = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const flag = (name) => args.includes(name);
  const positional = (dflt) => args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--"))) ?? dflt;
  return { args, value, flag, positional };
}

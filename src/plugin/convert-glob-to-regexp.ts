/**
 * Turns a glob into an anchored regular expression: `**` crosses folders,
 * `*` and `?` stay inside one, `{a,b}` is either. Enough for file name
 * options, without a glob library in the plugin's dependencies.
 */
export function convertGlobToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index];
    if (glob.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (glob.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (char === '{' || (char === '}' && braces > 0)) {
      braces += char === '{' ? 1 : -1;
      source += char === '{' ? '(?:' : ')';
    } else {
      source += translateChar(char, braces > 0);
    }
  }
  return new RegExp(`^${source}$`);
}

function translateChar(char: string, inBraces: boolean): string {
  if (char === '*') return '[^/]*';
  if (char === '?') return '[^/]';
  if (char === ',' && inBraces) return '|';
  return char.replace(/[.+^$(){}|[\]\\]/g, '\\$&');
}

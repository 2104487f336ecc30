/**
 * Makes a name valid as a compose project name: lower case, only
 * `a-z 0-9 _ -`, starting with a letter or a digit.
 */
export function sanitizeProjectName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '');
  return cleaned || 'default';
}

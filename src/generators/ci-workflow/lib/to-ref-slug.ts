/**
 * A branch name as GitLab's CI_COMMIT_REF_SLUG gives it: lower case, every
 * character other than a-z and 0-9 made `-`, at most 63 characters, with
 * no `-` at either end.
 */
export function toRefSlug(branch: string): string {
  return branch
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
}

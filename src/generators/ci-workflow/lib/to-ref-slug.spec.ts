import { toRefSlug } from './to-ref-slug';

describe('toRefSlug', () => {
  it.each([
    ['main', 'main'],
    ['Develop', 'develop'],
    ['release/2.x', 'release-2-x'],
    ['feature//a_b', 'feature--a-b'],
    ['-trunk-', 'trunk'],
    ['x'.repeat(62) + '/y', 'x'.repeat(62)],
  ])('should turn %s into %s, as CI_COMMIT_REF_SLUG does', (branch, slug) => {
    expect(toRefSlug(branch)).toBe(slug);
  });
});
